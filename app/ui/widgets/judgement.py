"""Phrases that mark an opinion or a guess, and the highlighter that underlines them.

The word lists are plain text in `resources/lexicons/` so a team can adjust
them without touching code. Matching ignores case and accents (workers type
fast, often without accents), treats ’ like ', and stays on word boundaries so
"pensée" is not mistaken for "je pense".
"""

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.domain.resources import resources_dir
from app.ui.widgets.text_fold import fold

LEXICON_FILES = ("judgement_fr.txt", "judgement_en.txt")


def read_lexicon(path: Path) -> list[str]:
    """Phrases from a word list: one per line, `#` starts a comment, blanks ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    phrases = []
    for line in lines:
        phrase = line.split("#", 1)[0].strip()
        if phrase:
            phrases.append(phrase)
    return phrases


def _phrase_pattern(phrase: str) -> str:
    parts = []
    for ch in fold(phrase):
        if ch.isspace():
            parts.append(r"\s+")
        elif ch == "'":
            parts.append(r"'\s*")
        elif ch == "-":
            parts.append(r"(?:-|\s+)")
        else:
            parts.append(re.escape(ch))
    # Collapse runs of \s+ produced by doubled spaces in the list.
    return re.sub(r"(?:\\s\+)+", r"\\s+", "".join(parts))


class JudgementMatcher:
    """Finds judgement phrases in text, ignoring case and accents, on word boundaries."""

    def __init__(self, phrases: Iterable[str]) -> None:
        unique = {fold(" ".join(p.split())): p for p in phrases if p.strip()}
        # Longest first, so "il me semble" wins over "il semble" at the same place.
        ordered = sorted(unique, key=len, reverse=True)
        self._regex: re.Pattern[str] | None = None
        if ordered:
            alternatives = "|".join(_phrase_pattern(p) for p in ordered)
            self._regex = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
        self.phrase_count = len(ordered)

    @classmethod
    def from_files(cls, paths: Sequence[Path]) -> "JudgementMatcher":
        """A matcher over every phrase of the given word lists (missing files are skipped)."""
        return cls(phrase for path in paths for phrase in read_lexicon(path))

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each flagged phrase in `text`."""
        if self._regex is None:
            return []
        return [m.span() for m in self._regex.finditer(fold(text))]


@lru_cache(maxsize=1)
def default_matcher() -> JudgementMatcher:
    """The matcher built from the shipped French and English word lists."""
    folder = resources_dir() / "lexicons"
    return JudgementMatcher.from_files([folder / name for name in LEXICON_FILES])


def underline_colour(base: QColor) -> QColor:
    """An amber that reads on the given background, light or dark."""
    return QColor("#c26a00") if base.lightnessF() >= 0.5 else QColor("#f0a848")


class JudgementHighlighter(QSyntaxHighlighter):
    """Wavy-underlines judgement phrases in a document."""

    def __init__(self, document: QTextDocument, matcher: JudgementMatcher, colour: QColor) -> None:
        super().__init__(document)
        self._matcher = matcher
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(colour)

    def set_colour(self, colour: QColor) -> None:
        """Change the underline colour (the palette changed) and repaint."""
        if colour != self._format.underlineColor():
            self._format.setUnderlineColor(colour)
            self.rehighlight()

    def colour(self) -> QColor:
        """The current underline colour."""
        return self._format.underlineColor()

    def highlightBlock(self, text: str) -> None:
        for start, end in self._matcher.find(text):
            self.setFormat(start, end - start, self._format)
