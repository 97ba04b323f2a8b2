"""Tests for app/core/demo.py: a realistic, deterministic, fictitious caseload."""

from __future__ import annotations

import statistics
from datetime import date, timedelta

import pytest

from app.core import demo
from app.core.caseload import Caseload
from app.core.session import Session, stores
from app.domain.errors import InvalidInput
from app.domain.models import HypothesisStatus, PersonDraft
from app.storage.bulk import BulkInterview, BulkPerson

TODAY = date(2025, 6, 16)


def everything(
    persons: int, notes: int, seed: int = 3
) -> tuple[list[BulkPerson], list[BulkInterview], dict[int, list[int]]]:
    rows, batches, featured = demo.generate(persons, notes, seed, TODAY)
    return rows, [item for batch in batches for item in batch], featured


def test_same_seed_same_caseload_other_seed_other_caseload() -> None:
    """Generation depends only on the seed and the reference day."""
    assert everything(40, 400, seed=5) == everything(40, 400, seed=5)
    assert everything(40, 400, seed=5)[1] != everything(40, 400, seed=6)[1]


def test_counts_are_exact_and_featured_sizes_are_present() -> None:
    """N persons, M interviews, and persons with exactly 20 and 200 interviews."""
    persons, interviews, featured = everything(60, 1500)
    assert len(persons) == 60 and len(interviews) == 1500
    per_person = [0] * 60
    for item in interviews:
        per_person[item.person] += 1
    assert min(per_person) >= 1
    for size in (20, 200):
        assert featured[size] and all(per_person[i] == size for i in featured[size])


@pytest.mark.parametrize(("persons", "notes"), [(20, 200), (5, 3), (1, 0), (3, 700)])
def test_small_or_odd_sizes_still_add_up(persons: int, notes: int) -> None:
    """Featured sizes are skipped when they do not fit; the totals stay exact."""
    rows, interviews, featured = everything(persons, notes)
    assert len(rows) == persons and len(interviews) == notes
    assert 200 not in featured or notes >= 200 + persons - 1


def test_notes_read_like_french_facts_of_about_600_characters() -> None:
    """Facts average ~600 characters with accents; hypotheses ~300 for a share of them."""
    _, interviews, _ = everything(50, 2000)
    lengths = [len(item.facts) for item in interviews]
    assert 500 <= statistics.mean(lengths) <= 700
    assert all(any(ch in item.facts for ch in "éèàêç") for item in interviews[:50])
    hypotheses = [h for item in interviews for h in item.hypotheses]
    assert 0.1 <= len(hypotheses) / len(interviews) <= 0.4
    assert 220 <= statistics.mean(len(h.text) for h in hypotheses) <= 380
    assert not any("{" in item.facts or "<" in item.facts for item in interviews)


def test_dates_span_about_six_years_on_working_days() -> None:
    """Interviews fall within six years before the reference day, never at the weekend."""
    _, interviews, _ = everything(80, 1600)
    days = [item.draft.held_on for item in interviews]
    assert min(days) >= TODAY - timedelta(days=6 * 365 + 3) and max(days) <= TODAY
    assert (max(days) - min(days)).days > 4 * 365
    assert all(d.weekday() < 5 for d in days)
    assert days == sorted(days)  # chronological, as ids would be


def test_follow_ups_include_overdue_ones_and_closed_cases_keep_no_hypotheses() -> None:
    """Some follow-ups are past due and not done; closed cases have no hypotheses left."""
    persons, interviews, _ = everything(80, 1600)
    follow_ups = [f for item in interviews for f in item.follow_ups]
    assert any(f.done_at is None and f.due_on and f.due_on < TODAY for f in follow_ups)
    assert any(f.done_at is not None for f in follow_ups)
    for item in interviews:
        if persons[item.person].case_closed is not None:
            assert item.hypotheses == ()
    statuses = {h.status for item in interviews for h in item.hypotheses}
    assert HypothesisStatus.OPEN in statuses


def test_import_fills_an_empty_vault_and_search_finds_demo_words(session: Session) -> None:
    """The import matches the report, the vault checks clean and its words are searchable."""
    report = demo.import_demo(session, 30, 400, seed=2, today=TODAY)
    counts = session.counts()
    assert (counts.persons, counts.interviews) == (30, 400)
    assert (counts.hypotheses, counts.follow_ups) == (report.hypotheses, report.follow_ups)
    assert session.check().ok
    assert len(Caseload(session).search("entretien", limit=5)) == 5
    for size, ids in report.featured.items():
        assert all(len(stores(session).interviews.timeline(i)) == size for i in ids)


def test_a_vault_with_persons_is_refused(session: Session) -> None:
    """Demo notes never mix with real ones."""
    Caseload(session).add_person(PersonDraft("Vraie P."))
    with pytest.raises(InvalidInput):
        demo.import_demo(session, 3, 3, today=TODAY)
    assert session.counts().persons == 1


def test_absurd_sizes_are_refused() -> None:
    """Zero persons or more notes than the cap are input errors."""
    with pytest.raises(InvalidInput):
        demo.check_size(0, 10)
    with pytest.raises(InvalidInput):
        demo.check_size(10, demo.MAX_NOTES + 1)


def test_search_terms_are_content_words() -> None:
    """The vocabulary offered to benchmarks has no names or placeholders."""
    terms = demo.search_terms()
    assert "logement" in terms and "surendettement" in terms
    assert all(len(t) >= 5 and t == t.lower() and "{" not in t for t in terms)
    assert "amina" not in terms
