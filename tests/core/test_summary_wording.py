"""Tests for app/core/summary_wording.py: flags in printed texts, changes to the summary only."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.core.caseload import Caseload
from app.core.outward import outward_reader
from app.core.selection import InterviewChoice, PersonLabel
from app.core.session import Session, stores
from app.core.summary_builder import build_summary
from app.core.summary_wording import (
    apply_replacement,
    known_names,
    summary_texts,
    wording_flags,
)
from app.core.wording import Lexicon, default_lexicon
from app.domain.errors import InvalidInput
from app.domain.ids import InterviewId
from app.domain.models import PersonDraft
from app.domain.summary import Frame, Summary
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


def test_flags_a_sensitive_term_with_its_neutral_alternative(
    caseload: Caseload, seeded: SeededPerson, lexicon: Lexicon
) -> None:
    """'violences conjugales' in a chosen fact is flagged with 'relations intrafamiliales'."""
    _, summary = sensitive_summary(caseload, seeded)
    flags = wording_flags(summary, lexicon, [])
    terms = [f for f in flags if not f.is_name]
    assert [(f.match.text, f.match.alternative) for f in terms] == [  # type: ignore[union-attr]
        ("violences conjugales", "relations intrafamiliales")
    ]
    assert terms[0].target == summary.facts[0].ref


def test_one_click_replaces_in_the_summary_and_the_note_is_unchanged(
    caseload: Caseload, seeded: SeededPerson, lexicon: Lexicon
) -> None:
    """Replacing a flagged term changes the summary; the note in the vault stays as written."""
    interview, summary = sensitive_summary(caseload, seeded)
    [flag] = [f for f in wording_flags(summary, lexicon, []) if not f.is_name]
    changed = apply_replacement(summary, flag.replacement("relations intrafamiliales"))
    assert "des relations intrafamiliales ;" in changed.facts[0].text
    assert "violences" not in changed.facts[0].text
    assert stores(caseload.session).interviews.get(interview).facts == SENSITIVE


def test_names_of_other_people_can_become_initials_or_go(
    caseload: Caseload, seeded: SeededPerson, lexicon: Lexicon
) -> None:
    """A name after 'son fils' is flagged; it can be replaced by initials or removed."""
    _, summary = sensitive_summary(caseload, seeded)
    [name] = [f for f in wording_flags(summary, lexicon, []) if f.is_name]
    assert name.match.text == "Léo Martin"
    assert name.match.initials == "L. M."
    with_initials = apply_replacement(summary, name.replacement(name.match.initials))
    assert "son fils L. M. était présent" in with_initials.facts[0].text
    removed = apply_replacement(summary, name.replacement(""))
    assert "son fils était présent" in removed.facts[0].text


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
    assert flag.is_name and flag.match.known  # type: ignore[union-attr]


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
    flag = wording_flags(summary, default_lexicon(), [])[0]
    once = apply_replacement(summary, flag.replacement("x"))
    with pytest.raises(InvalidInput):
        apply_replacement(once, flag.replacement("y"))
