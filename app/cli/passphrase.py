"""Where carnet-cli reads secrets: the terminal without echo, or one file descriptor.

Never from the command line (other users see it in the process list) nor from
the environment (inherited by every child process, often logged). With
`--passphrase-fd N` each secret is one line read from N, byte by byte so that
nothing past that line is consumed: `passwd` reads the current passphrase and
then the new one, `recover` the recovery key and then the new passphrase.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable

from app.cli.language import translate
from app.core.passphrase_policy import require_acceptable
from app.domain.errors import CarnetError, InvalidInput

MAX_LINE_BYTES = 64 * 1024


class PassphraseUnavailable(CarnetError):
    default_message = (
        "No terminal to ask for the passphrase; give it on a file descriptor with --passphrase-fd."
    )


def check_new_passphrase(passphrase: str) -> str:
    """`passphrase`, or WeakPassphrase when the policy the desktop app applies refuses it."""
    return require_acceptable(passphrase)


class SecretSource:
    """Asks for passphrases and recovery keys, one at a time, in order."""

    def __init__(
        self,
        fd: int | None,
        prompt: Callable[[str], str] = getpass.getpass,
        is_terminal: Callable[[], bool] = lambda: sys.stdin.isatty(),
    ) -> None:
        self._fd = fd
        self._prompt = prompt
        self._is_terminal = is_terminal

    @property
    def from_fd(self) -> bool:
        return self._fd is not None

    def _read_line(self) -> str:
        assert self._fd is not None
        data, ended = bytearray(), False
        try:
            while not ended:
                byte = os.read(self._fd, 1)
                if not byte:
                    break
                ended = byte == b"\n"
                if not ended:
                    data += byte
                if len(data) > MAX_LINE_BYTES:
                    raise InvalidInput("The line read from the file descriptor is too long.")
        except OSError as exc:
            raise PassphraseUnavailable(
                f"Cannot read file descriptor {self._fd}: {exc.strerror}."
            ) from exc
        if not data and not ended:
            raise PassphraseUnavailable(f"Nothing left to read on file descriptor {self._fd}.")
        try:
            return data.rstrip(b"\r").decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput("The line read from the file descriptor is not UTF-8.") from exc

    def _ask_terminal(self, prompt: str) -> str:
        if not self._is_terminal():
            raise PassphraseUnavailable()
        return self._prompt(translate("CarnetCli", prompt))

    def ask(self, prompt: str) -> str:
        """An existing secret: one line from the fd, or one prompt without echo."""
        return self._read_line() if self.from_fd else self._ask_terminal(prompt)

    def ask_new(self, prompt: str, again: str) -> str:
        """A new passphrase: once from the fd, or twice on the terminal (they must match)."""
        if self.from_fd:
            return check_new_passphrase(self._read_line())
        first = check_new_passphrase(self._ask_terminal(prompt))
        if self._ask_terminal(again) != first:
            raise InvalidInput("The two passphrases typed differ; nothing was changed.")
        return first
