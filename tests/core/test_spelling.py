"""Tests for app/core/spelling.py: which words are checked, and the dictionaries."""

from __future__ import annotations

from functools import lru_cache

import pytest

from app.core.spelling import SpellEngine, load_engine, words_in


@lru_cache(maxsize=1)
def engine() -> SpellEngine:
    return load_engine()


needs_dictionaries = pytest.mark.skipif(
    not engine().available, reason="the Hunspell dictionaries are not installed (.ci/run does)"
)


def test_words_in_skips_acronyms_single_letters_and_numbers() -> None:
    """Words keep inner apostrophes and hyphens; CAF, "a" and "2026" are not checked."""
    text = "L'assistante a vu la CAF le 3 mars 2026, peut-être demain."
    assert [word for _, _, word in words_in(text)] == [
        "L'assistante", "vu", "la", "le", "mars", "peut-être", "demain"]  # fmt: skip
    start, end, word = words_in("un logemnt")[1]
    assert "un logemnt"[start:end] == word == "logemnt"


@needs_dictionaries
def test_french_and_english_words_are_correct_and_typos_are_not() -> None:
    """Both languages are accepted, with curly or straight apostrophes; a typo is refused."""
    for word in ("logement", "insalubre", "l’homme", "aujourd'hui", "dit-il", "housing"):
        assert engine().is_correct(word), word
    for word in ("logemnt", "insalubr", "housng"):
        assert not engine().is_correct(word), word


@needs_dictionaries
def test_suggestions_for_a_french_typo_include_the_word() -> None:
    """ "logemnt" gets "logement" among its suggestions."""
    assert "logement" in engine().suggest("logemnt")


def test_an_engine_without_dictionaries_accepts_everything() -> None:
    """No dictionary: nothing is flagged and the engine says it is unavailable."""
    empty = load_engine(languages=("xx_NOPE",))
    assert not empty.available
    assert empty.is_correct("logemnt")
