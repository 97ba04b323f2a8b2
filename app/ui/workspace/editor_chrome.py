"""Small pieces around the interview editor: its header line, the finalise question and
the selection helper."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.ui.workspace.autosave import SaveState
from app.ui.workspace.labels import clock_text, day_text
from app.ui.workspace.style import QuietLabel
from app.ui.workspace.text_match import initials


class EditorHeader(QWidget):
    """ "← Back to the file", the interview's title, and a quiet save state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alias = ""
        self._held_on: date | None = None
        self._privacy = False
        self.back_button = QPushButton(self.tr("← Back to the file"), self)
        self.back_button.setAccessibleName(self.tr("Back to the person's file"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        # May be cut short in a narrow window rather than widen it; the tooltip has it all.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_label = QuietLabel("", self)
        self.save_label.setObjectName("saveState")
        self.save_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.back_button)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.save_label)

    def set_privacy(self, on: bool) -> None:
        """Initials instead of the name in the title (privacy mode)."""
        self._privacy = on
        self.set_title(self.alias, self._held_on)

    def set_title(self, alias: str, held_on: date | None) -> None:
        self.alias, self._held_on = alias, held_on
        alias = initials(alias) if self._privacy and alias else alias
        if held_on is None:
            self.title.clear()
            self.title.setToolTip("")
            return
        interview = self.tr("Interview of %1").replace("%1", day_text(held_on))
        self.title.setText(f"{alias} · {interview}" if alias else interview)
        self.title.setToolTip(self.title.text())

    def show_state(self, state: SaveState, saved_at: QTime | None) -> None:
        if state == SaveState.PENDING:
            text = self.tr("Saving…")
        elif state == SaveState.FAILED:
            text = self.tr("Not saved yet")
        elif state == SaveState.SAVED and saved_at is not None:
            text = self.tr("Saved at %1").replace("%1", clock_text(saved_at))
        else:
            text = ""
        self.save_label.setText(text)
        font = self.save_label.font()
        font.setBold(state == SaveState.FAILED)
        self.save_label.setFont(font)


def facts_header(parent: QWidget, facts: QPlainTextEdit, action: QPushButton) -> QHBoxLayout:
    """ "Facts" in bold (the editor's buddy, named for screen readers) with an action."""
    title = QLabel(QCoreApplication.translate("InterviewEditor", "Facts"), parent)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    title.setBuddy(facts)
    row = QHBoxLayout()
    row.addWidget(title)
    row.addStretch(1)
    row.addWidget(action)
    return row


def select_range(editor: QPlainTextEdit, start: int, end: int) -> None:
    """Select [start, end) in an editor, scroll to it and give it the focus."""
    length = max(0, editor.document().characterCount() - 1)
    cursor = editor.textCursor()
    cursor.setPosition(max(0, min(start, length)))
    cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    editor.setFocus(Qt.FocusReason.OtherFocusReason)


def ask_finalise(parent: QWidget, finalise: Callable[[], None]) -> None:
    """Ask (without blocking) whether to finalise the facts; `finalise` runs on "Finalise"."""

    box = QMessageBox(parent)
    box.setObjectName("finaliseConfirmation")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("InterviewEditor", "Finalise the note"))
    box.setText(
        QCoreApplication.translate("InterviewEditor", "Finalise the facts of this interview?")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "InterviewEditor",
            "They become read only. Any later correction is added as a dated addendum, "
            "shown under the original. Working hypotheses stay editable.",
        )
    )
    confirm = box.addButton(
        QCoreApplication.translate("InterviewEditor", "Finalise"), QMessageBox.ButtonRole.AcceptRole
    )
    confirm.setObjectName("confirmFinalise")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: finalise() if box.clickedButton() is confirm else None)
    box.open()
