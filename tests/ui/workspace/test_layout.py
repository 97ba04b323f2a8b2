"""Tests for app/ui/workspace/layout.py: the list beside the pages, and when pages stack."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.workspace.layout import (
    NARROW_EMS,
    PageHolder,
    first_sizes,
    frame_workspace,
    is_narrow,
)


def test_the_frame_puts_the_list_beside_the_scrolled_pages(qtbot: QtBot) -> None:
    """The side panel is the splitter's first pane; the pages scroll inside the second."""
    owner = QWidget()
    qtbot.addWidget(owner)
    side, bar, pages = QLabel("list"), QLabel("bar"), QLabel("pages")
    splitter, scroller = frame_workspace(owner, side, bar, pages)
    assert isinstance(splitter, QSplitter) and isinstance(scroller, QScrollArea)
    holder = scroller.widget()
    assert isinstance(holder, PageHolder) and holder.pages is pages
    assert splitter.widget(0) is side
    assert not splitter.childrenCollapsible()


def test_first_sizes_share_the_whole_width(qtbot: QtBot) -> None:
    """The list gets at most a third of the width and the work the rest, wide or narrow."""
    owner = QWidget()
    qtbot.addWidget(owner)
    for width in (300, 3000):
        owner.resize(width, 400)
        list_width, work = first_sizes(owner)
        assert list_width + work == width and 0 < list_width <= width // 3


def test_pages_stack_below_the_narrow_threshold(qtbot: QtBot) -> None:
    """One pixel under NARROW_EMS average characters is narrow; the threshold itself is not."""
    owner = QWidget()
    qtbot.addWidget(owner)
    threshold = owner.fontMetrics().averageCharWidth() * NARROW_EMS
    owner.resize(threshold - 1, 400)
    assert is_narrow(owner)
    owner.resize(threshold, 400)
    assert not is_narrow(owner)


def test_pages_scroll_only_below_their_minimum(qtbot: QtBot) -> None:
    """A page whose wrapped text prefers more height than there is, but fits, does not scroll."""
    owner = QWidget()
    qtbot.addWidget(owner)
    pages = QWidget()
    column = QVBoxLayout(pages)
    text = QLabel("Une phrase qui passe à la ligne quand la page est étroite. " * 12)
    text.setWordWrap(True)
    column.addWidget(text)
    column.addWidget(QTextEdit())  # takes whatever height is left
    _splitter, scroller = frame_workspace(owner, QLabel("list"), QLabel("bar"), pages)
    owner.resize(700, 300)
    owner.show()
    qtbot.waitExposed(owner)
    qtbot.waitUntil(lambda: pages.height() == scroller.viewport().height())
    assert pages.minimumSizeHint().height() < scroller.viewport().height()
    qtbot.waitUntil(lambda: not scroller.verticalScrollBar().isVisible(), timeout=2000)
    owner.resize(700, pages.minimumSizeHint().height() // 2)
    qtbot.waitUntil(lambda: scroller.verticalScrollBar().isVisible())
