"""Sensitive words, neutral alternatives and other people's names in a summary's text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from app.core.wording import (
    CATEGORIES,
    Lexicon,
    default_lexicon,
    find_other_names,
    find_sensitive_terms,
    fold,
    load_lexicon,
    replace_term,
    to_initials,
)
from app.domain.resources import resources_dir


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def test_flags_domestic_violence_with_its_neutral_alternative(lexicon: Lexicon) -> None:
    """The term "violences conjugales" is flagged, offering "relations intrafamiliales"."""
    text = "Elle évoque des violences conjugales depuis un an."
    [match] = find_sensitive_terms(text, lexicon)
    assert (match.start, match.end) == (16, 36)
    assert match.text == "violences conjugales"
    assert match.category == "violence"
    assert match.alternative == "relations intrafamiliales"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Violences Conjugales", "violences conjugales"),
        ("VIOLENCES CONJUGALES", "violences conjugales"),
        ("une depression", "dépression"),
        ("une DÉPRESSION", "dépression"),
        ("Il est Sans-Papiers.", "sans papiers"),
        ("sans\npapiers", "sans papiers"),
        ("en garde-à-vue", "garde à vue"),
        ("deux alcooliques", "alcoolique"),
    ],
)
def test_matching_ignores_case_accents_hyphens_and_plurals(
    lexicon: Lexicon, text: str, term: str
) -> None:
    """Case, accents, hyphen-or-space and an -s plural do not hide a term."""
    matches = find_sensitive_terms(text, lexicon)
    assert [m.term for m in matches] == [term]


def test_decomposed_accents_map_back_to_the_original_span(lexicon: Lexicon) -> None:
    """Text typed with combining accents is matched and its span covers the accent too."""
    text = unicodedata.normalize("NFD", "Une dépression.")
    [match] = find_sensitive_terms(text, lexicon)
    assert text[match.start : match.end] == unicodedata.normalize("NFD", "dépression")


@pytest.mark.parametrize(
    "text",
    [
        "un foulard violet",
        "un violon",
        "un livre",
        "le prisonnier",
        "l'emprisonnement",
        "la cancérologie",
    ],
)
def test_no_match_inside_another_word(lexicon: Lexicon, text: str) -> None:
    """No "viol" in "violet", no "ivre" in "livre", no "prison" in "prisonnier"."""
    assert find_sensitive_terms(text, lexicon) == []


def test_longest_term_wins_and_matches_do_not_overlap(lexicon: Lexicon) -> None:
    """A long expression is reported once, not also as the shorter word it contains."""
    text = "une hospitalisation sous contrainte"
    [match] = find_sensitive_terms(text, lexicon)
    assert match.term == "hospitalisation sous contrainte"
    assert match.category == "psychiatrie"


def test_replace_returns_new_text_and_leaves_source_unchanged(lexicon: Lexicon) -> None:
    """Replacing works on a copy of the summary text; the original string is untouched."""
    source = "Elle évoque des violences conjugales depuis un an."
    [match] = find_sensitive_terms(source, lexicon)
    result = replace_term(source, match, match.alternative)
    assert result == "Elle évoque des relations intrafamiliales depuis un an."
    assert source == "Elle évoque des violences conjugales depuis un an."


def test_replace_capitalises_at_the_start_of_a_sentence(lexicon: Lexicon) -> None:
    """An alternative that starts a sentence gets a capital letter."""
    text = "Suivi. Dépression signalée."
    [match] = find_sensitive_terms(text, lexicon)
    assert replace_term(text, match, match.alternative) == "Suivi. Raisons de santé signalée."


def test_empty_alternative_removes_the_word_cleanly(lexicon: Lexicon) -> None:
    """Removing a word leaves no double space and no space before the full stop."""
    text = "Il se dit alcoolique depuis peu. Il est alcoolique."
    matches = find_sensitive_terms(text, lexicon)
    assert [m.alternative for m in matches] == ["", ""]
    text = replace_term(text, matches[1], "")
    text = replace_term(text, matches[0], "")
    assert text == "Il se dit depuis peu. Il est."


def test_replace_refuses_a_stale_match(lexicon: Lexicon) -> None:
    """A match found in an older version of the text is not applied blindly."""
    [match] = find_sensitive_terms("une dépression", lexicon)
    with pytest.raises(ValueError):
        replace_term("autre texte ici", match, "x")


def test_shipped_lexicons_cover_every_category(lexicon: Lexicon) -> None:
    """Each category has its own file, a bilingual format line first, and 15 to 45 entries."""
    folder = resources_dir() / "lexicons"
    for category in CATEGORIES:
        path = folder / f"{category}.tsv"
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# Format") and "Format:" in lines[0]
        entries = [line for line in lines if line and not line.startswith("#")]
        assert all("\t" in line for line in entries), path.name
        assert 15 <= len(entries) <= 45, path.name
    assert {entry.category for entry in lexicon.entries} == set(CATEGORIES)


@pytest.mark.parametrize(
    ("term", "alternative"),
    [
        ("sans papiers", "situation administrative"),
        ("dépression", "raisons de santé"),
        ("garde à vue", "procédure en cours"),
        ("domestic violence", "family relationships"),
    ],
)
def test_shipped_lexicons_hold_the_expected_alternatives(
    lexicon: Lexicon, term: str, alternative: str
) -> None:
    """Key French and English terms come with the documented neutral wording."""
    assert (term, alternative) in {(e.term, e.alternative) for e in lexicon.entries}


def test_lexicon_file_format(tmp_path: Path) -> None:
    """Comments and blank lines are skipped, a BOM is tolerated, the file name is the category."""
    (tmp_path / "maison.tsv").write_text(
        "\ufeff# commentaire\n\nterme un\tneutre\nà retirer\n  # autre\nterme un\tdoublon\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(tmp_path)
    assert [(e.term, e.alternative, e.category) for e in lexicon.entries] == [
        ("terme un", "neutre", "maison"),
        ("à retirer", "", "maison"),
    ]
    assert find_sensitive_terms("A RETIRER", lexicon)[0].alternative == ""


def test_empty_lexicon_finds_nothing(tmp_path: Path) -> None:
    """A folder without lexicons is not an error: nothing is flagged."""
    assert find_sensitive_terms("violences conjugales", load_lexicon(tmp_path)) == []


def test_finds_known_names_whole_or_in_part_accent_insensitively() -> None:
    """A name Carnet holds is found whole, or by surname alone, whatever the accents."""
    text = "Rencontre avec Kevin Martin puis appel de MARTIN. Helene Durand absente."
    matches = find_other_names(text, ["Kévin Martin", "Hélène Durand", " "])
    assert [(m.text, m.known) for m in matches] == [
        ("Kevin Martin", True),
        ("MARTIN", True),
        ("Helene Durand", True),
    ]
    assert matches[0].initials == "K. M."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Entretien avec M. Jean Dupont ce jour.", "Jean Dupont"),
        ("Mme Lefèvre est venue.", "Lefèvre"),
        ("Appel de Madame Nguyen.", "Nguyen"),
        ("Monsieur Bernard Petit signale.", "Bernard Petit"),
        ("Elle parle de son fils Lucas.", "Lucas"),
        ("Elle parle de sa fille Léa, 8 ans.", "Léa"),
        ("Her son Tom came too.", "Tom"),
    ],
)
def test_heuristic_flags_capitalised_words_after_civility_or_relation(text: str, name: str) -> None:
    """A capitalised word after "M.", "Mme", "son fils"… is offered as a probable name."""
    [match] = find_other_names(text, [])
    assert match.text == name
    assert match.known is False
    assert text[match.start : match.end] == name


@pytest.mark.parametrize(
    "text",
    ["Mme X. est venue.", "Monsieur le Maire a écrit.", "son fils. Il va bien", "sa fille va bien"],
)
def test_heuristic_ignores_initials_and_lowercase_words(text: str) -> None:
    """Initials are already anonymised, and lowercase words are not names."""
    assert find_other_names(text, []) == []


def test_known_and_heuristic_matches_do_not_overlap() -> None:
    """A known name after "M." is reported once, as known."""
    [match] = find_other_names("Vu M. Jean Dupont.", ["Jean Dupont"])
    assert match.known is True


def test_name_can_be_replaced_by_its_initials() -> None:
    """The initials offered replace the name in the summary text."""
    text = "Entretien avec M. Jean Dupont ce jour."
    [match] = find_other_names(text, [])
    assert replace_term(text, match, match.initials) == "Entretien avec M. J. D. ce jour."


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Jean Dupont", "J. D."),
        ("Jean-Pierre de la Tour", "J.-P. T."),
        ("élodie martin", "É. M."),
        ("  ", ""),
    ],
)
def test_to_initials(name: str, initials: str) -> None:
    """Names become initials, particles dropped, compound first names kept hyphenated."""
    assert to_initials(name) == initials


def test_fold_removes_case_accents_and_ligatures() -> None:
    """Folding is what makes "Sœur Éloïse" and "soeur eloise" equal."""
    assert fold("Sœur Éloïse") == fold("soeur eloise") == "soeur eloise"


def test_default_lexicon_is_the_shipped_one_read_once(lexicon: Lexicon) -> None:
    """The cached default lexicon holds the same entries as a fresh read of the files."""
    assert default_lexicon() is default_lexicon()
    assert default_lexicon().entries == lexicon.entries
