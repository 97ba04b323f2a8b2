"""The workspace's frame: the persons list beside the pages, which scroll only when they must."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

NARROW_EMS = 130  # below this width (in average characters) the pages stack their columns


class PageHolder(QWidget):
    """Holds the pages in the scroller and asks for their minimum height only.

    A scroll area sizes a widget whose layout has height-for-width (any wrapped
    label) at its preferred height for the width, so the pages scrolled by a few
    pixels at 1366×768 with 150 % text while they fitted at their minimum. This
    holder has no layout: the pages simply fill it, and it scrolls only below
    their minimum size.
    """

    def __init__(self, pages: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        pages.setParent(self)

    def minimumSizeHint(self) -> QSize:
        return self.pages.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self.pages.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.pages.setGeometry(self.rect())


def frame_workspace(
    owner: QWidget, side: QWidget, message_bar: QWidget, pages: QWidget
) -> tuple[QSplitter, QScrollArea]:
    """Lay `side` beside the message bar over `pages` in `owner`; the splitter and scroller."""
    right = QWidget(owner)
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    right_layout.addWidget(message_bar)
    # Scrolls only when the window is smaller than a page's minimum (1280×720 at 200 %);
    # otherwise the pages simply fill it (see PageHolder).
    scroller = QScrollArea(right)
    scroller.setWidget(PageHolder(pages))
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    right_layout.addWidget(scroller, 1)
    splitter = QSplitter(Qt.Orientation.Horizontal, owner)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(side)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    side.setMinimumWidth(owner.fontMetrics().averageCharWidth() * 18)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(splitter)
    return splitter, scroller


def first_sizes(owner: QWidget) -> list[int]:
    """The list gets about 40 characters; the work gets the rest."""
    wanted = owner.fontMetrics().averageCharWidth() * 40
    list_width = min(wanted, owner.width() // 3)
    return [list_width, max(1, owner.width() - list_width)]


def is_narrow(owner: QWidget) -> bool:
    """Whether the pages should stack their columns at this width."""
    return owner.width() < owner.fontMetrics().averageCharWidth() * NARROW_EMS


class Narrowable(Protocol):
    def set_narrow(self, narrow: bool) -> None: ...


def fit_pages(owner: QWidget, pages: Iterable[Narrowable]) -> None:
    """Stack or spread every page's columns at once for the owner's width.

    Decided for all pages together: hidden pages of a stack get no resize
    events, and their side-by-side minimum would widen the window.
    """
    narrow = is_narrow(owner)
    for page in pages:
        page.set_narrow(narrow)
