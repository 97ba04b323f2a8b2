"""Find text that does not fit: labels, buttons, tabs, group titles, window titles, toolbars.

`truncated(window)` walks every visible widget of a window (found through the
application, so a screen added later is checked without naming it) and returns
one line per text that is cut, hidden past the window's edge, or elided. The
screenshots tool prints them for each image; tests assert there are none at
1366×768 with text at 150 %.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.ui.widgets.fit import title_width

SLACK = 1  # pixels of rounding between Qt's metrics and its layouts
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """The text as drawn: no access-key ampersand, no markup."""
    text = _TAG.sub("", text) if "<" in text and ">" in text else text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area: past its edge there is scrolling, not truncation."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget, text: str) -> str:
    short = text if len(text) <= 60 else text[:57] + "…"
    return f"{type(widget).__name__} {widget.objectName() or '-'} «{short}»"


def label_problem(label: QLabel) -> str | None:
    text = plain(label.text())
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect()
    margin = 2 * label.margin() + max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(room.width())
        if needed > room.height() + SLACK:
            return f"{needed - room.height()} px too short"
        return None
    lines = text.splitlines()
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
    if widest + margin > room.width() + SLACK:
        return f"{widest + margin - room.width()} px too narrow"
    tall = label.fontMetrics().height() * len(lines)
    if tall > room.height() + SLACK:
        return f"{tall - room.height()} px too short"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    if not plain(button.text()).strip():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"{hint.width() - button.width()} px too narrow"
    if button.minimumSizeHint().height() > button.height() + SLACK:
        return f"{button.minimumSizeHint().height() - button.height()} px too short"
    return None


def tab_problems(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        needed, given = bar.tabSizeHint(index).width(), bar.tabRect(index).width()
        if needed > given + SLACK:
            found.append(f"tab «{plain(bar.tabText(index))}» {needed - given} px too narrow")
    return found


def _outside(widget: QWidget, window: QWidget) -> bool:
    """Part of the widget lies past the window's edge (the window is smaller than its content)."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    area = QRect(top_left, widget.size())
    return not window.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(area)


def _problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        return label_problem(widget)
    if isinstance(widget, QAbstractButton) and not (
        isinstance(widget, QToolButton) and widget.objectName() == "qt_toolbar_ext_button"
    ):
        return button_problem(widget)
    if isinstance(widget, QGroupBox) and widget.title():
        needed = widget.fontMetrics().horizontalAdvance(plain(widget.title()))
        if needed > widget.width():
            return f"title {needed - widget.width()} px too narrow"
    if isinstance(widget, QToolBar):
        extension = widget.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            return "actions hidden behind »"
    return None


def truncated(window: QWidget) -> list[str]:
    """Every text of `window` that is cut, elided or past its edge, one line each."""
    found: list[str] = []
    if window.windowTitle() and title_width(window) > window.width():
        found.append(f"window title «{window.windowTitle()}» needs {title_width(window)} px")
    for widget in QApplication.allWidgets():
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            found.extend(_name(widget, "") + " " + p for p in tab_problems(widget))
            continue
        problem = _problem(widget)
        text = _text(widget)
        if problem is None and text.strip() and not _scrolled(widget) and _outside(widget, window):
            problem = "past the window's edge"
        if problem is not None:
            found.append(f"{_name(widget, text)}: {problem}")
    return sorted(found)


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return plain(widget.text())
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""
