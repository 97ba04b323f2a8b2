"""`carnet-cli register` for people: items and persons in words, never internal refs.

"Interview of 12/03/2026, § 1" rather than `interview:1#p1`; a person erased
since reads "person erased on 2026-03-12" (ids are never given to anyone else).
The --json and --csv lists keep the refs: they are the register's own record.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.register_items import ItemKind, ItemLabel, PersonMention, describe_items
from app.core.register_items import person_mentions as mentions_of
from app.core.session import Session
from app.domain.models import Disclosure
from app.domain.summary import EntryKind, entry_kind


def _day(label: ItemLabel) -> str:
    return label.day.strftime("%d/%m/%Y") if label.day else "-"


def item_text(label: ItemLabel) -> str:
    if label.kind is ItemKind.INTERVIEW:
        where = f", § {label.number}" if label.number is not None else ""
        return f"Erased interview{where}" if label.erased else f"Interview of {_day(label)}{where}"
    if label.kind is ItemKind.ADDENDUM:
        return "Erased addendum" if label.erased else f"Addendum of {_day(label)}"
    if label.kind is ItemKind.FOLLOW_UP:
        return "Erased follow-up" if label.erased else f"Follow-up (due {_day(label)})"
    if label.kind is ItemKind.DETAIL:
        line = f", line {label.number}" if label.number is not None else ""
        return {"organisation": "Organisation", "case_opened": "Supported since"}.get(
            label.detail, f"Details{line}"
        )
    return "Other item"


def person_text(mention: PersonMention | None) -> str:
    if mention is None:
        return "-"
    if mention.erased_on is not None or not mention.alias:
        day = mention.erased_on.isoformat() if mention.erased_on else "an unknown day"
        return f"person erased on {day}"
    return mention.alias


def register_lines(session: Session, entries: Sequence[Disclosure]) -> list[str]:
    """One block per entry, newest first."""
    persons = mentions_of(session, entries)
    lines: list[str] = []
    for entry in entries:
        mention = persons.get(entry.person_id) if entry.person_id is not None else None
        items = "; ".join(item_text(i) for i in describe_items(session, entry.item_refs))
        refused = entry_kind(entry.frame) is EntryKind.REFUSED
        lines += [
            f"Entry {entry.id}  {entry.created_at.astimezone():%Y-%m-%d %H:%M}  "
            f"{person_text(mention)}" + ("  refused request" if refused else ""),
            f"  to: {entry.recipient}  frame: {entry.frame}  purpose: {entry.purpose}",
            f"  informed: {entry.informed or '-'}  format: {entry.output_format}"
            + (f"  corrects: entry {entry.corrects}" if entry.corrects is not None else ""),
            f"  items: {items or '-'}",
        ]
        if entry.reason:
            lines.append(f"  {'answer' if refused else 'reason'}: {entry.reason}")
    return lines or ["The register is empty."]
