"""Tests for app/ui/widgets/judgement.py: the editor's judgements come from the core checker."""

from pathlib import Path

import pytest

from app.core.wording_lexicon import load_lexicon
from app.domain.text import fold_in_place as fold
from app.ui.widgets.judgement import JudgementMatcher, default_matcher


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mme est manipulatrice.", ["manipulatrice"]),
        ("Une mère défaillante.", ["mère défaillante"]),
        ("Elle était HYSTÉRIQUE.", ["HYSTÉRIQUE"]),
    ],
)
def test_flags_labels_about_the_person(text: str, expected: list[str]) -> None:
    """Labels, not only guesses, are underlined while writing."""
    assert flagged(text) == expected


def test_sensitive_subjects_are_not_underlined_in_the_note() -> None:
    """Writing « dépression » in one's own note is not a fault: only the export asks."""
    assert flagged("Dépression depuis mars ; menaces de mort reçues.") == []


def test_custom_word_list_is_used(tmp_path: Path) -> None:
    """An edited judgement list drives the matcher."""
    (tmp_path / "judgement.tsv").write_text("# team\n\nà mon sens\tsupposition\n", "utf-8")
    matcher = JudgementMatcher(load_lexicon(tmp_path))
    assert matcher.find("A mon sens, non.") == [(0, 10)]


def test_empty_matcher_finds_nothing(tmp_path: Path) -> None:
    """With no word list at all, nothing is flagged and nothing fails."""
    assert JudgementMatcher(load_lexicon(tmp_path)).find("je pense") == []
