"""Retention and erasure: past term, closing a case, purge that leaves nothing behind."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.core import retention, snapshots
from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.domain.errors import InvalidInput, NotFound
from app.domain.ids import PersonId
from app.domain.models import InterviewDraft, PersonDraft
from app.storage import purge, sealed
from app.storage.export_copy import table_counts
from tests.support.backup_data import (
    ALL_CANARIES,
    HYPOTHESIS_CANARY,
    PERSON_CANARIES,
    populate,
    snapshot_canaries,
    vault_canaries,
)

TODAY = date(2024, 5, 1)
WHEN = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def _snapshot_days(session: Session, days: int) -> None:
    for n in range(days):
        snapshots.take_snapshot(session, WHEN - timedelta(days=n))


def test_past_term(caseload: Caseload) -> None:
    """Past term: last interview more than 2 years ago; a recent one keeps the record."""
    old = caseload.add_person(PersonDraft("Ancien"))
    caseload.add_interview(old, InterviewDraft(date(2022, 4, 30)))
    recent = caseload.add_person(PersonDraft("Récent"))
    caseload.add_interview(recent, InterviewDraft(date(2021, 1, 1)))
    caseload.add_interview(recent, InterviewDraft(date(2023, 1, 1)))
    assert [r.id for r in retention.past_term(caseload.session, TODAY)] == [old]
    caseload.set_retention_years(1)
    assert {r.id for r in retention.past_term(caseload.session, TODAY)} == {old, recent}


def test_close_case_destroys_hypotheses_everywhere(session: Session, caseload: Caseload) -> None:
    """Closing a case destroys its hypotheses in the vault and in every snapshot."""
    ids = populate(caseload)
    _snapshot_days(session, 2)
    assert retention.close_case(session, ids.marked, TODAY) == 1
    assert stores(session).persons.get(ids.marked).case_closed == TODAY
    assert stores(session).hypotheses.for_person(ids.marked) == []
    assert len(stores(session).hypotheses.for_person(ids.other)) == 1
    for snap in snapshots.list_snapshots(session.paths):
        assert sealed.companion(snap.path).exists()
        assert snapshot_canaries(session, snap.path) == list(PERSON_CANARIES)
    assert vault_canaries(session) == list(PERSON_CANARIES)
    assert purge.pending_scrubs(database(session)) == []


def test_close_case_can_keep_hypotheses(session: Session, caseload: Caseload) -> None:
    """Asked not to, closing a case keeps the hypotheses."""
    ids = populate(caseload)
    assert retention.close_case(session, ids.marked, TODAY, destroy_hypotheses=False) == 0
    assert len(stores(session).hypotheses.for_person(ids.marked)) == 1


def test_preview_says_what_will_go(session: Session, caseload: Caseload) -> None:
    """The preview counts every kind of row, the register entries kept, the snapshots touched."""
    ids = populate(caseload)
    _snapshot_days(session, 3)
    preview = retention.preview_purge(session, [ids.marked])
    [person] = preview.persons
    assert person.alias == "Mme Zqalias-Éloïse" and person.last_contact == date(2021, 3, 4)
    counts = (person.interviews, person.addenda, person.hypotheses, person.follow_ups)
    assert counts == (1, 1, 1, 1) and person.register_entries_kept == 0
    assert preview.snapshots == 3
    with pytest.raises(NotFound):
        retention.preview_purge(session, [PersonId(999)])
    [interview] = stores(session).interviews.timeline(ids.marked)
    caseload.save_draft_addendum(interview.id, "un complément en cours")
    [person] = retention.preview_purge(session, [ids.marked]).persons
    assert person.addenda == 2  # the one being written is destroyed as well


def test_purge_leaves_nothing(session: Session, caseload: Caseload) -> None:
    """After a purge no page of the vault, its WAL or any snapshot holds the person's text."""
    ids = populate(caseload)
    _snapshot_days(session, 3)
    database(session).checkpoint()
    assert sorted(vault_canaries(session)) == sorted(ALL_CANARIES)
    marked = purge.person_scrubs(database(session), [ids.marked], purge.ALL)
    kind = retention.PurgeKind.PAST_TERM
    report = retention.purge(session, [ids.marked], "Délai de conservation dépassé", kind)
    assert report.person_ids == (ids.marked,) and report.warnings == ()
    assert vault_canaries(session) == []
    for snap in snapshots.list_snapshots(session.paths):
        assert snapshot_canaries(session, snap.path) == []
    assert snapshots.snapshots_holding(session, marked) == 0
    assert stores(session).persons.ids() == [ids.other]
    assert session.check().ok
    [entry] = stores(session).disclosures.list(person_id=ids.marked)
    assert (entry.frame, entry.purpose) == ("purge", "past-term")
    assert not any(c in entry.reason for c in ALL_CANARIES)


def test_purge_on_request(session: Session, caseload: Caseload) -> None:
    """One person's erasure on request is recorded as such; the other person stays whole."""
    ids = populate(caseload)
    before, hypotheses = table_counts(database(session)), session.counts().hypotheses
    retention.purge(session, [ids.marked], "Demande d'effacement", retention.PurgeKind.REQUEST)
    after = table_counts(database(session))
    assert after["persons"] == before["persons"] - 1
    assert session.counts().hypotheses == hypotheses - 1
    assert stores(session).disclosures.list(person_id=ids.marked)[0].purpose == "erasure-request"
    assert HYPOTHESIS_CANARY not in vault_canaries(session)


def test_purge_refusals(session: Session, caseload: Caseload) -> None:
    """No reason, or an unknown person: refused, nothing changed."""
    ids = populate(caseload)
    before = table_counts(database(session))
    with pytest.raises(InvalidInput):
        retention.purge(session, [ids.marked], "   ", retention.PurgeKind.REQUEST)
    with pytest.raises(NotFound):
        retention.purge(session, [ids.marked, PersonId(999)], "x", retention.PurgeKind.REQUEST)
    with pytest.raises(NotFound):
        retention.purge(session, [], "x", retention.PurgeKind.REQUEST)
    assert table_counts(database(session)) == before
