"""What the main window makes once its first screen has painted: guards, lock, menus.

The unlock screen paints before any of this is imported (docs/PERFORMANCE.md,
start-up): this module is light, and each method imports what it makes.
Mixed into `MainWindow`, whose members it declares below, so mypy checks every
use; `MainWindow.finish_setup` calls it in a turn of the event loop after the
first paint (the warm-up has imported the modules by then), or at once when
something needs it sooner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QToolBar

    from app.core.session import Session
    from app.ui.session.clipboard_guard import SensitiveClipboard
    from app.ui.session.copy_guard import CopyGuard
    from app.ui.session.dbus_watch import SessionLockWatcher
    from app.ui.shell.lock_controller import LockController
    from app.ui.shell.preferences import Preferences
    from app.ui.shell.vault_upkeep import VaultUpkeep
    from app.ui.shell.window_chrome import WindowChrome
    from app.ui.vault.first_run import FirstRunWizard
    from app.ui.vault.unlock import UnlockScreen
    from app.ui.widgets.spelling import SpellService


class WindowSetup:
    """The part of the main window that makes its guards, lock, upkeep, speller and menus."""

    # Made here.
    clipboard: SensitiveClipboard
    copy_guard: CopyGuard
    lock: LockController
    upkeep: VaultUpkeep
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
    _set_up = False  # every part made
    _parts_made = 0
    _copies_guarded = False
    # Provided by MainWindow.
    preferences: Preferences
    wizard: FirstRunWizard | None
    unlock_screen: UnlockScreen
    _session: Session | None
    _clock: Callable[[], float]
    _lock_watcher: SessionLockWatcher | None

    if TYPE_CHECKING:  # provided by MainWindow and VaultReplacement

        def show_status(self, message: str) -> None: ...
        def open_settings(self) -> None: ...
        def set_privacy_mode(self, enabled: bool) -> None: ...
        def _on_locked(self, _reason: str) -> None: ...
        def _on_flush_failed(self, exc: object) -> None: ...
        def _on_damaged(self, exc: BaseException) -> None: ...
        def _on_restored(self, result: object) -> None: ...
        def _on_restore_failed(self, exc: object, still_open: bool) -> None: ...
        def _retranslate(self) -> None: ...
        def _set_unlocked_ui(self, unlocked: bool) -> None: ...

    def finish_setup(self) -> None:
        """Make what the first screen does not show (see the module's docstring); once."""
        self._make_parts()
        self._guard_copies()

    def _make_parts(self) -> None:
        """Every part not made yet, at once: something needs them now."""
        while not self._set_up:
            self.make_next_part()

    def part_count(self) -> int:
        return len(self._part_makers())

    def make_next_part(self) -> None:
        """The next part, a warm-up step each (the menus' icons alone take a few tens of ms)."""
        makers = self._part_makers()
        if self._parts_made < len(makers):
            self._parts_made += 1
            makers[self._parts_made - 1]()

    def _part_makers(self) -> tuple[Callable[[], None], ...]:
        return (self._make_guards, self._make_chrome, self._finish_parts)

    def _finish_parts(self) -> None:
        self._set_up = True
        self.unlock_screen.add_icons()
        self._retranslate()
        state = self.preferences.window_state()  # the toolbar's place: it exists now
        if state is not None:
            self._as_window().restoreState(state)
        if self.wizard is not None:
            self.lock.add_clear_hook(self.wizard.clear)
        self._set_unlocked_ui(self._session is not None)

    def _as_window(self) -> QMainWindow:
        """This object as the window it is mixed into (the parent of what is made here)."""
        assert isinstance(self, QMainWindow)
        return self

    def _make_guards(self) -> None:
        """The clipboard and copy guards, the lock, the vault upkeep and the spell checker."""
        from app.ui.session.clipboard_guard import SensitiveClipboard
        from app.ui.session.copy_guard import CopyGuard
        from app.ui.shell.lock_controller import LockController
        from app.ui.shell.vault_upkeep import VaultUpkeep
        from app.ui.widgets.spelling import spell_service

        window = self._as_window()
        self.clipboard = SensitiveClipboard(window)
        # One guard for every widget, present and future: see copy_guard.py.
        self.copy_guard = CopyGuard(self.clipboard, window)
        self.copy_guard.refused.connect(self.show_status)
        self.lock = LockController(
            window, clipboard=self.clipboard, idle_minutes=self.preferences.idle_minutes(),
            clock=self._clock, watcher=self._lock_watcher,
        )  # fmt: skip
        self.lock.locked.connect(self._on_locked)
        self.lock.flush_failed.connect(self._on_flush_failed)
        self.upkeep = VaultUpkeep(window)
        self.upkeep.status.connect(self.show_status)
        self.upkeep.restored.connect(self._on_restored)
        self.upkeep.restore_failed.connect(self._on_restore_failed)
        self.upkeep.damaged.connect(self._on_damaged)
        self.lock.add_clear_hook(self.upkeep.before_lock)
        self.speller = spell_service()
        self.speller.set_enabled(self.preferences.spell_check())
        self.speller.message.connect(self.show_status)
        self.speller.start_loading()  # off the GUI thread; editors underline once it is done

    def _guard_copies(self) -> None:
        """Install the copy guard, once: from then on every event of the application passes it."""
        if not self._copies_guarded:
            self._copies_guarded = True
            self.copy_guard.install()

    def _make_chrome(self) -> None:
        """The menus, their actions and the toolbar (texts set by the window's retranslate)."""
        from app.ui.shell.about import show_about
        from app.ui.shell.window_chrome import WindowChrome

        window = self._as_window()
        c = self.chrome = WindowChrome(
            window, self.lock.action, privacy_on=self.preferences.privacy_mode(),
            open_settings=self.open_settings, set_privacy_mode=self.set_privacy_mode,
            show_about=lambda: show_about(window),
        )  # fmt: skip
        self.file_menu, self.notes_menu, self.view_menu, self.help_menu = (
            c.file_menu, c.notes_menu, c.view_menu, c.help_menu)  # fmt: skip
        self.settings_action, self.quit_action = c.settings_action, c.quit_action
        self.privacy_action, self.about_action, self.toolbar = (
            c.privacy_action, c.about_action, c.toolbar)  # fmt: skip
