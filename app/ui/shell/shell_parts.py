"""Small pieces shared by the shell's screens: headings, passphrase fields, busy rows.

The unlock screen is made of these before its first paint, so none of them
names the `Qt` namespace: the first use of `Qt` makes PySide6 create its 93
enum classes at once (about 20 ms, docs/PERFORMANCE.md).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

CARD_WIDTH = 520
REFERENCE_CHAR = 6  # average character width, in pixels, of the default font CARD_WIDTH suits
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText, set as a property so that `Qt` is not touched


def heading(parent: QWidget, scale: float = 1.5) -> QLabel:
    """A bold title, scaled from the system font so large-text settings are kept."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def paragraph(parent: QWidget) -> QLabel:
    """Wrapped plain text (never rich text: no markup from anywhere is interpreted)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setProperty("textFormat", PLAIN_TEXT)
    return label


def message_label(parent: QWidget) -> QLabel:
    """Where a refusal or an error is said, in the palette's text colour: calm, not alarming."""
    label = paragraph(parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setObjectName("message")
    label.setVisible(False)
    label.setAccessibleName(QCoreApplication.translate("ShellParts", "message"))
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    window = label.window()
    if text and window.isVisible() and window.inherits("QDialog"):
        # A dialog keeps the height it opened with: the new lines would squeeze the others.
        from app.ui.widgets.fit import grow_to_fit

        grow_to_fit(window)


def passphrase_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    # Password mode also tells input methods: hidden, sensitive, no suggestions nor history.
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


def push_button(
    parent: QWidget,
    name: str,
    clicked: Callable[[], object],
    *,
    default: bool = False,
    flat: bool = False,
) -> QPushButton:
    """A named button calling `clicked`: the default one answers Enter, a flat one is quiet."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setDefault(default)
    button.setFlat(flat)
    button.clicked.connect(clicked)
    return button


def add_stacked(layout: QVBoxLayout, *widgets: QWidget | None) -> None:
    """Add `widgets` one under the other; a None leaves a gap between groups."""
    for widget in widgets:
        if widget is None:
            layout.addSpacing(10)
        else:
            layout.addWidget(widget)


def right_aligned(widget: QWidget) -> QHBoxLayout:
    """A row holding `widget` at its right end, at its natural width."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(widget)
    return row


def monospace_font(scale: float = 1.0) -> QFont:
    from PySide6.QtGui import QFontDatabase  # not needed before the first paint

    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = QGuiApplication.font().pointSizeF()
    font.setPointSizeF(max(base, 9.0) * scale)
    return font


class BusyRow(QWidget):
    """An endless progress bar and a sentence saying what Carnet is doing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busy")
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(8)
        self.label = paragraph(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self._bar)
        self.setVisible(False)


def centred(parent: QWidget, content: QWidget, width: int = CARD_WIDTH) -> QHBoxLayout:
    """Lay `content` out in a column of at most `width` pixels, centred in `parent`.

    `width` is for the default font; larger text (150 %) widens the column in
    proportion, so paragraphs wrap as they do at 100 % and are never cut.
    """
    width = max(width, round(width * content.fontMetrics().averageCharWidth() / REFERENCE_CHAR))
    content.setMaximumWidth(width)
    content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    column = QVBoxLayout()
    column.addStretch(1)
    column.addWidget(content)
    column.addStretch(2)
    row = QHBoxLayout(parent)
    row.addStretch(1)
    row.addLayout(column, 4)
    row.addStretch(1)
    return row
