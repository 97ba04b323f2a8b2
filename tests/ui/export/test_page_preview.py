"""The preview step: the text is the document body exactly, and cannot be selected or copied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.summary import Frame
from app.export.text import summary_text
from app.ui.export.page_preview import PreviewPage
from tests.export.conftest import make_summary
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS


def test_the_text_shown_is_the_summary_text_exactly(qtbot: QtBot) -> None:
    """What the worker reads is character for character the body of every format."""
    page = PreviewPage()
    qtbot.addWidget(page)
    summary = make_summary(Frame.CONCERN, fact_count=6)
    page.show_summary(summary)
    assert page.preview_text() == summary_text(summary)
    qtbot.waitUntil(page.is_ready, timeout=BACKGROUND_TIMEOUT_MS)
    assert len(page.images) >= 1


def test_the_preview_cannot_be_copied(qtbot: QtBot) -> None:
    """No selection, no context menu: the only way out is the recorded write."""
    page = PreviewPage()
    qtbot.addWidget(page)
    page.show_summary(make_summary(Frame.LIAISON))
    assert page.text.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert page.text.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    QApplication.clipboard().setText("sentinel")
    page.show()
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "sentinel"
    qtbot.waitUntil(page.is_ready, timeout=BACKGROUND_TIMEOUT_MS)


def test_going_back_forgets_the_pages(qtbot: QtBot) -> None:
    """Leaving the preview backwards empties it; nothing stale can be written."""
    page = PreviewPage()
    qtbot.addWidget(page)
    page.show_summary(make_summary(Frame.LIAISON))
    qtbot.waitUntil(page.is_ready, timeout=BACKGROUND_TIMEOUT_MS)
    page.cleanupPage()
    assert page.summary is None and page.preview_text() == "" and not page.is_ready()
