"""Interviews and their facts; addenda once the facts are finalised."""

from __future__ import annotations

from typing import Any

from app.domain.errors import NoteFinalised, NotFound
from app.domain.ids import AddendumId, HypothesisId, InterviewId, PersonId
from app.domain.models import (
    Addendum,
    FactsStatus,
    Interview,
    InterviewDraft,
    InterviewKind,
    InterviewSummaryRow,
    Requester,
    Theme,
)
from app.domain.preview import facts_preview
from app.storage.codec import day, now_utc, parse_day, parse_ts, ts
from app.storage.connection import Database
from app.storage.hypotheses import insert_hypothesis

_COLUMNS = (
    "id, person_id, held_on, kind, duration_min, themes, requested_by, facts, status,"
    " finalised_at, updated_at"
)


def encode_themes(themes: tuple[Theme, ...]) -> str:
    return ",".join(t.value for t in themes)


def decode_themes(text: str) -> tuple[Theme, ...]:
    known = {t.value for t in Theme}
    return tuple(Theme(t) for t in text.split(",") if t in known)


def _interview(row: tuple[Any, ...], addenda: tuple[Addendum, ...]) -> Interview:
    updated = parse_ts(row[10])
    assert updated is not None
    return Interview(
        id=InterviewId(row[0]),
        person_id=PersonId(row[1]),
        held_on=parse_day(row[2]) or updated.date(),
        kind=InterviewKind(row[3]),
        duration_min=row[4],
        themes=decode_themes(row[5]),
        requested_by=Requester(row[6]),
        facts=row[7],
        status=FactsStatus(row[8]),
        finalised_at=parse_ts(row[9]),
        updated_at=updated,
        addenda=addenda,
    )


def insert_interview(
    conn: Any, person_id: PersonId, draft: InterviewDraft, facts: str
) -> InterviewId:
    """The INSERT of an interview, inside the caller's transaction."""
    stamp = ts(now_utc())
    if conn.execute("SELECT 1 FROM persons WHERE id = ?", (person_id,)).fetchone() is None:
        raise NotFound()
    cur = conn.execute(
        f"INSERT INTO interviews ({_COLUMNS[4:]}, created_at, preview) VALUES"
        " (?, ?, ?, ?, ?, ?, ?, 'draft', NULL, ?, ?, ?)",
        (
            person_id,
            day(draft.held_on),
            draft.kind.value,
            draft.duration_min,
            encode_themes(draft.themes),
            draft.requested_by.value,
            facts,
            stamp,
            stamp,
            facts_preview(facts),
        ),
    )
    return InterviewId(int(cur.lastrowid))


class InterviewStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, person_id: PersonId, draft: InterviewDraft, facts: str = "") -> InterviewId:
        with self._db.write() as conn:
            return insert_interview(conn, person_id, draft, facts)

    def add_note(
        self,
        person_id: PersonId,
        draft: InterviewDraft,
        facts: str,
        hypothesis: str,
    ) -> tuple[InterviewId, HypothesisId | None]:
        """An interview and (if any) its hypothesis, in ONE transaction: both or neither."""
        with self._db.write() as conn:
            interview = insert_interview(conn, person_id, draft, facts)
            if not hypothesis:
                return interview, None
            return interview, insert_hypothesis(
                conn, person_id, hypothesis, draft.held_on, interview
            )

    def update_meta(self, interview_id: InterviewId, draft: InterviewDraft) -> None:
        with self._db.write() as conn:
            cur = conn.execute(
                "UPDATE interviews SET held_on = ?, kind = ?, duration_min = ?, themes = ?,"
                " requested_by = ?, updated_at = ? WHERE id = ?",
                (
                    day(draft.held_on),
                    draft.kind.value,
                    draft.duration_min,
                    encode_themes(draft.themes),
                    draft.requested_by.value,
                    ts(now_utc()),
                    interview_id,
                ),
            )
            if cur.rowcount == 0:
                raise NotFound()

    def save_facts(self, interview_id: InterviewId, facts: str) -> None:
        """Autosave target. Refused once finalised: corrections are addenda."""
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT status, facts FROM interviews WHERE id = ?", (interview_id,)
            ).fetchone()
            if row is None:
                raise NotFound()
            if row[0] == FactsStatus.FINALISED.value:
                raise NoteFinalised()
            if row[1] != facts:
                conn.execute(
                    "UPDATE interviews SET facts = ?, preview = ?, updated_at = ? WHERE id = ?",
                    (facts, facts_preview(facts), ts(now_utc()), interview_id),
                )

    def finalise(self, interview_id: InterviewId) -> None:
        with self._db.write() as conn:
            cur = conn.execute(
                "UPDATE interviews SET status = 'finalised', finalised_at = ?, updated_at = ?"
                " WHERE id = ? AND status = 'draft'",
                (ts(now_utc()), ts(now_utc()), interview_id),
            )
            if cur.rowcount == 0:
                self.get(interview_id)  # raises NotFound if missing; else already final

    def add_addendum(self, interview_id: InterviewId, text: str) -> AddendumId:
        """A final addendum; the draft being written for it goes in the same transaction."""
        with self._db.write() as conn:
            row = conn.execute(
                "SELECT status FROM interviews WHERE id = ?", (interview_id,)
            ).fetchone()
            if row is None:
                raise NotFound()
            cur = conn.execute(
                "INSERT INTO addenda (interview_id, created_at, text) VALUES (?, ?, ?)",
                (interview_id, ts(now_utc()), text),
            )
            conn.execute("DELETE FROM addendum_drafts WHERE interview_id = ?", (interview_id,))
            return AddendumId(int(cur.lastrowid))

    def draft_addendum(self, interview_id: InterviewId) -> str:
        """The addendum being written under this note ("" if none)."""
        found = self._db.scalar(
            "SELECT text FROM addendum_drafts WHERE interview_id = ?", (interview_id,)
        )
        return str(found) if found is not None else ""

    def save_draft_addendum(self, interview_id: InterviewId, text: str) -> None:
        """Autosave target for the addendum being written; an empty text removes the draft."""
        with self._db.write() as conn:
            exists = conn.execute("SELECT 1 FROM interviews WHERE id = ?", (interview_id,))
            if exists.fetchone() is None:
                raise NotFound()
            if not text.strip():
                conn.execute("DELETE FROM addendum_drafts WHERE interview_id = ?", (interview_id,))
                return
            conn.execute(
                "INSERT INTO addendum_drafts (interview_id, text, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(interview_id) DO UPDATE SET text = excluded.text,"
                " updated_at = excluded.updated_at WHERE text != excluded.text",
                (interview_id, text, ts(now_utc())),
            )

    def get(self, interview_id: InterviewId) -> Interview:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM interviews WHERE id = ?", (interview_id,))
        if not rows:
            raise NotFound()
        addenda = tuple(
            Addendum(AddendumId(r[0]), interview_id, parse_ts(r[1]) or now_utc(), r[2])
            for r in self._db.query(
                "SELECT id, created_at, text FROM addenda WHERE interview_id = ? ORDER BY id",
                (interview_id,),
            )
        )
        return _interview(rows[0], addenda)

    def timeline(self, person_id: PersonId) -> list[InterviewSummaryRow]:
        """A person's interviews, newest first, each with its stored preview line.

        Every column comes from the covering index `interviews_timeline`.
        """
        rows = self._db.query(
            "SELECT id, held_on, kind, themes, preview, status FROM interviews"
            " WHERE person_id = ? ORDER BY held_on DESC, id DESC",
            (person_id,),
        )
        return [
            InterviewSummaryRow(
                id=InterviewId(r[0]),
                held_on=parse_day(r[1]) or now_utc().date(),
                kind=InterviewKind(r[2]),
                themes=decode_themes(r[3]),
                first_line=r[4],
                status=FactsStatus(r[5]),
            )
            for r in rows
        ]
