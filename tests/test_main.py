"""Tests for app/__main__.py: command-line options."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.__main__ import main, parse_args
from app.core.vault import CreatedVault
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


# Launches Carnet as `carnet --vault DIR` does, and stops at the first paint of
# its window, reporting what had been imported and read by then.
_FIRST_PAINT = """
import json, sys
import PySide6.QtCore as core
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

folder = sys.argv[1]
touched = []
def audit(event, args):
    if event in ("open", "os.listdir", "os.scandir") and args and str(args[0]).startswith(folder):
        touched.append(str(args[0]))
sys.addaudithook(audit)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            page = watched.pages.currentWidget()
            texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QPushButton)]
            print(json.dumps({
                "page": page.objectName(),
                "modules": sorted(sys.modules),
                "qt_namespace": "Qt" in vars(core),
                "touched": touched,
                "texts": [text for text in texts if text],
            }), flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False

probe = FirstPaint()
_exec = QApplication.exec
def probed_exec(*args):
    for window in QApplication.topLevelWidgets():
        window.installEventFilter(probe)
    return _exec()
QApplication.exec = probed_exec
from app.__main__ import main
main(["--vault", folder])
"""

# Not needed to show the unlock screen: the database driver, Argon2, the vault's
# use cases, the workspace, and the rest of the main window (made right after).
NOT_BEFORE_FIRST_PAINT = (
    "sqlcipher3",
    "argon2",
    "cryptography",
    "app.storage",
    "app.core.session",
    "app.core.vault",
    "app.messages.errors",
    "app.ui.workspace",
    "app.ui.session.copy_guard",
    "app.ui.shell.lock_controller",
    "app.ui.shell.window_chrome",
    "app.ui.widgets.spelling",
    "app.ui.widgets.icons",
)


def _launch_to_first_paint(folder: Path, tmp_path: Path, language: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": language, "LANG": language}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # QSettings: no preference, no language
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT, str(folder)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr
    report: dict[str, Any] = json.loads(lines[0])
    return report


def test_the_unlock_screen_paints_before_the_vault_code_and_the_workspace_load(
    created_vault: CreatedVault, vault_dir: Path, tmp_path: Path
) -> None:
    """Launched on a vault, Carnet paints its unlock screen having loaded none of the rest."""
    created_vault.session.close()
    report = _launch_to_first_paint(vault_dir, tmp_path, "C.UTF-8")
    assert report["page"] == "unlock"
    early = [m for m in report["modules"] if m.startswith(NOT_BEFORE_FIRST_PAINT)]
    assert early == []
    assert "app.ui.vault.unlock" in report["modules"]  # the probe did see the start path
    # Naming `Qt` makes PySide6 create its 93 enums at once (docs/PERFORMANCE.md).
    assert not report["qt_namespace"]
    # The vault's files are not read before the first paint: its size cannot slow it.
    assert report["touched"] == []
    assert "Carnet is locked" in report["texts"]


def test_the_first_painted_unlock_screen_is_already_translated(
    created_vault: CreatedVault, vault_dir: Path, tmp_path: Path
) -> None:
    """On a French system the unlock screen is French from its first paint, not a moment after."""
    created_vault.session.close()
    english = _launch_to_first_paint(vault_dir, tmp_path, "C.UTF-8")["texts"]
    french = _launch_to_first_paint(vault_dir, tmp_path, "fr_FR.UTF-8")["texts"]
    assert len(french) == len(english) >= 4
    assert all(fr != en for fr, en in zip(french, english, strict=True))
