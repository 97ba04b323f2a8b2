"""Private working hypotheses: their own table, their own index, never exported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from app.domain.errors import HypothesesSealedElsewhere, NotFound
from app.domain.ids import HypothesisId, InterviewId, PersonId
from app.domain.models import Hypothesis, HypothesisStatus
from app.storage.codec import day, now_utc, parse_day, parse_ts, ts
from app.storage.connection import Database

_COLUMNS = "id, person_id, interview_id, text, noted_on, status, updated_at"


def _hypothesis(row: tuple[Any, ...]) -> Hypothesis:
    return Hypothesis(
        id=HypothesisId(row[0]),
        person_id=PersonId(row[1]),
        interview_id=InterviewId(row[2]) if row[2] is not None else None,
        text=row[3],
        noted_on=parse_day(row[4]) or now_utc().date(),
        status=HypothesisStatus(row[5]),
        updated_at=parse_ts(row[6]) or now_utc(),
    )


def insert_hypothesis(
    conn: Any, person_id: PersonId, text: str, noted_on: date, interview_id: InterviewId | None
) -> HypothesisId:
    """The INSERT of a hypothesis, inside the caller's transaction."""
    cur = conn.execute(
        "INSERT INTO hypotheses (person_id, interview_id, text, noted_on, status,"
        " updated_at) VALUES (?, ?, ?, ?, 'open', ?)",
        (person_id, interview_id, text, day(noted_on), ts(now_utc())),
    )
    return HypothesisId(int(cur.lastrowid))


def _sealed_attached(conn: Any) -> bool:
    return any(row[1] == "sealed" for row in conn.execute("PRAGMA database_list"))


def forget_person(conn: Any, person_id: int) -> None:
    """No foreign key crosses files: a person's hypotheses go with the person (same transaction)."""
    if _sealed_attached(conn):
        conn.execute("DELETE FROM sealed.hypotheses WHERE person_id = ?", (person_id,))


def unlink_interview(conn: Any, interview_id: int) -> None:
    """A deleted interview's hypotheses stay, attached to the person only."""
    if _sealed_attached(conn):
        conn.execute(
            "UPDATE sealed.hypotheses SET interview_id = NULL WHERE interview_id = ?",
            (interview_id,),
        )


def _always() -> bool:
    return True


class HypothesisStore:
    """The hypotheses of the sealed file; HypothesesSealedElsewhere when it cannot be read here."""

    def __init__(self, db: Database, readable: Callable[[], bool] = _always) -> None:
        self._plain_db = db
        self._readable = readable

    @property
    def _db(self) -> Database:
        if not self._readable():
            raise HypothesesSealedElsewhere()
        return self._plain_db

    def add(
        self,
        person_id: PersonId,
        text: str,
        noted_on: date,
        interview_id: InterviewId | None = None,
    ) -> HypothesisId:
        with self._db.write() as conn:
            return insert_hypothesis(conn, person_id, text, noted_on, interview_id)

    def save_text(self, hypothesis_id: HypothesisId, text: str) -> None:
        with self._db.write() as conn:
            cur = conn.execute(
                "UPDATE hypotheses SET text = ?, updated_at = ? WHERE id = ? AND text IS NOT ?",
                (text, ts(now_utc()), hypothesis_id, text),
            )
            if cur.rowcount == 0 and not self._exists(conn, hypothesis_id):
                raise NotFound()

    def set_status(self, hypothesis_id: HypothesisId, status: HypothesisStatus) -> None:
        with self._db.write() as conn:
            cur = conn.execute(
                "UPDATE hypotheses SET status = ?, updated_at = ? WHERE id = ?",
                (status.value, ts(now_utc()), hypothesis_id),
            )
            if cur.rowcount == 0:
                raise NotFound()

    @staticmethod
    def _exists(conn: Any, hypothesis_id: HypothesisId) -> bool:
        row = conn.execute("SELECT 1 FROM hypotheses WHERE id = ?", (hypothesis_id,)).fetchone()
        return row is not None

    def get(self, hypothesis_id: HypothesisId) -> Hypothesis:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM hypotheses WHERE id = ?", (hypothesis_id,))
        if not rows:
            raise NotFound()
        return _hypothesis(rows[0])

    def for_person(self, person_id: PersonId, only_open: bool = False) -> list[Hypothesis]:
        status = " AND status = 'open'" if only_open else ""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM hypotheses WHERE person_id = ?{status}"
            " ORDER BY noted_on DESC, id DESC",
            (person_id,),
        )
        return [_hypothesis(r) for r in rows]

    def for_interview(self, interview_id: InterviewId) -> list[Hypothesis]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM hypotheses WHERE interview_id = ? ORDER BY id",
            (interview_id,),
        )
        return [_hypothesis(r) for r in rows]
