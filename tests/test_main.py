"""Tests for app/__main__.py: command-line options."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.__main__ import main, parse_args
from tests.support import REPO


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


def test_without_a_display_carnet_says_so_in_one_sentence() -> None:
    """No DISPLAY nor WAYLAND_DISPLAY on Linux: one plain sentence, French for a French locale."""
    from app.__main__ import no_display_message

    english = no_display_message({"LANG": "C.UTF-8"}, "linux")
    assert english is not None and "graphical session" in english and english.count(". ") == 0
    assert "session graphique" in (no_display_message({"LANG": "fr_FR.UTF-8"}, "linux") or "")
    assert no_display_message({"DISPLAY": ":0"}, "linux") is None
    assert no_display_message({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display_message({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_message({}, "win32") is None


def test_make_run_without_a_display_prints_the_sentence_not_qt_s_error() -> None:
    """`python -m app` with no display exits at once with the sentence and no Qt plugin error."""
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env["LANG"] = "C.UTF-8"
    done = subprocess.run([sys.executable, "-m", "app"], env=env, capture_output=True,
                          text=True, timeout=60, cwd=REPO)  # fmt: skip
    assert done.returncode == 2
    assert "graphical session" in done.stderr and "xcb" not in done.stderr
