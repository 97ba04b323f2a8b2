"""Tests for app/cli/commands_vault.py: init, check, passwd, recover, through a subprocess."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.ui.widgets.passphrase_strength import assess_passphrase
from tests.cli.conftest import make_vault
from tests.cli.runner import TEST_KDF, assert_plain_error, cli_env, run_cli

OLD = "première phrase de passe du coffre"
NEW = "seconde phrase de passe, plus récente"
RECOVERY_FORMAT = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")


def init(vault: Path, *extra: str) -> dict[str, object]:
    result = run_cli(vault, "--json", "init", TEST_KDF, *extra, secrets=[OLD])
    assert result.code == 0, result.err
    return dict(result.json())


def opens_with(vault: Path, passphrase: str) -> int:
    return run_cli(vault, "person", "list", secrets=[passphrase]).code


def test_init_prints_the_recovery_key_only_when_asked(tmp_path: Path) -> None:
    """`--recovery-key` gives a key in 8 groups of 4; without it there is none."""
    with_key = init(tmp_path / "a", "--recovery-key")
    assert RECOVERY_FORMAT.match(str(with_key["recovery_key"]))
    assert init(tmp_path / "b")["recovery_key"] is None


def test_init_in_text_mode_shows_the_key_and_the_test_kdf_warning(tmp_path: Path) -> None:
    """The human output shows the key once and warns that the test KDF is not for real notes."""
    result = run_cli(tmp_path / "v", "init", TEST_KDF, "--recovery-key", secrets=[OLD])
    assert result.code == 0
    assert "shown only this once" in result.out and "test-only" in result.out
    assert any(RECOVERY_FORMAT.match(line.strip()) for line in result.out.splitlines())


def test_init_refuses_an_existing_vault_and_a_short_passphrase(tmp_path: Path) -> None:
    """A second init exits 4 without touching the vault; a short passphrase exits 17."""
    vault = tmp_path / "v"
    init(vault)
    key_before = (vault / "carnet.key").read_bytes()
    assert_plain_error(run_cli(vault, "init", TEST_KDF, secrets=[OLD]), 4, "already exists")
    assert (vault / "carnet.key").read_bytes() == key_before
    assert_plain_error(run_cli(tmp_path / "w", "init", TEST_KDF, secrets=["court"]), 17, "12")


@pytest.mark.parametrize("weak", ["password1234", "aaaaaaaaaaaa", "azertyuiop12"])
def test_init_and_passwd_refuse_what_the_gui_refuses_with_its_reason(
    tmp_path: Path, weak: str
) -> None:
    """A passphrase the GUI meter refuses makes init and passwd exit 17 with the meter's words."""
    gui = assess_passphrase(weak)
    assert not gui.acceptable
    refused = run_cli(tmp_path / "new", "init", TEST_KDF, secrets=[weak])
    assert_plain_error(refused, 17, gui.reasons[0])
    assert not (tmp_path / "new" / "carnet.key").exists()
    vault = tmp_path / "v"
    make_vault(vault, OLD)
    key_before = (vault / "carnet.key").read_bytes()
    assert_plain_error(run_cli(vault, "passwd", TEST_KDF, secrets=[OLD, weak]), 17, gui.reasons[0])
    assert (vault / "carnet.key").read_bytes() == key_before


def test_the_refusal_is_in_french_under_a_french_locale(tmp_path: Path) -> None:
    """Under LANG=fr_FR the CLI gives the French reason of the shared table."""
    env = cli_env(LANG="fr_FR.UTF-8", LC_ALL="", LC_MESSAGES="")
    refused = run_cli(tmp_path / "new", "init", TEST_KDF, secrets=["court"], env=env)
    assert_plain_error(refused, 17, "Trop courte")


def test_check_reports_ok_with_the_cipher_and_counts(tmp_path: Path) -> None:
    """`check` on a sound vault: ok, SQLCipher's version, the settings, the counts."""
    vault = tmp_path / "v"
    make_vault(vault, OLD)
    report = run_cli(vault, "--json", "check", secrets=[OLD])
    assert report.code == 0
    data = report.json()
    assert data["ok"] is True and data["problems"] == []
    assert data["cipher_version"] and data["settings"]["journal_mode"] == "wal"
    assert data["counts"]["persons"] == 0
    text = run_cli(vault, "check", secrets=[OLD])
    assert "Integrity: ok" in text.out


def test_passwd_then_the_old_passphrase_fails_and_the_new_one_works(tmp_path: Path) -> None:
    """`passwd` reads the current then the new passphrase; only the new one opens it after."""
    vault = tmp_path / "v"
    make_vault(vault, OLD)
    result = run_cli(vault, "passwd", TEST_KDF, secrets=[OLD, NEW])
    assert result.code == 0, result.err
    assert opens_with(vault, OLD) == 5
    assert opens_with(vault, NEW) == 0


def test_passwd_with_a_wrong_current_passphrase_changes_nothing(tmp_path: Path) -> None:
    """The current passphrase must be right; the key file is left as it was."""
    vault = tmp_path / "v"
    make_vault(vault, OLD)
    key_before = (vault / "carnet.key").read_bytes()
    result = run_cli(vault, "passwd", TEST_KDF, secrets=["une autre phrase fausse", NEW])
    assert_plain_error(result, 5, "not correct")
    assert (vault / "carnet.key").read_bytes() == key_before


def test_recover_with_the_printed_key_sets_a_new_passphrase(tmp_path: Path) -> None:
    """The recovery key printed by init opens the vault and replaces the passphrase."""
    vault = tmp_path / "v"
    key = str(init(vault, "--recovery-key")["recovery_key"])
    result = run_cli(vault, "--json", "recover", TEST_KDF, secrets=[key.lower(), NEW])
    assert result.code == 0, result.err
    assert result.json()["passphrase_changed"] is True
    assert opens_with(vault, OLD) == 5
    assert opens_with(vault, NEW) == 0


def test_recover_with_a_wrong_key_exits_6(tmp_path: Path) -> None:
    """A well-formed but wrong recovery key has its own message and code."""
    vault = tmp_path / "v"
    make_vault(vault, OLD, recovery=True)
    wrong = "-".join(["ABCD"] * 8)
    assert_plain_error(run_cli(vault, "recover", TEST_KDF, secrets=[wrong, NEW]), 6, "recovery")
    assert opens_with(vault, OLD) == 0
