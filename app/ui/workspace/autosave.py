"""Autosave: write what the worker typed within a second of the last keystroke.

Each editor registers a writer under a key ("facts", "hypothesis", "meta");
every change restarts one short single-shot timer, and when it fires every
pending writer runs. A writer reads the editor's current text itself, so the
latest text is what gets written. A write takes milliseconds, so it runs on
the GUI thread. A failed write stays pending (the text stays in its editor);
the next change, or `flush()`, tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, QTime, QTimer, Signal

from app.domain.errors import CarnetError

DEFAULT_DELAY_MS = 800  # + a few ms of writing: saved within one second

Writer = Callable[[], None]


class SaveState(StrEnum):
    IDLE = "idle"  # nothing typed since the editor was loaded
    PENDING = "pending"  # typed, not written yet
    SAVED = "saved"  # everything typed is in the vault
    FAILED = "failed"  # the last write failed; still pending


class Autosaver(QObject):
    """Debounced writes with a visible state; failures are kept for retry."""

    state_changed = Signal(str)
    saved = Signal()
    failed = Signal(object)  # the exception, for a plain message

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEFAULT_DELAY_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._write_pending)
        self._pending: dict[str, Writer] = {}
        self._state = SaveState.IDLE
        self._saved_at: QTime | None = None
        self._last_error: CarnetError | None = None

    def state(self) -> SaveState:
        return self._state

    def saved_at(self) -> QTime | None:
        """When the last successful write happened (local time), if any."""
        return self._saved_at

    def last_error(self) -> CarnetError:
        """Why the last write failed (a generic error if it never failed)."""
        return self._last_error or CarnetError()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def pending_keys(self) -> frozenset[str]:
        """Which writers have not written yet ("facts", "hypothesis", "meta")."""
        return frozenset(self._pending)

    def schedule(self, key: str, writer: Writer) -> None:
        """Something changed: write it (with anything else pending) shortly."""
        self._pending[key] = writer
        self._timer.start()
        if self._state != SaveState.FAILED:
            self._set_state(SaveState.PENDING)

    def flush(self) -> bool:
        """Write everything pending now; False if a write failed (it stays pending)."""
        self._timer.stop()
        return self._write_pending()

    def discard(self) -> None:
        """Forget pending writes and the state (the workspace is being emptied)."""
        self._timer.stop()
        self._pending.clear()
        self._saved_at = None
        self._set_state(SaveState.IDLE)

    def _write_pending(self) -> bool:
        wrote = False
        for key, writer in list(self._pending.items()):
            try:
                writer()
            except Exception as exc:  # shown as a plain message; the text is kept
                self._last_error = exc if isinstance(exc, CarnetError) else CarnetError(str(exc))
                self._set_state(SaveState.FAILED)
                self.failed.emit(exc)
                return False
            if self._pending.get(key) is writer:
                del self._pending[key]
            wrote = True
        if wrote or self._state == SaveState.FAILED:
            self._saved_at = QTime.currentTime()
            self._set_state(SaveState.SAVED)
            self.saved.emit()
        return True

    def _set_state(self, state: SaveState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state.value)
