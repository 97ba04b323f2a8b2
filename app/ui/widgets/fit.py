"""Room for text: fields wide enough for their hint, dialogs wide enough for their title.

The window manager draws a dialog's title in the frame it gives it; a dialog
sized to its fields alone had its title cut ("Ajouter un… e"). Widths follow
the font, so text at 150 % still fits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget, QWizard

# The frame's icon and its three buttons, in multiples of the font height.
TITLE_BAR_EXTRA_LINES = 8


def show_whole_hint(field: QLineEdit) -> None:
    """The field is never narrower than its placeholder text."""
    metrics = field.fontMetrics()
    needed = metrics.horizontalAdvance(field.placeholderText()) + 3 * metrics.height() // 2
    field.setMinimumWidth(max(field.minimumWidth(), needed))


def title_width(window: QWidget) -> int:
    """The width a title bar needs for the window's title, in a bold font like most frames."""
    font = QFont(window.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    extra = TITLE_BAR_EXTRA_LINES * metrics.height()
    return metrics.horizontalAdvance(window.windowTitle()) + extra


def show_whole_title(window: QWidget) -> None:
    """The window is never narrower than its title needs, nor than its layout's minimum.

    A minimum width set by hand replaces the one the layout would keep, so the
    layout's own minimum is kept here too (a form squeezed its labels at 150 %).
    """
    needed = max(window.minimumSizeHint().width(), title_width(window))
    window.setMinimumWidth(max(window.minimumWidth(), needed))


def grow_to_fit(window: QWidget) -> None:
    """Tall enough for its word-wrapped text at its present width, within the screen.

    Layouts count a wrapped label's height at its widest, so a dialog sized by
    its minimum squeezed the lines under such a label (fields 4 px high at 150 %).
    A wizard has no layout of its own (its pages sit in an inner widget): there
    the current page says how many pixels it lacks.
    """
    if isinstance(window, QWizard) and window.currentPage() is not None:
        inner: QWidget = window.currentPage()
    else:
        inner = window
    layout = inner.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    # A nested layout tells its parent of a new height through a posted event, one level at
    # a time: until those are handled, a label's new lines are not counted.
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    lacking = layout.totalHeightForWidth(inner.width()) - inner.height()
    screen = window.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry().height() if screen is not None else window.height() + lacking
    if lacking > 0:
        window.resize(window.width(), min(window.height() + lacking, room))
