"""Plain-text helpers shared by every layer: accent folding and paragraphs.

Two folds, for two needs:
- `fold_in_place` keeps one character for one, so a match found in the folded
  text is at the same offset in the original (to underline or select it);
- `fold_mapped` expands ligatures ("œ" → "oe") and says where each folded
  character came from; `fold` is its text alone, for comparisons.
Both lower the case, drop accents and fold typographic apostrophes to "'".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from app.domain.paragraphs import split_paragraphs

_APOSTROPHES = frozenset("\u2019\u2018\u02bc\u2032\u00b4`")
_HYPHENS = frozenset("\u2010\u2011")
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "’": "'", "ʼ": "'", "‘": "'"}


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character, lower case, without its accent; typographic apostrophes and hyphens plain."""
    if ch in _APOSTROPHES:
        return "'"
    if ch in _HYPHENS:
        return "-"
    base = unicodedata.normalize("NFD", ch)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


def fold_in_place(text: str) -> str:
    """Lower case, accents and typographic apostrophes removed, one character for one."""
    return "".join(fold_char(ch) for ch in text)


def fold_mapped(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        lowered = char.lower()
        piece = lowered if lowered < "\x80" else _LIGATURES.get(lowered)  # ASCII: as is
        if piece is None:
            decomposed = unicodedata.normalize("NFD", lowered)
            piece = "".join(c for c in decomposed if not unicodedata.combining(c))
        out.append(piece)
        origin.extend([index] * len(piece))
    return "".join(out), origin


def fold(text: str) -> str:
    """Lower case without accents, for comparisons only ("Éloïse" → "eloise")."""
    return fold_mapped(text)[0]


def paragraphs(text: str) -> tuple[str, ...]:
    """Splits free text on blank lines and before each template heading; single breaks stay.

    The one splitter: the summary builder offers these paragraphs to choose
    from and the documents print them, so what is chosen is what is printed.
    The rule itself (headings included) is in `paragraphs.py`.
    """
    return split_paragraphs(text)
