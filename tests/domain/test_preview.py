"""Tests for app/domain/preview.py: the line that stands for a note in lists."""

from __future__ import annotations

from app.domain.preview import PREVIEW_CHARS, facts_preview, is_heading


def test_headings_are_passed_over() -> None:
    """Template headings with nothing after the colon are not the preview."""
    text = "Motif de l'entretien\u00a0:\n\nDemande d'aide au loyer.\nSituation :\n"
    assert facts_preview(text) == "Demande d'aide au loyer."


def test_a_heading_with_an_answer_on_its_line_is_kept() -> None:
    """« Motif : loyer » says something, so it is the preview."""
    assert facts_preview("Motif : loyer impayé") == "Motif : loyer impayé"
    assert not is_heading("Motif : loyer impayé")


def test_empty_or_headings_only() -> None:
    """A note with nothing written yet has an empty preview."""
    assert facts_preview("") == ""
    assert facts_preview("Motif :\n\nSuite :\n") == ""


def test_preview_is_cut() -> None:
    """A long first line is cut to PREVIEW_CHARS characters."""
    assert len(facts_preview("é" * 500)) == PREVIEW_CHARS
