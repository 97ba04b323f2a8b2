"""Locking: by hand (Ctrl+L, toolbar), after idle minutes, or when the system sleeps.

Locking saves what is pending, remembers where the worker was (ids only, in
memory), empties every widget that showed case data and its undo history,
takes back what Carnet put on the clipboard, then closes the session (which
checkpoints, closes the database and overwrites the key).

If the save fails (a full disk): a manual lock refuses, so the worker sees the
text and why; an automatic lock (idle, sleep) locks anyway, keeping the unsaved
text in memory only (never on disk, never on screen) and handing it back to
the workspace after the next unlock, which saves it again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.domain.errors import CarnetError
from app.ui.session.clipboard_guard import SensitiveClipboard
from app.ui.session.dbus_watch import SessionLockWatcher
from app.ui.session.idle import IdleLockTimer

if TYPE_CHECKING:
    from app.core.session import Session


class LockReason(StrEnum):
    MANUAL = "manual"
    IDLE = "idle"
    SYSTEM = "system"


class Lockable(Protocol):
    """What the lock needs from the workspace (see app/ui/workspace/workspace.py)."""

    def flush(self) -> bool | None: ...

    def clear(self) -> None: ...

    def state(self) -> Any: ...

    def take_pending(self) -> Any: ...

    def restore_pending(self, pending: Any) -> bool: ...


class LockController(QObject):
    """Owns the lock action and the automatic triggers; `locked(reason)` once locked."""

    locked = Signal(str)
    flush_failed = Signal(object)  # the error, or None when the workspace reported it

    def __init__(
        self,
        window: QWidget,
        *,
        clipboard: SensitiveClipboard,
        idle_minutes: int,
        clock: Callable[[], float] = time.time,
        watcher: SessionLockWatcher | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clipboard = clipboard
        self._session: Session | None = None
        self._workspace: Lockable | None = None
        self._remembered: Any = None
        self._pending: Any = None  # unsaved text an automatic lock kept, in memory only
        self._hooks: list[Callable[[], None]] = []
        self.action = QAction(window)
        self.action.setObjectName("lock_action")
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setEnabled(False)
        self.action.triggered.connect(lambda: self.lock(LockReason.MANUAL))
        self.idle = IdleLockTimer(self, minutes=idle_minutes, clock=clock)
        self.idle.lock_requested.connect(lambda: self.lock(LockReason.IDLE))
        self.watcher = watcher if watcher is not None else SessionLockWatcher(self)
        self.watcher.lock_requested.connect(lambda: self.lock(LockReason.SYSTEM))
        self.watcher.start()
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Lock"))
        self.action.setToolTip(self.tr("Lock Carnet now (Ctrl+L)"))
        self.action.setStatusTip(self.tr("Close the vault; your passphrase opens it again"))

    # State ---------------------------------------------------------------
    def begin(self, session: Session) -> None:
        """A session is open: enable the lock and start the idle count."""
        self._session = session
        self.action.setEnabled(True)
        self.idle.start()

    def set_workspace(self, workspace: Lockable | None) -> None:
        self._workspace = workspace

    def add_clear_hook(self, hook: Callable[[], None]) -> None:
        """Something else to empty on lock (the wizard's recovery key, for instance)."""
        self._hooks.append(hook)

    def is_unlocked(self) -> bool:
        return self._session is not None and self._session.is_open

    def remembered_state(self) -> Any:
        """Where the worker was before the last lock (ids only), or None."""
        return self._remembered

    def forget_state(self) -> None:
        self._remembered = None

    def holds_unsaved_text(self) -> bool:
        """An automatic lock kept text it could not save; the next unlock hands it back."""
        return self._pending is not None

    def keep_pending(self, pending: Any) -> None:
        """Unsaved text the workspace could not take back now: kept for the next unlock."""
        self._pending = pending

    def hand_back_pending(self) -> None:
        """Once unlocked and the workspace reopened: give it the text kept across the lock."""
        workspace, pending = self._workspace, self._pending
        if workspace is not None and pending is not None and workspace.restore_pending(pending):
            self._pending = None

    # Locking -------------------------------------------------------------
    def lock(self, reason: LockReason = LockReason.MANUAL) -> bool:
        """Lock now; False if there was nothing to lock or a manual lock could not save."""
        session = self._session
        if session is None or not session.is_open:
            return False
        if not self._flush(reason):
            return False
        self._close_dialogs()
        if self._workspace is not None:
            self._remembered = self._workspace.state()
            self._workspace.clear()
        for hook in self._hooks:
            hook()
        self._clear_clipboards()
        self.idle.stop()
        self.action.setEnabled(False)
        self._session = None
        session.close()
        self.locked.emit(reason.value)
        return True

    def _flush(self, reason: LockReason) -> bool:
        if self._workspace is None:
            return True
        try:
            saved = self._workspace.flush() is not False
            error: CarnetError | None = None
        except CarnetError as exc:
            saved, error = False, exc
        if saved:
            return True
        if reason is LockReason.MANUAL:  # the worker is here: keep the text on screen, say why
            self.flush_failed.emit(error)
            return False
        # Away (idle, sleep), privacy wins: lock anyway, the text kept in memory until unlocked.
        self._pending = self._workspace.take_pending() or self._pending
        return True

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
                widget.hide()

    def _clear_clipboards(self) -> None:
        guards = {id(self._clipboard): self._clipboard}
        for guard in self._window.findChildren(SensitiveClipboard):
            guards[id(guard)] = guard
        for guard in guards.values():
            guard.clear_all()

    def session_ended(self) -> None:
        """The session was closed by someone else (a failed restore): show the lock."""
        self.idle.stop()
        self.action.setEnabled(False)
        self._session = None
        self.locked.emit(LockReason.SYSTEM.value)

    def shutdown(self) -> None:
        """On quit: stop the triggers."""
        self.idle.stop()
        self.watcher.stop()
