"""Tests for app/ui/widgets/facts_edit.py: flagged opinions, sensitive copy, finalised notes."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QHelpEvent,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QLabel, QToolTip
from pytestqt.qtbot import QtBot

from app.ui.session.clipboard_guard import KDE_SECRET_HINT, SensitiveClipboard
from app.ui.widgets.facts_edit import FactsEdit
from app.ui.widgets.judgement import underline_colour

TEXT = "Je pense qu'il est fatigué. Une pensée pour lui.\nIl semble inquiet. Peut-etre demain."


@pytest.fixture
def clipboard() -> Iterator[None]:
    """A clipboard emptied before and after the test."""
    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def edit(qtbot: QtBot) -> FactsEdit:
    """A shown facts editor with flagged and unflagged words."""
    widget = FactsEdit(clipboard=SensitiveClipboard(clear_after_ms=60_000))
    qtbot.addWidget(widget)
    widget.setPlainText(TEXT)
    widget.resize(500, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_flagged_spans_cover_judgements_only(edit: FactsEdit) -> None:
    """ "Je pense", "Il semble" and "Peut-etre" are flagged; "pensée" is not."""
    spans = edit.flagged_spans()
    assert [text for _, _, text in spans] == ["Je pense", "Il semble", "Peut-etre"]
    start, end, _ = spans[1]
    assert TEXT[start:end] == "Il semble"


def test_highlighter_draws_a_wavy_underline(edit: FactsEdit) -> None:
    """The first block carries a wavy underline exactly over "Je pense"."""
    formats = edit.document().firstBlock().layout().formats()
    wavy = [f for f in formats if f.format.underlineStyle() == QTextCharFormat.WaveUnderline]
    assert [(f.start, f.length) for f in wavy] == [(0, len("Je pense"))]


def _point_over(edit: FactsEdit, position: int) -> QPoint:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    left = edit.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = edit.cursorRect(cursor)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


def test_tooltip_appears_over_a_flagged_word(qtbot: QtBot, edit: FactsEdit) -> None:
    """Hovering "pense" in "Je pense" shows the wording check's question about a guess."""
    point = _point_over(edit, TEXT.index("pense"))
    event = QHelpEvent(QEvent.Type.ToolTip, point, edit.viewport().mapToGlobal(point))
    QApplication.sendEvent(edit.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == edit.judgement_hint(point)
    assert "opinion" in QToolTip.text()
    QToolTip.hideText()


def test_no_judgement_under_an_ordinary_word(edit: FactsEdit) -> None:
    """Over "pensée" there is no flagged phrase, hence no advice."""
    point = _point_over(edit, TEXT.index("pensée") + 2)
    assert edit.judgement_at(point) is None
    assert edit.judgement_at(_point_over(edit, 3)) is not None


def test_copy_shortcut_goes_through_sensitive_clipboard(
    qtbot: QtBot, edit: FactsEdit, clipboard: None
) -> None:
    """Ctrl+C copies the selection with the password-manager hint set."""
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(8, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keySequence(edit, QKeySequence(QKeySequence.StandardKey.Copy))
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "Je pense"
    assert bytes(data.data(KDE_SECRET_HINT).data()) == b"secret"
    assert edit.clipboard_guard().holds_ours()


def test_cut_shortcut_copies_sensitively_and_removes(
    qtbot: QtBot, edit: FactsEdit, clipboard: None
) -> None:
    """Ctrl+X moves the selection to the clipboard, marked, and undo restores it."""
    edit.selectAll()
    qtbot.keySequence(edit, QKeySequence(QKeySequence.StandardKey.Cut))
    assert edit.toPlainText() == ""
    assert QGuiApplication.clipboard().text() == TEXT
    assert QGuiApplication.clipboard().mimeData().hasFormat(KDE_SECRET_HINT)
    edit.undo()
    assert edit.toPlainText() == TEXT


def test_context_menu_copy_uses_sensitive_clipboard(edit: FactsEdit, clipboard: None) -> None:
    """The context menu's Copy action copies through the guard, with the hint."""
    edit.selectAll()
    menu = edit.build_context_menu(QPoint(5, 5))
    copy = next(a for a in menu.actions() if a.objectName() == "edit-copy")
    copy.trigger()
    assert QGuiApplication.clipboard().mimeData().hasFormat(KDE_SECRET_HINT)
    assert QGuiApplication.clipboard().text() == TEXT
    menu.deleteLater()


def test_drag_mime_data_is_marked_sensitive(edit: FactsEdit) -> None:
    """Text dragged out of the facts carries the sensitivity hint."""
    edit.selectAll()
    data = edit.createMimeDataFromSelection()
    assert data.text() == TEXT
    assert data.hasFormat(KDE_SECRET_HINT)


def test_finalised_note_is_read_only_with_banner(qtbot: QtBot, edit: FactsEdit) -> None:
    """A finalised note ignores typing and cut, shows its banner, and says so."""
    with qtbot.waitSignal(edit.finalised_changed) as signal:
        edit.set_finalised(True)
    assert signal.args == [True]
    assert edit.isReadOnly() and edit.is_finalised()
    banner = edit.findChild(QLabel, "factsFinalisedBanner")
    assert isinstance(banner, QLabel) and banner.isVisible()
    edit.selectAll()
    qtbot.keyClicks(edit, "x")
    qtbot.keySequence(edit, QKeySequence(QKeySequence.StandardKey.Cut))
    assert edit.toPlainText() == TEXT
    assert "read only" in edit.accessibleDescription()
    edit.set_finalised(False)
    assert not edit.isReadOnly()
    assert not banner.isVisible()


def test_finalised_note_can_still_be_copied(qtbot: QtBot, edit: FactsEdit, clipboard: None) -> None:
    """Copying from a finalised note works, through the guard."""
    edit.set_finalised(True)
    edit.selectAll()
    qtbot.keySequence(edit, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QGuiApplication.clipboard().text() == TEXT


def test_wipe_forgets_text_and_undo(edit: FactsEdit) -> None:
    """After wipe() the text is gone and undo cannot bring it back."""
    edit.wipe()
    edit.undo()
    assert edit.toPlainText() == ""
    assert edit.flagged_spans() == []


def test_typing_a_judgement_flags_it(qtbot: QtBot) -> None:
    """Typing "probablement" into an empty editor flags it as the worker types."""
    widget = FactsEdit()
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget, "Elle viendra probablement")
    assert [text for _, _, text in widget.flagged_spans()] == ["probablement"]
    assert Qt.TextInteractionFlag.TextEditorInteraction & widget.textInteractionFlags()


def test_underline_colour_follows_a_switch_to_dark_mode(qtbot: QtBot, edit: FactsEdit) -> None:
    """A dark theme gets the lighter amber underline, and the base follows the theme."""
    original = QApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    try:
        QApplication.setPalette(dark)  # Qt delivers the change through posted events
        qtbot.waitUntil(lambda: edit.palette().color(QPalette.ColorRole.Base) == QColor("#1e1e1e"))
        formats = edit.document().firstBlock().layout().formats()
        assert formats[0].format.underlineColor() == underline_colour(QColor("#1e1e1e"))
    finally:
        QApplication.setPalette(original)
