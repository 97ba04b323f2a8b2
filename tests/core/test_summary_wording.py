"""Tests for app/core/summary_wording.py: flags in printed texts, changes to the summary only."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.core.caseload import Caseload
from app.core.outward import outward_reader
from app.core.selection import ConcernFields, InterviewChoice, PersonLabel, paragraph_ref
from app.core.session import Session, stores
from app.core.summary_builder import build_summary
from app.core.summary_wording import (
    apply_replacement,
    known_names,
    leaving_out,
    retyping,
    summary_texts,
    wording_flags,
)
from app.core.wording import Lexicon, default_lexicon
from app.domain.errors import InvalidInput
from app.domain.ids import InterviewId
from app.domain.models import PersonDraft
from app.domain.summary import FactSource, Frame, Summary
from tests.support import draft
from tests.support.disclosure_data import (
    ALIAS,
    OTHER_ALIAS,
    SeededPerson,
    base_selection,
    seed_person,
)

SENSITIVE = "Elle évoque des violences conjugales ; son fils Léo Martin était présent."


@pytest.fixture
def seeded(caseload: Caseload) -> SeededPerson:
    return seed_person(caseload)


@pytest.fixture
def lexicon() -> Lexicon:
    return default_lexicon()


def sensitive_summary(
    caseload: Caseload, seeded: SeededPerson, frame: Frame = Frame.LIAISON
) -> tuple[InterviewId, Summary]:
    """A summary holding one chosen fact with a sensitive term and a child's name."""
    interview = caseload.add_interview(seeded.person_id, draft(date(2026, 4, 1)), SENSITIVE)
    selection = base_selection(seeded, frame, interviews=(InterviewChoice(interview, (0,)),))
    return interview, build_summary(outward_reader(caseload.session), selection)


def test_a_sensitive_term_is_asked_about_with_no_milder_word(
    caseload: Caseload, seeded: SeededPerson, lexicon: Lexicon
) -> None:
    """'violences conjugales' in a chosen fact raises a question; no word is offered."""
    _, summary = sensitive_summary(caseload, seeded)
    terms = [f for f in wording_flags(summary, lexicon, []) if not f.is_name]
    assert [(f.finding.text, f.finding.replacement) for f in terms] == [
        ("violences conjugales", None)
    ]
    assert terms[0].target == summary.facts[0].ref
    assert terms[0].can_omit and terms[0].is_item


def test_attribution_changes_the_summary_and_the_note_is_unchanged(
    caseload: Caseload, seeded: SeededPerson, lexicon: Lexicon
) -> None:
    """Attributing a sentence changes the summary only, with every word of it kept."""
    interview = caseload.add_interview(
        seeded.person_id, draft(date(2026, 4, 2)), "Il a reçu des menaces de mort. Suivi."
    )
    selection = base_selection(seeded, interviews=(InterviewChoice(interview, (0,)),))
    summary = build_summary(outward_reader(caseload.session), selection)
    [flag] = wording_flags(summary, lexicon, [])
    text = summary.facts[0].text
    changed = apply_replacement(summary, flag.attribution(text, "La personne indique que"))
    assert changed.facts[0].text == "La personne indique qu'il a reçu des menaces de mort. Suivi."
    assert (
        stores(caseload.session).interviews.get(interview).facts
        == "Il a reçu des menaces de mort. Suivi."
    )


def test_names_of_other_people_can_become_initials(
    caseload: Caseload, seeded: SeededPerson, lexicon: Lexicon
) -> None:
    """A name after 'son fils' is flagged; its initials are the one word swap offered."""
    _, summary = sensitive_summary(caseload, seeded)
    [name] = [f for f in wording_flags(summary, lexicon, []) if f.is_name]
    assert (name.finding.text, name.finding.replacement) == ("Léo Martin", "L. M.")
    with_initials = apply_replacement(summary, name.initials())
    assert "son fils L. M. était présent" in with_initials.facts[0].text


