"""What the main window makes once its first screen has painted: guards, lock, menus.

The unlock screen paints before any of this is imported (docs/PERFORMANCE.md,
start-up). `MainWindow.finish_setup` calls these in the first turn of the event
loop after that paint, or at once when something needs them sooner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.session.clipboard_guard import SensitiveClipboard
from app.ui.session.copy_guard import CopyGuard
from app.ui.shell.lock_controller import LockController
from app.ui.shell.vault_upkeep import VaultUpkeep
from app.ui.shell.window_chrome import WindowChrome
from app.ui.widgets.spelling import spell_service

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def make_guards(window: MainWindow) -> None:
    """The clipboard and copy guards, the lock, the vault upkeep and the spell checker."""
    window.clipboard = SensitiveClipboard(window)
    # One guard for every widget, present and future: see copy_guard.py.
    window.copy_guard = CopyGuard(window.clipboard, window)
    window.copy_guard.refused.connect(window.show_status)
    window.copy_guard.install()
    lock = window.lock = LockController(
        window,
        clipboard=window.clipboard,
        idle_minutes=window.preferences.idle_minutes(),
        clock=window._clock,
        watcher=window._lock_watcher,
    )
    lock.locked.connect(window._on_locked)
    lock.flush_failed.connect(window._on_flush_failed)
    upkeep = window.upkeep = VaultUpkeep(window)
    upkeep.status.connect(window.show_status)
    upkeep.restored.connect(window._on_restored)
    upkeep.restore_failed.connect(window._on_restore_failed)
    upkeep.damaged.connect(window._on_damaged)
    lock.add_clear_hook(upkeep.before_lock)
    speller = window.speller = spell_service()
    speller.set_enabled(window.preferences.spell_check())
    speller.message.connect(window.show_status)
    speller.start_loading()  # off the GUI thread; editors underline once it is done


def make_chrome(window: MainWindow) -> None:
    """The menus, their actions and the toolbar (texts set by the window's retranslate)."""
    c = window.chrome = WindowChrome(
        window, window.lock.action, privacy_on=window.preferences.privacy_mode(),
        open_settings=window.open_settings, set_privacy_mode=window.set_privacy_mode,
        show_about=window.show_about,
    )  # fmt: skip
    window.file_menu, window.notes_menu, window.view_menu, window.help_menu = (
        c.file_menu, c.notes_menu, c.view_menu, c.help_menu)  # fmt: skip
    window.settings_action, window.quit_action = c.settings_action, c.quit_action
    window.privacy_action, window.about_action, window.toolbar = (
        c.privacy_action, c.about_action, c.toolbar)  # fmt: skip
