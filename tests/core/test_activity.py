"""Activity figures counted from a caseload with known counts, masked below the threshold."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.activity import (
    activity_figures,
    checked_period,
    quarter_period,
    raw_counts,
    session_figures,
    set_stats_threshold,
    stats_threshold,
    year_period,
)
from app.core.caseload import Caseload
from app.core.outward import OutwardReader, outward_reader
from app.core.register import RefusedRequest, record_refusal
from app.core.session import Session
from app.domain.errors import InvalidInput
from tests.support.activity_data import build_known_caseload

YEAR = year_period(2026)


def test_raw_counts_match_the_known_caseload(session: Session, caseload: Caseload) -> None:
    """Persons followed, cases, interviews by kind, theme, requester and month are exact."""
    known = build_known_caseload(caseload)
    record_refusal(session, known.anne, RefusedRequest("DRH", "Nouvelles", "Non"))
    scalars, tables = raw_counts(outward_reader(session), YEAR)
    assert scalars["persons_followed"] == 3 and scalars["interviews_total"] == 8
    assert (scalars["new_cases"], scalars["closed_cases"]) == (2, 1)
    assert scalars["refused_requests"] == 1 and scalars["follow_ups_overdue"] == 1
    assert tables["interviews_by_kind"]["office"] == 6
    assert tables["interviews_by_kind"]["phone"] == 1
    assert tables["interviews_by_theme"]["housing"] == 3
    assert tables["interviews_by_requester"]["person"] == 5
    assert tables["interviews_by_month"]["2026-04"] == 4
    assert sum(tables["interviews_by_month"].values()) == 8


def test_small_counts_are_shown_as_below_the_threshold(
    session: Session, caseload: Caseload
) -> None:
    """1 and 2 read "<3"; the counts of 3 and more are exact; a recomputable row is hidden."""
    build_known_caseload(caseload)
    figures = session_figures(session, YEAR)
    assert figures.scalar("persons_followed") == 3 and figures.scalar("interviews_total") == 8
    assert figures.scalar("new_cases") == "<3" and figures.scalar("closed_cases") == "<3"
    kinds = dict(figures.table("interviews_by_kind").rows)
    assert kinds["phone"] == "<3" and kinds["home_visit"] == "<3" and kinds["video"] == 0
    # Shown as 6, the office row would leave 8 - 6 = 2 for two masked rows: 1 and 1.
    assert kinds["office"] == "≥3" and figures.table("interviews_by_kind").total == 8
    requesters = dict(figures.table("interviews_by_requester").rows)
    # hr, doctor and manager (1 each) would add up to 8 - 5 = 3: one each, so 5 is hidden.
    assert requesters["person"] == "≥3" and requesters["hr"] == requesters["doctor"] == "<3"


def test_a_higher_threshold_masks_more(session: Session, caseload: Caseload) -> None:
    """With the threshold at 5, a count of 3 or 4 is "<5"; it never goes below 3."""
    build_known_caseload(caseload)
    set_stats_threshold(session, 5)
    assert stats_threshold(session) == 5
    assert session_figures(session, YEAR).scalar("persons_followed") == "<5"
    with pytest.raises(InvalidInput):
        set_stats_threshold(session, 2)


def test_periods_quarter_and_dates(session: Session, caseload: Caseload) -> None:
    """The second quarter holds Bruno's four interviews only; a reversed period is refused."""
    build_known_caseload(caseload)
    q2 = quarter_period(2026, 2)
    assert (q2.start, q2.end) == (date(2026, 4, 1), date(2026, 6, 30))
    scalars, _ = raw_counts(outward_reader(session), q2)
    assert scalars["interviews_total"] == 4 and scalars["persons_followed"] == 1
    with pytest.raises(InvalidInput):
        checked_period(date(2026, 2, 1), date(2026, 1, 1))


def test_the_reader_has_no_way_to_the_hypotheses() -> None:
    """The outward reader exposes no attribute or method naming hypotheses."""
    names = [n for n in dir(OutwardReader) if "hypo" in n.lower()]
    assert names == [] and "hypotheses" not in OutwardReader.__slots__
    assert activity_figures.__annotations__["reader"] in ("OutwardReader", OutwardReader)
