"""The Statistics window: figures of the chosen period in tables and charts, exports that work."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session
from app.export.activity_render import FiguresFormat
from app.ui.activity.chart_widget import BarChart
from app.ui.activity.stats_window import StatsDialog
from tests.support.activity_data import CANARIES, build_known_caseload


def _shown(qtbot: QtBot, session: Session) -> StatsDialog:
    dialog = StatsDialog(session, today=date(2026, 11, 30))
    qtbot.addWidget(dialog)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "scalar_interviews_total") is not None)
    return dialog


def test_the_year_shows_counts_tables_and_charts(
    qtbot: QtBot, session: Session, caseload: Caseload
) -> None:
    """2026: 8 interviews, new cases "<3", a table and a bar chart per distribution."""
    build_known_caseload(caseload)
    dialog = _shown(qtbot, session)
    total = dialog.findChild(QLabel, "scalar_interviews_total")
    assert total is not None and total.text() == "8"
    new_cases = dialog.findChild(QLabel, "scalar_new_cases")
    assert new_cases is not None and new_cases.text() == "<3"
    kinds = dialog.findChild(QTableWidget, "table_interviews_by_kind")
    assert kinds is not None and kinds.rowCount() == 6
    charts = dialog.findChildren(BarChart)
    assert len(charts) == 6
    grabbed = charts[0].grab()
    assert not grabbed.isNull() and grabbed.width() > 0


def test_a_quarter_is_counted_alone(qtbot: QtBot, session: Session, caseload: Caseload) -> None:
    """Second quarter: 1 doctor + 3 person requests; a total of 4 would give the 1 away."""
    build_known_caseload(caseload)
    dialog = _shown(qtbot, session)
    dialog.which.setCurrentIndex(2)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog._figures is not None and dialog._figures.period.start.month == 4)
    label = dialog.findChild(QLabel, "scalar_interviews_total")
    assert label is not None and label.text() == "≥3"
    persons = dialog.findChild(QLabel, "scalar_persons_followed")
    assert persons is not None and persons.text() == "<3"


def test_exports_hold_no_name(
    qtbot: QtBot, session: Session, caseload: Caseload, tmp_path: Path, monkeypatch: object
) -> None:
    """Each export button writes its file; the PDF and CSV carry no alias or note word."""
    import app.ui.activity.stats_window as window

    build_known_caseload(caseload)
    dialog = _shown(qtbot, session)
    for fmt in FiguresFormat:
        if fmt not in dialog.export_buttons:
            continue
        target = tmp_path / f"f.{fmt.value}"
        monkeypatch.setattr(window, "private_save_path", lambda *a, t=target: t)  # type: ignore[attr-defined]
        dialog.export_buttons[fmt].click()
        assert target.exists() and target.stat().st_size > 0
    text = (tmp_path / "f.csv").read_text(encoding="utf-8-sig") + str(
        (tmp_path / "f.pdf").read_bytes()
    )
    assert not any(c in text for c in CANARIES)


def test_the_threshold_is_a_vault_setting(
    qtbot: QtBot, session: Session, caseload: Caseload
) -> None:
    """Raising it to 9 hides the 8 interviews, and the vault keeps it for the next time."""
    from app.core.activity import stats_threshold

    build_known_caseload(caseload)
    dialog = _shown(qtbot, session)
    assert dialog.threshold.minimum() == 3
    dialog.threshold.setValue(9)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog._figures is not None and dialog._figures.threshold == 9)
    label = dialog.findChild(QLabel, "scalar_interviews_total")
    assert label is not None and label.text() == "<9"
    assert stats_threshold(session) == 9
