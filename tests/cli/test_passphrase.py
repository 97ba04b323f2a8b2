"""Tests for app/cli/passphrase.py: one line per secret from the fd, or the terminal."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from app.cli.passphrase import PassphraseUnavailable, SecretSource, check_new_passphrase
from app.domain.errors import InvalidInput

NEW = "une phrase de passe nouvelle"


def fd_with(data: bytes) -> int:
    read_fd, write_fd = os.pipe()
    os.write(write_fd, data)
    os.close(write_fd)
    return read_fd


@pytest.fixture
def pipe() -> Iterator[list[int]]:
    opened: list[int] = []
    yield opened
    for fd in opened:
        os.close(fd)


def test_each_secret_is_one_line_and_nothing_more_is_consumed(pipe: list[int]) -> None:
    """Two asks read two lines; the bytes after them stay in the pipe."""
    fd = fd_with(b"first secret\r\nsecond secret\nrest of the input")
    pipe.append(fd)
    source = SecretSource(fd)
    assert source.ask("?") == "first secret"
    assert source.ask("?") == "second secret"
    assert os.read(fd, 100) == b"rest of the input"


def test_a_last_line_without_newline_still_counts(pipe: list[int]) -> None:
    """The final line may lack its newline; after it, asking again is an error."""
    fd = fd_with("phrase accentuée sans fin".encode())
    pipe.append(fd)
    source = SecretSource(fd)
    assert source.ask("?") == "phrase accentuée sans fin"
    with pytest.raises(PassphraseUnavailable):
        source.ask("?")


def test_a_new_passphrase_from_the_fd_is_read_once_and_checked(pipe: list[int]) -> None:
    """From a descriptor there is no confirmation line, but the length rule applies."""
    fd = fd_with(f"{NEW}\ncourte\n".encode())
    pipe.append(fd)
    source = SecretSource(fd)
    assert source.ask_new("?", "again?") == NEW
    with pytest.raises(InvalidInput):
        source.ask_new("?", "again?")


def test_the_terminal_asks_twice_and_refuses_a_mismatch() -> None:
    """On a terminal a new passphrase is typed twice; two different entries change nothing."""
    answers = iter([NEW, NEW, NEW, NEW + "!"])
    source = SecretSource(None, prompt=lambda _: next(answers), is_terminal=lambda: True)
    assert source.ask_new("?", "again?") == NEW
    with pytest.raises(InvalidInput):
        source.ask_new("?", "again?")


def test_without_a_terminal_or_fd_nothing_is_asked() -> None:
    """No fd and no terminal: a clear error instead of hanging on a prompt."""

    def never(_: str) -> str:
        raise AssertionError("must not prompt")

    source = SecretSource(None, prompt=never, is_terminal=lambda: False)
    with pytest.raises(PassphraseUnavailable):
        source.ask("Passphrase: ")


def test_new_passphrases_have_a_minimum_length() -> None:
    """Fewer than 12 characters are refused, as in the desktop app."""
    with pytest.raises(InvalidInput):
        check_new_passphrase("short")
    assert check_new_passphrase("douze carac.") == "douze carac."
