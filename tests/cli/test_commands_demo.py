"""Tests for app/cli/commands_demo.py: a seeded demo caseload, only in an empty vault."""

from __future__ import annotations

from pathlib import Path

from app.core.session import database
from app.core.vault import unlock
from tests.cli.conftest import CLI_PASSPHRASE, make_vault
from tests.cli.runner import assert_plain_error, run_cli

DAY = "2025-06-16"


def demo_vault(folder: Path, seed: str) -> dict[str, object]:
    make_vault(folder)
    result = run_cli(
        folder,
        "--json",
        "demo",
        "--persons",
        "12",
        "--notes",
        "90",
        "--seed",
        seed,
        "--today",
        DAY,
        secrets=[CLI_PASSPHRASE],
    )
    assert result.code == 0, result.err
    return dict(result.json())


def contents(folder: Path) -> list[tuple[object, ...]]:
    """Every row a worker would see, in id order (timestamps included)."""
    session = unlock(folder, CLI_PASSPHRASE)
    try:
        rows: list[tuple[object, ...]] = []
        for table in ("persons", "interviews", "hypotheses", "follow_ups", "addenda"):
            rows += database(session).query(f"SELECT * FROM {table} ORDER BY id")
        return rows
    finally:
        session.close()


def test_the_demo_is_deterministic_with_a_seed(tmp_path: Path) -> None:
    """Same seed and day: the same caseload, row for row; another seed: another one."""
    first = demo_vault(tmp_path / "a", "7")
    assert first["persons"] == 12 and first["interviews"] == 90
    assert demo_vault(tmp_path / "b", "7") == first
    demo_vault(tmp_path / "c", "8")
    assert contents(tmp_path / "a") == contents(tmp_path / "b")
    assert contents(tmp_path / "a") != contents(tmp_path / "c")


def test_the_demo_refuses_a_vault_with_persons(cli_vault: Path) -> None:
    """Fictitious notes are never mixed with a worker's real ones."""
    run_cli(cli_vault, "person", "add", "Vraie P.", secrets=[CLI_PASSPHRASE])
    result = run_cli(cli_vault, "demo", "--persons", "3", "--notes", "5", secrets=[CLI_PASSPHRASE])
    assert_plain_error(result, 17, "empty vault")
