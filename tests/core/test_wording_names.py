"""Names of other people in a text, and their initials."""

from __future__ import annotations

import pytest

from app.core.wording_names import find_other_names, to_initials


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
        ("Elle parle de sa fille Léa, 8 ans.", "Léa"),
        ("Her son Tom came too.", "Tom"),
    ],
)
def test_heuristic_flags_capitalised_words_after_civility_or_relation(text: str, name: str) -> None:
    """A capitalised word after "M.", "Mme", "sa fille"… is offered as a probable name."""
    [match] = find_other_names(text, [])
    assert (match.text, match.known) == (name, False)
    assert text[match.start : match.end] == name


@pytest.mark.parametrize("text", ["Mme X. est venue.", "Monsieur le Maire a écrit."])
def test_heuristic_ignores_initials_and_lowercase_words(text: str) -> None:
    """Initials are already anonymised, and lowercase words are not names."""
    assert find_other_names(text, []) == []


def test_known_and_heuristic_matches_do_not_overlap() -> None:
    """A known name after "M." is reported once, as known."""
    [match] = find_other_names("Vu M. Jean Dupont.", ["Jean Dupont"])
    assert match.known is True


@pytest.mark.parametrize(
    ("name", "initials"),
    [("Jean Dupont", "J. D."), ("Jean-Pierre de la Tour", "J.-P. T."), ("  ", "")],
)
def test_to_initials(name: str, initials: str) -> None:
    """Names become initials, particles dropped, compound first names kept hyphenated."""
    assert to_initials(name) == initials
