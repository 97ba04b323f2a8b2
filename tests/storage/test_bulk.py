"""Tests for app/storage/bulk.py: one transaction, linked rows, indexes and triggers intact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.domain.models import HypothesisStatus, InterviewDraft, InterviewKind, PersonDraft, Theme
from app.storage.bulk import (
    FTS_FEEDS,
    IMPORT_CACHE_KIB,
    BulkAddendum,
    BulkFollowUp,
    BulkHypothesis,
    BulkInterview,
    BulkPerson,
    bulk_import,
)

STAMP = datetime(2024, 2, 1, 16, 30, tzinfo=UTC)


def person(alias: str) -> BulkPerson:
    return BulkPerson(alias, "Transports Lemoine", "", date(2024, 1, 2), None, STAMP)


def interview(index: int, facts: str, **children: object) -> BulkInterview:
    draft = InterviewDraft(date(2024, 2, 1), InterviewKind.PHONE, 20, (Theme.BUDGET,))
    return BulkInterview(index, draft, facts, STAMP, STAMP, **children)  # type: ignore[arg-type]


def triggers(session: Session) -> list[tuple[object, ...]]:
    return database(session).query(
        "SELECT name, sql FROM (SELECT name, sql, type FROM main.sqlite_master"
        " UNION ALL SELECT name, sql, type FROM sealed.sqlite_master)"
        " WHERE type = 'trigger' ORDER BY name"
    )


def test_rows_are_linked_and_every_index_finds_them(session: Session) -> None:
    """Persons, interviews and their hypotheses, follow-ups and addenda land linked and indexed."""
    before = triggers(session)
    items = [
        interview(
            0,
            "Dossier de surendettement déposé.",
            hypotheses=(
                BulkHypothesis(
                    "Hypothèse : épuisement.", date(2024, 2, 1), HypothesisStatus.OPEN, STAMP
                ),
            ),
            follow_ups=(BulkFollowUp("Relancer la banque.", date(2024, 3, 1), None),),
            addenda=(BulkAddendum("Complément : courrier reçu.", STAMP),),
        ),
        interview(1, "Arrêt maladie prolongé."),
    ]
    counts = bulk_import(database(session), [person("Amina K."), person("Hugo T.")], [items])
    assert (counts.interviews, counts.hypotheses, counts.follow_ups, counts.addenda) == (2, 1, 1, 1)
    first, second = counts.person_ids
    caseload = Caseload(session)
    assert [h.person_id for h in caseload.search("surendettement")] == [first]
    assert [h.person_id for h in caseload.search("arret")] == [second]
    assert caseload.search("courrier")[0].person_id == first  # the addendum
    assert caseload.search("epuisement") == []
    assert caseload.search("epuisement", include_hypotheses=True)[0].is_hypothesis
    assert stores(session).follow_ups.for_person(first)[0].done is False
    assert triggers(session) == before
    assert session.check().ok


def test_the_insert_triggers_still_index_new_notes_afterwards(session: Session) -> None:
    """After a bulk import an ordinary note is indexed by the restored triggers."""
    counts = bulk_import(database(session), [person("Léa D.")], [[interview(0, "premier texte")]])
    draft = InterviewDraft(date(2024, 5, 1), InterviewKind.OFFICE)
    Caseload(session).add_interview(counts.person_ids[0], draft, "déménagement prévu")
    assert len(Caseload(session).search("demenagement")) == 1


def test_ids_follow_the_rows_already_there(session: Session) -> None:
    """In a vault that has rows, imported ids continue after the largest one."""
    existing = Caseload(session).add_person(PersonDraft("Déjà là"))
    counts = bulk_import(database(session), [person("Nouveau N.")], [[interview(0, "texte")]])
    assert counts.person_ids == (existing + 1,)


def test_a_failure_midway_leaves_the_vault_as_it_was(session: Session) -> None:
    """A bad batch rolls back the rows and the trigger changes together."""
    before = triggers(session)
    batches = [[interview(0, "bon")], [interview(5, "mauvais index de personne")]]
    with pytest.raises(IndexError):
        bulk_import(database(session), [person("Un U.")], batches)
    assert session.counts().persons == 0 and session.counts().interviews == 0
    assert triggers(session) == before


def test_every_fts_feed_names_a_real_trigger(session: Session) -> None:
    """The list of paused triggers matches the schema (a renamed trigger must fail loudly)."""
    names = {row[0] for row in triggers(session)}
    assert {trigger for _, trigger, _, _ in FTS_FEEDS} <= names


def test_last_contact_is_the_latest_imported_interview(session: Session) -> None:
    """Each imported person's last contact is their latest interview; later ones still move it."""
    older = InterviewDraft(date(2024, 1, 9), InterviewKind.PHONE)
    items = [
        interview(0, "premier"),
        BulkInterview(0, older, "plus ancien", STAMP, None),
        BulkInterview(1, older, "seul entretien", STAMP, None),
    ]
    counts = bulk_import(database(session), [person("A. A."), person("B. B."), person("C. C.")],
                         [items])  # fmt: skip
    first, second, third = counts.person_ids
    last = {p: stores(session).persons.get(p).last_contact for p in counts.person_ids}
    assert last == {first: date(2024, 2, 1), second: date(2024, 1, 9), third: None}
    Caseload(session).add_interview(second, InterviewDraft(date(2024, 6, 3), InterviewKind.OFFICE))
    assert stores(session).persons.get(second).last_contact == date(2024, 6, 3)


def test_the_connection_keeps_its_own_page_caches_afterwards(session: Session) -> None:
    """The larger caches are for the import only: each file's setting comes back."""
    db = database(session)
    before = [db.scalar(f"PRAGMA {schema}.cache_size") for schema in ("main", "sealed")]
    seen: list[object] = []

    def during(batch: list[BulkInterview]) -> Iterator[list[BulkInterview]]:
        seen.extend(db.scalar(f"PRAGMA {schema}.cache_size") for schema in ("main", "sealed"))
        yield batch

    bulk_import(db, [person("Cache C.")], during([interview(0, "texte")]))
    assert seen == [-IMPORT_CACHE_KIB["main"], -IMPORT_CACHE_KIB["sealed"]]
    assert [db.scalar(f"PRAGMA {schema}.cache_size") for schema in ("main", "sealed")] == before
