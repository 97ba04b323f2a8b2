"""Erasure in storage: one transaction, register entry, clean indexes, nothing on any page."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.domain.errors import NotFound
from app.domain.ids import PersonId
from app.domain.models import PersonDraft
from app.storage import purge
from app.storage.export_copy import open_copy, table_counts
from app.storage.snapshot import AUTO, write_snapshot
from tests.support.backup_data import (
    ALL_CANARIES,
    HYPOTHESIS_CANARY,
    PERSON_CANARIES,
    canaries_in,
    populate,
    vault_canaries,
)
from tests.support.pages import decrypted_bytes, scan_for

WHEN = datetime(2024, 5, 1, tzinfo=UTC)


def _rows_of(session: Session, person: int) -> dict[str, int]:
    sql = {
        "persons": "SELECT count(*) FROM persons WHERE id = ?",
        "interviews": "SELECT count(*) FROM interviews WHERE person_id = ?",
        "addenda": "SELECT count(*) FROM addenda a JOIN interviews i ON i.id = a.interview_id"
        " WHERE i.person_id = ?",
        "hypotheses": "SELECT count(*) FROM hypotheses WHERE person_id = ?",
        "follow_ups": "SELECT count(*) FROM follow_ups WHERE person_id = ?",
    }
    return {name: int(database(session).scalar(q, (person,))) for name, q in sql.items()}


def test_purge_deletes_every_row(session: Session, caseload: Caseload) -> None:
    """The person and everything attached to them is gone; the other person is untouched."""
    ids = populate(caseload)
    before_other = _rows_of(session, ids.other)
    purge.purge_persons(
        database(session), [ids.marked], "erasure-request", "Demande de la personne"
    )
    assert set(_rows_of(session, ids.marked).values()) == {0}
    assert _rows_of(session, ids.other) == before_other


def test_register_entry_without_content(session: Session, caseload: Caseload) -> None:
    """One register entry per person: frame purge, recipient —, the reason, no content."""
    ids = populate(caseload)
    [entry_id] = purge.purge_persons(database(session), [ids.marked], "past-term", "Délai dépassé")
    [entry] = stores(session).disclosures.list(person_id=ids.marked)
    assert entry.id == entry_id
    assert (entry.frame, entry.recipient, entry.reason) == ("purge", "—", "Délai dépassé")
    assert entry.purpose == "past-term" and entry.item_refs == () and entry.sha256 == ""


def test_unknown_person_changes_nothing(session: Session, caseload: Caseload) -> None:
    """A missing id aborts the whole purge: the other ids of the call are kept."""
    ids = populate(caseload)
    counts = table_counts(database(session))
    with pytest.raises(NotFound):
        purge.purge_persons(database(session), [ids.marked, PersonId(999)], "past-term", "x")
    assert table_counts(database(session)) == counts


def test_search_indexes_are_clean(session: Session, caseload: Caseload) -> None:
    """After a purge the search finds nothing of the person, hypotheses included."""
    ids = populate(caseload)
    purge.purge_persons(database(session), [ids.marked], "past-term", "x")
    assert purge.clean_indexes(database(session)) == []
    assert caseload.search("zqfaits") == []
    assert caseload.search("zqajout") == []
    assert caseload.search("zqhypothese", include_hypotheses=True) == []


def test_clean_indexes_rebuilds_a_stale_index(session: Session, caseload: Caseload) -> None:
    """An index entry with no row behind it is found and the index rebuilt."""
    populate(caseload)
    with database(session).write() as conn:
        conn.execute("INSERT INTO facts_fts(rowid, facts) VALUES (999, 'zqstale')")
    assert purge.clean_indexes(database(session)) == ["facts_fts"]
    assert (
        database(session).query("SELECT rowid FROM facts_fts WHERE facts_fts MATCH 'zqstale'") == []
    )


def test_no_page_keeps_the_text(session: Session, caseload: Caseload) -> None:
    """After purge + compact, no page of the database or WAL holds any canary."""
    ids = populate(caseload)
    database(session).checkpoint()
    assert sorted(vault_canaries(session)) == sorted(ALL_CANARIES)
    purge.purge_persons(database(session), [ids.marked], "past-term", "x")
    purge.compact(database(session))
    assert vault_canaries(session) == []
    assert _rows_of(session, ids.other)["interviews"] == 1


def test_pending_work_is_recorded(session: Session, caseload: Caseload) -> None:
    """The purge records, in the same transaction, the snapshots still to scrub and a compaction."""
    ids = populate(caseload)
    stamp = database(session).scalar("SELECT created_at FROM persons WHERE id = ?", (ids.marked,))
    purge.purge_persons(database(session), [ids.marked], "past-term", "x")
    assert purge.pending_scrubs(database(session)) == [purge.Scrub(ids.marked, stamp, purge.ALL)]
    assert purge.compact_pending(database(session))
    purge.clear_scrubs(database(session), purge.pending_scrubs(database(session)))
    purge.clear_compact(database(session))
    assert purge.pending_scrubs(database(session)) == [] and not purge.compact_pending(
        database(session)
    )


def test_scrub_a_copy(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """In a snapshot, a whole person or only their hypotheses can be scrubbed away."""
    ids = populate(caseload)
    key = session.data_key()
    path = write_snapshot(database(session), tmp_path, key, WHEN, AUTO)
    everyone = purge.person_scrubs(database(session), [ids.marked], purge.ALL)
    thoughts = purge.person_scrubs(database(session), [ids.marked], purge.HYPOTHESES)
    copy = open_copy(path, key, writable=True)
    try:
        # The hypotheses are sealed in the snapshot's companion, not in this copy.
        assert not purge.holds_any(copy, thoughts) and purge.holds_any(copy, everyone)
        purge.scrub(copy, thoughts)
        assert purge.holds_any(copy, everyone)
        purge.scrub(copy, everyone)
        assert not purge.holds_any(copy, everyone)
        assert table_counts(copy)["persons"] == 1
    finally:
        copy.close()
    assert canaries_in(path, key) == []


def test_scrub_only_the_same_person(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """A later person who reuses a purged id (different creation stamp) is left alone."""
    pid = caseload.add_person(PersonDraft("Première"))
    wrong = purge.Scrub(pid, "1999-01-01T00:00:00+00:00", purge.ALL)
    path = write_snapshot(database(session), tmp_path, session.data_key(), WHEN, AUTO)
    copy = open_copy(path, session.data_key(), writable=True)
    try:
        assert not purge.holds_any(copy, [wrong])
        purge.scrub(copy, [wrong])
        assert table_counts(copy)["persons"] == 1
    finally:
        copy.close()


def test_hypotheses_scrub_marker(session: Session, caseload: Caseload) -> None:
    """Marking a case's hypotheses for scrubbing adds one pending entry, once."""
    ids = populate(caseload)
    purge.mark_hypotheses_scrub(database(session), ids.marked)
    purge.mark_hypotheses_scrub(database(session), ids.marked)
    [pending] = purge.pending_scrubs(database(session))
    assert (pending.person_id, pending.what) == (ids.marked, purge.HYPOTHESES)


