"""Run slow work (key derivation, search, backups, exports) off the GUI thread.

The callable runs on Qt's global thread pool; its result or exception comes
back to the GUI thread through a queued signal. Keep a reference to the
returned Task until it finishes (the pool owns the runnable, we own the relay).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._work = work
        self.relay = _Relay()

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which shows a plain message
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


_running: set[Task] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> Task:
    """Start `work` on the thread pool; callbacks run on the GUI thread."""
    task = Task(work)
    _running.add(task)

    def finished_ok(result: object) -> None:
        _running.discard(task)
        if on_done is not None:
            on_done(result)

    def finished_error(exc: object) -> None:
        _running.discard(task)
        if on_error is not None and isinstance(exc, Exception):
            on_error(exc)

    task.relay.succeeded.connect(finished_ok)
    task.relay.failed.connect(finished_error)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Tests and shutdown: wait until every started task has finished."""
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))
