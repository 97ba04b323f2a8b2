"""Tests for app/storage/search.py: safe queries; facts and addenda; hypotheses only on request."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.session import Session, stores
from app.domain.ids import PersonId
from app.domain.models import HIGHLIGHT_END, HIGHLIGHT_START, PersonDraft
from app.storage.search import MAX_TERMS, fts_query
from tests.support import draft


@pytest.fixture
def two_people(session: Session) -> tuple[PersonId, PersonId]:
    """Two persons with facts, an addendum and a hypothesis that share some words."""
    first = stores(session).persons.add(PersonDraft("Mme Logement"))
    second = stores(session).persons.add(PersonDraft("M. Budget"))
    i1 = stores(session).interviews.add(
        first, draft(date(2024, 1, 5)), "Expulsion locative évoquée"
    )
    stores(session).interviews.add(second, draft(date(2024, 1, 6)), "Surendettement et expulsion")
    stores(session).interviews.finalise(i1)
    stores(session).interviews.add_addendum(i1, "Le bailleur accepte un échéancier")
    stores(session).hypotheses.add(first, "Emprise possible du conjoint", date(2024, 1, 5), i1)
    return first, second


def test_fts_query_quotes_every_term() -> None:
    """User text becomes quoted terms; FTS operators and quotes lose their meaning."""
    assert fts_query('logement OR "budget" NEAR(a b)') == (
        '"logement" "OR" "budget" "NEAR" "a" "b"'
    )
    assert fts_query("loge*") == '"loge"*'
    assert fts_query("loge", prefix_last=True) == '"loge"*'
    assert fts_query("   ") == ""
    assert fts_query(" ".join(f"w{i}" for i in range(40))).count('"') == 2 * MAX_TERMS


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=40))
def test_any_typed_text_is_a_valid_query(session: Session, text: str) -> None:
    """Whatever the worker types, search returns a list instead of an FTS syntax error."""
    assert isinstance(stores(session).search_index.search(text, prefix_last=True), list)


def test_facts_and_addenda_found(session: Session, two_people: tuple[PersonId, PersonId]) -> None:
    """A word in the facts or in an addendum is found, accents or not, with a highlight."""
    first, second = two_people
    hits = stores(session).search_index.search("expulsion")
    assert {h.person_id for h in hits} == {first, second}
    assert all(HIGHLIGHT_START in h.snippet and HIGHLIGHT_END in h.snippet for h in hits)
    assert [h.person_id for h in stores(session).search_index.search("echeancier")] == [first]
    assert [h.person_id for h in stores(session).search_index.search("évoq", prefix_last=True)] == [
        first
    ]


def test_hypotheses_only_when_asked(
    session: Session, two_people: tuple[PersonId, PersonId]
) -> None:
    """A hypothesis word is invisible to the ordinary search, found only with include_hypotheses."""
    first, _ = two_people
    assert stores(session).search_index.search("emprise") == []
    hits = stores(session).search_index.search("emprise", include_hypotheses=True)
    assert [(h.person_id, h.is_hypothesis) for h in hits] == [(first, True)]
    assert hits[0].hypothesis_id is not None


def test_person_filter(session: Session, two_people: tuple[PersonId, PersonId]) -> None:
    """Limited to one person, search returns only that person's matches."""
    first, second = two_people
    assert [
        h.person_id for h in stores(session).search_index.search("expulsion", person_id=second)
    ] == [second]
    assert stores(session).search_index.search("echeancier", person_id=second) == []
    assert (
        stores(session).search_index.search("emprise", include_hypotheses=True, person_id=second)
        == []
    )
    assert stores(session).search_index.search("echeancier", person_id=first)


def test_edits_update_the_index(session: Session, two_people: tuple[PersonId, PersonId]) -> None:
    """Saving new facts replaces the old words in the index."""
    first, _ = two_people
    iid = stores(session).interviews.add(first, draft(), "ancienmot")
    stores(session).interviews.save_facts(iid, "nouveaumot")
    assert stores(session).search_index.search("ancienmot") == []
    assert [h.interview_id for h in stores(session).search_index.search("nouveaumot")] == [iid]


def test_common_word_ranks_the_newest_window(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past WINDOW matches, only the newest are ranked; within them the best rank comes first."""
    from app.storage import search

    monkeypatch.setattr(search, "WINDOW", 3)
    person = stores(session).persons.add(PersonDraft("Mme Fenêtre"))
    old = stores(session).interviews.add(person, draft(date(2024, 1, 1)), "loyer loyer loyer loyer")
    newer = [
        stores(session).interviews.add(person, draft(date(2024, 2, d)), f"loyer et {'x ' * d * 10}")
        for d in range(1, 5)
    ]
    hits = stores(session).search_index.search("loyer", limit=10)
    # The oldest note repeats the word most, but it is outside the newest three.
    assert [h.interview_id for h in hits] == [newer[1], newer[2], newer[3]]
    assert old not in {h.interview_id for h in hits}
    within = stores(session).search_index.search("loyer", limit=10, person_id=person)
    assert len(within) == 3 and all(HIGHLIGHT_START in h.snippet for h in within)


def test_prefix_hits_each_get_their_own_snippet(session: Session) -> None:
    """A prefix query spread over several notes gives every hit the snippet of its own note."""
    person = stores(session).persons.add(PersonDraft("Mme Préfixe"))
    words = ["logement", "logeur", "logis", "loger"]
    notes = {
        stores(session).interviews.add(person, draft(date(2024, 3, n + 1)), f"{word} numéro{n}")
        for n, word in enumerate(words)
    }
    stores(session).interviews.add(person, draft(date(2024, 3, 9)), "rien à voir")
    hits = stores(session).search_index.search("log", prefix_last=True)
    assert {h.interview_id for h in hits} == notes
    for hit in hits:
        n = int(hit.snippet.rsplit("numéro", 1)[1])
        assert f"{HIGHLIGHT_START}{words[n]}{HIGHLIGHT_END}" in hit.snippet


def test_hypotheses_rank_the_newest_window_of_the_person(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hypotheses are ranked within the newest WINDOW matches, of one person when asked."""
    from app.storage import search

    monkeypatch.setattr(search, "WINDOW", 2)
    first = stores(session).persons.add(PersonDraft("Mme Une"))
    second = stores(session).persons.add(PersonDraft("M. Deux"))
    mine = stores(session).hypotheses.add(first, "isolement isolement", date(2024, 1, 1), None)
    for d in range(2, 5):
        stores(session).hypotheses.add(second, f"isolement {'x ' * d}", date(2024, 1, d), None)
    everyone = stores(session).search_index.search("isolement", include_hypotheses=True)
    assert len(everyone) == 2 and {h.person_id for h in everyone} == {second}
    own = stores(session).search_index.search("isolem*", include_hypotheses=True, person_id=first)
    assert [h.hypothesis_id for h in own] == [mine]
    assert HIGHLIGHT_START in own[0].snippet
