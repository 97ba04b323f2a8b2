"""Tests for app/cli/commands_rekey.py: `carnet-cli rekey` and where the new recovery key goes."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.vault import unlock, unlock_with_recovery_key
from app.crypto import keyfile as kf
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import WrongRecoveryKey
from tests.cli.conftest import CLI_PASSPHRASE, make_vault
from tests.cli.runner import assert_plain_error, cli_env, run_cli
from tests.support import REPO, folder_digest
from tests.support.rekey import database_files, mark_recovery_key_unseen, opens

NEW = "une nouvelle phrase de passe assez longue"


def _read_all(fd: int) -> str:
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
    return b"".join(chunks).decode("ascii")


def test_rekey_writes_the_new_recovery_key_to_the_fd(tmp_path: Path) -> None:
    """With --recovery-key-fd the new key arrives there; it works and the old one does not."""
    vault = tmp_path / "v"
    old_recovery = make_vault(vault, recovery=True)
    assert old_recovery is not None
    old_key = kf.unwrap_with_passphrase(kf.read_keyfile(vault / "carnet.key"), CLI_PASSPHRASE)
    read_fd, write_fd = os.pipe()
    try:
        result = run_cli(
            vault, "rekey", "--recovery-key-fd", str(write_fd),
            secrets=[CLI_PASSPHRASE], extra_fds=(write_fd,),
        )  # fmt: skip
        os.close(write_fd)
        new_recovery = _read_all(read_fd).strip()
    finally:
        os.close(read_fd)
    assert result.code == 0, result.err
    assert new_recovery not in result.out and "no longer" in result.out
    assert not any(opens(path, old_key) for path in database_files(vault))
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(vault, old_recovery, NEW, TEST_PARAMS)
    unlock_with_recovery_key(vault, new_recovery, NEW, TEST_PARAMS).close()


def test_rekey_refuses_to_print_the_key_into_a_pipe(cli_vault: Path) -> None:
    """Standard output not a terminal and no option: refused before anything changes."""
    before = folder_digest(cli_vault)
    result = run_cli(cli_vault, "rekey", secrets=[CLI_PASSPHRASE])
    assert_plain_error(result, 17, "only on a terminal")
    assert folder_digest(cli_vault) == before


def test_rekey_without_recovery_key_in_json(cli_vault: Path) -> None:
    """--no-recovery-key renews the key and leaves the vault with no recovery slot."""
    old_key = kf.unwrap_with_passphrase(kf.read_keyfile(cli_vault / "carnet.key"), CLI_PASSPHRASE)
    result = run_cli(cli_vault, "--json", "rekey", "--no-recovery-key", secrets=[CLI_PASSPHRASE])
    assert result.code == 0, result.err
    assert result.json()["rekeyed"] is True and result.json()["recovery_key"] is None
    session = unlock(cli_vault, CLI_PASSPHRASE)
    try:
        assert session.data_key() != old_key and not session.has_recovery_key
    finally:
        session.close()


def test_rekey_with_a_wrong_passphrase_changes_nothing(cli_vault: Path) -> None:
    """A wrong passphrase exits 5 and leaves every file as it was."""
    before = folder_digest(cli_vault)
    result = run_cli(cli_vault, "rekey", "--no-recovery-key", secrets=["pas la bonne phrase"])
    assert_plain_error(result, 5, "not correct")
    assert folder_digest(cli_vault) == before


def test_rekey_refuses_a_closed_fd(cli_vault: Path) -> None:
    """A --recovery-key-fd that is not open is refused before the passphrase is even read."""
    result = run_cli(cli_vault, "rekey", "--recovery-key-fd", "97", secrets=[CLI_PASSPHRASE])
    assert_plain_error(result, 17, "not open")


def test_rekey_shows_the_key_on_a_terminal(cli_vault: Path) -> None:
    """Standard output a terminal: the new key is shown there, with the old one's retirement."""
    controller, terminal = pty.openpty()
    read_fd, write_fd = os.pipe()
    os.write(write_fd, (CLI_PASSPHRASE + "\n").encode())
    os.close(write_fd)
    try:
        command = [sys.executable, "-m", "app.cli.main", "--vault", str(cli_vault)]
        done = subprocess.run(
            [*command, "--passphrase-fd", str(read_fd), "rekey"],
            pass_fds=(read_fd,), stdin=subprocess.DEVNULL, stdout=terminal,
            stderr=subprocess.PIPE, timeout=120, cwd=REPO, env=cli_env(),
        )  # fmt: skip
        os.close(terminal)
        shown = _read_terminal(controller)
    finally:
        os.close(read_fd)
        os.close(controller)
    assert done.returncode == 0, done.stderr
    key = re.search(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", shown)
    assert key is not None and "no longer works" in shown
    unlock_with_recovery_key(cli_vault, key.group(0), NEW, TEST_PARAMS).close()


def _read_terminal(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the other side of the terminal is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8")


def test_an_interrupted_renewal_is_told_on_stderr(tmp_path: Path) -> None:
    """A command whose open completed a renewal warns that its recovery key was never shown."""
    vault = tmp_path / "v"
    make_vault(vault, recovery=True)
    mark_recovery_key_unseen(vault, CLI_PASSPHRASE)
    result = run_cli(vault, "person", "list", secrets=[CLI_PASSPHRASE])
    assert result.code == 0 and "never shown" in result.err
