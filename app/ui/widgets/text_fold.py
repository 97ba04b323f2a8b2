"""Case- and accent-blind comparison that keeps every offset valid.

Each character folds to exactly one character, so a match found in the folded
text is at the same place in the original (to underline or select it). The
typographic apostrophes and hyphens fold to the plain ones: workers type both.
"""

import unicodedata
from functools import lru_cache

_APOSTROPHES = frozenset("\u2019\u2018\u02bc\u2032\u00b4`")
_HYPHENS = frozenset("\u2010\u2011")


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _HYPHENS:
        return "-"
    base = unicodedata.normalize("NFD", ch)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


def fold(text: str) -> str:
    """Lower case, accents and typographic apostrophes removed, one character for one."""
    return "".join(fold_char(ch) for ch in text)
