"""Taking in a handover: every person, note and follow-up in ONE transaction.

The handover's id is stored in the same transaction (in vault_settings), so a
second import of the same file adds nothing, and a kill midway leaves none of it.
"""

from __future__ import annotations

from typing import Any

from app.domain.handover import HandedPerson, Handover
from app.domain.ids import PersonId
from app.domain.models import InterviewDraft
from app.storage.codec import day, now_utc, ts
from app.storage.connection import Database
from app.storage.interviews import insert_interview

DONE_KEY_PREFIX = "handover_imported:"


def already_imported(db: Database, handover_id: str) -> bool:
    key = DONE_KEY_PREFIX + handover_id
    return db.scalar("SELECT 1 FROM vault_settings WHERE key = ?", (key,)) is not None


def _person(conn: Any, person: HandedPerson, mark: str, note: str) -> PersonId:
    stamp = ts(now_utc())
    details = "\n".join(x for x in (mark, person.details) if x)
    cur = conn.execute(
        "INSERT INTO persons (alias, organisation, details, case_opened, case_closed,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)",
        (person.alias, person.organisation, details, day(person.case_opened), stamp, stamp),
    )
    person_id = PersonId(int(cur.lastrowid))
    for handed in person.interviews:
        draft = InterviewDraft(
            handed.held_on, handed.kind, handed.duration_min, handed.themes, handed.requested_by
        )
        interview = insert_interview(conn, person_id, draft, handed.facts)
        conn.execute(
            "UPDATE interviews SET status = 'finalised', finalised_at = ? WHERE id = ?",
            (stamp, interview),
        )
        for addendum in (*((a.written_at, a.text) for a in handed.addenda), (now_utc(), note)):
            conn.execute(
                "INSERT INTO addenda (interview_id, created_at, text) VALUES (?, ?, ?)",
                (interview, ts(addendum[0]), addendum[1]),
            )
    for follow_up in person.follow_ups:
        conn.execute(
            "INSERT INTO follow_ups (person_id, interview_id, text, due_on) VALUES (?, NULL, ?, ?)",
            (person_id, follow_up.text, day(follow_up.due_on)),
        )
    return person_id


def import_handover(db: Database, handover: Handover, mark: str, note: str) -> list[PersonId]:
    """New persons (new ids) for the handover, or [] if it was imported before."""
    key = DONE_KEY_PREFIX + handover.handover_id
    with db.write() as conn:
        if conn.execute("SELECT 1 FROM vault_settings WHERE key = ?", (key,)).fetchone():
            return []
        added = [_person(conn, person, mark, note) for person in handover.persons]
        conn.execute(
            "INSERT INTO vault_settings (key, value) VALUES (?, ?)",
            (key, handover.handed_over_on.isoformat()),
        )
        return added
