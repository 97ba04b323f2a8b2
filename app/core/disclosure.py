"""Export use case: write the approved summary, then record it in the disclosure register.

The core cannot render documents (app.export sits beside it, not below), so the
caller passes the writer, `app.export.writers.write_summary`, as a function. The
order is fixed: write (atomically) → check the bytes on disk → record. A failed
write raises ExportFailed and records nothing; a refused or cancelled export never
reaches here; and if recording fails the file just written is removed, so nothing
leaves the device without its register entry.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from app.core.selection import Selection
from app.core.session import Session, stores
from app.core.summary_wording import edited_targets
from app.domain.errors import CarnetError, ExportFailed
from app.domain.ids import DisclosureId
from app.domain.models import Disclosure
from app.domain.summary import ExportFormat, Recipient, Summary

AUTHOR_KEY = "export.author"
# Appended in the register to the ref of an item the worker reworded for this transmission
# (the note itself stays as written).
EDITED_MARK = " (edited)"
_HASH_CHUNK = 1 << 20


class Written(Protocol):
    """What a writer returns (`app.export.writers.WriteResult` fits)."""

    @property
    def path(self) -> Path: ...

    @property
    def sha256(self) -> str: ...


Writer = Callable[[Summary, ExportFormat, Path], Written]


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    """A file written and recorded: where, its hash, and its register entry."""

    path: Path
    sha256: str
    disclosure_id: DisclosureId


def recipient_line(recipient: Recipient) -> str:
    """Name, role and organisation on one line, as the register keeps them."""
    parts = (recipient.name, recipient.role, recipient.organisation)
    return ", ".join(" ".join(part.split()) for part in parts if part.strip())


def register_entry(
    selection: Selection, summary: Summary, fmt: ExportFormat, sha256: str
) -> Disclosure:
    """The register entry for a written summary (id and time are set when recorded)."""
    return Disclosure(
        id=DisclosureId(0),
        created_at=datetime.now(UTC).replace(microsecond=0),
        person_id=selection.person_id,
        recipient=recipient_line(summary.recipient),
        frame=summary.frame.value,
        purpose=" ".join(summary.purpose.split()),
        informed=summary.informed.value,
        reason=" ".join(summary.informed_reason.split()),
        item_refs=_marked_refs(selection, summary),
        output_format=fmt.value,
        sha256=sha256,
    )


def _marked_refs(selection: Selection, summary: Summary) -> tuple[str, ...]:
    edited = edited_targets(selection.replacements)
    return tuple(ref + EDITED_MARK if ref in edited else ref for ref in summary.item_refs())


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def record_export(
    session: Session, selection: Selection, summary: Summary, fmt: ExportFormat, written: Written
) -> DisclosureId:
    """Records a file already written, after checking that its bytes are the ones hashed."""
    try:
        on_disk = file_sha256(written.path)
    except OSError as exc:
        raise ExportFailed("The file written cannot be read back.") from exc
    if on_disk != written.sha256:
        raise ExportFailed("The file on disk is not the one that was written.")
    return stores(session).disclosures.record(
        register_entry(selection, summary, fmt, written.sha256)
    )


def export_summary(
    session: Session,
    selection: Selection,
    summary: Summary,
    fmt: ExportFormat,
    path: Path,
    write: Writer,
) -> ExportOutcome:
    """Writes `summary` (exactly the one previewed) to `path` and records it; all or nothing."""
    written = write(summary, fmt, path)  # raises ExportFailed; nothing to record then
    try:
        disclosure_id = record_export(session, selection, summary, fmt, written)
    except (CarnetError, OSError) as exc:
        with contextlib.suppress(OSError):
            written.path.unlink()
        if isinstance(exc, ExportFailed):
            raise
        raise ExportFailed(
            "The transmission could not be recorded, so the file was removed."
        ) from exc
    return ExportOutcome(written.path, written.sha256, disclosure_id)


def load_author(session: Session) -> str:
    """The signature used last time (kept in the encrypted vault, not in preferences)."""
    return stores(session).settings.get(AUTHOR_KEY, "")


def save_author(session: Session, author: str) -> None:
    stores(session).settings.set(AUTHOR_KEY, " ".join(author.split()))
