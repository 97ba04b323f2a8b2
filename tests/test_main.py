"""Tests for app/__main__.py: command-line options."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.__main__ import main, parse_args


def test_vault_option_is_read() -> None:
    """--vault DIR names the vault folder; Qt's own options pass through."""
    args = parse_args(["--vault", "/tmp/v", "-platform", "offscreen"])
    assert args.vault == "/tmp/v"
    assert not args.self_test


def test_self_test_runs_the_installation_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """--self-test runs app.selftest (tested on its own) and exits with its status."""
    import app.selftest

    calls: list[None] = []

    def fake_run() -> int:
        calls.append(None)
        return 7

    monkeypatch.setattr(app.selftest, "run_self_test", fake_run)
    assert main(["--self-test"]) == 7
    assert calls == [None]


def test_module_runs_as_python_dash_m() -> None:
    """`python -m app --version` prints the version without needing a display."""
    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.startswith("Carnet ")
