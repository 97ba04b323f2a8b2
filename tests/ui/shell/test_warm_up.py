"""Tests for app/ui/shell/warm_up.py: the unlock screen paints before the vault code loads."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.crypto.kdf import TEST_PARAMS
from app.ui.session.copy_guard import mark_private
from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences import Preferences
from app.ui.shell.warm_up import MODULES, SETUP_MODULES, InBackground, WarmUp
from tests.ui.conftest import VaultOnDisk, WindowFactory, quiet_watcher, unlock_through_screen

ROOT = Path(__file__).resolve().parents[3]
# What the first screen must not wait for: the database driver, the vault's
# use cases, the workspace.
HEAVY = ("sqlcipher3", "argon2", "app.core.session", "app.core.vault", "app.ui.workspace.workspace")


def test_start_up_imports_nothing_heavy() -> None:
    """Importing the entry point and the main window loads no vault code and no workspace."""
    probe = (
        "import sys, app.__main__, app.ui.shell.app, app.ui.shell.main_window\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_every_warm_up_module_exists() -> None:
    """The warm-up list names real modules (a renamed one would fail only at run time)."""
    import importlib.util

    assert all(importlib.util.find_spec(name) is not None for name in SETUP_MODULES + MODULES)


def test_workspace_is_built_after_the_first_paint(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Once the window has painted, the warm-up ends by building the workspace."""
    window: MainWindow = make_window(existing_vault.folder)
    window.update()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    assert window.current_page() is window.unlock_screen  # still locked


def test_quick_start_shows_only_the_unlock_screen_until_the_first_paint(
    qtbot: QtBot, existing_vault: VaultOnDisk, preferences: Preferences
) -> None:
    """With quick_start, the window holds the unlock screen and no menu until it has painted."""
    window = MainWindow(existing_vault.folder, preferences, kdf_params=TEST_PARAMS,
                        lock_watcher=quiet_watcher(), quick_start=True)  # fmt: skip
    qtbot.addWidget(window)
    assert window.current_page() is window.unlock_screen
    assert window.menuBar().actions() == []
    assert not hasattr(window, "lock") and not hasattr(window, "copy_guard")
    window.close()  # closing before the first paint finishes the set-up first, then closes
    assert window.file_menu.actions() and not window.isVisible()


def copy_is_refused(qtbot: QtBot, window: MainWindow) -> bool:
    """Whether Ctrl+C in a private field of the window leaves the clipboard empty."""
    secret = QLineEdit("une hypothèse", window.current_page())
    mark_private(secret)
    secret.show()
    secret.setFocus()
    secret.selectAll()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(secret, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    secret.deleteLater()
    return QGuiApplication.clipboard().text() == ""


def test_quick_start_finishes_the_window_during_the_warm_up(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """After the first paint come the menus (Notes and Settings off), the workspace, the guard."""
    window = make_window(existing_vault.folder, quick_start=True)
    window.update()
    qtbot.waitUntil(lambda: window.warmed_up, timeout=20_000)
    assert window.workspace is not None
    names = [action.objectName() for action in window.file_menu.actions()]
    assert {"lock_action", "settings_action", "quit_action"} <= set(names)
    assert not window.notes_menu.isEnabled() and not window.settings_action.isEnabled()
    assert window.current_page() is window.unlock_screen
    assert copy_is_refused(qtbot, window)


def test_unlocking_during_the_warm_up_finishes_the_window_first(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Unlocked before the warm-up ends: the workspace opens with its menus and the copy guard."""
    window = make_window(existing_vault.folder, quick_start=True)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert window.current_page() is window.workspace
    assert window.notes_menu.isEnabled() and window.lock.is_unlocked()
    assert copy_is_refused(qtbot, window)


def test_steps_run_in_order_after_the_first_paint_awaiting_background_ones(qtbot: QtBot) -> None:
    """Nothing runs before the first paint; then each step in turn, a background one awaited."""
    window = QWidget()
    qtbot.addWidget(window)
    order: list[str] = []
    release = threading.Event()

    def background() -> None:
        release.wait(10)
        order.append(f"background on the GUI thread: {threading.current_thread() is main}")

    main = threading.current_thread()
    warm_up = WarmUp(window, [lambda: order.append("first"), InBackground(background),
                              lambda: order.append("last")])  # fmt: skip
    assert order == []
    window.show()
    qtbot.waitUntil(lambda: order == ["first"])
    qtbot.wait(50)
    assert order == ["first"] and not warm_up.done  # the last step waits for the background one
    release.set()
    qtbot.waitUntil(lambda: warm_up.done)
    assert order == ["first", "background on the GUI thread: False", "last"]
