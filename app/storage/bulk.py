"""Bulk import: many persons and interviews in one transaction, fast.

Used by the demo caseload and the benchmark. One interactive insert at a time
goes through the stores; here rows arrive by the thousand, and two things
matter for speed:

- The FTS5 triggers cannot fire row by row. FTS5 flushes its pending terms
  at every statement boundary, so a trigger per inserted row writes one tiny
  index segment per note and then merges them endlessly (100,000 notes: over
  two minutes instead of a few seconds). The insert triggers are therefore
  dropped for the duration of the transaction and each batch is indexed with
  one `INSERT INTO …_fts SELECT … WHERE id BETWEEN …`; the triggers are then
  recreated from their own stored SQL. The FTS tables keep `secure-delete`.
  The persons' last-contact trigger is paused the same way: instead of one
  persons row rewritten per interview, each imported person's last contact is
  set once at the end.
- The batches leave each index in a dozen segments; one `optimize` merges
  them. Every later search and, above all, every autosave (with
  secure-delete, replacing a note's old text probes each segment) is cheaper.
- Everything happens inside one `Database.write()` transaction: a failure
  anywhere rolls back the rows *and* the trigger changes, so the vault is
  either untouched or completely imported.

Ids are assigned here (the write lock is held, nobody else inserts), which
lets batches be inserted with `executemany` and linked without a round trip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.domain.ids import PersonId
from app.domain.models import HypothesisStatus, InterviewDraft
from app.domain.preview import facts_preview
from app.storage.codec import day, ts
from app.storage.connection import Database
from app.storage.interviews import encode_themes

# (content table, its insert trigger, its FTS table, the indexed column)
FTS_FEEDS: tuple[tuple[str, str, str, str], ...] = (
    ("interviews", "interviews_fts_i", "facts_fts", "facts"),
    ("addenda", "addenda_fts_i", "addenda_fts", "text"),
    ("hypotheses", "hypotheses_fts_i", "hypotheses_fts", "text"),
)
# The hypotheses' trigger is in the attached sealed file (when there is one).
_SEALED_TRIGGERS = ("hypotheses_fts_i",)
# The page caches while importing (each file's own is restored after). The
# person-ordered indexes take one row per note at a random place (notes come in
# date order, persons in any): the timeline in carnet.db, the hypotheses' in the
# sealed file. A cache that holds more of them spills, re-reads and, on
# SQLCipher, re-encrypts and re-authenticates fewer pages. Sized with the
# demo's small batches so that a million-note import peaks under 300 MiB
# (docs/PERFORMANCE.md).
IMPORT_CACHE_KIB = {"main": 128 * 1024, "sealed": 48 * 1024}
# Per-row triggers paused during the import: the FTS feeds, and the persons'
# last contact, set once at the end for the imported persons (one index seek
# each) instead of one row update per interview.
_PAUSED_TRIGGERS = (*(feed[1] for feed in FTS_FEEDS), "interviews_last_contact_i")


@dataclass(frozen=True, slots=True)
class BulkPerson:
    alias: str
    organisation: str
    details: str
    case_opened: date | None
    case_closed: date | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class BulkHypothesis:
    text: str
    noted_on: date
    status: HypothesisStatus
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class BulkFollowUp:
    text: str
    due_on: date | None
    done_at: datetime | None


@dataclass(frozen=True, slots=True)
class BulkAddendum:
    text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class BulkInterview:
    """One interview with what hangs from it; `person` indexes the imported persons."""

    person: int
    draft: InterviewDraft
    facts: str
    created_at: datetime
    finalised_at: datetime | None
    hypotheses: tuple[BulkHypothesis, ...] = ()
    follow_ups: tuple[BulkFollowUp, ...] = ()
    addenda: tuple[BulkAddendum, ...] = ()


@dataclass(frozen=True, slots=True)
class BulkCounts:
    person_ids: tuple[PersonId, ...]
    interviews: int
    hypotheses: int
    follow_ups: int
    addenda: int


class _Ids:
    """Next free id per table, read once under the write lock."""

    def __init__(self, conn: Any) -> None:
        self._next = {
            table: int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) + 1
            for table in ("persons", "interviews", "hypotheses", "follow_ups", "addenda")
        }

    def take(self, table: str, count: int) -> int:
        first = self._next[table]
        self._next[table] = first + count
        return first


@contextmanager
def _triggers_paused(conn: Any) -> Iterator[None]:
    """Drop the per-row insert triggers, and put back exactly what was there."""
    saved = []
    sealed_here = any(row[1] == "sealed" for row in conn.execute("PRAGMA database_list"))
    for trigger in _PAUSED_TRIGGERS:
        schema = "sealed" if trigger in _SEALED_TRIGGERS and sealed_here else "main"
        row = conn.execute(
            f"SELECT sql FROM {schema}.sqlite_master WHERE type = 'trigger' AND name = ?",
            (trigger,),
        ).fetchone()
        if row is None:
            raise RuntimeError(f"Bulk import expects the trigger {trigger}; the schema changed.")
        saved.append(
            re.sub(r"^CREATE TRIGGER\s+(\S+\.)?", f"CREATE TRIGGER {schema}.", str(row[0]))
        )
        conn.execute(f"DROP TRIGGER {schema}.{trigger}")
    yield  # no `finally`: on an error the transaction rolls back, triggers included
    for sql in saved:
        conn.execute(sql)


@contextmanager
def _cache_raised(conn: Any) -> Iterator[None]:
    attached = {str(row[1]) for row in conn.execute("PRAGMA database_list")}
    schemas = [schema for schema in IMPORT_CACHE_KIB if schema in attached]
    saved = {s: int(conn.execute(f"PRAGMA {s}.cache_size").fetchone()[0]) for s in schemas}
    for schema in schemas:
        conn.execute(f"PRAGMA {schema}.cache_size = {-IMPORT_CACHE_KIB[schema]}")
    try:
        yield
    finally:
        for schema, size in saved.items():
            conn.execute(f"PRAGMA {schema}.cache_size = {size}")


def _index_range(conn: Any, table: str, first: int, count: int) -> None:
    if count == 0:
        return
    for content, _, fts, column in FTS_FEEDS:
        if content == table:
            conn.execute(
                f"INSERT INTO {fts}(rowid, {column}) SELECT id, {column} FROM {table}"
                " WHERE id BETWEEN ? AND ?",
                (first, first + count - 1),
            )


def _insert_persons(conn: Any, ids: _Ids, persons: Sequence[BulkPerson]) -> list[PersonId]:
    first = ids.take("persons", len(persons))
    conn.executemany(
        "INSERT INTO persons (id, alias, organisation, details, case_opened, case_closed,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                first + n,
                p.alias,
                p.organisation,
                p.details,
                day(p.case_opened),
                day(p.case_closed),
                ts(p.created_at),
                ts(p.created_at),
            )
            for n, p in enumerate(persons)
        ],
    )
    return [PersonId(first + n) for n in range(len(persons))]


def _interview_row(interview_id: int, person_id: int, item: BulkInterview) -> tuple[Any, ...]:
    draft = item.draft
    finalised = item.finalised_at is not None
    return (
        interview_id,
        person_id,
        day(draft.held_on),
        draft.kind.value,
        draft.duration_min,
        encode_themes(draft.themes),
        draft.requested_by.value,
        item.facts,
        "finalised" if finalised else "draft",
        ts(item.finalised_at) if item.finalised_at else None,
        ts(item.created_at),
        ts(item.finalised_at or item.created_at),
        facts_preview(item.facts),
    )


class _Batch:
    """The rows of one batch, ready for `executemany`."""

    def __init__(self) -> None:
        self.interviews: list[tuple[Any, ...]] = []
        self.hypotheses: list[tuple[Any, ...]] = []
        self.follow_ups: list[tuple[Any, ...]] = []
        self.addenda: list[tuple[Any, ...]] = []

    def add(self, interview_id: int, person_id: int, item: BulkInterview) -> None:
        self.interviews.append(_interview_row(interview_id, person_id, item))
        for h in item.hypotheses:
            self.hypotheses.append(
                (person_id, interview_id, h.text, day(h.noted_on), h.status.value, ts(h.updated_at))
            )
        for f in item.follow_ups:
            done_at = ts(f.done_at) if f.done_at else None
            self.follow_ups.append(
                (person_id, interview_id, f.text, day(f.due_on), int(done_at is not None), done_at)
            )
        for a in item.addenda:
            self.addenda.append((interview_id, ts(a.created_at), a.text))


def _insert_batch(
    conn: Any, ids: _Ids, person_ids: Sequence[PersonId], batch: Sequence[BulkInterview]
) -> _Batch:
    rows = _Batch()
    first = ids.take("interviews", len(batch))
    for offset, item in enumerate(batch):
        rows.add(first + offset, person_ids[item.person], item)
    conn.executemany(
        "INSERT INTO interviews (id, person_id, held_on, kind, duration_min, themes,"
        " requested_by, facts, status, finalised_at, created_at, updated_at, preview)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.interviews,
    )
    _index_range(conn, "interviews", first, len(batch))
    children = (
        ("hypotheses", rows.hypotheses, "(id, person_id, interview_id, text, noted_on, status,"
         " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        ("follow_ups", rows.follow_ups, "(id, person_id, interview_id, text, due_on, done,"
         " done_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        ("addenda", rows.addenda, "(id, interview_id, created_at, text) VALUES (?, ?, ?, ?)"),
    )  # fmt: skip
    for table, values, columns in children:
        start = ids.take(table, len(values))
        conn.executemany(
            f"INSERT INTO {table} {columns}", [(start + n, *v) for n, v in enumerate(values)]
        )
        _index_range(conn, table, start, len(values))
    return rows


def bulk_import(
    db: Database,
    persons: Sequence[BulkPerson],
    batches: Iterable[Sequence[BulkInterview]],
) -> BulkCounts:
    """Insert everything in one transaction; all of it is kept, or none of it."""
    totals = [0, 0, 0, 0]
    with db.write() as conn, _cache_raised(conn):
        ids = _Ids(conn)
        person_ids = _insert_persons(conn, ids, persons)
        with _triggers_paused(conn):
            for batch in batches:
                rows = _insert_batch(conn, ids, person_ids, batch)
                totals[0] += len(rows.interviews)
                totals[1] += len(rows.hypotheses)
                totals[2] += len(rows.follow_ups)
                totals[3] += len(rows.addenda)
            if person_ids:  # what interviews_last_contact_i would have kept
                conn.execute(
                    "UPDATE persons SET last_contact = (SELECT max(held_on) FROM interviews"
                    " WHERE person_id = persons.id) WHERE id BETWEEN ? AND ?",
                    (person_ids[0], person_ids[-1]),
                )
        for _, _, fts, _ in FTS_FEEDS:
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
    # The WAL now holds the whole import; fold it into the database file.
    db.checkpoint()
    return BulkCounts(tuple(person_ids), *totals)
