"""Persons supported: rows, the list with its badges, last contact."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.errors import NotFound
from app.domain.ids import PersonId
from app.domain.models import Person, PersonDraft, PersonRow
from app.storage.codec import day, now_utc, parse_day, ts
from app.storage.connection import Database

# Kept by triggers on interviews (schema v3), so the persons list reads one table.
_LAST_CONTACT = "p.last_contact"


def _person(row: tuple[Any, ...]) -> Person:
    return Person(
        id=PersonId(row[0]),
        alias=row[1],
        organisation=row[2],
        details=row[3],
        case_opened=parse_day(row[4]),
        case_closed=parse_day(row[5]),
        last_contact=parse_day(row[6]),
    )


class PersonStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, draft: PersonDraft) -> PersonId:
        stamp = ts(now_utc())
        with self._db.write() as conn:
            cur = conn.execute(
                "INSERT INTO persons (alias, organisation, details, case_opened, case_closed,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    draft.alias,
                    draft.organisation,
                    draft.details,
                    day(draft.case_opened),
                    day(draft.case_closed),
                    stamp,
                    stamp,
                ),
            )
            return PersonId(int(cur.lastrowid))

    def update(self, person_id: PersonId, draft: PersonDraft) -> None:
        with self._db.write() as conn:
            cur = conn.execute(
                "UPDATE persons SET alias = ?, organisation = ?, details = ?, case_opened = ?,"
                " case_closed = ?, updated_at = ? WHERE id = ?",
                (
                    draft.alias,
                    draft.organisation,
                    draft.details,
                    day(draft.case_opened),
                    day(draft.case_closed),
                    ts(now_utc()),
                    person_id,
                ),
            )
            if cur.rowcount == 0:
                raise NotFound()

    def get(self, person_id: PersonId) -> Person:
        rows = self._db.query(
            "SELECT id, alias, organisation, details, case_opened, case_closed,"
            f" {_LAST_CONTACT} FROM persons p WHERE id = ?",
            (person_id,),
        )
        if not rows:
            raise NotFound()
        return _person(rows[0])

    def rows(self, today: date, retention_cutoff: date) -> list[PersonRow]:
        """Every person with the list badges, most recent contact first."""
        # Overdue follow-ups are counted once and joined: a correlated count per
        # person walked every overdue follow-up of the vault for each person.
        rows = self._db.query(
            f"SELECT p.id, p.alias, p.organisation, {_LAST_CONTACT} AS lc,"
            " coalesce(o.n, 0), p.case_closed, p.created_at FROM persons p"
            " LEFT JOIN (SELECT person_id, count(*) AS n FROM follow_ups"
            "   WHERE done = 0 AND due_on IS NOT NULL AND due_on < ?"
            "   GROUP BY person_id) AS o ON o.person_id = p.id"
            " ORDER BY coalesce(lc, substr(p.created_at, 1, 10)) DESC, p.id DESC",
            (day(today),),
        )
        # 20,000 rows at a career's end: each distinct day is parsed once, and the
        # retention term compares ISO days as text (the same order as dates).
        days: dict[str | None, date | None] = {None: None}

        def day_of(text: str | None) -> date | None:
            if text not in days:
                days[text] = parse_day(text)
            return days[text]

        cutoff = retention_cutoff.isoformat()
        return [
            PersonRow(
                PersonId(row[0]),
                row[1],
                row[2],
                day_of(row[3]),
                int(row[4]),
                (row[3] or str(row[6])[:10]) < cutoff,
                day_of(row[5]),
            )
            for row in rows
        ]

    def ids(self) -> list[PersonId]:
        return [PersonId(r[0]) for r in self._db.query("SELECT id FROM persons ORDER BY id")]
