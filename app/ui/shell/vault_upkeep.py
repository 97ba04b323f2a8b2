"""Snapshots at unlock and at lock, restores asked for in the settings, and what a restore says.

Kept out of the main window so that it stays a window: this object knows the
order of operations (save, empty the screens, restore off the GUI thread,
reopen) and reports back through signals.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.domain.errors import VaultCorrupted
from app.ui.shell.errors import error_message
from app.ui.shell.tasks import Task, run_in_background

if TYPE_CHECKING:
    from app.core import restore as restore_use_case
    from app.core import snapshots
    from app.core.restore import RestoreReport
    from app.core.session import Session


class VaultUpkeep(QObject):
    status = Signal(str)
    restore_started = Signal()
    restored = Signal(object)  # RestoreResult
    restore_failed = Signal(object, bool)  # the error; True if the old vault is still open
    damaged = Signal(object)  # VaultCorrupted found by the page check after unlocking

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._task: Task | None = None
        self._damaged = False

    def after_unlock(self, session: Session) -> None:
        """Every page authenticated, then housekeeping and today's snapshot, off the GUI thread."""
        self._session = session
        self._damaged = False
        self._report_opening(session)
        now = datetime.now(UTC)

        def check_then_snapshot() -> snapshots.SnapshotOutcome:
            from app.core import snapshots
            from app.core.verification import verify_pages_apart

            verify_pages_apart(session)
            return snapshots.maybe_snapshot(session, now)

        self._task = run_in_background(check_then_snapshot, self._snapshot_done, self._failed)

    def before_lock(self) -> None:
        """Lock hook: a snapshot only if none was taken today (a night left unlocked)."""
        session = self._session
        if session is None or not session.is_open or self._damaged:
            return
        from app.core import snapshots

        now = datetime.now(UTC)
        if snapshots.snapshot_due(session.paths, now):
            self._report_warnings(snapshots.maybe_snapshot(session, now))

    def forget(self) -> None:
        self._session = None

    def _report_opening(self, session: Session) -> None:
        """What the unlock did on its own, said once in the status bar."""
        for warning in session.erasure_warnings:
            self.status.emit(error_message(warning).text)
        if session.tightened:
            self.status.emit(
                self.tr(
                    "The vault folder was readable by others: its permissions were "
                    "tightened to the worker's account only."
                )
            )

    def _snapshot_done(self, outcome: Any) -> None:
        self._report_warnings(outcome)

    def _report_warnings(self, outcome: snapshots.SnapshotOutcome) -> None:
        for warning in outcome.warnings:
            self.status.emit(error_message(warning).text)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, VaultCorrupted):
            self._damaged = True  # no snapshot of a damaged file at lock
            self.damaged.emit(exc)
            return
        self.status.emit(error_message(exc).text)

    def start_restore(self, session: Session, request: restore_use_case.RestoreRequest) -> None:
        """The screens are already empty; the vault is replaced off the GUI thread."""
        from app.core import restore as restore_use_case

        self.restore_started.emit()
        self._task = run_in_background(
            lambda: restore_use_case.perform(session, request),
            self._restore_done,
            lambda exc: self.restore_failed.emit(exc, session.is_open),
        )

    def _restore_done(self, result: Any) -> None:
        self._session = result.session
        self.restored.emit(result)

    def announce_restored(self, report: RestoreReport, window: QWidget) -> None:
        """Say what a restore did; a note that cannot be missed if a damaged vault was set aside."""
        text = self.restored_message(report)
        self.status.emit(text)
        from app.ui.vault.locked_restore import show_restore_notice

        show_restore_notice(window, report, text)

    def restored_message(self, report: RestoreReport) -> str:
        """What the worker is told after a restore: hypotheses, and a damaged vault kept aside."""
        if not report.hypotheses_included:
            text = self.tr(
                "The backup was restored. It held no working hypotheses: they never "
                "leave the computer where they were written.")  # fmt: skip
        else:
            text = self.tr("The backup was restored.")
        if report.damaged_copy is not None:
            text += " " + self.tr(
                "The damaged vault file was kept in the vault folder, as %1."
            ).replace("%1", report.damaged_copy.name)
        if not report.later_changes_checked:
            text += " " + self.tr(
                "The damage hid what was erased or sent out after that copy: check the "
                "disclosure register, and erase again anyone who should not be there.")  # fmt: skip
        return text
