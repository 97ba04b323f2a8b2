"""The disclosure register: append-only (triggers refuse UPDATE and DELETE)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.domain.ids import DisclosureId, PersonId
from app.domain.models import Disclosure
from app.storage.codec import now_utc, parse_ts, ts
from app.storage.connection import Database

_COLUMNS = (
    "id, created_at, person_id, recipient, frame, purpose, informed, reason, item_refs,"
    " output_format, sha256, corrects"
)


def _disclosure(row: tuple[Any, ...]) -> Disclosure:
    return Disclosure(
        id=DisclosureId(row[0]),
        created_at=parse_ts(row[1]) or now_utc(),
        person_id=PersonId(row[2]) if row[2] is not None else None,
        recipient=row[3],
        frame=row[4],
        purpose=row[5],
        informed=row[6],
        reason=row[7],
        item_refs=tuple(json.loads(row[8])),
        output_format=row[9],
        sha256=row[10],
        corrects=DisclosureId(row[11]) if row[11] is not None else None,
    )


class DisclosureStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, entry: Disclosure) -> DisclosureId:
        """Append one entry; its id and time are assigned here."""
        with self._db.write() as conn:
            cur = conn.execute(
                f"INSERT INTO disclosures ({_COLUMNS[4:]}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    ts(now_utc()),
                    entry.person_id,
                    entry.recipient,
                    entry.frame,
                    entry.purpose,
                    entry.informed,
                    entry.reason,
                    json.dumps(list(entry.item_refs)),
                    entry.output_format,
                    entry.sha256,
                    entry.corrects,
                ),
            )
            return DisclosureId(int(cur.lastrowid))

    def list(
        self,
        person_id: PersonId | None = None,
        since: date | None = None,
        until: date | None = None,
        recipient: str | None = None,
    ) -> list[Disclosure]:
        clauses: list[str] = []
        params: list[Any] = []
        if person_id is not None:
            clauses.append("person_id = ?")
            params.append(person_id)
        if since is not None:
            clauses.append("substr(created_at, 1, 10) >= ?")
            params.append(since.isoformat())
        if until is not None:
            clauses.append("substr(created_at, 1, 10) <= ?")
            params.append(until.isoformat())
        if recipient:
            clauses.append("instr(lower(recipient), lower(?)) > 0")
            params.append(recipient)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM disclosures{where} ORDER BY created_at DESC, id DESC",
            tuple(params),
        )
        return [_disclosure(r) for r in rows]
