"""Records past their retention term, and the purge that erases them for good.

The list shows who is past the term (last contact older than the retention
setting). Erasing asks for a reason (it goes into the register, which keeps
no note text) and shows first exactly what will be destroyed: interviews,
addenda, hypotheses, follow-ups, and the snapshots on this computer that
will be rewritten. `PurgeDialog` also serves an erasure requested by the
person (right to erasure), opened from their file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import retention
from app.core.session import Session
from app.domain.ids import PersonId
from app.ui.backups.backup_dialogs import fill
from app.ui.shell.errors import error_message
from app.ui.shell.shell_parts import BusyRow, heading, message_label, paragraph
from app.ui.shell.shell_parts import show_message as say
from app.ui.shell.tasks import Task, run_in_background
from app.ui.widgets.checked_edit import CheckedLineEdit
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.icons import set_icon

ID_ROLE = Qt.ItemDataRole.UserRole


def long_date(value: date | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.LongFormat)  # fmt: skip


class PurgeDialog(QDialog):
    """What the purge destroys, the reason for the register, a deliberate confirmation."""

    purged = Signal(object)  # PurgeReport

    def __init__(
        self,
        session: Session,
        person_ids: list[PersonId],
        kind: retention.PurgeKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("purge_dialog")
        self._session, self._ids, self._kind = session, list(person_ids), kind
        self._task: Task | None = None
        self._ready = False
        self.summary = paragraph(self)
        self.summary.setObjectName("purge_summary")
        self.reason = CheckedLineEdit(parent=self)
        self.reason.setObjectName("purge_reason")
        self.understood = QCheckBox(self)
        self.understood.setObjectName("purge_understood")
        self.busy = BusyRow(self)
        self.message = message_label(self)
        self.buttons = QDialogButtonBox(self)
        self.erase = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase.setObjectName("purge_erase")
        self.erase.clicked.connect(self._start)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.reason, self.understood, self.busy, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self._retranslate()
        self._update()
        self._load()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase for good"))
        self.reason.setPlaceholderText(
            self.tr("Reason, for the register (do not write the person's name)")
        )
        if self._kind is retention.PurgeKind.PAST_TERM:
            self.reason.setText(self.tr("Retention term over"))
        self.understood.setText(self.tr("I understand that this cannot be undone"))
        self.erase.setText(self.tr("&Erase for good"))
        self.busy.label.setText(self.tr("Checking what will be erased…"))

    def _load(self) -> None:
        self.busy.setVisible(True)
        session, ids = self._session, self._ids
        self._task = run_in_background(
            lambda: retention.preview_purge(session, ids), self._show, self._failed
        )

    def _show(self, preview: retention.PurgePreview) -> None:
        self._task, self._ready = None, True
        self.busy.setVisible(False)
        self.summary.setText(self.describe(preview))
        self._update()

    def describe(self, preview: retention.PurgePreview) -> str:
        """The exact list of what goes, what is rewritten and what stays."""
        lines = [self.tr("This erases for good:")]
        for person in preview.persons:
            text = self.tr(
                "• %1 (last contact: %2): %3 interview(s) with %4 addendum(s), %5 working "
                "hypothesis(es), %6 follow-up(s), and the person's details."
            )
            values = (person.alias, long_date(person.last_contact), person.interviews,
                      person.addenda, person.hypotheses, person.follow_ups)  # fmt: skip
            lines.append(fill(text, *values))
        lines.append(fill(self.tr(
            "%1 snapshot(s) on this computer still hold it and will be rewritten without it."),
            preview.snapshots))  # fmt: skip
        kept = sum(p.register_entries_kept for p in preview.persons)
        lines.append(fill(self.tr(
            "Kept: %1 entry(ies) of the disclosure register (they hold no note text), and a new "
            "entry recording this erasure with your reason."), kept))  # fmt: skip
        lines.append(self.tr(
            "External backups already made are not changed: they still hold this record "
            "until you replace or destroy them."))  # fmt: skip
        return "\n".join(lines)

    def _update(self) -> None:
        idle = self._task is None
        ok = self._ready and idle and bool(self.reason.text().strip())
        self.erase.setEnabled(ok and self.understood.isChecked())
        self.reason.setEnabled(idle)
        self.understood.setEnabled(idle)

    def _start(self) -> None:
        if not self.erase.isEnabled():
            return
        session, ids, reason, kind = self._session, self._ids, self.reason.text(), self._kind
        self.busy.label.setText(self.tr("Erasing and rewriting the snapshots…"))
        self.busy.setVisible(True)
        self._task = run_in_background(
            lambda: retention.purge(session, ids, reason, kind), self._done, self._failed
        )
        self._update()

    def _done(self, report: retention.PurgeReport) -> None:
        self._task = None
        self.busy.setVisible(False)
        self.purged.emit(report)
        if report.warnings:  # erased; the rest finishes at the next unlock
            say(self.message, error_message(report.warnings[0]).full())
            self._ready = False
            self._update()
            return
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._task = None
        self.busy.setVisible(False)
        say(self.message, error_message(exc).full())
        self._update()

    def reject(self) -> None:
        if self._task is not None and self._ready:
            return  # erasing: wait for the result
        super().reject()


class PastTermView(QWidget):
    """Persons past the retention term, with "Erase selected…"."""

    purged = Signal(object)  # PurgeReport
    close_requested = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("past_term_view")
        self._session, self._today = session, today
        self.purge_dialog: PurgeDialog | None = None
        self.title = heading(self, 1.2)
        self.help = paragraph(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("past_term_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Columns as wide as their content (dates are spelled out), the last one takes the rest.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = EmptyState(self.table)
        self.empty.activated.connect(self.close_requested)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("erase_selected")
        self.erase_button.clicked.connect(self.erase_selected)
        set_icon(self.erase_button, "trash-2")
        layout = QVBoxLayout(self)
        for widget in (self.title, self.help, self.table):
            layout.addWidget(widget)
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignRight)
        self._retranslate()
        self.refresh()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Past the retention term"))
        self.help.setText(self.tr(
            "These records have had no contact for longer than the retention term set in "
            "the settings (the CNIL guidance for social support is 2 years). Erase them "
            "when you have checked that nothing requires keeping them."))  # fmt: skip
        self.table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Last contact"), self.tr("Case closed")]
        )
        self.empty.set_texts(
            self.tr("Nothing is past its retention term."), self.tr("Back to the persons")
        )
        self.erase_button.setText(self.tr("&Erase selected…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.table.setRowCount(0)
        rows = retention.past_term(self._session, self._today()) if self._session.is_open else []
        for row in rows:
            index = self.table.rowCount()
            self.table.insertRow(index)
            cells = (row.alias, long_date(row.last_contact), long_date(row.case_closed))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, int(row.id))
                self.table.setItem(index, column, item)
        self._selection_changed()

    def selected_ids(self) -> list[PersonId]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        items = [self.table.item(r, 0) for r in rows]
        return [PersonId(int(item.data(ID_ROLE))) for item in items if item is not None]

    def _selection_changed(self) -> None:
        self.erase_button.setEnabled(bool(self.selected_ids()))

    def erase_selected(self) -> PurgeDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = PurgeDialog(self._session, ids, retention.PurgeKind.PAST_TERM, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # no hidden copy of the names
        dialog.purged.connect(self._after_purge)
        dialog.finished.connect(self._dialog_closed)
        self.purge_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.purge_dialog = None

    def _after_purge(self, report: retention.PurgeReport) -> None:
        self.refresh()
        self.purged.emit(report)

    def clear(self) -> None:
        """On lock: no names left in the table."""
        self.table.setRowCount(0)
        if self.purge_dialog is not None:
            self.purge_dialog.reject()
