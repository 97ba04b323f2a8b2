"""Tests for app/core/register_items.py: register items and persons in the worker's words."""

from __future__ import annotations

from datetime import date

from app.core import retention
from app.core.caseload import Caseload
from app.core.register import RegisterFilter, register_entries
from app.core.register_items import ItemKind, describe_item, person_mentions
from app.core.selection import paragraph_ref
from app.core.session import Session, stores
from app.domain.ids import DisclosureId, PersonId
from app.domain.models import Disclosure, PersonDraft
from app.storage.codec import now_utc
from tests.support import draft

HELD_ON = date(2026, 3, 12)


def _record(session: Session, person: PersonId, refs: tuple[str, ...]) -> None:
    stores(session).disclosures.record(
        Disclosure(
            DisclosureId(0),
            now_utc(),
            person,
            "CCAS",
            "liaison",
            "aide",
            "yes",
            "",
            refs,
            "pdf",
            "ab" * 32,
            None,
        )
    )


def test_a_paragraph_ref_reads_as_the_interview_and_its_paragraph(
    session: Session, caseload: Caseload
) -> None:
    """`interview:N#p1` is the interview held on 12/03/2026, paragraph 1."""
    person = caseload.add_person(PersonDraft("Mme Registre"))
    interview = caseload.add_interview(person, draft(HELD_ON), "Premier paragraphe.")
    label = describe_item(session, paragraph_ref(interview, 0))
    assert (label.kind, label.day, label.number, label.erased) == (
        ItemKind.INTERVIEW, HELD_ON, 1, False)  # fmt: skip


def test_an_erased_person_is_named_by_the_day_of_erasure_never_by_a_newcomer(
    session: Session, caseload: Caseload
) -> None:
    """After a purge, the entry says "erased on <day>", its items read as erased, and the
    next person created gets a new id and an empty register."""
    person = caseload.add_person(PersonDraft("Mme Partie"))
    interview = caseload.add_interview(person, draft(HELD_ON), "Faits.")
    _record(session, person, (paragraph_ref(interview, 0),))
    retention.purge(session, [person], "Demande", retention.PurgeKind.REQUEST)
    newcomer = caseload.add_person(PersonDraft("M. Nouveau"))
    assert newcomer != person
    assert caseload.add_interview(newcomer, draft(HELD_ON), "Autre.") != interview
    assert register_entries(session, RegisterFilter(person_id=newcomer)) == []
    entries = register_entries(session, RegisterFilter(person_id=person))
    mention = person_mentions(session, entries)[person]
    assert mention.alias == "" and mention.erased_on == now_utc().date()
    refs = next(e for e in entries if e.item_refs).item_refs
    assert describe_item(session, refs[0]).erased


def test_details_and_unknown_refs(session: Session, caseload: Caseload) -> None:
    """Person details read as their field; an unknown ref is "other", never an error."""
    person = caseload.add_person(PersonDraft("Mme Détail"))
    assert describe_item(session, f"person:{person}#organisation").detail == "organisation"
    assert describe_item(session, f"person:{person}#details:2").number == 2
    assert describe_item(session, "fact:1").kind is ItemKind.OTHER
