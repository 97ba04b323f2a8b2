"""The worker's personal dictionary, kept in the vault's encrypted settings.

Words added to the dictionary are often surnames, so they live inside the
vault (never in the spelling library's plain-text word list) and go with it:
locked, backed up and erased with the vault; purging a person drops the words
of their names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.core.session import Session, stores
from app.domain.errors import InvalidInput

PERSONAL_WORDS_KEY = "spelling.personal_words"
MAX_WORD = 80


def _check_word(word: str) -> str:
    clean = word.strip()
    if not clean or len(clean) > MAX_WORD or any(ch.isspace() for ch in clean):
        raise InvalidInput("A dictionary entry is one word.")
    return clean


def personal_words(session: Session) -> frozenset[str]:
    """The words the worker added to the dictionary."""
    raw = stores(session).settings.get(PERSONAL_WORDS_KEY, "")
    return frozenset(line for line in raw.split("\n") if line)


def add_personal_word(session: Session, word: str) -> frozenset[str]:
    """Add `word` to the encrypted personal dictionary; returns the new set."""
    words = set(personal_words(session)) | {_check_word(word)}
    _store(session, words)
    return frozenset(words)


def remove_personal_word(session: Session, word: str) -> frozenset[str]:
    """Remove `word` from the personal dictionary; returns the new set."""
    words = set(personal_words(session)) - {word.strip()}
    _store(session, words)
    return frozenset(words)


def forget_words_of(session: Session, texts: Iterable[str]) -> None:
    """Drop from the dictionary every word that appears in `texts` (an erased person's names).

    A surname added while writing about someone must not outlive their erasure;
    a word dropped by mistake is only underlined again.
    """
    spoken = {word.casefold() for text in texts for word in re.findall(r"[\w'’-]+", text)}
    words = personal_words(session)
    kept = {word for word in words if word.casefold() not in spoken}
    if kept != words:
        _store(session, kept)


def _store(session: Session, words: Iterable[str]) -> None:
    stores(session).settings.set(PERSONAL_WORDS_KEY, "\n".join(sorted(words)))
