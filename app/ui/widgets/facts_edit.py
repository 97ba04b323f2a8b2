"""The facts area: what was said, seen, done or decided.

Labels about the person ("manipulatrice", "défaillante") and phrases that
introduce a guess ("je pense", "il semble", "probably"…) get a wavy underline
and a tooltip with the wording check's question, so a judgement or a hypothesis
does not slip into the record disguised as a fact. The export step asks the
same questions about the same words: both use `app.core.wording`. Copying is allowed
but goes through `SensitiveClipboard`, which marks the text and takes it back.
"""

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QMenu, QToolTip, QWidget

from app.core.wording import Finding
from app.ui.session.clipboard_guard import SensitiveClipboard, sensitive_mime_data
from app.ui.widgets.colours import blend
from app.ui.widgets.judgement import (
    JudgementHighlighter,
    JudgementMatcher,
    default_matcher,
    underline_colour,
)
from app.ui.widgets.note_edit import NoteEdit
from app.ui.widgets.spelling import SpellService, add_spelling_actions, spell_service
from app.ui.widgets.wording_texts import question


class FactsEdit(NoteEdit):
    """Facts editor: flags opinion phrases, copies through a sensitive clipboard."""

    finalised_changed = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clipboard: SensitiveClipboard | None = None,
        matcher: JudgementMatcher | None = None,
        speller: SpellService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("factsEdit")
        self.setAccessibleName(self.tr("Facts"))
        self.setPlaceholderText(self.tr("What was said, seen, done or decided…"))
        self.setTabChangesFocus(True)
        self._clipboard = clipboard if clipboard is not None else SensitiveClipboard(self)
        self._matcher = matcher if matcher is not None else default_matcher()
        self._speller = speller if speller is not None else spell_service()
        self._highlighter = JudgementHighlighter(
            self.document(), self._matcher, self._underline_colour(), self._speller
        )
        self._finalised = False
        self._banner = QLabel(self.tr("Finalised: read only. To correct it, add a dated addendum."))
        self._banner.setParent(self)
        self._banner.setObjectName("factsFinalisedBanner")
        self._banner.setMargin(3)
        self._banner.setIndent(6)
        self._banner.setAutoFillBackground(True)
        banner_font = self._banner.font()
        banner_font.setPointSizeF(banner_font.pointSizeF() * 0.9)
        self._banner.setFont(banner_font)
        self._banner.hide()
        self._apply_look()

    # --- judgement phrases ----------------------------------------------------------------
    def flagged_spans(self) -> list[tuple[int, int, str]]:
        """(start, end, text) of every flagged phrase, in document positions."""
        spans = []
        block = self.document().firstBlock()
        while block.isValid():
            text = block.text()
            for start, end in self._matcher.find(text):
                spans.append((block.position() + start, block.position() + end, text[start:end]))
            block = block.next()
        return spans

    def judgement_hint(self, viewport_pos: QPoint) -> str:
        """The wording check's question about the phrase under `viewport_pos` ("" if none)."""
        found = self._finding_at(viewport_pos)
        return question(found[0]) if found is not None else ""

    def judgement_at(self, viewport_pos: QPoint) -> QRect | None:
        """The viewport rectangle of the flagged phrase under `viewport_pos`, if any."""
        found = self._finding_at(viewport_pos)
        return found[1] if found is not None else None

    def _finding_at(self, viewport_pos: QPoint) -> tuple[Finding, QRect] | None:
        cursor = self.cursorForPosition(viewport_pos)
        block = cursor.block()
        offset = cursor.position() - block.position()
        for finding in self._matcher.findings(block.text()):
            if finding.start <= offset <= finding.end:
                start, end = block.position() + finding.start, block.position() + finding.end
                rect = self._span_rect(start, end)
                if rect.contains(viewport_pos):
                    return finding, rect
        return None

    def _span_rect(self, start: int, end: int) -> QRect:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        first = self.cursorRect(cursor)
        cursor.setPosition(end)
        last = self.cursorRect(cursor)
        if first.top() == last.top():
            return QRect(QPoint(first.left(), first.top()), QPoint(last.right(), first.bottom()))
        # A phrase wrapped over two lines: accept the whole band.
        return QRect(0, first.top(), self.viewport().width(), last.bottom() - first.top() + 1)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # The viewport ignores the tooltip and Qt hands it up here, in our coordinates.
            viewport_pos = self.viewport().mapFrom(self, event.pos())
            found = self._finding_at(viewport_pos)
            if found is not None:
                QToolTip.showText(event.globalPos(), question(found[0]), self.viewport(), found[1])
                return True
            QToolTip.hideText()
        return super().event(event)

    # --- copying through the sensitive clipboard -------------------------------------------
    def _selected_text(self) -> str:
        text = self.textCursor().selection().toPlainText()
        return text.replace("\u2029", "\n").replace("\u2028", "\n")

    def createMimeDataFromSelection(self) -> QMimeData:
        """Drag and the X11 primary selection carry the text marked sensitive."""
        return sensitive_mime_data(self._selected_text())

    def copy(self) -> None:
        """Copy the selection through the sensitive clipboard."""
        self._clipboard.copy_text(self._selected_text())

    def cut(self) -> None:
        """Copy through the sensitive clipboard, then remove the selection (undoable)."""
        if self.isReadOnly() or not self.textCursor().hasSelection():
            return
        self.copy()
        cursor = self.textCursor()
        cursor.removeSelectedText()
        self.setTextCursor(cursor)

    def clipboard_guard(self) -> SensitiveClipboard:
        """The guard this editor copies through."""
        return self._clipboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
            event.accept()
            return
        super().keyPressEvent(event)

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """Spelling entries, then Qt's standard menu with Copy and Cut through the guard."""
        menu = self.createStandardContextMenu(pos)
        for action in menu.actions():
            # Qt wires these straight to its own clipboard code; reroute them.
            if action.objectName() == "edit-copy":
                action.triggered.disconnect()
                action.triggered.connect(self.copy)
            elif action.objectName() == "edit-cut":
                action.triggered.disconnect()
                action.triggered.connect(self.cut)
        add_spelling_actions(menu, self, self._speller, pos)
        return menu

    # --- finalised notes ----------------------------------------------------------------------
    def set_finalised(self, finalised: bool) -> None:
        """Read-only with a banner once the note is finalised; editable otherwise."""
        if finalised == self._finalised:
            return
        self._finalised = finalised
        self.setReadOnly(finalised)
        if finalised:
            self.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        self._banner.setVisible(finalised)
        self._apply_look()
        self.finalised_changed.emit(finalised)

    def is_finalised(self) -> bool:
        """Whether the note is finalised (read-only)."""
        return self._finalised

    # --- look ------------------------------------------------------------------------------------
    def _underline_colour(self) -> QColor:
        return underline_colour(QGuiApplication.palette().color(QPalette.ColorRole.Base))

    def _apply_look(self) -> None:
        app_palette = QGuiApplication.palette()
        role = QPalette.ColorRole.Window if self._finalised else QPalette.ColorRole.Base
        # Setting the palette raises PaletteChange again: only set when it differs.
        if self.palette().color(QPalette.ColorRole.Base) != app_palette.color(role):
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Base, app_palette.color(role))
            self.setPalette(palette)
        window = app_palette.color(QPalette.ColorRole.Window)
        window_text = app_palette.color(QPalette.ColorRole.WindowText)
        banner_palette = self._banner.palette()
        banner_palette.setColor(QPalette.ColorRole.Window, blend(window, window_text, 0.08))
        banner_palette.setColor(QPalette.ColorRole.WindowText, blend(window_text, window, 0.25))
        self._banner.setPalette(banner_palette)
        if self._finalised:
            self.setAccessibleDescription(
                self.tr("Finalised note, read only. Corrections are added as dated addenda.")
            )
        else:
            self.setAccessibleDescription(
                self.tr(
                    "What was said, seen, done or decided. Judgements about the person "
                    "and phrases that sound like an opinion are underlined."
                )
            )
        self._place_banner()

    def _place_banner(self) -> None:
        height = self._banner.sizeHint().height() if self._finalised else 0
        self.setViewportMargins(0, height, 0, 0)
        frame = self.frameWidth()
        self._banner.setGeometry(frame, frame, self.width() - 2 * frame, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_banner()

    def _follow_palette(self) -> None:
        self._highlighter.set_colour(self._underline_colour())
        self._apply_look()
