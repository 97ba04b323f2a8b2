"""The main window: first-run wizard, unlock screen or workspace, one at a time.

The title is always "Carnet": a window title shows in task bars, window
switchers and screen-sharing pickers, so it never carries a name.

With `quick_start` (the entry point) the window first paints with the unlock
screen or the wizard only; the rest (window_setup.py) is made in the warm-up
after that paint, or as soon as an unlock, a close or quitting needs it. The
workspace is made, opened and rebuilt by window_workspace.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from app.core.paths import VaultPaths
from app.domain.errors import KeyFileCorrupted
from app.ui.shell.app import Translations
from app.ui.shell.preferences import Preferences
from app.ui.shell.replacement import VaultReplacement
from app.ui.shell.warm_up import MODULES, READ_LEXICON, SETUP_MODULES, WarmUp, imports
from app.ui.shell.window_setup import WindowSetup
from app.ui.shell.window_workspace import (
    WORKSPACE_SPLITTER,
    WindowWorkspace,
    WorkspaceFactory,
    default_workspace,
)
from app.ui.vault.unlock import UnlockScreen

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from app.core.caseload import Caseload
    from app.core.session import Session
    from app.ui.session.dbus_watch import SessionLockWatcher
    from app.ui.settings.rekey import RekeyRunner
    from app.ui.shell.shortcuts import WindowShortcuts
    from app.ui.vault.first_run import FirstRunWizard
    from app.ui.workspace.workspace import Workspace

WINDOW_TITLE = "Carnet"


class MainWindow(QMainWindow, VaultReplacement, WindowSetup, WindowWorkspace):
    """One window for the whole application; never closes to lock."""

    def __init__(
        self,
        vault_dir: Path,
        preferences: Preferences,
        *,
        translations: Translations | None = None,
        kdf_params: Any = None,
        clock: Callable[[], float] = time.time,
        lock_watcher: SessionLockWatcher | None = None,
        workspace_factory: WorkspaceFactory = default_workspace,
        quick_start: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(WINDOW_TITLE)
        self.paths = VaultPaths(vault_dir)
        self.preferences = preferences
        self.translations = translations
        self._kdf_params = kdf_params
        self._clock = clock
        self._lock_watcher = lock_watcher
        self._workspace_factory = workspace_factory
        self._session: Session | None = None
        self._caseload: Caseload | None = None
        self.workspace: Workspace | None = None
        self._shortcuts: WindowShortcuts | None = None
        self.rekeyer: RekeyRunner | None = None  # made at the first renewal (heavy imports)
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.unlock_screen = UnlockScreen(vault_dir, self, kdf_params=kdf_params)
        self.unlock_screen.unlocked.connect(self._on_unlocked)
        self.unlock_screen.restored.connect(self._on_restored_while_locked)
        self.pages.addWidget(self.unlock_screen)
        self.wizard: FirstRunWizard | None = None
        self.statusBar()  # present from the start, so the layout does not jump later
        geometry = preferences.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        if not quick_start:
            self.finish_setup()
        self.show_start_page()
        rest = [*imports(MODULES), READ_LEXICON, self._prepare_workspace]
        if quick_start:  # the copy guard last: nothing can be copied before an unlock installs it
            parts = [self.make_next_part] * self.part_count()
            rest = [*imports(SETUP_MODULES), *parts, *rest, self.finish_setup]
        self._warm_up = WarmUp(self, rest)

    def _retranslate(self) -> None:
        if not self._set_up:
            return  # the unlock screen and the wizard retranslate themselves
        self.chrome.retranslate()
        self.lock.retranslate()
        self.setWindowTitle(WINDOW_TITLE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Pages -------------------------------------------------------------
    def show_start_page(self) -> None:
        """The wizard when there is no vault yet, the unlock screen otherwise."""
        if self.paths.exists():
            self._show_unlock()
            return
        if self.paths.database.exists():
            from app.ui.shell.errors import error_message

            # A database without its key file: never offer to create over it.
            self._show_unlock(error_message(KeyFileCorrupted()).full(), offer_restore=True)
            return
        if self.wizard is None:
            from app.ui.vault.first_run import FirstRunWizard

            self.wizard = FirstRunWizard(self.paths.folder, self, kdf_params=self._kdf_params)
            self.wizard.vault_created.connect(self._on_vault_created)
            self.wizard.completed.connect(self._on_wizard_completed)
            if self._set_up:  # otherwise finish_setup adds it
                self.lock.add_clear_hook(self.wizard.clear)
            self.pages.addWidget(self.wizard)
        self.pages.setCurrentWidget(self.wizard)
        self._set_unlocked_ui(False)
        self.wizard.start()

    def _show_unlock(self, message: str = "", offer_restore: bool = False) -> None:
        self.pages.setCurrentWidget(self.unlock_screen)
        self._set_unlocked_ui(False)
        self.unlock_screen.reset(message, offer_restore)

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        # The workspace enables its own actions (Finalise only in an open note…).
        if not self._set_up:
            return  # no menus yet: finish_setup calls this again
        self.notes_menu.setEnabled(unlocked)
        self.chrome.show_workspace_tools(unlocked)
        self.settings_action.setEnabled(unlocked)

    @property
    def warmed_up(self) -> bool:
        """True once every step of the warm-up after the first paint has run."""
        return self._warm_up.done

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    # Session -----------------------------------------------------------
    @property
    def session(self) -> Session | None:
        return self._session

    def _on_vault_created(self, session: Session) -> None:
        self.finish_setup()
        self._adopt(session)
        self.upkeep.after_unlock(session)

    def _on_wizard_completed(self) -> None:
        if self._session is not None and self._session.is_open:
            self._open_workspace(None)
        else:
            self.show_start_page()

    def _on_unlocked(self, session: Session) -> None:
        from app.ui.settings.rekey import warn_if_recovery_key_unseen

        self.finish_setup()
        self._adopt(session)
        warn_if_recovery_key_unseen(self, session)
        self.upkeep.after_unlock(session)
        self._open_workspace(self.lock.remembered_state())
        self.lock.forget_state()
        self.lock.hand_back_pending()  # text an automatic lock could not save, saved again now

    def _adopt(self, session: Session) -> None:
        self._session = session
        from app.core.caseload import Caseload
        from app.core.personal_words import add_personal_word, personal_words

        self._caseload = Caseload(session)
        self.lock.begin(session)
        self.speller.attach(personal_words(session), lambda word: add_personal_word(session, word))

    def _on_locked(self, _reason: str) -> None:
        self.upkeep.forget()
        self.speller.detach()
        self._session = None
        self._caseload = None
        self._show_unlock()
        self.show_status(self.tr("Carnet is locked."))

    def _on_damaged(self, exc: BaseException) -> None:
        """The page check after unlocking found damage: lock at once, offer the restore."""
        from app.ui.shell.lock_controller import LockReason

        if self.lock.is_unlocked():
            self.lock.lock(LockReason.SYSTEM)
        self.unlock_screen.show_failure(exc)

    def _on_flush_failed(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            from app.ui.shell.errors import error_message, show_error

            self.show_status(error_message(exc).text)
            show_error(self, exc)
            return
        self.show_status(self.tr(
            "Carnet could not save the last change, so it stays unlocked. Free some disk "
            "space, or copy the text somewhere safe, then lock again."))  # fmt: skip

    def show_status(self, message: str) -> None:
        """A quiet message in the status bar, gone after a while."""
        self.statusBar().showMessage(message, 6000)

    # Actions -----------------------------------------------------------
    def set_privacy_mode(self, enabled: bool) -> None:
        self.preferences.set_privacy_mode(enabled)
        if self.privacy_action.isChecked() != enabled:
            self.privacy_action.setChecked(enabled)
        if self.workspace is not None:
            self.workspace.set_privacy_mode(enabled)

    def open_settings(self) -> None:
        if self._session is None or self._caseload is None or not self._session.is_open:
            return
        from PySide6.QtCore import Qt

        from app.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._session,
            self._caseload,
            self.preferences,
            self,
            translations=self.translations,
            kdf_params=self._kdf_params,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.idle_minutes_changed.connect(self.lock.idle.set_minutes)
        dialog.privacy_mode_changed.connect(self.set_privacy_mode)
        dialog.spell_check_changed.connect(self.speller.set_enabled)
        dialog.language_changed.connect(lambda _code: self.rebuild_workspace())
        dialog.accepted.connect(self.apply_templates)
        dialog.restore_requested.connect(self._restore)
        dialog.rekey_requested.connect(self._rekey)
        dialog.backups.status.connect(self.show_status)
        dialog.open()

    # Closing -----------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        from app.ui.shell.lock_controller import LockReason

        self.finish_setup()  # closed before it ran: the layout is saved as always
        wizard_busy = self.wizard is not None and self.wizard.is_busy()
        if self.unlock_screen.is_busy() or wizard_busy or self.is_rekeying():
            event.ignore()  # a key is being derived; the session must not be orphaned
            return
        if self.lock.is_unlocked() and not self.lock.lock(LockReason.MANUAL):
            event.ignore()  # the last change could not be saved; the worker was told
            return
        if self.lock.holds_unsaved_text():  # in memory since an automatic lock: unlock saves it
            event.ignore()
            self.show_status(self.tr("A change is not saved yet. Unlock Carnet to save it."))
            return
        self._save_layout()
        self.lock.shutdown()
        self.copy_guard.uninstall()
        event.accept()

    def _save_layout(self) -> None:
        from PySide6.QtWidgets import QSplitter

        # Sizes and positions only (opaque Qt blobs): nothing about a person.
        self.preferences.set_window_geometry(self.saveGeometry())
        self.preferences.set_window_state(self.saveState())
        splitter = getattr(self.workspace, "splitter", None)
        if isinstance(splitter, QSplitter):
            self.preferences.set_splitter_state(WORKSPACE_SPLITTER, splitter.saveState())
        self.preferences.sync()

    def shutdown(self) -> None:
        """The application is quitting (logout, signal): lock whatever happens."""
        from app.ui.shell.lock_controller import LockReason

        if not self._set_up:
            return  # quit before the first screen painted: nothing was open
        if self.lock.is_unlocked():
            self.lock.lock(LockReason.SYSTEM)
        self.lock.shutdown()
