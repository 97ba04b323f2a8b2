"""Tests for app/cli/context.py: unlocking asks only when there is a vault to open."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.context import CliContext
from app.cli.output import Output
from app.cli.passphrase import SecretSource
from app.core.paths import VaultPaths
from app.domain.errors import VaultNotFound
from tests.support import PASSPHRASE


def asking(answers: list[str]) -> SecretSource:
    return SecretSource(None, prompt=lambda _: answers.pop(0), is_terminal=lambda: True)


def test_no_passphrase_is_asked_for_a_folder_without_vault(tmp_path: Path) -> None:
    """VaultNotFound comes before the prompt, so nobody types a passphrase for nothing."""
    answers: list[str] = [PASSPHRASE]
    ctx = CliContext(VaultPaths(tmp_path), asking(answers), Output(False))
    with pytest.raises(VaultNotFound):
        ctx.unlock()
    assert answers == [PASSPHRASE]


def test_unlocked_locks_the_vault_again(created_vault: object, vault_dir: Path) -> None:
    """The session given by `unlocked()` is closed when the block ends."""
    created_vault.session.close()  # type: ignore[attr-defined]
    ctx = CliContext(VaultPaths(vault_dir), asking([PASSPHRASE]), Output(False))
    with ctx.unlocked() as session:
        assert session.is_open
    assert not session.is_open