def test_a_paragraph_left_out_or_retyped_changes_the_summary_only(
    caseload: Caseload, seeded: SeededPerson
) -> None:
    """Leaving out drops the item; retyping puts the worker's words; the note stays."""
    interview, summary = sensitive_summary(caseload, seeded)
    ref = summary.facts[0].ref
    assert apply_replacement(summary, leaving_out(summary, ref)).facts == ()
    retyped = apply_replacement(summary, retyping(summary, ref, "  Elle décrit un conflit.  "))
    assert retyped.facts[0].text == "Elle décrit un conflit."
    assert stores(caseload.session).interviews.get(interview).facts == SENSITIVE
    with pytest.raises(InvalidInput):
        retyping(summary, ref, "   ")
    with pytest.raises(InvalidInput):
        leaving_out(summary, "purpose")


def test_a_reported_fact_in_a_concern_report_asks_who_said_it(
    caseload: Caseload, seeded: SeededPerson, lexicon: Lexicon
) -> None:
    """A paragraph marked reported, with nobody saying it, is offered attribution."""
    interview = caseload.add_interview(
        seeded.person_id, draft(date(2026, 4, 3)), "L'enfant dort dans la voiture."
    )
    ref = paragraph_ref(interview, 0)
    selection = base_selection(
        seeded,
        Frame.CONCERN,
        interviews=(InterviewChoice(interview, (0,)),),
        sources={ref: FactSource.REPORTED},
        concern=ConcernFields(minor_identity="L., 6 ans"),
    )
    summary = build_summary(outward_reader(caseload.session), selection)
    flags = [f for f in wording_flags(summary, lexicon, []) if f.target == ref]
    assert [f.finding.category for f in flags] == ["reported-speech"]


def test_known_names_are_the_other_persons_and_self_when_initials(
    session: Session, seeded: SeededPerson
) -> None:
    """Other persons' aliases are flagged; the person's own only when shown by initials."""
    assert known_names(session, seeded.person_id, PersonLabel.ALIAS) == [OTHER_ALIAS]
    assert sorted(known_names(session, seeded.person_id, PersonLabel.INITIALS)) == sorted(
        [ALIAS, OTHER_ALIAS]
    )


def test_another_persons_alias_in_a_fact_is_flagged_as_known(
    caseload: Caseload, seeded: SeededPerson, lexicon: Lexicon
) -> None:
    """A person of the caseload named in a chosen fact is flagged as a known name."""
    caseload.add_person(PersonDraft("Ophélie Varnier"))
    interview = caseload.add_interview(
        seeded.person_id, draft(date(2026, 4, 2)), "Rencontre avec Ophélie Varnier au CCAS."
    )
    selection = base_selection(seeded, interviews=(InterviewChoice(interview, (0,)),))
    summary = build_summary(outward_reader(caseload.session), selection)
    names = known_names(caseload.session, seeded.person_id, PersonLabel.ALIAS)
    [flag] = wording_flags(summary, lexicon, names)
    assert flag.is_name and flag.finding.category == "name"


def test_only_texts_the_frame_prints_are_checked(
    caseload: Caseload, seeded: SeededPerson, lexicon: Lexicon
) -> None:
    """A coordination notice does not print the purpose, so the purpose is not flagged."""
    selection = base_selection(
        seeded,
        Frame.COORDINATION,
        purpose="Suspicion de violences conjugales",
        coordination=dataclasses.replace(base_selection(seeded).coordination, parties="CCAS"),
    )
    summary = build_summary(outward_reader(caseload.session), selection)
    assert [target for target, _ in summary_texts(summary)] == ["coordination_parties"]
    assert wording_flags(summary, lexicon, []) == []


def test_a_change_to_text_that_moved_is_refused(caseload: Caseload, seeded: SeededPerson) -> None:
    """Applying a change whose words are not where it says raises InvalidInput."""
    _, summary = sensitive_summary(caseload, seeded)
    flag = next(f for f in wording_flags(summary, default_lexicon(), []) if f.is_name)
    once = apply_replacement(summary, flag.initials())
    with pytest.raises(InvalidInput):
        apply_replacement(once, flag.initials())
