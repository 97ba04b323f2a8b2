"""The editable lexicons of the wording check and how their terms are found."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from app.core.wording_lexicon import (
    Lexicon,
    default_lexicon,
    find_terms,
    fold,
    load_lexicon,
)
from app.domain.resources import resources_dir

CATEGORIES = {"judgement", "health", "violence", "justice", "immigration", "addiction", "suicide"}


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Violences Conjugales", "violences conjugales"),
        ("une depression", "dépression"),
        ("une DÉPRESSION", "dépression"),
        ("Il est Sans-Papiers.", "sans papiers"),
        ("sans\npapiers", "sans papiers"),
        ("en garde-à-vue", "garde à vue"),
        ("deux alcooliques", "alcoolique"),
        ("peut être demain", "peut-être"),
        ("J’ai l’impression qu’elle hésite", "j'ai l'impression"),
    ],
)
def test_matching_ignores_case_accents_hyphens_apostrophes_and_plurals(
    lexicon: Lexicon, text: str, term: str
) -> None:
    """Case, accents, hyphen-or-space, ’ or ' and an -s plural do not hide a term."""
    assert [m.entry.term for m in find_terms(text, lexicon)] == [term]


def test_decomposed_accents_map_back_to_the_original_span(lexicon: Lexicon) -> None:
    """Text typed with combining accents is matched and its span covers the accent too."""
    text = unicodedata.normalize("NFD", "Une dépression.")
    [match] = find_terms(text, lexicon)
    assert text[match.start : match.end] == unicodedata.normalize("NFD", "dépression")


@pytest.mark.parametrize(
    "text", ["un foulard violet", "un livre", "le prisonnier", "une pensée pour lui"]
)
def test_no_match_inside_another_word(lexicon: Lexicon, text: str) -> None:
    """No "viol" in "violet", no "ivre" in "livre", no "je pense" in "pensée"."""
    assert find_terms(text, lexicon) == []


def test_longest_term_wins_and_matches_do_not_overlap(lexicon: Lexicon) -> None:
    """A long expression is reported once, not also as the shorter word it contains."""
    [match] = find_terms("une tentative de suicide", lexicon)
    assert (match.entry.term, match.entry.category) == ("tentative de suicide", "suicide")


@pytest.mark.parametrize(
    ("term", "category", "serious"),
    [
        ("suicide", "suicide", True),
        ("pensé au suicide", "suicide", True),
        ("menaces de mort", "violence", True),
        ("maltraité", "violence", True),
        ("dépression", "health", False),
        ("manipulatrice", "judgement", False),
        ("défaillante", "judgement", False),
        ("hystérique", "judgement", False),
        ("il semble", "judgement", False),
    ],
)
def test_shipped_lexicons_know_the_terms_of_the_issue(
    lexicon: Lexicon, term: str, category: str, serious: bool
) -> None:
    """The words the field trial missed are there, in the right category and gravity."""
    [entry] = [e for e in lexicon.entries if e.term == term]
    assert (entry.category, entry.serious) == (category, serious)


def test_shipped_lexicons_hold_no_replacement_words(lexicon: Lexicon) -> None:
    """Each category has its file with a bilingual format line; no line offers a stock word."""
    folder = resources_dir() / "lexicons"
    for category in CATEGORIES:
        lines = (folder / f"{category}.tsv").read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# Format") and "Format:" in lines[0]
        for line in (line for line in lines if line and not line.startswith("#")):
            _, _, mark = line.partition("\t")
            assert mark in ("", "grave", "supposition"), line
    assert {entry.category for entry in lexicon.entries} == CATEGORIES


def test_lexicon_file_format(tmp_path: Path) -> None:
    """Comments and blank lines are skipped, a BOM is tolerated, the file name is the category."""
    (tmp_path / "maison.tsv").write_text(
        "\ufeff# commentaire\n\nterme un\tgrave\nà retirer\n  # autre\nterme un\nautre\tinconnu\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(tmp_path)
    assert [(e.term, e.category, e.mark) for e in lexicon.entries] == [
        ("terme un", "maison", "grave"),
        ("à retirer", "maison", ""),
        ("autre", "maison", ""),
    ]
    assert find_terms("A RETIRER", lexicon)[0].entry.term == "à retirer"


def test_empty_lexicon_finds_nothing(tmp_path: Path) -> None:
    """A folder without lexicons is not an error: nothing is found."""
    assert find_terms("violences conjugales", load_lexicon(tmp_path)) == []


def test_fold_removes_case_accents_and_ligatures() -> None:
    """Folding is what makes "Sœur Éloïse" and "soeur eloise" equal."""
    assert fold("Sœur Éloïse") == fold("soeur eloise") == "soeur eloise"


def test_default_lexicon_is_the_shipped_one_read_once(lexicon: Lexicon) -> None:
    """The cached default lexicon holds the same entries as a fresh read of the files."""
    assert default_lexicon() is default_lexicon()
    assert default_lexicon().entries == lexicon.entries
