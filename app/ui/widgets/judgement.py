"""The editor's side of the wording check: underline what the export step will ask about.

The phrases come from the same checker and lexicons as the export wizard
(`app.core.wording`, `resources/lexicons/judgement.tsv`): labels about the person
(« manipulatrice ») and guesses (« il semble »). So what is underlined while
writing is exactly what the wording check later raises as a judgement.
"""

from functools import lru_cache

from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument

from app.core.wording import Finding, Lexicon, check_text, default_lexicon
from app.ui.widgets.spelling import SpellHighlighter, SpellService


class JudgementMatcher:
    """Finds judgements in text with the core checker, ignoring case and accents."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon or default_lexicon()

    def findings(self, text: str) -> list[Finding]:
        """What the wording check asks about in a note being written."""
        return check_text(text, None, self._lexicon)

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each flagged phrase in `text`."""
        return [(f.start, f.end) for f in self.findings(text)]


@lru_cache(maxsize=1)
def default_matcher() -> JudgementMatcher:
    """The matcher over the shipped lexicons."""
    return JudgementMatcher(default_lexicon())


def underline_colour(base: QColor) -> QColor:
    """An amber that reads on the given background, light or dark."""
    return QColor("#c26a00") if base.lightnessF() >= 0.5 else QColor("#f0a848")


class JudgementHighlighter(SpellHighlighter):
    """Wavy-underlines judgement phrases in a document, over the misspelled words if any."""

    def __init__(
        self,
        document: QTextDocument,
        matcher: JudgementMatcher,
        colour: QColor,
        speller: SpellService | None = None,
    ) -> None:
        super().__init__(document, speller)
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
        super().highlightBlock(text)  # spelling first: a flagged phrase draws over it
        for start, end in self._matcher.find(text):
            self.setFormat(start, end - start, self._format)
