"""The disclosure register on screen: one person or the whole vault, filtered, corrected, exported.

Entries are never edited: "Record a correction…" appends a new entry pointing at
the one it corrects. "Export the register…" writes the list as CSV, JSON or
text, with register data only (no word of any note), through the same
history-free save dialog as the summaries.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.register import (
    RegisterFilter,
    RegisterFormat,
    corrected_ids,
    register_entries,
    write_register,
)
from app.core.register_items import PersonMention, describe_items, person_mentions
from app.core.session import Session
from app.domain.errors import CarnetError
from app.domain.ids import PersonId
from app.domain.models import Disclosure
from app.domain.summary import EntryKind, entry_kind
from app.ui.export.correction_dialog import CorrectionDialog
from app.ui.export.file_dialog import private_save_path
from app.ui.export.labels import frame_short, informed_short, register_labels
from app.ui.records.refusal_dialog import RefusalDialog
from app.ui.records.register_empty import RegisterFilters, attach_empty_state
from app.ui.records.register_items import item_text, person_text
from app.ui.shell.errors import error_message
from app.ui.shell.tasks import Task, run_in_background
from app.ui.widgets.icons import set_icon
from app.ui.widgets.optional_date import OptionalDateEdit
from app.ui.workspace.labels import moment_text

Index = QModelIndex | QPersistentModelIndex
PathChooser = Callable[[QWidget, str, RegisterFormat], Path | None]


def choose_register_path(parent: QWidget, file_name: str, fmt: RegisterFormat) -> Path | None:
    caption = QCoreApplication.translate("RegisterView", "Export the register")
    return private_save_path(parent, caption, file_name, f"*.{fmt.value}", fmt.value)


class RegisterModel(QAbstractTableModel):
    """One row per entry, newest first; corrected entries say so."""

    COLUMNS = ("date", "person", "recipient", "frame", "purpose", "informed", "items", "format")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Disclosure] = []
        self._persons: dict[PersonId, PersonMention] = {}
        self._corrected: set[int] = set()
        self.privacy = False

    def set_entries(
        self, entries: list[Disclosure], persons: dict[PersonId, PersonMention]
    ) -> None:
        self.beginResetModel()
        self.entries = entries
        self._persons = persons
        self._corrected = {int(i) for i in corrected_ids(entries)}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            labels = register_labels()
            labels["date"] = self.tr("Date")
            labels["person"] = self.tr("Person")
            return labels[self.COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry) if column == "date" else None
        return self._cell(entry, column)

    def _cell(self, entry: Disclosure, column: str) -> str:
        if column == "date":
            return moment_text(entry.created_at)
        if column == "person":
            mention = self._persons.get(entry.person_id) if entry.person_id else None
            return person_text(mention, self.privacy)
        if column == "frame":
            return frame_short(entry.frame)
        if column == "informed":
            return informed_short(entry.informed)
        if column == "items":
            return str(len(entry.item_refs))
        if column == "format":
            return entry.output_format.upper()
        return str(getattr(entry, column))

    def _tooltip(self, entry: Disclosure) -> str:
        lines = []
        if entry.corrects is not None:
            lines.append(self.tr("Corrects entry %1").replace("%1", str(entry.corrects)))
        if int(entry.id) in self._corrected:
            lines.append(self.tr("Corrected by a later entry"))
        return "\n".join(lines)


def reason_key(entry: Disclosure) -> str:
    """A refused request keeps the answer given where an export keeps its reason."""
    return "answer" if entry_kind(entry.frame) is EntryKind.REFUSED else "reason"


class RegisterView(QWidget):
    """Filters above, the entries in a table, the chosen entry in full below."""

    correction_recorded = Signal()

    def __init__(
        self,
        session: Session,
        person_id: PersonId | None = None,
        parent: QWidget | None = None,
        *,
        choose_path: PathChooser = choose_register_path,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerView")
        self.session: Session | None = session
        self._person_id = person_id
        self._choose_path = choose_path
        self._task: Task | None = None
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Whose transmissions"))
        if person_id is not None:
            self.scope.addItem(self.tr("This person"), person_id)
        self.scope.addItem(self.tr("Everyone in the vault"), None)
        self.since = OptionalDateEdit(self.tr("From"), self)
        self.until = OptionalDateEdit(self.tr("To"), self)
        self.recipient = QLineEdit(self)
        self.recipient.setPlaceholderText(self.tr("Recipient contains…"))
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.model = RegisterModel(self)
        self.table = self._make_table()
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.correct_button = QPushButton(self.tr("Record a correction…"), self)
        self.refuse_button = QPushButton(self.tr("Record a refused request…"), self)
        self.refuse_button.setObjectName("recordRefusal")
        self.refuse_button.setToolTip(
            self.tr("Who asked, for what, and your answer: recorded, nothing written")
        )
        self.refuse_button.setVisible(person_id is not None)
        self.export_button = QPushButton(self.tr("Export the register…"), self)
        set_icon(self.correct_button, "pencil-line")
        set_icon(self.refuse_button, "ban")
        set_icon(self.export_button, "download")
        self.export_menu = QMenu(self.export_button)
        for fmt, text in (
            (RegisterFormat.CSV, self.tr("As a spreadsheet (CSV)…")),
            (RegisterFormat.JSON, self.tr("As JSON…")),
            (RegisterFormat.TEXT, self.tr("As plain text…")),
        ):
            self.export_menu.addAction(text, partial(self.export, fmt))
        self.export_button.setMenu(self.export_menu)
        self._build_layout()
        self._connect()
        filters = RegisterFilters(self.scope, self.since, self.until, self.recipient)
        self.empty_state = attach_empty_state(self.table, filters)
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The long texts share the width left (cut with "…", whole in the tooltip), so the
        # register needs no horizontal scrolling.
        for name in ("recipient", "purpose"):
            column = RegisterModel.COLUMNS.index(name)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        return table

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.scope)
        filters.addWidget(self.since)
        filters.addWidget(self.until)
        filters.addWidget(self.recipient, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.scope.currentIndexChanged.connect(self.refresh)
        self.since.changed.connect(self.refresh)
        self.until.changed.connect(self.refresh)
        self.recipient.textChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.correct_button.clicked.connect(self.record_correction)
        self.refuse_button.clicked.connect(self.record_refusal)

    def current_filter(self) -> RegisterFilter:
        person = self.scope.currentData()
        return RegisterFilter(
            person_id=PersonId(int(person)) if person is not None else None,
            since=self.since.value(),
            until=self.until.value(),
            recipient=self.recipient.text(),
        )

    def refresh(self, *_args: object) -> None:
        """Reloads the entries matching the filters (one indexed query)."""
        if self.session is None:
            return
        try:
            entries = register_entries(self.session, self.current_filter())
            persons = person_mentions(self.session, entries)
        except CarnetError as exc:
            self.message.setText(error_message(exc).full())
            return
        self.message.clear()
        self.model.set_entries(entries, persons)
        self._show_selected()

    def selected(self) -> Disclosure | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def _show_selected(self, *_args: object) -> None:
        entry = self.selected()
        self.correct_button.setEnabled(entry is not None)
        if entry is None:
            self.details.setText(self.tr("%n entry(ies).", "", len(self.model.entries)))
            return
        labels = register_labels()
        pairs = [
            (labels["id"], str(entry.id)),
            (labels["kind"], frame_short(entry.frame)),
            (labels[reason_key(entry)], entry.reason),
            (labels["items"], self._items_text(entry)),
            (labels["sha256"], entry.sha256),
            (labels["corrects"], "" if entry.corrects is None else str(entry.corrects)),
        ]
        # "%1: %2" is "%1 : %2" in French (a non-breaking space before the colon).
        line = self.tr("%1: %2", "a label and its value")
        self.details.setText(
            "\n".join(line.replace("%1", k).replace("%2", v) for k, v in pairs if v)
        )

    def _items_text(self, entry: Disclosure) -> str:
        if self.session is None or not entry.item_refs:
            return "—"
        return "; ".join(item_text(i) for i in describe_items(self.session, entry.item_refs))

    def record_correction(self) -> None:
        """Opens the correction dialog for the selected entry; it appends a new one."""
        entry = self.selected()
        if entry is None or self.session is None:
            return
        dialog = CorrectionDialog(self.session, entry, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.correction_recorded.emit()

    def record_refusal(self) -> None:
        """Records a refused request about the person this register was opened on."""
        if self.session is None or self._person_id is None:
            return
        dialog = RefusalDialog(self.session, self._person_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.correction_recorded.emit()

    def export(self, fmt: RegisterFormat) -> None:
        """Writes the entries shown, as a content-free list, off the GUI thread."""
        entries = list(self.model.entries)
        name = self.tr("disclosure-register") + f"-{date.today().isoformat()}.{fmt.value}"
        path = self._choose_path(self, name, fmt)
        if path is None:
            return
        labels = register_labels()
        self.message.setText(self.tr("Writing the register…"))

        def done(_result: object) -> None:
            self.message.setText(
                self.tr("The register was written (%n entry(ies)).", "", len(entries))
            )

        def failed(exc: Exception) -> None:
            self.message.setText(error_message(exc).full())

        self._task = run_in_background(
            lambda: write_register(entries, fmt, path, labels), done, failed
        )

    def set_privacy(self, on: bool) -> None:
        """Initials instead of aliases in the person column."""
        self.model.privacy = on
        self.refresh()

    def clear(self) -> None:
        """Forget the vault: empty the table and the details (on lock)."""
        self.session = None
        self.model.set_entries([], {})
        self.details.clear()
        self.message.clear()
        self.recipient.clear()


class RegisterDialog(QDialog):
    """The register in its own window (title generic: never a name)."""

    def __init__(
        self, session: Session, person_id: PersonId | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("Disclosure register"))
        self.view = RegisterView(session, person_id, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 32)
