"""The rows model and table set-up shared by the timeline, follow-ups, hypotheses and search."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView
from pytestqt.qtbot import QtBot

from app.domain.ids import HypothesisId, InterviewId, PersonId
from app.domain.models import Hypothesis, HypothesisStatus
from app.ui.session.copy_guard import COPY_ROLE
from app.ui.workspace.hypotheses_list import HypothesisModel
from app.ui.workspace.rows_model import ITEM_ROLE, RowsModel, set_up_table


class Words(RowsModel[str]):
    """Two columns: the word, then its length."""

    def headings(self) -> tuple[str, ...]:
        return ("Word", "Length")

    def cell(self, row: str, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row if column == 0 else str(len(row))
        return None


def hypothesis(number: int, text: str) -> Hypothesis:
    return Hypothesis(
        id=HypothesisId(number),
        person_id=PersonId(1),
        interview_id=InterviewId(1),
        noted_on=date(2026, 3, 1),
        text=text,
        status=HypothesisStatus.OPEN,
        updated_at=datetime(2026, 3, 1, tzinfo=UTC),
    )


def test_rows_headings_and_item_role(qtbot: QtBot) -> None:
    """Rows, columns and headings follow the records given; ITEM_ROLE gives the record."""
    model = Words()
    model.set_rows(iter(["un", "deux"]))
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Length"
    assert model.index(1, 1).data() == "4"
    assert model.index(1, 1).data(ITEM_ROLE) == "deux"
    assert model.rowCount(model.index(0, 0)) == 0, "a flat table: no row has children"
    model.clear()
    assert model.rowCount() == 0 and model.item(0) is None
    assert model.data(QModelIndex()) is None


def test_replacing_a_record_repaints_its_whole_row_only(qtbot: QtBot) -> None:
    """A hypothesis whose status changed repaints its row, every column, without a reset."""
    model = HypothesisModel()
    model.set_rows([hypothesis(1, "a"), hypothesis(2, "b")])
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda first, last, _roles=(): changed.append(
            (first.row(), first.column(), last.row(), last.column())
        )
    )
    with qtbot.assertNotEmitted(model.modelReset):
        model.update_item(hypothesis(2, "b, confirmed"))
    assert changed == [(1, 0, 1, 2)]
    assert model.rows()[1].text == "b, confirmed" and model.rows()[0].text == "a"


def test_the_hypotheses_model_gives_nothing_to_copy(qtbot: QtBot) -> None:
    """No cell of the hypotheses model answers COPY_ROLE, so the copy guard copies nothing."""
    model = HypothesisModel()
    model.set_rows([hypothesis(1, "canary hypothesis")])
    assert model.index(0, 2).data() == "canary hypothesis"
    assert all(model.index(0, column).data(COPY_ROLE) is None for column in range(3))


def test_set_up_table_is_a_read_only_table_of_whole_rows(qtbot: QtBot) -> None:
    """The view selects one whole row, edits nothing, and fits the first columns to their text."""
    view = QTreeView()
    qtbot.addWidget(view)
    set_up_table(view, Words(view), fitted=1)
    assert not view.rootIsDecorated()
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    fitted = QHeaderView.ResizeMode.ResizeToContents
    assert view.header().sectionResizeMode(0) == fitted
    assert view.header().sectionResizeMode(1) != fitted
    assert view.header().stretchLastSection()
