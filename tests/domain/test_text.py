"""Tests for app/domain/text.py: one paragraph splitter and the accent folds."""

from __future__ import annotations

import pytest

from app.domain.text import fold, fold_in_place, fold_mapped, paragraphs


def test_paragraphs_split_on_blank_lines_only() -> None:
    """Blank lines separate paragraphs; a single line break stays inside one; CRLF is read."""
    assert paragraphs("a\r\nb\r\n\r\n\r\nc  \n") == ("a\nb", "c")
    assert paragraphs(" \n\n") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\n\nb", ("a", "b")),
        ("a\nb\n\n\nc  \n", ("a\nb", "c")),
        ("\r\n\r\nx\r\ny\r\n\r\n", ("x\ny",)),
        ("", ()),
        ("  \n \n", ()),
        ("un\n \ndeux", ("un", "deux")),
    ],
)
def test_the_builder_and_the_documents_cut_paragraphs_with_this_one_splitter(
    text: str, expected: tuple[str, ...]
) -> None:
    """The wizard's paragraph refs and the printed paragraphs come from this one function."""
    from app.core import summary_builder
    from app.export import text as export_text

    assert summary_builder.paragraphs is paragraphs and export_text.paragraphs is paragraphs
    assert paragraphs(text) == expected


def test_fold_in_place_keeps_every_offset() -> None:
    """Each character folds to one: offsets found in the folded text hold in the original."""
    original = "Élodie l’Œuvre ‐ ÇA"
    folded = fold_in_place(original)
    assert len(folded) == len(original)
    assert folded == "elodie l'œuvre - ca"


def test_fold_mapped_expands_ligatures_and_maps_back() -> None:
    """ "Œ" folds to "oe" and both letters point back to it; accents are dropped."""
    folded, origin = fold_mapped("Cœur É")
    assert folded == "coeur e" == fold("Cœur É")
    assert origin == [0, 1, 1, 2, 3, 4, 5]
