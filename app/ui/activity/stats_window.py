"""The Statistics window: figures of a year, a quarter or two dates, as tables and bar charts.

Counts only (masked by core below the vault's threshold), computed off the GUI
thread; export as PDF (with the charts), CSV or ODS through the export writers.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.activity import (
    checked_period,
    quarter_period,
    session_figures,
    set_stats_threshold,
    stats_threshold,
    year_period,
)
from app.core.session import Session
from app.domain.activity import MIN_THRESHOLD, ActivityFigures, FigureTable, Period
from app.export import activity_labels as words
from app.export.activity_render import FiguresFormat, write_figures
from app.ui.activity.chart_widget import BarChart
from app.ui.export.file_dialog import private_save_path
from app.ui.shell.errors import show_error
from app.ui.shell.tasks import Task, run_in_background

WHOLE_YEAR, DATES = 0, 5  # period combo: 0 = the year, 1-4 = quarters, 5 = two dates


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    return edit


class StatsDialog(QDialog):
    def __init__(
        self, session: Session, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stats_dialog")
        self._session = session
        self._figures: ActivityFigures | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Activity figures"))
        self.resize(760, 640)
        day = today or date.today()
        self.year = QSpinBox(minimum=1990, maximum=2100, value=day.year)
        self.which = QComboBox()
        self.which.addItems(
            [
                self.tr("Whole year"),
                *(self.tr("Quarter %n", "", q) for q in range(1, 5)),
                self.tr("From … to …"),
            ]
        )
        self.start = _date_edit(QDate(day.year, 1, 1))
        self.end = _date_edit(QDate(day.year, 12, 31))
        self.threshold = QSpinBox(
            minimum=MIN_THRESHOLD, maximum=100, value=stats_threshold(session)
        )
        self.threshold.setObjectName("stats_threshold")
        self.threshold.setToolTip(self.tr("Counts below this number are hidden (never below 3)"))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("stats_show")
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.body)
        self.note = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_buttons = {
            FiguresFormat.PDF: self.buttons.addButton(
                self.tr("Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole
            ),
            FiguresFormat.CSV: self.buttons.addButton(
                self.tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole
            ),
            FiguresFormat.ODS: self.buttons.addButton(
                self.tr("Export ODS…"), QDialogButtonBox.ButtonRole.ActionRole
            ),
        }
        self._lay_out(scroll)
        self._wire()
        self._sync_dates()

    def _lay_out(self, scroll: QScrollArea) -> None:
        period = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Year:")),
            self.year,
            self.which,
            self.start,
            self.end,
            QLabel(self.tr("Hide counts below:")),
            self.threshold,
            self.show_button,
        ):
            period.addWidget(widget)
        period.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def _wire(self) -> None:
        self.which.currentIndexChanged.connect(self._sync_dates)
        self.show_button.clicked.connect(self.refresh)
        self.buttons.rejected.connect(self.reject)
        for fmt, button in self.export_buttons.items():
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))

    def _sync_dates(self) -> None:
        dates = self.which.currentIndex() == DATES
        self.start.setVisible(dates)
        self.end.setVisible(dates)
        self.year.setEnabled(not dates)

    def period(self) -> Period:
        index = self.which.currentIndex()
        if index == DATES:
            return checked_period(_day(self.start.date()), _day(self.end.date()))
        if index == WHOLE_YEAR:
            return year_period(self.year.value())
        return quarter_period(self.year.value(), index)

    def refresh(self) -> None:
        """Computes the figures of the chosen period off the GUI thread, then shows them."""
        try:
            period = self.period()
        except Exception as exc:  # InvalidInput: a reversed period
            show_error(self, exc)
            return
        session = self._session
        if self.threshold.value() != stats_threshold(session):
            set_stats_threshold(session, self.threshold.value())  # a vault setting, kept
        self.show_button.setEnabled(False)
        self._task = run_in_background(
            lambda: session_figures(session, period), self.show_figures, self._failed
        )

    def _failed(self, exc: Exception) -> None:
        self.show_button.setEnabled(True)
        show_error(self, exc)

    def show_figures(self, figures: ActivityFigures) -> None:
        self._figures = figures
        self.show_button.setEnabled(True)
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the window now, deleted later
                widget.deleteLater()
        self.body_layout.addWidget(self._scalars(figures))
        for name, table in figures.tables:
            self.body_layout.addWidget(self._table_box(name, table, figures.threshold))
        self.body_layout.addStretch()
        self.note.setText(
            words.period_text(figures.period) + " — " + words.masking_note(figures.threshold)
        )
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _scalars(self, figures: ActivityFigures) -> QGroupBox:
        box = QGroupBox(self.tr("Overview"))
        form = QFormLayout(box)
        for name, value in figures.scalars:
            label = QLabel(str(value))
            label.setObjectName(f"scalar_{name}")
            form.addRow(words.scalar_label(name), label)
        return box

    def _table_box(self, name: str, table: FigureTable, threshold: int) -> QGroupBox:
        box = QGroupBox(words.table_label(name))
        box.setObjectName(f"box_{name}")
        grid = QTableWidget(len(table.rows) + (table.total is not None), 2)
        grid.setObjectName(f"table_{name}")
        grid.setHorizontalHeaderLabels([words.column_figure(), words.column_count()])
        grid.verticalHeader().setVisible(False)
        rows = [(words.code_label(c), str(v)) for c, v in table.rows]
        if table.total is not None:
            rows.append((words.total(), str(table.total)))
        for index, (label, value) in enumerate(rows):
            grid.setItem(index, 0, QTableWidgetItem(label))
            count = QTableWidgetItem(value)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.setItem(index, 1, count)
        grid.resizeColumnsToContents()
        grid.setFixedHeight(grid.verticalHeader().length() + grid.horizontalHeader().height() + 4)
        row = QHBoxLayout(box)
        row.addWidget(grid, 1)
        row.addWidget(BarChart(table, threshold), 2)
        return box

    def export(self, fmt: FiguresFormat) -> None:
        figures = self._figures
        if figures is None:
            return
        span = f"{figures.period.start.isoformat()}-{figures.period.end.isoformat()}"
        name = f"activite-{span}.{fmt.value}"
        filters = {
            FiguresFormat.PDF: "PDF (*.pdf)",
            FiguresFormat.CSV: "CSV (*.csv)",
            FiguresFormat.ODS: "ODS (*.ods)",
        }
        path = private_save_path(self, self.tr("Export the figures"), name, filters[fmt], fmt.value)
        if path is None:
            return
        try:
            write_figures(figures, fmt, path)
        except Exception as exc:  # ExportFailed: nothing was left behind
            show_error(self, exc)
