"""Tests for app/domain/paragraphs.py: blank lines and template headings cut paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.paragraphs import is_heading, split_paragraphs

FRENCH_TEMPLATE = (
    "Motif de l’entretien\u00a0:\n\n"
    "Situation décrite par la personne\u00a0:\n\n"
    "Ce que la personne demande\u00a0:\n\n"
    "Prochaines étapes\u00a0:\n"
)


def answered(template: str, answers: list[str]) -> str:
    """The template with one answer typed on the blank line under each heading."""
    headings = [line for line in template.splitlines() if line.strip()]
    return "\n".join(f"{h}\n{a}" for h, a in zip(headings, answers, strict=True)) + "\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Motif de l’entretien\u00a0:", True), ("Next steps:", True), ("Motif :", True),
     ("Il est venu seul.", False), ("- loyer : 450 €", False), ("12 h :", False),
     ("Elle dit qu'elle paiera. Le bailleur a répondu :", False), ("x" * 70 + ":", False),
     ("", False)],
)  # fmt: skip
def test_what_reads_as_a_heading(line: str, expected: bool) -> None:
    """Short lines ending with a colon are headings; sentences, list items and times are not."""
    assert is_heading(line) is expected


def test_answers_typed_under_each_heading_keep_the_sections_apart() -> None:
    """Typing on the blank line under a heading does not merge it with the next section."""
    text = answered(FRENCH_TEMPLATE, ["Loyer impayé.", "Elle vit seule.", "Une aide.", "RDV."])
    assert split_paragraphs(text) == (
        "Motif de l’entretien\u00a0:\nLoyer impayé.",
        "Situation décrite par la personne\u00a0:\nElle vit seule.",
        "Ce que la personne demande\u00a0:\nUne aide.",
        "Prochaines étapes\u00a0:\nRDV.",
    )


def test_blank_lines_still_cut_and_single_breaks_stay() -> None:
    """Without headings, the old rule holds: blank lines cut, single line breaks stay."""
    assert split_paragraphs("a\nb\n\n\nc  \n") == ("a\nb", "c")
    assert split_paragraphs("\r\n\r\nx\r\ny\r\n") == ("x\ny",)
    assert split_paragraphs("  \n \n") == ()


@given(st.lists(st.sampled_from(["Motif :", "texte", "", "  ", "Suite.", "a : b"]), max_size=12))
def test_splitting_loses_no_written_line(lines: list[str]) -> None:
    """Every non-blank line ends up in exactly one paragraph, in order, none of them empty."""
    text = "\n".join(lines)
    parts = split_paragraphs(text)
    assert all(part.strip() for part in parts)
    kept = [line for part in parts for line in part.split("\n")]
    assert kept == [line.rstrip() for line in lines if line.strip()]
