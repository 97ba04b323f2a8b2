"""What a register entry is about, in the worker's words rather than internal refs.

The register records refs such as `interview:12#p1` (see selection.py). Shown
to the worker they become "Interview of 12/03/2026, § 1": `describe_item`
reads the date from the vault and says when the item has been erased since.
An entry whose person no longer exists names them as "erased on <day>" (the
day of the purge entry), never by anyone else's name: ids are never reused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.core.session import Session, database, stores
from app.domain.errors import NotFound
from app.domain.ids import InterviewId, PersonId
from app.domain.models import Disclosure

PURGE_FRAME = "purge"  # app/storage/purge.py records an erasure under this frame
_REF = re.compile(
    r"^(?P<kind>interview|addendum|follow-up|person):(?P<id>\d+)"
    r"(?:#p(?P<paragraph>\d+)|#(?P<detail>[a-z_]+)(?::(?P<line>\d+))?)?$"
)


class ItemKind(StrEnum):
    INTERVIEW = "interview"  # a paragraph of an interview's facts
    ADDENDUM = "addendum"
    FOLLOW_UP = "follow-up"
    DETAIL = "person"  # a detail about the person (organisation, a line of details…)
    OTHER = "other"  # a ref this version does not know


@dataclass(frozen=True, slots=True)
class ItemLabel:
    """One item of an entry: its kind, its day, its position, whether it was erased since."""

    kind: ItemKind
    day: date | None
    number: int | None = None  # the paragraph (from 1) or the line of details
    detail: str = ""  # for DETAIL: organisation, case_opened, details
    ref: str = ""
    erased: bool = False


@dataclass(frozen=True, slots=True)
class PersonMention:
    """Who an entry is about: their alias now, or the day they were erased."""

    alias: str
    erased_on: date | None


def _dated(session: Session, kind: ItemKind, sql: str, row_id: int, ref: str) -> ItemLabel:
    rows = database(session).query(sql, (row_id,))
    if not rows:
        return ItemLabel(kind, None, ref=ref, erased=True)
    value = rows[0][0]
    return ItemLabel(kind, date.fromisoformat(str(value)[:10]) if value else None, ref=ref)


def describe_item(session: Session, ref: str) -> ItemLabel:
    match = _REF.match(ref)
    if match is None:
        return ItemLabel(ItemKind.OTHER, None, ref=ref)
    kind, row_id = ItemKind(match["kind"]), int(match["id"])
    if kind is ItemKind.INTERVIEW:
        number = int(match["paragraph"]) if match["paragraph"] else None
        try:
            held_on = stores(session).interviews.get(InterviewId(row_id)).held_on
        except NotFound:
            return ItemLabel(kind, None, number, ref=ref, erased=True)
        return ItemLabel(kind, held_on, number, ref=ref)
    if kind is ItemKind.ADDENDUM:
        return _dated(session, kind, "SELECT created_at FROM addenda WHERE id = ?", row_id, ref)
    if kind is ItemKind.FOLLOW_UP:
        return _dated(session, kind, "SELECT due_on FROM follow_ups WHERE id = ?", row_id, ref)
    line = int(match["line"]) if match["line"] else None
    return ItemLabel(kind, None, line, match["detail"] or "", ref=ref)


def describe_items(session: Session, refs: Sequence[str]) -> list[ItemLabel]:
    return [describe_item(session, ref) for ref in refs]


def person_mentions(
    session: Session, entries: Sequence[Disclosure]
) -> dict[PersonId, PersonMention]:
    """For each person the entries name: their alias, or when they were erased."""
    mentions: dict[PersonId, PersonMention] = {}
    for entry in entries:
        pid = entry.person_id
        if pid is None or pid in mentions:
            continue
        try:
            mentions[pid] = PersonMention(stores(session).persons.get(pid).alias, None)
        except NotFound:  # the entry outlives the person; the purge entry says when
            mentions[pid] = PersonMention("", _erased_on(session, pid))
    return mentions


def _erased_on(session: Session, person_id: PersonId) -> date | None:
    value = database(session).scalar(
        "SELECT max(created_at) FROM disclosures WHERE person_id = ? AND frame = ?",
        (person_id, PURGE_FRAME),
    )
    return date.fromisoformat(str(value)[:10]) if value else None
