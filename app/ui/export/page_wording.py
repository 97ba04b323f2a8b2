"""Step 3: the wording check — sensitive words and other people's names, one click each.

A change applies to this summary only; the note in the vault stays as written.
Flags are found once, in the texts as chosen; each accepted change shifts the
flags that follow it in the same text, so every later click still lands right.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

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
from app.core.summary_wording import Flag, apply_replacement, summary_texts
from app.core.wording import NameMatch, WordingMatch
from app.domain.summary import Summary

CONTEXT_CHARS = 70


@dataclass
class _Pending:
    flag: Flag
    shift: int = 0  # how far earlier changes in the same text moved this flag
    done: bool = False


class FlagRow(QFrame):
    """One flagged word in its sentence, with what can be done about it."""

    def __init__(self, snippet: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.snippet = QLabel(snippet, self)
        self.snippet.setTextFormat(Qt.TextFormat.RichText)
        self.snippet.setWordWrap(True)
        self.what = QLabel(what, self)
        self.what.setEnabled(False)
        self.state = QLabel(self)
        self.buttons: list[QPushButton] = []
        self._line = QHBoxLayout()
        self._line.addWidget(self.what, 1)
        self._line.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.snippet)
        layout.addLayout(self._line)

    def add_button(self, text: str, action: Callable[[], None]) -> QPushButton:
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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordingPage")
        self.setTitle(self.tr("Wording check"))
        self.setSubTitle(
            self.tr(
                "Neutral words for a document that leaves your hands. A change applies to"
                " this summary only: your note stays as written."
            )
        )
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.rows: list[FlagRow] = []
        self.summary: Summary | None = None
        self._pending: list[_Pending] = []
        self._changes: list[Replacement] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.area)

    def initializePage(self) -> None:
        check = getattr(self.wizard(), "wording_check", None)
        summary, flags = check() if callable(check) else (None, [])
        self.show_flags(summary, flags)

    def show_flags(self, summary: Summary | None, flags: list[Flag]) -> None:
        """Lists the flags of `summary`, with no change made yet."""
        self.summary = summary
        self._pending = [_Pending(flag) for flag in flags]
        self._changes = []
        container = QWidget()
        layout = QVBoxLayout(container)
        self.rows = []
        if not flags:
            layout.addWidget(QLabel(self.tr("Nothing to flag in the texts chosen."), container))
        for index, pending in enumerate(self._pending):
            row = self._row_for(index, pending.flag, container)
            self.rows.append(row)
            layout.addWidget(row)
        layout.addStretch(1)
        self.area.setWidget(container)

    def _row_for(self, index: int, flag: Flag, parent: QWidget) -> FlagRow:
        match = flag.match
        row = FlagRow(self._snippet(flag, 0), self._what(match), parent)
        if isinstance(match, NameMatch):
            if match.initials:
                text = self.tr("Use initials “%1”").replace("%1", match.initials)
                row.add_button(text, lambda: self.apply(index, match.initials))
            row.add_button(self.tr("Remove the name"), lambda: self.apply(index, ""))
        elif match.alternative:
            text = self.tr("Replace with “%1”").replace("%1", match.alternative)
            row.add_button(text, lambda: self.apply(index, match.alternative))
        else:
            row.add_button(self.tr("Remove the word"), lambda: self.apply(index, ""))
        row.add_button(self.tr("Keep"), lambda: self.keep(index))
        return row

    def _what(self, match: WordingMatch | NameMatch) -> str:
        if isinstance(match, NameMatch):
            if match.known:
                return self.tr("A name Carnet knows")
            return self.tr("Probably the name of another person")
        return self.tr("Sensitive wording: %1").replace("%1", self._category(match.category))

    def _category(self, category: str) -> str:
        names = {
            "sante": self.tr("health"),
            "violence": self.tr("violence"),
            "immigration": self.tr("immigration status"),
            "addiction": self.tr("addiction"),
            "psychiatrie": self.tr("mental health"),
            "judiciaire": self.tr("justice"),
            "jugement": self.tr("judgement"),
        }
        return names.get(category, category)

    def _current_text(self, target: str) -> str:
        if self.summary is None:
            return ""
        return dict(summary_texts(self.summary)).get(target, "")

    def _snippet(self, flag: Flag, shift: int) -> str:
        text = self._current_text(flag.target)
        start, end = flag.match.start + shift, flag.match.end + shift
        before = text[max(0, start - CONTEXT_CHARS) : start]
        after = text[end : end + CONTEXT_CHARS]
        lead = "…" if start > CONTEXT_CHARS else ""
        tail = "…" if end + CONTEXT_CHARS < len(text) else ""
        return (
            f"{lead}{html.escape(before)}<b>{html.escape(text[start:end])}</b>"
            f"{html.escape(after)}{tail}"
        )

    def apply(self, index: int, alternative: str) -> None:
        """Puts `alternative` in place of flag `index` in the summary (never in the note)."""
        pending = self._pending[index]
        if pending.done or self.summary is None:
            return
        flag = pending.flag
        change = Replacement(
            flag.target,
            flag.match.start + pending.shift,
            flag.match.end + pending.shift,
            flag.match.text,
            alternative,
        )
        before = self._current_text(flag.target)
        self.summary = apply_replacement(self.summary, change)
        delta = len(self._current_text(flag.target)) - len(before)
        for other in self._pending:
            if other.flag.target == flag.target and other.flag.match.start >= flag.match.end:
                other.shift += delta
        self._changes.append(change)
        pending.done = True
        state = self.tr("Removed") if not alternative else self.tr("Replaced")
        self.rows[index].settle(state)
        self._refresh_snippets()

    def keep(self, index: int) -> None:
        self._pending[index].done = True
        self.rows[index].settle(self.tr("Kept as written"))

    def _refresh_snippets(self) -> None:
        for pending, row in zip(self._pending, self.rows, strict=True):
            if not pending.done:
                row.snippet.setText(self._snippet(pending.flag, pending.shift))

    def replacements(self) -> tuple[Replacement, ...]:
        """The changes accepted, in order: the builder replays them on the final summary."""
        return tuple(self._changes)
