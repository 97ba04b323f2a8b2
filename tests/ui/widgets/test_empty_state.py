"""Tests for app/ui/widgets/empty_state.py: one sentence and one button over an empty list."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from app.ui.widgets.empty_state import EmptyState


def _list(qtbot: QtBot, rows: list[str]) -> tuple[QListView, QStringListModel]:
    view = QListView()
    model = QStringListModel(rows, view)
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    return view, model


def test_shown_exactly_while_the_list_is_empty(qtbot: QtBot) -> None:
    """Visible over an empty list, gone when a row arrives, back when the last row goes."""
    view, model = _list(qtbot, [])
    state = EmptyState(view, "No person yet.", "Add a person…")
    assert state.is_shown() and state.isVisible()
    model.insertRows(0, 1)
    assert not state.is_shown()
    model.removeRows(0, 1)
    assert state.is_shown()
    model.setStringList(["Alain M."])  # a reset
    assert not state.is_shown()


def test_fills_the_viewport_and_follows_its_size(qtbot: QtBot) -> None:
    """The state covers the list's viewport, so its sentence stays centred when resized."""
    view, _model = _list(qtbot, [])
    state = EmptyState(view, "Nothing here.", "Do it")
    assert state.geometry() == view.viewport().rect()
    view.resize(600, 500)
    qtbot.waitUntil(lambda: state.geometry() == view.viewport().rect())


def test_the_button_announces_the_next_step(qtbot: QtBot) -> None:
    """Clicking the button emits `activated`; without button text there is no button."""
    view, _model = _list(qtbot, [])
    state = EmptyState(view, "Nothing due.", "Back")
    assert state.button.isVisibleTo(state) and state.button.text() == "Back"
    with qtbot.waitSignal(state.activated, timeout=1000):
        state.button.click()
    state.set_texts("Nothing recorded yet.")
    assert not state.button.isVisibleTo(state)
    assert state.label.text() == "Nothing recorded yet."


def test_suppressed_while_nothing_was_asked(qtbot: QtBot) -> None:
    """A suppressed state stays hidden on an empty list until released (search before a query)."""
    view, _model = _list(qtbot, [])
    state = EmptyState(view, "Nothing found.", "Clear the search")
    state.set_suppressed(True)
    assert not state.is_shown()
    state.set_suppressed(False)
    assert state.is_shown()


def test_sentence_is_plain_text(qtbot: QtBot) -> None:
    """Markup in a sentence is shown as typed, never interpreted."""
    view, _model = _list(qtbot, [])
    state = EmptyState(view, "<b>bold</b>", "")
    assert state.label.textFormat().name == "PlainText"
