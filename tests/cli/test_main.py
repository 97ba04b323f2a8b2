"""Tests for app/cli/main.py: the registry, global options, errors and exit codes."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.cli.errors import INTERNAL, INTERRUPTED
from tests.cli.conftest import CLI_PASSPHRASE as PASSPHRASE
from tests.cli.runner import assert_plain_error, cli_env, run_cli
from tests.support import REPO


@pytest.fixture(autouse=True)
def _no_hardening(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs must not make the test process itself non-dumpable."""
    monkeypatch.setattr(cli_main, "harden_process", lambda: None)


def test_help_lists_the_commands_and_every_exit_code() -> None:
    """`--help` names the commands and documents one exit code per error class."""
    result = run_cli(None, "--help", use_fd=False)
    assert result.code == 0
    for word in ("init", "check", "passwd", "recover", "person", "note", "search", "demo"):
        assert word in result.out
    assert "WrongPassphrase" in result.out and "130" in result.out
    assert "insecure" not in result.out


def test_init_person_note_search_round_trip_in_json(tmp_path: Path) -> None:
    """A vault made on the command line takes a person and a note, and search finds it."""
    vault = tmp_path / "vault"
    assert run_cli(vault, "--json", "init", secrets=[PASSPHRASE]).json()["created"]
    person = run_cli(vault, "--json", "person", "add", "Amina K.", secrets=[PASSPHRASE]).json()
    facts = tmp_path / "facts.txt"
    facts.write_text("Mme K. signale un arriéré de loyer ; dossier FSL déposé.", encoding="utf-8")
    note = run_cli(
        vault,
        "--json",
        "note",
        "add",
        str(person["id"]),
        "--facts-file",
        str(facts),
        secrets=[PASSPHRASE],
    ).json()
    found = run_cli(vault, "--json", "search", "arriere", secrets=[PASSPHRASE]).json()
    assert [hit["interview_id"] for hit in found["hits"]] == [note["interview_id"]]
    assert found["hits"][0]["matches"] == ["arriéré"]


def test_wrong_passphrase_is_one_plain_line_with_its_own_code(cli_vault: Path) -> None:
    """A wrong passphrase says so on one line, exits 5, and shows no traceback."""
    result = run_cli(cli_vault, "person", "list", secrets=["not the right passphrase"])
    assert_plain_error(result, 5, "The passphrase is not correct.")
    assert result.out == ""


def test_json_mode_also_reports_the_error_as_json(cli_vault: Path) -> None:
    """With --json a failure still prints one line on stderr, plus an error object on stdout."""
    result = run_cli(cli_vault, "--json", "person", "list", secrets=["not the right passphrase"])
    assert_plain_error(result, 5, "not correct")
    assert result.json() == {
        "error": "WrongPassphrase",
        "message": "The passphrase is not correct.",
        "exit_code": 5,
    }


def test_a_passphrase_is_never_taken_from_argv_or_the_environment(cli_vault: Path) -> None:
    """`--passphrase` is refused as usage; an environment variable is ignored, not used."""
    in_argv = run_cli(cli_vault, "--passphrase", PASSPHRASE, "person", "list", use_fd=False)
    assert in_argv.code == 2 and "carnet-cli: error:" in in_argv.err
    for_command = run_cli(cli_vault, "person", "list", PASSPHRASE, use_fd=False)
    assert for_command.code == 2 and "unrecognized arguments" in for_command.err
    in_env = run_cli(
        cli_vault,
        "person",
        "list",
        use_fd=False,
        env=cli_env(CARNET_PASSPHRASE=PASSPHRASE, CARNET_VAULT_PASSPHRASE=PASSPHRASE),
    )
    assert_plain_error(in_env, 21, "--passphrase-fd")


def test_a_missing_vault_names_the_folder(tmp_path: Path) -> None:
    """Commands on a folder without a vault exit 3 and say which folder, before any prompt."""
    result = run_cli(tmp_path / "nowhere", "person", "list", use_fd=False)
    assert_plain_error(result, 3, str(tmp_path / "nowhere"))


def test_the_vault_folder_comes_from_the_environment_when_not_given(tmp_path: Path) -> None:
    """Without --vault, CARNET_VAULT_DIR chooses the folder."""
    vault = tmp_path / "from-env"
    result = run_cli(None, "init", secrets=[PASSPHRASE], env=cli_env(CARNET_VAULT_DIR=str(vault)))
    assert result.code == 0, result.err
    assert (vault / "carnet.key").exists()


def test_loading_every_command_loads_no_qt() -> None:
    """Building the parser (every command module) imports no PySide6: commands start fast."""
    code = (
        "import sys; from app.cli.main import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=cli_env(), capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_missing_command_modules_are_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """A module listed but not written yet is skipped; the others still register."""
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", ("app.cli.commands_vault", "app.cli.nope"))
    parser = cli_main.build_parser()
    assert parser.parse_args(["check"]).command == "check"


def test_a_broken_command_module_is_not_silently_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the module's own absence is forgiven; a failing import inside it surfaces."""
    broken = types.ModuleType("app.cli.broken")
    monkeypatch.setitem(sys.modules, "app.cli.broken", broken)
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", ("app.cli.broken",))
    with pytest.raises(AttributeError):
        cli_main.build_parser()


def test_modules_may_use_add_commands_instead_of_register(monkeypatch: pytest.MonkeyPatch) -> None:
    """The export module's `add_commands(subparsers)` is accepted like `register`."""
    module = types.ModuleType("app.cli.fake_commands")
    module.add_commands = lambda sub: sub.add_parser("fake").set_defaults(handler=None)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.cli.fake_commands", module)
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", ("app.cli.fake_commands",))
    assert cli_main.build_parser().parse_args(["fake"]).command == "fake"


def test_ctrl_c_exits_130_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An interrupt ends with 130 and nothing but (at most) a newline."""

    def interrupted(_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_main, "run", interrupted)
    assert cli_main.main(["--vault", "/nonexistent", "check"]) == INTERRUPTED
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.strip() == ""


def test_an_unexpected_error_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug still ends with one line on stderr and exit code 70."""

    def broken(_: object) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli_main, "run", broken)
    assert cli_main.main(["--vault", "/nonexistent", "check"]) == INTERNAL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and "Traceback" not in err
