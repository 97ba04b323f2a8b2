"""Follow-ups: next steps with due dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.errors import NotFound
from app.domain.ids import FollowUpId, InterviewId, PersonId
from app.domain.models import FollowUp
from app.storage.codec import day, now_utc, parse_day, ts
from app.storage.connection import Database

_COLUMNS = "id, person_id, interview_id, text, due_on, done"


def _follow_up(row: tuple[Any, ...]) -> FollowUp:
    return FollowUp(
        id=FollowUpId(row[0]),
        person_id=PersonId(row[1]),
        interview_id=InterviewId(row[2]) if row[2] is not None else None,
        text=row[3],
        due_on=parse_day(row[4]),
        done=bool(row[5]),
    )


class FollowUpStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        person_id: PersonId,
        text: str,
        due_on: date | None,
        interview_id: InterviewId | None = None,
    ) -> FollowUpId:
        with self._db.write() as conn:
            cur = conn.execute(
                "INSERT INTO follow_ups (person_id, interview_id, text, due_on)"
                " VALUES (?, ?, ?, ?)",
                (person_id, interview_id, text, day(due_on)),
            )
            return FollowUpId(int(cur.lastrowid))

    def update(self, follow_up_id: FollowUpId, text: str, due_on: date | None) -> None:
        with self._db.write() as conn:
            cur = conn.execute(
                "UPDATE follow_ups SET text = ?, due_on = ? WHERE id = ?",
                (text, day(due_on), follow_up_id),
            )
            if cur.rowcount == 0:
                raise NotFound()

    def set_done(self, follow_up_id: FollowUpId, done: bool) -> None:
        with self._db.write() as conn:
            cur = conn.execute(
                "UPDATE follow_ups SET done = ?, done_at = ? WHERE id = ?",
                (int(done), ts(now_utc()) if done else None, follow_up_id),
            )
            if cur.rowcount == 0:
                raise NotFound()

    def get(self, follow_up_id: FollowUpId) -> FollowUp:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM follow_ups WHERE id = ?", (follow_up_id,))
        if not rows:
            raise NotFound()
        return _follow_up(rows[0])

    def for_person(self, person_id: PersonId) -> list[FollowUp]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM follow_ups WHERE person_id = ?"
            " ORDER BY done, due_on IS NULL, due_on, id",
            (person_id,),
        )
        return [_follow_up(r) for r in rows]

    def due_by(self, limit_day: date) -> list[FollowUp]:
        """Everything not done and due on or before `limit_day`, across persons."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM follow_ups WHERE done = 0 AND due_on IS NOT NULL"
            " AND due_on <= ? ORDER BY due_on, id",
            (day(limit_day),),
        )
        return [_follow_up(r) for r in rows]
