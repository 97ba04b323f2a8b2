"""Restore and key renewal: the open session is replaced by another one.

Both follow the same order: save, empty the screens, stop the idle lock, do
the work off the GUI thread, then adopt the new session as after an unlock.
Mixed into `MainWindow`, whose members it declares below, so mypy checks
every use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.errors import CarnetError

if TYPE_CHECKING:
    from app.core.session import Session
    from app.ui.settings.rekey import RekeyRunner
    from app.ui.shell.lock_controller import LockController
    from app.ui.shell.vault_upkeep import VaultUpkeep
    from app.ui.workspace.workspace import Workspace


class VaultReplacement:
    """The part of the main window that swaps one open session for another."""

    _session: Session | None
    workspace: Workspace | None
    lock: LockController
    upkeep: VaultUpkeep
    rekeyer: RekeyRunner | None

    if TYPE_CHECKING:  # provided by MainWindow and QObject

        def show_status(self, message: str) -> None: ...
        def _set_unlocked_ui(self, unlocked: bool) -> None: ...
        def _adopt(self, session: Session) -> None: ...
        def _open_workspace(self, state: Any) -> None: ...
        def _on_unlocked(self, session: Session) -> None: ...

    def _widget(self) -> QWidget:
        """This object as the window it is mixed into (the parent of its dialogs)."""
        assert isinstance(self, QWidget)
        return self

    def _empty_for_replacement(self, status: str) -> Session | None:
        """Save, empty the screens, stop the idle lock: the session is about to be replaced."""
        session = self._session
        if session is None or not session.is_open or self.workspace is None:
            return None
        try:
            self.workspace.flush()
        except CarnetError as exc:
            from app.ui.shell.errors import show_error

            show_error(self._widget(), exc)  # nothing is replaced while a change is unsaved
            return None
        self.workspace.clear()
        self.lock.idle.stop()
        self._set_unlocked_ui(False)
        self.show_status(status)
        return session

    def _restore(self, request: object) -> None:
        # The window's context: self.tr here would look in this mixin's, which Qt never asks.
        session = self._empty_for_replacement(
            QCoreApplication.translate(
                "MainWindow", "Restoring the backup… Carnet checks it before replacing anything."
            )
        )
        if session is not None:
            self.upkeep.start_restore(session, request)  # type: ignore[arg-type]

    def _rekey(self, passphrase: str) -> None:
        from app.ui.settings.rekey import RekeyRunner, step_text

        if self.rekeyer is None:
            self.rekeyer = RekeyRunner(self._widget())
            self.rekeyer.progress.connect(self.show_status)
            self.rekeyer.done.connect(self._on_rekeyed)
            self.rekeyer.failed.connect(self._on_restore_failed)
        session = self._empty_for_replacement(step_text(""))
        if session is not None:
            self.rekeyer.start(session, passphrase)

    def is_rekeying(self) -> bool:
        return self.rekeyer is not None and self.rekeyer.is_busy()

    def _on_rekeyed(self, result: Any) -> None:
        from app.ui.settings.rekey import rekeyed_message
        from app.ui.settings.settings_security import announce_rekeyed

        self._adopt(result.session)
        self.upkeep.after_unlock(result.session)
        self._open_workspace(None)
        self.show_status(rekeyed_message(result))
        announce_rekeyed(self._widget(), result)

    def _on_restored(self, result: object) -> None:
        from app.core.restore import RestoreResult

        if isinstance(result, RestoreResult):
            self._adopt(result.session)
            self._open_workspace(None)
            self.upkeep.announce_restored(result.report, self._widget())

    def _on_restored_while_locked(self, result: Any) -> None:
        """From the unlock screen: adopted exactly as after an unlock, then told what happened."""
        self._on_unlocked(result.session)
        self.upkeep.announce_restored(result.report, self._widget())

    def _on_restore_failed(self, exc: object, still_open: bool) -> None:
        if isinstance(exc, BaseException):
            from app.ui.shell.errors import show_error

            show_error(self._widget(), exc)
        if still_open and self._session is not None:
            self._open_workspace(None)  # nothing was replaced
        else:
            self.lock.session_ended()
