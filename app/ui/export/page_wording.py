"""Step 3: the wording check — it asks, the worker decides, nothing is softened.

Each finding shows its words in context and the check's question. What can be
done is what keeps a sentence whole: a name's initials, the sentence
attributed (« La personne indique que… »), the paragraph left out (never a
serious fact in child protection), or the worker's own words typed in. Every
change applies to this transmission only, and is recorded as an edit; the note
in the vault stays as written. After each change the check runs again on the
text as it now stands.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.selection import Replacement
from app.core.summary_wording import (
    Flag,
    apply_replacement,
    leaving_out,
    retyping,
    summary_texts,
)
from app.domain.errors import CarnetError
from app.domain.summary import Summary
from app.ui.export.retype_dialog import RetypeDialog
from app.ui.export.state import ExportState
from app.ui.shell.errors import error_message
from app.ui.widgets.wording_texts import attribution_prefix, category_name, question

CONTEXT_CHARS = 70
Checker = Callable[[Summary], list[Flag]]


class FlagRow(QFrame):
    """One finding in its sentence: the question, and what can be done about it."""

    def __init__(self, snippet: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.snippet = QLabel(snippet, self)
        self.snippet.setTextFormat(Qt.TextFormat.RichText)
        self.snippet.setWordWrap(True)
        self.what = QLabel(what, self)
        self.what.setWordWrap(True)
        self.state = QLabel(self)
        self.buttons: list[QPushButton] = []
        self._line = QHBoxLayout()
        self._line.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.snippet)
        layout.addWidget(self.what)
        layout.addLayout(self._line)

    def add_button(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(action)
        self.buttons.append(button)
        self._line.addWidget(button)
        return button

    def settle(self, state: str) -> None:
        for button in self.buttons:
            button.setEnabled(False)
        self.state.setText(state)


class WordingPage(QWizardPage):
    def __init__(self, state: ExportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("wordingPage")
        self.setTitle(self.tr("Wording check"))
        self.setSubTitle(
            self.tr(
                "Questions about the words of a document that leaves your hands. A change"
                " applies to this transmission only: your note stays as written."
            )
        )
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.undo_button = QPushButton(self.tr("Undo the last change"), self)
        self.undo_button.clicked.connect(self.undo)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.rows: list[FlagRow] = []
        self.text_rows: dict[str, QPushButton] = {}
        self.summary: Summary | None = None
        self.flags: list[Flag] = []
        self._base: Summary | None = None
        self._check: Checker = lambda _summary: []
        self._changes: list[Replacement] = []
        self._kept: set[tuple[str, str, str]] = set()
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)

    def initializePage(self) -> None:
        try:
            summary, flags = self._state.wording_check()
        except CarnetError as exc:  # never let an error escape a Qt virtual
            self.show_flags(None, [])
            self.message.setText(error_message(exc).full())
            return
        self.show_flags(summary, flags, self._state.recheck_wording)

    def show_flags(
        self, summary: Summary | None, flags: list[Flag], recheck: Checker | None = None
    ) -> None:
        """Lists the findings of `summary`, with no change made yet."""
        self._base = summary
        self._check = recheck or (lambda _summary: [])
        self._changes = []
        self._kept = set()
        self._show(summary, flags)

    # What is shown ------------------------------------------------------------------------
    def _show(self, summary: Summary | None, flags: list[Flag]) -> None:
        self.summary = summary
        self.flags = flags
        self.message.clear()
        self.undo_button.setEnabled(bool(self._changes))
        container = QWidget()
        layout = QVBoxLayout(container)
        self.rows = []
        if not flags:
            layout.addWidget(
                QLabel(self.tr("Nothing to ask about in the texts chosen."), container)
            )
        for flag in flags:
            row = self._row_for(flag, container)
            self.rows.append(row)
            layout.addWidget(row)
        layout.addWidget(self._texts_box(container))
        layout.addStretch(1)
        old = self.area.takeWidget()
        if old is not None:
            old.deleteLater()  # a button of it may be the one being clicked
        self.area.setWidget(container)

    def _row_for(self, flag: Flag, parent: QWidget) -> FlagRow:
        finding = flag.finding
        what = f"{category_name(finding.category)} — {question(finding)}"
        row = FlagRow(self._snippet(flag), what, parent)
        if self._key(flag) in self._kept:
            row.settle(self.tr("Kept as written"))
            return row
        if finding.replacement is not None:
            text = self.tr("Use initials “%1”").replace("%1", finding.replacement)
            row.add_button(text, lambda: self._apply(flag.initials()))
        if finding.can_attribute:
            text = self.tr("Attribute: “%1…”").replace("%1", attribution_prefix())
            row.add_button(text, lambda: self.attribute(flag))
        if flag.can_omit:
            row.add_button(self.tr("Leave this paragraph out"), lambda: self.leave_out(flag.target))
        row.add_button(self.tr("Retype…"), lambda: self.open_retype(flag.target))
        row.add_button(self.tr("Keep"), lambda: self.keep(flag))
        return row

    def _texts_box(self, parent: QWidget) -> QWidget:
        """Every text of the transmission, each with its own Retype button."""
        box = QFrame(parent)
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("Texts of this transmission — retype any of them:"), box)
        layout.addWidget(title)
        self.text_rows = {}
        for target, text in summary_texts(self.summary) if self.summary else []:
            line = QHBoxLayout()
            label = QLabel(html.escape(_shorten(text)), box)
            label.setWordWrap(True)
            button = QPushButton(self.tr("Retype…"), box)
            button.clicked.connect(lambda _=False, t=target: self.open_retype(t))
            line.addWidget(label, 1)
            line.addWidget(button)
            layout.addLayout(line)
            self.text_rows[target] = button
        return box

    def _snippet(self, flag: Flag) -> str:
        text = self._current_text(flag.target)
        start, end = flag.finding.start, flag.finding.end
        before = text[max(0, start - CONTEXT_CHARS) : start]
        after = text[end : end + CONTEXT_CHARS]
        lead = "…" if start > CONTEXT_CHARS else ""
        tail = "…" if end + CONTEXT_CHARS < len(text) else ""
        return (
            f"{lead}{html.escape(before)}<b>{html.escape(text[start:end])}</b>"
            f"{html.escape(after)}{tail}"
        )

    def _current_text(self, target: str) -> str:
        if self.summary is None:
            return ""
        return dict(summary_texts(self.summary)).get(target, "")

    # What the worker does -----------------------------------------------------------------
    def attribute(self, flag: Flag) -> None:
        """Reports the finding's sentence as said by the person, in this transmission."""
        self._apply(flag.attribution(self._current_text(flag.target), attribution_prefix()))

    def leave_out(self, target: str) -> None:
        """Leaves a paragraph (fact, follow-up or detail) out of this transmission."""
        if self.summary is not None:
            self._apply(leaving_out(self.summary, target))

    def retype(self, target: str, new_text: str) -> None:
        """Puts the worker's own words in place of one text of this transmission."""
        if self.summary is not None:
            self._attempt(lambda summary: retyping(summary, target, new_text))

    def open_retype(self, target: str) -> RetypeDialog:
        """Opens the retype dialog on the text as it now stands (window-modal, not blocking)."""
        dialog = RetypeDialog(self._current_text(target), self)
        dialog.accepted.connect(lambda: self.retype(target, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def keep(self, flag: Flag) -> None:
        self._kept.add(self._key(flag))
        self._show(self.summary, self.flags)

    def undo(self) -> None:
        """Takes back the last change; the texts are checked again."""
        if self._changes and self._base is not None:
            self._changes.pop()
            summary = self._base
            for change in self._changes:
                summary = apply_replacement(summary, change)
            self._show(summary, self._check(summary))

    def _apply(self, change: Replacement) -> None:
        self._attempt(lambda _summary: change)

    def _attempt(self, make: Callable[[Summary], Replacement]) -> None:
        if self.summary is None:
            return
        try:
            change = make(self.summary)
            summary = apply_replacement(self.summary, change)
        except CarnetError as exc:
            self.message.setText(error_message(exc).full())
            return
        self._changes.append(change)
        self._show(summary, self._check(summary))

    @staticmethod
    def _key(flag: Flag) -> tuple[str, str, str]:
        return (flag.target, flag.finding.category, flag.finding.text.casefold())

    def replacements(self) -> tuple[Replacement, ...]:
        """The changes made, in order: the builder replays them on the final summary."""
        return tuple(self._changes)


def _shorten(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
