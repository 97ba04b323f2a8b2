"""Tests for app/ui/widgets/judgement.py: finding opinion phrases in facts."""

from pathlib import Path

import pytest

from app.domain.resources import resources_dir
from app.ui.widgets.judgement import (
    LEXICON_FILES,
    JudgementMatcher,
    default_matcher,
    read_lexicon,
)
from app.ui.widgets.text_fold import fold


def flagged(text: str) -> list[str]:
    return [text[start:end] for start, end in default_matcher().find(text)]


def test_fold_keeps_length_and_drops_accents_and_case() -> None:
    """Folding lowers case, strips accents and maps ’ to ', one character for one."""
    text = "Peut-Être J’AI l’impression"
    assert fold(text) == "peut-etre j'ai l'impression"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je pense qu'il est fatigué.", ["Je pense"]),
        ("Il semble que le loyer soit payé.", ["Il semble"]),
        ("Peut-etre une dette ancienne.", ["Peut-etre"]),
        ("peut être une dette ancienne.", ["peut être"]),
        ("J’ai l’impression qu’elle hésite.", ["J’ai l’impression"]),
        ("j'ai l'impression qu'elle hésite.", ["j'ai l'impression"]),
        ("Il me semble qu'il boit.", ["Il me semble"]),
        ("Elle viendra, semble-t-il, lundi.", ["semble-t-il"]),
        ("VRAISEMBLABLEMENT absent.", ["VRAISEMBLABLEMENT"]),
        ("A priori, rien.", ["A priori"]),
        ("She is probably tired, I think.", ["probably", "I think"]),
        ("It seems the rent is late.", ["It seems"]),
    ],
)
def test_flags_judgement_phrases(text: str, expected: list[str]) -> None:
    """Opinion phrases are found whatever the case, accents or apostrophe style."""
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Une pensée pour son fils.",
        "Elle dit : « je pensée » (faute de frappe).",
        "Madame est arrivée à 10 h, a remis la lettre de la CAF.",
        "L'improbablement long dossier.",
        "He thinks of moving.",
    ],
)
def test_does_not_flag_plain_facts_or_word_fragments(text: str) -> None:
    """Words that merely contain a phrase ("pensée", "improbablement") are not flagged."""
    assert flagged(text) == []


def test_shipped_lexicons_parse_and_skip_comments() -> None:
    """Both shipped lists load, hold the expected phrases and no comment lines."""
    folder = resources_dir() / "lexicons"
    french = read_lexicon(folder / "judgement_fr.txt")
    english = read_lexicon(folder / "judgement_en.txt")
    assert {"je pense", "il semble", "peut-être", "de toute évidence"} <= set(french)
    assert {"I think", "probably", "perhaps"} <= set(english)
    assert not any(phrase.startswith("#") for phrase in french + english)
    assert LEXICON_FILES == ("judgement_fr.txt", "judgement_en.txt")


def test_custom_word_list_is_used(tmp_path: Path) -> None:
    """An edited list with comments and blank lines drives the matcher."""
    lexicon = tmp_path / "custom.txt"
    lexicon.write_text("# team additions\n\nà mon sens   # inline comment\n", encoding="utf-8")
    matcher = JudgementMatcher.from_files([lexicon, tmp_path / "missing.txt"])
    assert matcher.phrase_count == 1
    assert matcher.find("A mon sens, non.") == [(0, 10)]


def test_empty_matcher_finds_nothing() -> None:
    """With no word list at all, nothing is flagged and nothing fails."""
    assert JudgementMatcher([]).find("je pense") == []