def test_canaries_cover_each_field(session: Session, caseload: Caseload) -> None:
    """The scan sees every canary before a purge (so its silence afterwards means something)."""
    populate(caseload, date(2020, 1, 1))
    database(session).checkpoint()
    found = vault_canaries(session)
    assert HYPOTHESIS_CANARY in found and set(PERSON_CANARIES) <= set(found)


def test_secure_delete_is_switched_back_on(session: Session, caseload: Caseload) -> None:
    """If an index had lost its secure-delete setting, the purge restores it first."""
    ids = populate(caseload)
    assert purge.secure_delete_on(database(session))
    with database(session).write() as conn:
        conn.execute("INSERT INTO facts_fts(facts_fts, rank) VALUES ('secure-delete', 0)")
    assert not purge.secure_delete_on(database(session))
    purge.purge_persons(database(session), [ids.marked], "past-term", "x")
    purge.compact(database(session))
    assert purge.secure_delete_on(database(session))
    assert canaries_in(session.paths.database, session.data_key()) == []


def test_destroy_hypotheses_wipes_pages_and_index(session: Session) -> None:
    """Destroying a person's hypotheses removes them from the pages and from their index."""
    person = stores(session).persons.add(PersonDraft("Close"))
    other = stores(session).persons.add(PersonDraft("Autre"))
    stores(session).hypotheses.add(person, "qzhypocanari emprise", date(2024, 3, 1))
    stores(session).hypotheses.add(person, "rzhypocanari isolement", date(2024, 3, 1))
    kept = stores(session).hypotheses.add(other, "sans rapport", date(2024, 3, 1))
    database(session).checkpoint()
    key, path = session.sealed_key(), session.paths.hypotheses
    assert key is not None
    assert scan_for(decrypted_bytes(path, key), "qzhypocanari")
    assert purge.destroy_hypotheses(database(session), person) == 2
    database(session).checkpoint()
    plain = decrypted_bytes(path, key)
    assert not scan_for(plain, "qzhypocanari")
    assert not scan_for(plain, "rzhypocanari")
    assert stores(session).search_index.search("qzhypocanari", include_hypotheses=True) == []
    assert [h.id for h in stores(session).hypotheses.for_person(other)] == [kept]
    assert session.check().ok
