"""Spell checking: Hunspell dictionaries through Enchant, and the worker's own words.

The dictionaries are the system's Hunspell ones (Debian `hunspell-fr`,
`hunspell-en-us`) reached through `pyenchant`; without them `load_engine()`
returns an engine that knows it is unavailable and the interface turns
spelling off. A word counts as correct when French or English accepts it:
notes mix both (names of schemes, quotations).

The worker's personal dictionary is kept in the vault (`personal_words.py`),
never in Enchant's plain-text word list: added words are often surnames.
Enchant's own `add` is never called, so its list stays empty. This module
reaches no vault, so the window can load it before unlocking.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

LANGUAGES = ("fr_FR", "en_US")
MAX_SUGGESTIONS = 6
_CACHE_LIMIT = 50_000

# A word: letters, with inner apostrophes or hyphens ("l'homme", "peut-être").
WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_ELISION_RE = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'", re.IGNORECASE)


def words_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word of `text` worth checking."""
    found = []
    for match in WORD_RE.finditer(text):
        word = match.group()
        if len(word) < 2 or (word.isupper() and len(word) <= 6):
            continue  # single letters and acronyms (CAF, MDPH) are left alone
        found.append((match.start(), match.end(), word))
    return found


def _normal(word: str) -> str:
    return word.replace("’", "'")


class SpellEngine:
    """Checks words against the French and English dictionaries; thread-safe suggestions."""

    def __init__(self, checkers: Sequence[Any], suggesters: Sequence[Any]) -> None:
        self._checkers = list(checkers)
        self._suggesters = list(suggesters)
        self._suggest_lock = threading.Lock()
        self._cache: dict[str, bool] = {}

    @property
    def available(self) -> bool:
        """Whether at least one dictionary was found."""
        return bool(self._checkers)

    def _accepts(self, word: str) -> bool:
        return any(checker.check(word) for checker in self._checkers)

    def is_correct(self, word: str) -> bool:
        """Whether some dictionary accepts `word` (always true without dictionaries)."""
        if not self._checkers:
            return True
        known = self._cache.get(word)
        if known is None:
            known = self._judge(_normal(word))
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = known
        return known

    def _judge(self, word: str) -> bool:
        if self._accepts(word) or self._accepts(word.lower()):
            return True
        elided = _ELISION_RE.sub("", word)
        if elided != word and self._accepts(elided):
            return True
        parts = [p for p in re.split(r"[-']", word) if p]
        return len(parts) > 1 and all(len(p) < 2 or self._accepts(p) for p in parts)

    def suggest(self, word: str) -> list[str]:
        """Replacements for `word`, French first. Slow (up to a second): not on the GUI thread."""
        found: list[str] = []
        with self._suggest_lock:
            for suggester in self._suggesters:
                for candidate in suggester.suggest(_normal(word)):
                    if candidate not in found and candidate != word:
                        found.append(candidate)
        return found[:MAX_SUGGESTIONS]


def load_engine(languages: Sequence[str] = LANGUAGES) -> SpellEngine:
    """An engine over the installed dictionaries (unavailable when none is found)."""
    try:
        import enchant
    except (ImportError, OSError):  # no pyenchant, or no libenchant on the system
        return SpellEngine([], [])
    checkers, suggesters = [], []
    for language in languages:
        try:
            if not enchant.dict_exists(language):
                continue
            # Separate handles: suggestions run on a worker thread, checks on the GUI thread.
            checkers.append(enchant.Dict(language))
            suggesters.append(enchant.Dict(language))
        except enchant.errors.Error:
            continue
    return SpellEngine(checkers, suggesters)
