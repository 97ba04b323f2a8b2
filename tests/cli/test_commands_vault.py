"""Tests for app/cli/commands_vault.py: init, check, passwd, recover, through a subprocess."""

from __future__ import annotations

import argparse
import re
import stat
from pathlib import Path

import pytest

from app.cli.commands_vault import run_check
from app.cli.errors import EXIT_CODES
from app.core.caseload import Caseload
from app.core.session import database
from app.core.vault import unlock
from app.domain.errors import VaultCorrupted
from app.domain.models import PersonDraft
from app.storage import purge
from app.ui.widgets.passphrase_strength import assess_passphrase
from tests.cli.conftest import make_vault
from tests.cli.runner import assert_plain_error, cli_env, run_cli

OLD = "première phrase de passe du coffre"
NEW = "seconde phrase de passe, plus récente"
RECOVERY_FORMAT = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")


def init(vault: Path, *extra: str) -> dict[str, object]:
    result = run_cli(vault, "--json", "init", *extra, secrets=[OLD])
    assert result.code == 0, result.err
    return dict(result.json())


def opens_with(vault: Path, passphrase: str) -> int:
    return run_cli(vault, "person", "list", secrets=[passphrase]).code


def test_init_prints_the_recovery_key_only_when_asked(tmp_path: Path) -> None:
    """`--recovery-key` gives a key in 8 groups of 4; without it there is none."""
    with_key = init(tmp_path / "a", "--recovery-key")
    assert RECOVERY_FORMAT.match(str(with_key["recovery_key"]))
    assert init(tmp_path / "b")["recovery_key"] is None


def test_init_in_text_mode_shows_the_key(tmp_path: Path) -> None:
    """The human output shows the key once; no test-only wording ships in the command."""
    result = run_cli(tmp_path / "v", "init", "--recovery-key", secrets=[OLD])
    assert result.code == 0
    assert "shown only this once" in result.out and "test-only" not in result.out
    assert any(RECOVERY_FORMAT.match(line.strip()) for line in result.out.splitlines())


def test_init_refuses_an_existing_vault_and_a_short_passphrase(tmp_path: Path) -> None:
    """A second init exits 4 without touching the vault; a short passphrase exits 17."""
    vault = tmp_path / "v"
    init(vault)
    key_before = (vault / "carnet.key").read_bytes()
    assert_plain_error(run_cli(vault, "init", secrets=[OLD]), 4, "already exists")
    assert (vault / "carnet.key").read_bytes() == key_before
    assert_plain_error(run_cli(tmp_path / "w", "init", secrets=["court"]), 17, "12")


@pytest.mark.parametrize("weak", ["password1234", "aaaaaaaaaaaa", "azertyuiop12"])
def test_init_and_passwd_refuse_what_the_gui_refuses_with_its_reason(
    tmp_path: Path, weak: str
) -> None:
    """A passphrase the GUI meter refuses makes init and passwd exit 17 with the meter's words."""
    gui = assess_passphrase(weak)
    assert not gui.acceptable
    refused = run_cli(tmp_path / "new", "init", secrets=[weak])
    assert_plain_error(refused, 17, gui.reasons[0])
    assert not (tmp_path / "new" / "carnet.key").exists()
    vault = tmp_path / "v"
    make_vault(vault, OLD)
    key_before = (vault / "carnet.key").read_bytes()
    assert_plain_error(run_cli(vault, "passwd", secrets=[OLD, weak]), 17, gui.reasons[0])
    assert (vault / "carnet.key").read_bytes() == key_before


def test_the_refusal_is_in_french_under_a_french_locale(tmp_path: Path) -> None:
    """Under LANG=fr_FR the CLI gives the French reason of the shared table."""
    env = cli_env(LANG="fr_FR.UTF-8", LC_ALL="", LC_MESSAGES="")
    refused = run_cli(tmp_path / "new", "init", secrets=["court"], env=env)
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
    result = run_cli(vault, "passwd", secrets=[OLD, NEW])
    assert result.code == 0, result.err
    assert opens_with(vault, OLD) == 5
    assert opens_with(vault, NEW) == 0


def test_passwd_with_a_wrong_current_passphrase_changes_nothing(tmp_path: Path) -> None:
    """The current passphrase must be right; the key file is left as it was."""
    vault = tmp_path / "v"
    make_vault(vault, OLD)
    key_before = (vault / "carnet.key").read_bytes()
    result = run_cli(vault, "passwd", secrets=["une autre phrase fausse", NEW])
    assert_plain_error(result, 5, "not correct")
    assert (vault / "carnet.key").read_bytes() == key_before


