"""The disclosure register: views, corrections, and its export as a content-free list.

Entries are never edited or deleted (the database refuses it); a correction is
a new entry pointing at the one it corrects. The exported list carries what the
register holds (dates in local time, recipients, frames, purposes, whether the
person was informed, item ids, format, hash; for a refused request who asked,
for what and the answer given) and never a word of any note.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from app.core.caseload import check_text
from app.core.session import Session, stores
from app.domain.atomic import atomic_write
from app.domain.errors import ExportFailed, InvalidInput, NotFound
from app.domain.ids import DisclosureId, PersonId
from app.domain.models import Disclosure
from app.domain.summary import REFUSED_FRAME, EntryKind, Informed, entry_kind

COLUMNS = (
    "id",
    "kind",
    "date",
    "person",
    "recipient",
    "frame",
    "purpose",
    "informed",
    "reason",
    "items",
    "format",
    "sha256",
    "corrects",
    "answer",
)
ENGLISH_LABELS: Mapping[str, str] = {
    "id": "Entry",
    "kind": "Kind",
    "date": "Date",
    "person": "Person (id)",
    "recipient": "Recipient",
    "frame": "Frame",
    "purpose": "Purpose",
    "informed": "Informed",
    "reason": "Reason",
    "items": "Items",
    "format": "Format",
    "sha256": "SHA-256",
    "corrects": "Corrects entry",
    "answer": "Answer given",
}
Field = str | int | list[str] | None
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class RegisterFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    TEXT = "txt"


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    """Which entries to show: one person or all, a date range, a recipient."""

    person_id: PersonId | None = None
    since: date | None = None
    until: date | None = None
    recipient: str = ""


@dataclass(frozen=True, slots=True)
class Correction:
    """What a correction states anew; the rest is copied from the entry corrected."""

    recipient: str
    purpose: str
    informed: Informed
    reason: str = ""


def register_entries(session: Session, which: RegisterFilter | None = None) -> list[Disclosure]:
    """Entries matching the filter, newest first."""
    which = which or RegisterFilter()
    if which.since and which.until and which.until < which.since:
        raise InvalidInput("The end of the period is before its start.")
    return stores(session).disclosures.list(
        which.person_id, which.since, which.until, which.recipient.strip() or None
    )


def corrected_ids(entries: Sequence[Disclosure]) -> set[DisclosureId]:
    """Ids of the entries, among those given, that a later entry corrects."""
    return {e.corrects for e in entries if e.corrects is not None}


def find_entry(session: Session, entry_id: DisclosureId) -> Disclosure:
    for entry in stores(session).disclosures.list():
        if entry.id == entry_id:
            return entry
    raise NotFound()


def record_correction(
    session: Session, entry_id: DisclosureId, correction: Correction
) -> DisclosureId:
    """Appends a new entry correcting `entry_id`; the original stays as it was recorded."""
    original = find_entry(session, entry_id)
    recipient = " ".join(correction.recipient.split())
    purpose = " ".join(check_text(correction.purpose).split())
    if not recipient or not purpose:
        raise InvalidInput("A correction needs a recipient and a purpose.")
    reason = " ".join(check_text(correction.reason).split())
    if correction.informed is Informed.NOT_INFORMED and not reason:
        raise InvalidInput("Say why the transmission is made without informing.")
    entry = replace(
        original,
        id=DisclosureId(0),
        created_at=datetime.now(UTC).replace(microsecond=0),
        recipient=recipient,
        purpose=purpose,
        informed=correction.informed.value,
        reason=reason if correction.informed is Informed.NOT_INFORMED else "",
        corrects=original.id,
    )
    return stores(session).disclosures.record(entry)


@dataclass(frozen=True, slots=True)
class RefusedRequest:
    """A request the worker refused: who asked, for what, and the answer given. No file."""

    requester: str
    purpose: str
    answer: str = ""


def record_refusal(session: Session, person_id: PersonId, request: RefusedRequest) -> DisclosureId:
    """Appends a register entry of kind `refused`: nothing was written, nothing left."""
    stores(session).persons.get(person_id)  # NotFound for an unknown person
    requester = " ".join(check_text(request.requester).split())
    purpose = " ".join(check_text(request.purpose).split())
    if not requester or not purpose:
        raise InvalidInput("A refused request needs who asked and for what.")
    entry = Disclosure(
        id=DisclosureId(0),
        created_at=datetime.now(UTC).replace(microsecond=0),
        person_id=person_id,
        recipient=requester,
        frame=REFUSED_FRAME,
        purpose=purpose,
        informed="",
        reason=" ".join(check_text(request.answer).split()),
        item_refs=(),
        output_format="none",
        sha256="",
    )
    return stores(session).disclosures.record(entry)


def local_time(moment: datetime) -> str:
    """A register time in the computer's local time, as the worker reads it."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def entry_fields(entry: Disclosure) -> dict[str, Field]:
    """One entry as the export writes it: register data only, no note content."""
    refused = entry_kind(entry.frame) is EntryKind.REFUSED
    return {
        "id": int(entry.id),
        "kind": entry_kind(entry.frame).value,
        "date": local_time(entry.created_at),
        "person": int(entry.person_id) if entry.person_id is not None else None,
        "recipient": entry.recipient,
        "frame": entry.frame,
        "purpose": entry.purpose,
        "informed": entry.informed,
        "reason": "" if refused else entry.reason,
        "items": list(entry.item_refs),
        "format": entry.output_format,
        "sha256": entry.sha256,
        "corrects": int(entry.corrects) if entry.corrects is not None else None,
        "answer": entry.reason if refused else "",
    }


def register_document(
    entries: Sequence[Disclosure],
    fmt: RegisterFormat,
    labels: Mapping[str, str] = ENGLISH_LABELS,
) -> bytes:
    """The register as CSV (labelled columns), JSON (stable keys) or text, in UTF-8."""
    rows = [entry_fields(entry) for entry in entries]
    if fmt is RegisterFormat.JSON:
        return (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt is RegisterFormat.CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([labels.get(c, c) for c in COLUMNS])
        for row in rows:
            writer.writerow([_csv_cell(row[c]) for c in COLUMNS])
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # BOM: spreadsheets read UTF-8
    return _text_document(rows, labels).encode("utf-8")


def write_register(
    entries: Sequence[Disclosure],
    fmt: RegisterFormat,
    path: Path,
    labels: Mapping[str, str] = ENGLISH_LABELS,
) -> None:
    """Writes the register list atomically; ExportFailed if the folder refuses it."""
    try:
        atomic_write(path, register_document(entries, fmt, labels))
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ExportFailed(f"The register could not be written: {reason}.") from exc


def _plain(value: Field) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(value)
    return str(value)


def _csv_cell(value: Field) -> str:
    text = _plain(value)
    # A spreadsheet would run a cell starting with "=" as a formula.
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _text_document(rows: list[dict[str, Field]], labels: Mapping[str, str]) -> str:
    width = max(len(labels.get(c, c)) for c in COLUMNS) + 2
    blocks = []
    for row in rows:
        lines = [
            f"{(labels.get(c, c) + ':').ljust(width)}{_plain(row[c])}"
            for c in COLUMNS
            if _plain(row[c])
        ]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
