"""Tests for app/core/caseload.py: the rules of the use cases, and text that comes back intact."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.core import retention
from app.core.caseload import (
    MAX_ALIAS,
    MAX_TEXT,
    Caseload,
    clean_alias,
    years_before,
)
from app.core.session import Session, database, stores
from app.domain.errors import CarnetError, InvalidInput, NoteFinalised, NotFound
from app.domain.ids import InterviewId, PersonId
from app.domain.models import FactsStatus, InterviewDraft, PersonDraft
from tests.support import draft

TODAY = date(2025, 6, 15)


@pytest.fixture
def person(caseload: Caseload) -> PersonId:
    """One person in the caseload."""
    return caseload.add_person(PersonDraft("Mme Règles"))


# Persons ------------------------------------------------------------------------


def test_alias_is_required_and_trimmed(caseload: Caseload, session: Session) -> None:
    """An alias is trimmed and inner whitespace collapsed; a blank alias is refused."""
    pid = caseload.add_person(PersonDraft("  Mme \t Dupont\n "))
    assert stores(session).persons.get(pid).alias == "Mme Dupont"
    for blank in ("", "   ", "\n\t"):
        with pytest.raises(InvalidInput):
            caseload.add_person(PersonDraft(blank))
    with pytest.raises(InvalidInput):
        caseload.update_person(pid, PersonDraft(" "))
    assert stores(session).persons.get(pid).alias == "Mme Dupont"


def test_alias_length_limit(caseload: Caseload) -> None:
    """An alias of MAX_ALIAS characters is accepted, one more is refused."""
    caseload.add_person(PersonDraft("a" * MAX_ALIAS))
    with pytest.raises(InvalidInput):
        caseload.add_person(PersonDraft("a" * (MAX_ALIAS + 1)))


def test_case_cannot_close_before_it_opens(caseload: Caseload) -> None:
    """A closing date before the opening date is refused."""
    with pytest.raises(InvalidInput):
        caseload.add_person(
            PersonDraft("M. Dates", case_opened=TODAY, case_closed=TODAY - timedelta(1))
        )


def test_close_case_destroys_hypotheses(
    caseload: Caseload, session: Session, person: PersonId
) -> None:
    """The one close-case (retention) sets the date and deletes every hypothesis."""
    caseload.add_hypothesis(person, "qzclosecanari une", TODAY)
    caseload.add_hypothesis(person, "deux", TODAY)
    assert retention.close_case(session, person, TODAY, destroy_hypotheses=True) == 2
    assert stores(session).persons.get(person).case_closed == TODAY
    assert stores(session).hypotheses.for_person(person) == []
    assert caseload.search("qzclosecanari", include_hypotheses=True) == []


def test_close_case_can_keep_hypotheses(
    caseload: Caseload, session: Session, person: PersonId
) -> None:
    """destroy_hypotheses=False keeps them (the worker may still purge later)."""
    caseload.add_hypothesis(person, "gardée", TODAY)
    assert retention.close_case(session, person, TODAY, destroy_hypotheses=False) == 0
    assert len(stores(session).hypotheses.for_person(person)) == 1


# Retention ----------------------------------------------------------------------


def test_retention_flags_contact_older_than_two_years(caseload: Caseload) -> None:
    """Past term: last contact more than 2 years ago; exactly 2 years or less is not."""
    ages = {
        "ancien": years_before(TODAY, 2) - timedelta(days=1),
        "limite": years_before(TODAY, 2),
        "récent": TODAY - timedelta(days=300),
    }
    for alias, held in ages.items():
        pid = caseload.add_person(PersonDraft(alias))
        caseload.add_interview(pid, draft(held))
    caseload.add_person(PersonDraft("sans entretien"))  # counted from its creation: today
    assert [r.alias for r in caseload.past_term(TODAY)] == ["ancien"]


def test_retention_uses_the_latest_contact(caseload: Caseload) -> None:
    """One recent interview is enough to keep an old file within its term."""
    pid = caseload.add_person(PersonDraft("revenu"))
    caseload.add_interview(pid, draft(TODAY - timedelta(days=3 * 365)))
    caseload.add_interview(pid, draft(TODAY - timedelta(days=10)))
    assert caseload.past_term(TODAY) == []


def test_retention_term_setting(caseload: Caseload) -> None:
    """The term defaults to 2 years, can be set from 1 to 50, and is refused outside."""
    assert caseload.retention_years() == 2
    pid = caseload.add_person(PersonDraft("un an et demi"))
    caseload.add_interview(pid, draft(TODAY - timedelta(days=550)))
    assert caseload.past_term(TODAY) == []
    caseload.set_retention_years(1)
    assert caseload.retention_years() == 1
    assert [r.id for r in caseload.past_term(TODAY)] == [pid]
    for bad in (0, 51, -1):
        with pytest.raises(InvalidInput):
            caseload.set_retention_years(bad)


def test_years_before_handles_29_february() -> None:
    """Two years before 29 February is 28 February."""
    assert years_before(date(2024, 2, 29), 2) == date(2022, 2, 28)
    assert years_before(date(2024, 2, 29), 4) == date(2020, 2, 29)


# Facts, addenda, follow-ups ----------------------------------------------------------


def test_finalised_facts_refuse_save_accept_addenda(
    caseload: Caseload, session: Session, person: PersonId
) -> None:
    """Once finalised, save_facts raises NoteFinalised; addenda are dated, the original kept."""
    iid = caseload.add_interview(person, draft(), "Texte original")
    caseload.save_facts(iid, "Texte original, corrigé avant validation")
    caseload.finalise(iid)
    with pytest.raises(NoteFinalised):
        caseload.save_facts(iid, "Réécriture")
    caseload.add_addendum(iid, "Première précision")
    caseload.add_addendum(iid, "Seconde précision")
    got = stores(session).interviews.get(iid)
    assert got.facts == "Texte original, corrigé avant validation"
    assert got.status is FactsStatus.FINALISED
    assert [a.text for a in got.addenda] == ["Première précision", "Seconde précision"]
    assert all(a.created_at.tzinfo is not None for a in got.addenda)
    assert got.finalised_at is not None
    assert all(a.created_at >= got.finalised_at for a in got.addenda)


def test_an_addendum_being_written_is_saved_apart_until_made_final(
    caseload: Caseload, session: Session, person: PersonId
) -> None:
    """The draft is kept as typed (latest text wins), is no addendum, and goes once final."""
    iid = caseload.add_interview(person, draft(), "Texte original")
    caseload.finalise(iid)
    assert caseload.draft_addendum(iid) == ""
    caseload.save_draft_addendum(iid, "Le courrier")
    caseload.save_draft_addendum(iid, "Le courrier date du 3 mars.")
    assert caseload.draft_addendum(iid) == "Le courrier date du 3 mars."
    assert stores(session).interviews.get(iid).addenda == ()
    caseload.add_addendum(iid, caseload.draft_addendum(iid))
    assert [a.text for a in stores(session).interviews.get(iid).addenda] == [
        "Le courrier date du 3 mars."
    ]
    assert caseload.draft_addendum(iid) == ""


def test_an_emptied_draft_addendum_is_dropped(caseload: Caseload, person: PersonId) -> None:
    """Saving a blank draft (the worker erased it, or cancelled) removes it."""
    iid = caseload.add_interview(person, draft())
    caseload.save_draft_addendum(iid, "Une précision")
    caseload.save_draft_addendum(iid, " \n ")
    assert caseload.draft_addendum(iid) == ""
    with pytest.raises(NotFound):
        caseload.save_draft_addendum(InterviewId(iid + 100), "Ailleurs")


def test_closing_a_case_keeps_the_draft_addendum_and_a_purge_erases_it(
    caseload: Caseload, session: Session, person: PersonId
) -> None:
    """Like the facts, the addendum being written stays when the case closes; a purge erases it."""
    iid = caseload.add_interview(person, draft(), "Faits")
    caseload.finalise(iid)
    caseload.save_draft_addendum(iid, "qzdraftcanari en cours")
    retention.close_case(session, person, TODAY)
    assert caseload.draft_addendum(iid) == "qzdraftcanari en cours"
    retention.purge(session, [person], "Demande", retention.PurgeKind.REQUEST)
    assert database(session).scalar("SELECT count(*) FROM addendum_drafts") == 0
    with pytest.raises(NotFound):  # the interview itself is gone
        caseload.save_draft_addendum(iid, "après")


def test_empty_addendum_and_follow_up_refused(caseload: Caseload, person: PersonId) -> None:
    """A blank addendum or follow-up is refused."""
    iid = caseload.add_interview(person, draft())
    with pytest.raises(InvalidInput):
        caseload.add_addendum(iid, "  \n")
    with pytest.raises(InvalidInput):
        caseload.add_follow_up(person, " ", None)


def test_duration_bounds(caseload: Caseload, person: PersonId) -> None:
    """A duration must be between 0 and 24 hours."""
    caseload.add_interview(person, InterviewDraft(TODAY, duration_min=0))
    caseload.add_interview(person, InterviewDraft(TODAY, duration_min=1440))
    for bad in (-1, 1441):
        with pytest.raises(InvalidInput):
            caseload.add_interview(person, InterviewDraft(TODAY, duration_min=bad))


def test_search_limit_is_clamped(caseload: Caseload, person: PersonId) -> None:
    """A zero or huge limit is clamped instead of failing."""
    caseload.add_interview(person, draft(), "mot commun")
    assert len(caseload.search("commun", limit=0)) == 1
    assert len(caseload.search("commun", limit=10**9)) == 1


# Text round trips ------------------------------------------------------------------

SPECIALS = [
    "\x00",
    "\u200f",
    "\u200e",
    "\u202e",
    "\u2066",
    "\u0301",
    "\u0327",
    "e\u0301",
    "🦜",
    "👩‍👩‍👧",
    "🏳️‍⚧️",
    "中文",
    "مرحبا",
    "\ufeff",
    "\r\n",
    "\u2028",
    "\t",
    "\x7f",
    "\U0010fffd",
    "'",
    '"',
    "%",
    "\\",
    ";--",
]
# Any code point but lone surrogates, mixed with the pieces most likely to break things.
TEXT = st.lists(
    st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(SPECIALS)),
    max_size=150,
).map("".join)
ROUND_TRIP = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _round_trip(caseload: Caseload, text: str) -> dict[str, str]:
    """Write `text` into every free-text field and read each one back."""
    session = caseload.session
    pid = caseload.add_person(PersonDraft("Aller-retour", text, text))
    iid = caseload.add_interview(pid, draft(), text)
    saved = caseload.add_interview(pid, draft(), "brouillon")
    caseload.save_facts(saved, text)
    hid = caseload.add_hypothesis(pid, text, TODAY)
    rewritten = caseload.add_hypothesis(pid, "avant", TODAY)
    caseload.save_hypothesis(rewritten, text)
    person = stores(session).persons.get(pid)
    back = {
        "organisation": person.organisation,
        "details": person.details,
        "facts": stores(session).interviews.get(iid).facts,
        "saved facts": stores(session).interviews.get(saved).facts,
        "hypothesis": stores(session).hypotheses.get(hid).text,
        "saved hypothesis": stores(session).hypotheses.get(rewritten).text,
    }
    if text.strip():  # addenda and follow-ups must not be blank
        caseload.finalise(iid)
        caseload.add_addendum(iid, text)
        back["addendum"] = stores(session).interviews.get(iid).addenda[0].text
        fid = caseload.add_follow_up(pid, text, None)
        back["follow-up"] = stores(session).follow_ups.get(fid).text
    return back


@ROUND_TRIP
@given(text=TEXT)
@example(text="\x00début\x00fin\x00")
@example(text="\u202eشسیب\u202c mixed ‏RTL‎ marks")
@example(text="e\u0301 vs \u00e9, a\u0308\u0301 stacked")
@example(text="🦜👩‍👩‍👧🏳️‍⚧️ emoji sequences")
def test_text_fields_round_trip(caseload: Caseload, text: str) -> None:
    """NUL, RTL marks, emoji, combining marks… come back exactly as written, in every field."""
    back = _round_trip(caseload, text)
    assert back == dict.fromkeys(back, text)


def _expected_alias(alias: str) -> str:
    """What an alias should become: words split on whitespace, control characters dropped."""
    words = ("".join(c for c in w if unicodedata.category(c) != "Cc") for w in alias.split())
    return " ".join(w for w in words if w)


@ROUND_TRIP
@given(alias=TEXT.filter(lambda t: len(t) <= MAX_ALIAS))
@example(alias="Zoé \x00 Brûlé \u200f🦜")
@example(alias="\x00")
@example(alias="\x00Zoé")
def test_alias_round_trip(caseload: Caseload, session: Session, alias: str) -> None:
    """An alias comes back cleaned (trimmed, collapsed, no control chars); blank is InvalidInput."""
    expected = _expected_alias(alias)
    if not expected:
        with pytest.raises(InvalidInput):
            caseload.add_person(PersonDraft(alias))
        return
    pid = caseload.add_person(PersonDraft(alias))
    assert stores(session).persons.get(pid).alias == clean_alias(alias) == expected


def test_one_megabyte_round_trip(caseload: Caseload) -> None:
    """A 1 MB string of mixed scripts comes back equal from every text field."""
    unit = "Zoé\x00e\u0301🦜中文\u200fمرحبا\r\n"
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    back = _round_trip(caseload, text)
    assert len(back) == 8
    assert all(value == text for value in back.values())


def test_oversized_text_is_refused_everywhere(caseload: Caseload, session: Session) -> None:
    """Text over MAX_TEXT characters is InvalidInput in every field, and nothing is saved."""
    huge = "x" * (MAX_TEXT + 1)
    pid = caseload.add_person(PersonDraft("Limites"))
    iid = caseload.add_interview(pid, draft(), "court")
    hid = caseload.add_hypothesis(pid, "court", TODAY)
    attempts: dict[str, Callable[[], object]] = {
        "organisation": lambda: caseload.add_person(PersonDraft("A", organisation=huge)),
        "details": lambda: caseload.add_person(PersonDraft("A", details=huge)),
        "update organisation": lambda: caseload.update_person(pid, PersonDraft("A", huge)),
        "update details": lambda: caseload.update_person(pid, PersonDraft("A", details=huge)),
        "facts on add": lambda: caseload.add_interview(pid, draft(), huge),
        "facts on save": lambda: caseload.save_facts(iid, huge),
        "addendum": lambda: caseload.add_addendum(iid, huge),
        "hypothesis on add": lambda: caseload.add_hypothesis(pid, huge, TODAY),
        "hypothesis on save": lambda: caseload.save_hypothesis(hid, huge),
        "follow-up": lambda: caseload.add_follow_up(pid, huge, None),
    }
    accepted = []
    for name, attempt in attempts.items():
        try:
            attempt()
        except InvalidInput:
            continue
        except CarnetError:
            pass
        accepted.append(name)
    assert accepted == []
    counts = session.counts()
    assert (counts.persons, counts.interviews, counts.hypotheses, counts.follow_ups) == (1, 1, 1, 0)
    assert stores(session).interviews.get(iid).facts == "court"
    caseload.add_interview(pid, draft(), "y" * MAX_TEXT)  # exactly the limit is fine