def test_recover_with_the_printed_key_sets_a_new_passphrase(tmp_path: Path) -> None:
    """The recovery key printed by init opens the vault and replaces the passphrase."""
    vault = tmp_path / "v"
    key = str(init(vault, "--recovery-key")["recovery_key"])
    result = run_cli(vault, "--json", "recover", secrets=[key.lower(), NEW])
    assert result.code == 0, result.err
    assert result.json()["passphrase_changed"] is True
    assert opens_with(vault, OLD) == 5
    assert opens_with(vault, NEW) == 0


def test_recover_with_a_wrong_key_exits_6(tmp_path: Path) -> None:
    """A well-formed but wrong recovery key has its own message and code."""
    vault = tmp_path / "v"
    make_vault(vault, OLD, recovery=True)
    wrong = "-".join(["ABCD"] * 8)
    assert_plain_error(run_cli(vault, "recover", secrets=[wrong, NEW]), 6, "recovery")
    assert opens_with(vault, OLD) == 0


def test_check_tightens_loose_modes_once(tmp_path: Path) -> None:
    """A vault at 0755 with files at 0644 is 0700/0600 after `check`, which says so once."""
    vault = tmp_path / "v"
    make_vault(vault, OLD)
    (vault / "snapshots").mkdir(mode=0o755)
    vault.chmod(0o755)
    for path in vault.iterdir():
        path.chmod(0o755 if path.is_dir() else 0o644)
    first = run_cli(vault, "check", secrets=[OLD])
    assert first.code == 0, first.err
    assert "permissions tightened" in first.err
    assert stat.S_IMODE(vault.stat().st_mode) == 0o700
    for path in vault.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path
    assert "permissions" not in run_cli(vault, "check", secrets=[OLD]).err


def test_init_refuses_a_folder_holding_other_files(tmp_path: Path) -> None:
    """`init` in a non-empty folder that is no vault exits 23 and changes nothing, mode included."""
    shared = tmp_path / "partage"
    shared.mkdir()
    shared.chmod(0o1777)
    (shared / "rapport.odt").write_bytes(b"x")
    assert_plain_error(run_cli(shared, "init", secrets=[OLD]), 23, "other files")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert [p.name for p in shared.iterdir()] == ["rapport.odt"]


def test_init_never_changes_a_parent_folders_mode(tmp_path: Path) -> None:
    """`init` makes the new vault folder 0700 and leaves the existing parent as it was."""
    parent = tmp_path / "commun"
    parent.mkdir()
    parent.chmod(0o1777)
    init(parent / "mon-coffre")
    assert stat.S_IMODE(parent.stat().st_mode) == 0o1777
    assert stat.S_IMODE((parent / "mon-coffre").stat().st_mode) == 0o700


def test_check_warns_about_key_derivation_below_the_floor(tmp_path: Path) -> None:
    """A key file with the cheap test parameters makes `check` warn (and say so in JSON)."""
    vault = tmp_path / "v"
    make_vault(vault, OLD)
    assert "below Carnet's calibrated floor" in run_cli(vault, "check", secrets=[OLD]).out
    assert run_cli(vault, "--json", "check", secrets=[OLD]).json()["weak_key_derivation"] is True


def test_the_test_kdf_is_not_an_option(tmp_path: Path) -> None:
    """The installed command has no `--insecure-test-kdf`: argparse refuses it (exit 2)."""
    for argv in (("init", "--insecure-test-kdf"), ("passwd", "--insecure-test-kdf")):
        result = run_cli(tmp_path / "v", *argv, secrets=[OLD, NEW])
        assert result.code == 2 and "unrecognized arguments" in result.err


def test_check_reports_a_pending_erasure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check` on a vault whose erasure is still pending says so and exits non-zero."""
    vault = tmp_path / "v"
    make_vault(vault, OLD)
    session = unlock(vault, OLD)
    try:
        person = Caseload(session).add_person(PersonDraft("Mme Attente"))
        purge.purge_persons(database(session), [person], "erasure-request", "x")  # not finished yet
        code = run_check(argparse.Namespace(json_output=False), session)
    finally:
        session.close()
    assert code == EXIT_CODES[VaultCorrupted]
    assert "Erasure: PENDING" in capsys.readouterr().out


def test_any_command_finishes_a_pending_erasure(tmp_path: Path) -> None:
    """The next carnet-cli command that opens the vault finishes the erasure first."""
    vault = tmp_path / "v"
    make_vault(vault, OLD)
    session = unlock(vault, OLD)
    person = Caseload(session).add_person(PersonDraft("Mme Attente"))
    purge.purge_persons(database(session), [person], "erasure-request", "x")
    session.close()
    assert run_cli(vault, "person", "list", secrets=[OLD]).code == 0
    report = run_cli(vault, "check", secrets=[OLD])
    assert report.code == 0 and "Erasure: nothing pending" in report.out
