"""What the main window makes once its first screen has painted: guards, lock, menus.

The unlock screen paints before any of this is imported (docs/PERFORMANCE.md,
start-up): this module is light, and each function imports what it makes.
`MainWindow.finish_setup` calls them in a turn of the event loop after that
paint (the warm-up has imported their modules by then), or at once when
something needs them sooner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QToolBar

    from app.ui.session.clipboard_guard import SensitiveClipboard
    from app.ui.session.copy_guard import CopyGuard
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.window_chrome import WindowChrome
    from app.ui.widgets.spelling import SpellService


class WindowParts:
    """What `make_guards` and `make_chrome` add to the main window (declared for mypy)."""

    clipboard: SensitiveClipboard
    copy_guard: CopyGuard
    speller: SpellService
    chrome: WindowChrome
    file_menu: QMenu
    notes_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    settings_action: QAction
    quit_action: QAction
    privacy_action: QAction
    about_action: QAction
    toolbar: QToolBar


def make_guards(window: MainWindow) -> None:
    """The clipboard and copy guards, the lock, the vault upkeep and the spell checker."""
    from app.ui.session.clipboard_guard import SensitiveClipboard
    from app.ui.session.copy_guard import CopyGuard
    from app.ui.shell.lock_controller import LockController
    from app.ui.shell.vault_upkeep import VaultUpkeep
    from app.ui.widgets.spelling import spell_service

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
    from app.ui.shell.about import show_about
    from app.ui.shell.window_chrome import WindowChrome

    c = window.chrome = WindowChrome(
        window, window.lock.action, privacy_on=window.preferences.privacy_mode(),
        open_settings=window.open_settings, set_privacy_mode=window.set_privacy_mode,
        show_about=lambda: show_about(window),
    )  # fmt: skip
    window.file_menu, window.notes_menu, window.view_menu, window.help_menu = (
        c.file_menu, c.notes_menu, c.view_menu, c.help_menu)  # fmt: skip
    window.settings_action, window.quit_action = c.settings_action, c.quit_action
    window.privacy_action, window.about_action, window.toolbar = (
        c.privacy_action, c.about_action, c.toolbar)  # fmt: skip
