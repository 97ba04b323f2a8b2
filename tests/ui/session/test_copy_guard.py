"""Tests for app/ui/session/copy_guard.py: private marks, default-deny views, the status line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.session.clipboard_guard import MAC_CONCEALED_MIME, SensitiveClipboard, is_marked
from app.ui.session.clipboard_guard import sensitive_mime_data as mime
from app.ui.session.copy_guard import COPY_ROLE, CopyGuard, is_private, mark_private


class _Model(QStringListModel):
    """A list whose first row may be copied (COPY_ROLE) and whose second may not."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == COPY_ROLE:
            return "copiable" if index.row() == 0 else None
        return super().data(index, role)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[tuple[QMainWindow, CopyGuard, list[str]]]:
    """A window with a guard installed; refusals are collected."""
    QGuiApplication.clipboard().clear()
    main = QMainWindow()
    qtbot.addWidget(main)
    guard = CopyGuard(SensitiveClipboard(main), main)
    said: list[str] = []
    guard.refused.connect(said.append)
    guard.install()
    yield main, guard, said
    guard.uninstall()
    QGuiApplication.clipboard().clear()


def test_private_mark_covers_everything_inside(qtbot: QtBot) -> None:
    """A widget inside a private one is private; a sibling is not."""
    outer, inner, other = QWidget(), QLabel(), QLabel()
    qtbot.addWidget(outer)
    qtbot.addWidget(other)
    inner.setParent(outer)
    mark_private(outer)
    assert is_private(inner) and not is_private(other)


def test_a_view_copies_only_what_its_model_offers(
    qtbot: QtBot, window: tuple[QMainWindow, CopyGuard, list[str]]
) -> None:
    """Ctrl+C copies COPY_ROLE, marked; a row without it is refused and said so."""
    main, _guard, said = window
    view = QListView()
    view.setModel(_Model(["shown one", "shown two"], view))
    main.setCentralWidget(view)
    main.show()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    board = QGuiApplication.clipboard()
    assert board.text() == "copiable" and is_marked(board.mimeData())
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert board.text() == "copiable"
    assert said == ["Copy refused: this list cannot be copied."]


def test_a_private_field_refuses_and_a_plain_field_copies_marked(
    qtbot: QtBot, window: tuple[QMainWindow, CopyGuard, list[str]]
) -> None:
    """The same line edit copies (marked) outside a private widget and refuses inside one."""
    main, _guard, said = window
    box = QWidget()
    plain, secret = QLineEdit("un nom", box), QLineEdit("une hypothèse", box)
    layout = QVBoxLayout(box)
    layout.addWidget(plain)
    layout.addWidget(secret)
    mark_private(secret)
    main.setCentralWidget(box)
    main.show()
    for field in (plain, secret):
        field.setFocus()
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "un nom"
    assert is_marked(QGuiApplication.clipboard().mimeData())
    assert said == ["Copy refused: the hypotheses stay here."]


def test_mac_data_carries_the_concealed_type_and_every_platform_the_mark() -> None:
    """macOS gets the nspasteboard concealed type; every platform gets Carnet's own mark."""
    assert mime("x", platform="darwin").hasFormat(MAC_CONCEALED_MIME)
    assert all(is_marked(mime("x", platform=p)) for p in ("darwin", "win32", "linux"))
