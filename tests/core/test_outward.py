"""Tests for app/core/outward.py: the narrow reader cannot name hypotheses nor drafts."""

from __future__ import annotations

import inspect
import typing
from datetime import date

from app.core import outward
from app.core.caseload import Caseload
from app.core.handover import build_handover, everything
from app.core.outward import OutwardReader, outward_reader
from app.core.summary_builder import person_items
from app.domain import models
from tests.support.disclosure_data import ADDENDUM_TEXT, HYPOTHESIS_CANARY, seed_person


def test_no_member_or_type_of_the_reader_leads_to_hypotheses() -> None:
    """No attribute, method or return type of the reader names a hypothesis."""
    names = [n for n in dir(OutwardReader) if not n.startswith("__")]
    assert not [n for n in names if "hypoth" in n.lower()]
    for name, member in inspect.getmembers(OutwardReader, inspect.isfunction):
        if name == "__init__":
            continue  # takes the four stores, named in TYPE_CHECKING imports
        hints = typing.get_type_hints(member, vars(outward) | vars(models))
        assert models.Hypothesis not in hints.values(), name
        assert "Hypothesis" not in repr(hints), name
    assert set(OutwardReader.__slots__) == {
        "_persons",
        "_interviews",
        "_follow_ups",
        "_disclosures",
    }


def test_the_reader_gives_facts_follow_ups_and_register_but_no_hypothesis(
    caseload: Caseload,
) -> None:
    """Everything the reader returns for a person holds their facts and never a hypothesis."""
    seeded = seed_person(caseload)
    reader = outward_reader(caseload.session)
    everything = repr(
        (
            reader.person(seeded.person_id),
            reader.interviews(seeded.person_id),
            reader.follow_ups(seeded.person_id),
            reader.register(seeded.person_id),
        )
    )
    assert "bail" in everything and HYPOTHESIS_CANARY not in everything
    assert [i.id for i in reader.interviews(seeded.person_id)] == list(reversed(seeded.interviews))


def test_an_addendum_being_written_reaches_no_outward_path(caseload: Caseload) -> None:
    """A draft addendum is in no reader result, export item or handover until it is final."""
    seeded = seed_person(caseload)
    finalised = seeded.interviews[0]
    caseload.save_draft_addendum(finalised, "brouilloncanari pas encore relu")
    reader = outward_reader(caseload.session)
    choice = everything(reader, seeded.person_id)
    outward_views = repr(
        (
            reader.interviews(seeded.person_id),
            reader.interview(finalised),
            person_items(reader, seeded.person_id),
            build_handover(reader, [choice], "Moi", "Collègue", date(2026, 4, 1)),
        )
    )
    assert ADDENDUM_TEXT in outward_views and "brouilloncanari" not in outward_views
    caseload.add_addendum(finalised, caseload.draft_addendum(finalised))
    assert "brouilloncanari" in repr(person_items(reader, seeded.person_id))
