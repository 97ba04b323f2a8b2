"""Tests for app/core/consent.py: consent asked, never assumed; person-only frames."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.caseload import Caseload
from app.core.consent import asks_informed, check_selection, summary_informed
from app.core.selection import ConcernFields, InterviewChoice
from app.domain.errors import InvalidInput
from app.domain.summary import Frame, Informed
from tests.support.disclosure_data import SeededPerson, base_selection, seed_person


@pytest.fixture
def seeded(caseload: Caseload) -> SeededPerson:
    return seed_person(caseload)


@pytest.mark.parametrize("frame", [Frame.LIAISON, Frame.ATTESTATION, Frame.EMPLOYER])
def test_a_third_party_recipient_needs_an_explicit_answer(
    seeded: SeededPerson, frame: Frame
) -> None:
    """Without an answer on consent nothing is built for someone other than the person."""
    selection = base_selection(seeded, frame, informed=None)
    assert asks_informed(selection)
    with pytest.raises(InvalidInput, match="not the person"):
        check_selection(selection)


def test_the_person_copy_goes_only_to_the_person(seeded: SeededPerson) -> None:
    """A copy for the person sent to an HR manager is refused, even with an answer."""
    for informed in (None, Informed.AGREED):
        selection = base_selection(seeded, Frame.PERSON_COPY, informed=informed)
        with pytest.raises(InvalidInput):
            check_selection(selection)
    to_person = base_selection(seeded, Frame.PERSON_COPY, informed=None, to_person=True)
    check_selection(to_person)
    assert summary_informed(to_person) is Informed.IS_RECIPIENT


def test_not_informed_needs_a_reason_and_not_agreed_is_recorded_as_such(
    seeded: SeededPerson,
) -> None:
    """'Not informed' needs its reason; 'informed, not agreed' is kept as the worker said."""
    with pytest.raises(InvalidInput, match="why"):
        check_selection(base_selection(seeded, informed=Informed.NOT_INFORMED))
    selection = base_selection(seeded, informed=Informed.NOT_AGREED)
    check_selection(selection)
    assert summary_informed(selection) is Informed.NOT_AGREED


def test_an_employer_reply_says_nothing_about_the_person_without_agreement(
    seeded: SeededPerson,
) -> None:
    """Without agreement, an employer reply holds neither items nor the follow-up statement."""
    first = seeded.interviews[0]
    for change in (
        {"confirm_support": True},
        {"interviews": (InterviewChoice(first, (0,)),)},
    ):
        selection = base_selection(seeded, Frame.EMPLOYER, informed=Informed.NOT_AGREED, **change)
        with pytest.raises(InvalidInput, match="agreement"):
            check_selection(selection)
    check_selection(base_selection(seeded, Frame.EMPLOYER, informed=Informed.NOT_AGREED))
    check_selection(
        base_selection(seeded, Frame.EMPLOYER, informed=Informed.AGREED, confirm_support=True)
    )


@pytest.mark.parametrize("frame", [Frame.CONCERN, Frame.PROSECUTOR])
def test_child_protection_asks_about_the_parents_and_never_goes_to_the_person(
    seeded: SeededPerson, frame: Frame
) -> None:
    """A child-protection report needs the parents' answer, and cannot be sent to the person."""
    concern = ConcernFields("Léa Quellec, née le 3 mai 2015", danger_assessment="Danger grave")
    selection = base_selection(seeded, frame, informed=None, concern=concern)
    with pytest.raises(InvalidInput, match="parents"):
        check_selection(selection)
    with pytest.raises(InvalidInput, match="authority"):
        check_selection(dataclasses.replace(selection, informed=Informed.AGREED, to_person=True))
    check_selection(dataclasses.replace(selection, informed=Informed.AGREED))


def test_a_report_to_the_prosecutor_needs_the_assessment_of_the_danger(
    seeded: SeededPerson,
) -> None:
    """A signalement states the worker's assessment of the danger in its own section."""
    selection = base_selection(seeded, Frame.PROSECUTOR, concern=ConcernFields("Léa Quellec"))
    with pytest.raises(InvalidInput, match="danger"):
        check_selection(selection)


def test_everything_is_only_for_the_person_copy(seeded: SeededPerson) -> None:
    """The access-right option cannot be used to send everything to a partner."""
    with pytest.raises(InvalidInput, match="own copy"):
        check_selection(base_selection(seeded, everything=True))
