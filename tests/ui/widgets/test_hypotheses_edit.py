"""Tests for app/ui/widgets/hypotheses_edit.py: hypotheses text cannot leave the editor."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMetaObject, QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.ui.widgets.hypotheses_edit import HypothesesEdit, HypothesesPanel, warm_tint

CANARY = "Hypothèse canari 7f3a : possible emprise familiale"
SENTINEL = "sentinel already on the clipboard"


@pytest.fixture
def clipboard_sentinel() -> Iterator[str]:
    """The system clipboard holding a known value before each test."""
    QGuiApplication.clipboard().setText(SENTINEL)
    yield SENTINEL
    QGuiApplication.clipboard().clear()


@pytest.fixture
def edit(qtbot: QtBot) -> HypothesesEdit:
    """A shown hypotheses editor holding the canary, all of it selected."""
    widget = HypothesesEdit()
    qtbot.addWidget(widget)
    widget.setPlainText(CANARY)
    widget.resize(400, 200)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    widget.selectAll()
    return widget


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def test_copy_shortcut_leaves_clipboard_unchanged(
    qtbot: QtBot, edit: HypothesesEdit, clipboard_sentinel: str
) -> None:
    """The platform Copy shortcut (and Ctrl+C, Ctrl+Insert) put nothing on the clipboard."""
    qtbot.keySequence(edit, QKeySequence(QKeySequence.StandardKey.Copy))
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert clipboard_text() == clipboard_sentinel


def test_cut_shortcut_leaves_clipboard_and_text_unchanged(
    qtbot: QtBot, edit: HypothesesEdit, clipboard_sentinel: str
) -> None:
    """Cut by shortcut neither reaches the clipboard nor deletes the hypothesis."""
    qtbot.keySequence(edit, QKeySequence(QKeySequence.StandardKey.Cut))
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard_text() == clipboard_sentinel
    assert edit.toPlainText() == CANARY


def test_copy_and_cut_slots_leave_clipboard_unchanged(
    edit: HypothesesEdit, clipboard_sentinel: str
) -> None:
    """Calling copy() and cut() (as a menu action connected to them would) does nothing."""
    edit.copy()
    edit.cut()
    assert clipboard_text() == clipboard_sentinel
    assert edit.toPlainText() == CANARY


def test_qt_internal_copy_slot_carries_no_text(
    edit: HypothesesEdit, clipboard_sentinel: str
) -> None:
    """Even Qt's own C++ copy slot, reached by name, finds no text to put out."""
    QMetaObject.invokeMethod(edit, "copy")
    assert CANARY not in clipboard_text()
    assert "Hypoth" not in clipboard_text()


def test_drag_and_selection_mime_data_is_empty(edit: HypothesesEdit) -> None:
    """The mime data used for copy, cut, drag and the X11 selection holds nothing."""
    data = edit.createMimeDataFromSelection()
    assert data.formats() == []
    assert not data.hasText()


def test_press_inside_selection_clears_it(qtbot: QtBot, edit: HypothesesEdit) -> None:
    """Mouse press inside the selection leaves no selection behind (drag start is disabled)."""
    cursor = edit.textCursor()
    cursor.setPosition(cursor.selectionStart() + 3)
    point = edit.cursorRect(cursor).center()
    qtbot.mousePress(edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert not edit.textCursor().hasSelection()
    qtbot.mouseRelease(edit.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _object_names(menu: QMenu) -> set[str]:
    return {action.objectName() for action in menu.actions()}


def test_context_menu_has_no_copy_or_cut(edit: HypothesesEdit) -> None:
    """The context menu offers Undo, Redo, Paste and Select all, but neither Copy nor Cut."""
    menu = edit.build_context_menu(QPoint(5, 5))
    names = _object_names(menu)
    assert "edit-copy" not in names
    assert "edit-cut" not in names
    assert {"edit-undo", "edit-redo", "edit-paste", "select-all"} <= names
    menu.deleteLater()


def test_right_click_menu_shown_has_no_copy_or_cut(qtbot: QtBot, edit: HypothesesEdit) -> None:
    """The menu actually shown on a right click lacks Copy and Cut."""
    pos = QPoint(10, 10)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, edit.viewport().mapToGlobal(pos))
    QApplication.sendEvent(edit.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    names = _object_names(menu)
    assert "edit-copy" not in names and "edit-cut" not in names
    assert "edit-paste" in names
    menu.close()


def test_shortcut_override_is_claimed(edit: HypothesesEdit) -> None:
    """Copy is claimed by the editor, so no window-level Copy action can fire instead."""
    event = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier, "c"
    )
    QApplication.sendEvent(edit, event)
    assert event.isAccepted()


def test_print_writes_nothing(edit: HypothesesEdit, tmp_path: Path) -> None:
    """print_() is refused: a PDF writer handed to it produces no file at all."""
    target = tmp_path / "hypotheses.pdf"
    writer = QPdfWriter(str(target))
    edit.print_(writer)
    del writer
    assert not target.exists()


def test_tint_is_warm_in_light_and_dark() -> None:
    """The tint is a pale cream on a light base and stays dark on a dark base."""
    light = warm_tint(QColor("#ffffff"))
    dark = warm_tint(QColor("#202020"))
    assert light != QColor("#ffffff") and light.lightnessF() > 0.9
    assert light.red() > light.blue()
    assert dark.lightnessF() < 0.3 and dark.red() > dark.blue()


def test_editor_background_differs_from_plain_base(edit: HypothesesEdit) -> None:
    """The editor's base colour is tinted, not the application's plain base."""
    plain = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    assert edit.palette().color(QPalette.ColorRole.Base) != plain


def test_editor_has_accessible_name_and_description(edit: HypothesesEdit) -> None:
    """Screen readers announce what the field is and that it stays private."""
    assert edit.accessibleName()
    assert edit.accessibleDescription()


def test_wipe_forgets_text_and_undo(edit: HypothesesEdit) -> None:
    """After wipe() the text is gone and undo cannot bring it back."""
    edit.insertPlainText(" more")
    edit.wipe()
    edit.undo()
    assert edit.toPlainText() == ""
    assert not edit.document().isUndoAvailable()


def test_panel_shows_header_caption_and_editor(qtbot: QtBot) -> None:
    """The panel wraps a HypothesesEdit under a title and a privacy caption."""
    panel = HypothesesPanel()
    qtbot.addWidget(panel)
    assert isinstance(panel.editor, HypothesesEdit)
    assert panel.title_text() == "Working hypotheses"
    assert "never exported" in panel.caption_text()


@pytest.fixture
def dark_palette(qtbot: QtBot) -> Iterator[QPalette]:
    """An application palette whose only change is a dark Base (the subtlest theme switch)."""
    original = QApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    yield dark
    QApplication.setPalette(original)


def test_tint_follows_a_switch_to_dark_mode(
    qtbot: QtBot, edit: HypothesesEdit, dark_palette: QPalette
) -> None:
    """When the theme turns dark, the editor's tint is recomputed from the new palette."""
    assert edit.palette().color(QPalette.ColorRole.Base).lightnessF() > 0.5
    QApplication.setPalette(dark_palette)  # Qt delivers the change through posted events
    expected = warm_tint(QColor("#1e1e1e"))
    qtbot.waitUntil(lambda: edit.palette().color(QPalette.ColorRole.Base) == expected)
    assert expected.lightnessF() < 0.3
