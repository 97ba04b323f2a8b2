"""Tests for app/core/access_copy.py: everything Carnet holds about the person, no hypothesis."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.caseload import Caseload
from app.core.disclosure import export_summary
from app.core.outward import outward_reader
from app.core.register import RefusedRequest, record_refusal
from app.core.selection import InterviewChoice
from app.core.summary_builder import build_summary
from app.domain.summary import ExportFormat, Frame, Informed, Recipient
from app.export.text import summary_text
from app.export.writers import write_summary
from tests.support import draft
from tests.support.disclosure_data import (
    ADDENDUM_TEXT,
    FOLLOW_UP_TEXT,
    HYPOTHESIS_CANARY,
    PARAGRAPHS,
    base_selection,
    seed_person,
)


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """The writers need fonts, so an (offscreen) Qt application runs."""


def test_the_access_copy_lists_every_interview_and_every_recipient(
    caseload: Caseload, tmp_path: Path
) -> None:
    """Every interview (even an empty one), addenda, follow-ups and earlier recipients; no
    hypothesis, no refused request."""
    session = caseload.session
    seeded = seed_person(caseload)
    empty = caseload.add_interview(seeded.person_id, draft(date(2026, 5, 2)))
    liaison = base_selection(seeded, interviews=(InterviewChoice(seeded.interviews[0], (0,)),))
    summary = build_summary(outward_reader(session), liaison)
    export_summary(session, liaison, summary, ExportFormat.TXT, tmp_path / "l.txt", write_summary)
    record_refusal(session, seeded.person_id, RefusedRequest("DRH Exemple", "Nouvelles"))
    selection = base_selection(
        seeded,
        Frame.PERSON_COPY,
        recipient=Recipient("Mme Quellec"),
        informed=None,
        to_person=True,
        everything=True,
    )
    copy = build_summary(outward_reader(session), selection)
    assert copy.complete and copy.informed is Informed.IS_RECIPIENT
    assert [e.ref for e in copy.interviews] == [
        f"interview:{seeded.interviews[0]}",
        f"interview:{seeded.interviews[1]}",
        f"interview:{empty}",
    ]
    assert [t.recipient for t in copy.transmissions] == [
        "Dr Claire Martin, médecin du travail, SIST Paris"
    ]
    text = summary_text(copy)
    for paragraph in (*PARAGRAPHS[0], *PARAGRAPHS[1], ADDENDUM_TEXT, FOLLOW_UP_TEXT):
        assert paragraph in text
    assert "Working notes" in text and "DRH Exemple" not in text
    assert HYPOTHESIS_CANARY not in text and HYPOTHESIS_CANARY not in repr(copy)
