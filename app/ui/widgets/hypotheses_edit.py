"""The private working-hypotheses area: text typed here cannot be copied out.

A written hypothesis reads like a fact once it leaves its context, so this
editor offers no way to move its text elsewhere: no copy, no cut, no drag, no
print. Every one of Qt's text-transfer paths goes through
`createMimeDataFromSelection`, which returns nothing here; the shortcuts, the
context menu and drag start are also closed so the worker is not offered an
action that silently does nothing.
"""

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QVBoxLayout, QWidget

from app.ui.session.copy_guard import mark_private
from app.ui.widgets.colours import blend
from app.ui.widgets.note_edit import NoteEdit
from app.ui.widgets.spelling import (
    SpellHighlighter,
    SpellService,
    add_spelling_actions,
    spell_service,
)

# Object names Qt gives the standard context-menu actions that export text.
_EXPORTING_ACTIONS = frozenset({"edit-copy", "edit-cut", "link-copy"})
_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)

# A soft amber; blended lightly into the palette's base colour.
_WARM = QColor(240, 170, 70)


def warm_tint(base: QColor) -> QColor:
    """The base colour nudged towards amber: a pale cream in light mode, a warm brown in dark."""
    return blend(base, _WARM, 0.10 if base.lightnessF() >= 0.5 else 0.11)


def lock_pixmap(size: int, color: QColor, ratio: float = 1.0) -> QPixmap:
    """A small padlock drawn with the palette's text colour (no emoji font needed)."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    shackle = QPainterPath()
    shackle.moveTo(QPointF(s * 0.32, s * 0.48))
    shackle.lineTo(QPointF(s * 0.32, s * 0.32))
    shackle.arcTo(QRectF(s * 0.32, s * 0.12, s * 0.36, s * 0.36), 180, -180)
    shackle.lineTo(QPointF(s * 0.68, s * 0.48))
    painter.setPen(QPen(color, max(1.5, s * 0.1)))
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(s * 0.2, s * 0.46, s * 0.6, s * 0.42), s * 0.08, s * 0.08)
    painter.end()
    return pixmap


class HypothesesEdit(NoteEdit):
    """Plain-text editor whose content cannot be copied, cut, dragged or printed."""

    def __init__(
        self, parent: QWidget | None = None, *, speller: SpellService | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hypothesesEdit")
        self._speller = speller if speller is not None else spell_service()
        self._highlighter = SpellHighlighter(self.document(), self._speller)
        mark_private(self)  # the application's copy guard refuses everything from here
        self.setAccessibleName(self.tr("Working hypotheses (private)"))
        self.setAccessibleDescription(
            self.tr(
                "Private working hypotheses. They cannot be copied, exported or printed "
                "and stay on this computer."
            )
        )
        self.setPlaceholderText(self.tr("What you suppose, wonder or want to check…"))
        self.setTabChangesFocus(True)
        self._follow_palette()

    # --- every transfer path ends here -------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        """Nothing: copy, cut, drag and the X11 primary selection all carry no text."""
        return QMimeData()

    def copy(self) -> None:
        """Refused: hypotheses never reach the clipboard."""

    def cut(self) -> None:
        """Refused, and the text stays where it is."""

    def print_(self, printer: QPagedPaintDevice) -> None:
        """Refused: hypotheses are never printed."""

    # --- keyboard, menu and mouse ------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_transfer_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """Spelling entries, then Qt's menu without Copy and Cut (Undo, Paste… remain)."""
        menu = self.createStandardContextMenu(pos)
        for action in menu.actions():
            if action.objectName() in _EXPORTING_ACTIONS:
                menu.removeAction(action)
        add_spelling_actions(menu, self, self._speller, pos)
        return menu

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Qt starts a drag when a press lands on selected text; drop the selection
        # first so the press is an ordinary click and no drag can begin.
        if (
            event.button() == Qt.MouseButton.LeftButton
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            cursor = self.textCursor()
            if cursor.hasSelection():
                hit = self.cursorForPosition(event.position().toPoint()).position()
                if cursor.selectionStart() <= hit <= cursor.selectionEnd():
                    cursor.clearSelection()
                    self.setTextCursor(cursor)
        super().mousePressEvent(event)

    # --- look ---------------------------------------------------------------------------
    def _follow_palette(self) -> None:
        # Derived from the application palette so light and dark themes both work.
        # Setting it raises PaletteChange again: only set when the colour differs.
        tint = warm_tint(QGuiApplication.palette().color(QPalette.ColorRole.Base))
        if self.palette().color(QPalette.ColorRole.Base) != tint:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Base, tint)
            self.setPalette(palette)


class HypothesesPanel(QWidget):
    """The hypotheses editor under a header that says, calmly, that it stays private."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hypothesesPanel")
        self._editor = HypothesesEdit(self)

        self._icon = QLabel(self)
        self._title = QLabel(self.tr("Working hypotheses"), self)
        self._title.setObjectName("hypothesesTitle")
        title_font = self._title.font()
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setBuddy(self._editor)

        self._caption = QLabel(
            self.tr("Private: never exported, printed or copied. They stay on this computer."),
            self,
        )
        self._caption.setObjectName("hypothesesCaption")
        self._caption.setWordWrap(True)
        caption_font = self._caption.font()
        caption_font.setPointSizeF(caption_font.pointSizeF() * 0.9)
        self._caption.setFont(caption_font)

        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self._icon)
        header.addWidget(self._title)
        header.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self._caption)
        layout.addWidget(self._editor, 1)
        self._restyle()

    @property
    def editor(self) -> HypothesesEdit:
        """The editor inside the panel."""
        return self._editor

    def title_text(self) -> str:
        """The header text, for tests and accessibility checks."""
        return self._title.text()

    def caption_text(self) -> str:
        """The permanent privacy caption."""
        return self._caption.text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _PALETTE_EVENTS:
            self._restyle()

    def _restyle(self) -> None:
        own_palette = self.palette()  # inherited, never set here: follows the theme
        text = own_palette.color(QPalette.ColorRole.WindowText)
        size = self._title.fontMetrics().height()
        self._icon.setPixmap(lock_pixmap(size, text, self.devicePixelRatioF()))
        # Softer than the title but still readable (WCAG AA against the window).
        muted = blend(text, own_palette.color(QPalette.ColorRole.Window), 0.3)
        caption_palette = self._caption.palette()
        caption_palette.setColor(QPalette.ColorRole.WindowText, muted)
        self._caption.setPalette(caption_palette)
