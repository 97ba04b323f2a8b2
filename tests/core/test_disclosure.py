"""Tests for app/core/disclosure.py: write, check, record — one entry per file, none on failure."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.caseload import Caseload
from app.core.disclosure import (
    export_summary,
    load_author,
    recipient_line,
    record_export,
    register_entry,
    save_author,
)
from app.core.outward import outward_reader
from app.core.selection import InterviewChoice, Selection
from app.core.session import Session, stores
from app.core.summary_builder import build_summary
from app.core.vault import CreatedVault
from app.domain.errors import ExportFailed
from app.domain.summary import ExportFormat, Frame, Recipient, Summary
from app.export.writers import WriteResult, write_summary
from tests.support.disclosure_data import SeededPerson, base_selection, seed_person
from tests.support.folders import read_only

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and limits")


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """The real writers need fonts, so a (offscreen) Qt application runs."""


@pytest.fixture
def seeded(caseload: Caseload) -> SeededPerson:
    return seed_person(caseload)


def chosen(session: Session, seeded: SeededPerson) -> tuple[Selection, Summary]:
    """Two paragraphs and a follow-up, built into a liaison summary."""
    selection = base_selection(
        seeded,
        interviews=(InterviewChoice(seeded.interviews[0], (0, 2)),),
        follow_ups=(seeded.follow_up,),
    )
    return selection, build_summary(outward_reader(session), selection)


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_each_export_adds_one_entry_whose_hash_is_the_files(
    session: Session, seeded: SeededPerson, fmt: ExportFormat, tmp_path: Path
) -> None:
    """Writing a summary records exactly one entry, with the SHA-256 of the bytes on disk."""
    selection, summary = chosen(session, seeded)
    path = tmp_path / f"out.{fmt.value}"
    outcome = export_summary(session, selection, summary, fmt, path, write_summary)
    [entry] = stores(session).disclosures.list()
    assert entry.id == outcome.disclosure_id
    assert entry.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() == outcome.sha256
    assert entry.output_format == fmt.value
    assert entry.person_id == seeded.person_id
    assert entry.item_refs == summary.item_refs()
    assert entry.frame == "liaison" and entry.informed == "agreed"
    assert entry.recipient == "Dr Claire Martin, médecin du travail, SIST Paris"


@posix_only
def test_a_read_only_folder_fails_and_records_nothing(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """A refused write raises ExportFailed for the worker and leaves the register untouched."""
    selection, summary = chosen(session, seeded)
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder), pytest.raises(ExportFailed):
        export_summary(
            session, selection, summary, ExportFormat.PDF, folder / "x.pdf", write_summary
        )
    assert stores(session).disclosures.list() == []
    assert list(folder.iterdir()) == []


def test_a_file_changed_after_writing_is_not_recorded(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """If the bytes on disk are not the ones hashed, the export fails, nothing is recorded."""
    selection, summary = chosen(session, seeded)

    def tampering_writer(s: Summary, fmt: ExportFormat, path: Path) -> WriteResult:
        result = write_summary(s, fmt, path)
        path.write_bytes(path.read_bytes() + b"x")
        return result

    with pytest.raises(ExportFailed):
        export_summary(
            session, selection, summary, ExportFormat.TXT, tmp_path / "x.txt", tampering_writer
        )
    assert stores(session).disclosures.list() == []
    assert not (tmp_path / "x.txt").exists()


def test_when_recording_fails_the_file_is_removed(
    created_vault: CreatedVault, seeded: SeededPerson, tmp_path: Path
) -> None:
    """A file never stays on disk without its register entry (here the vault locked meanwhile)."""
    session = created_vault.session
    selection, summary = chosen(session, seeded)

    def writer_then_lock(s: Summary, fmt: ExportFormat, path: Path) -> WriteResult:
        result = write_summary(s, fmt, path)
        session.close()
        return result

    with pytest.raises(ExportFailed):
        export_summary(
            session, selection, summary, ExportFormat.TXT, tmp_path / "x.txt", writer_then_lock
        )
    assert list(tmp_path.glob("x.*")) == []


def test_record_export_alone_checks_then_appends(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """The ui/cli glue may write then record: the entry is appended after the hash check."""
    selection, summary = chosen(session, seeded)
    result = write_summary(summary, ExportFormat.TXT, tmp_path / "a.txt")
    record_export(session, selection, summary, ExportFormat.TXT, result)
    record_export(session, selection, summary, ExportFormat.TXT, result)
    assert len(stores(session).disclosures.list()) == 2


def test_register_entry_holds_refs_and_never_note_text(
    session: Session, seeded: SeededPerson
) -> None:
    """The entry lists item ids, frame, purpose and status; no fact text goes into it."""
    selection, summary = chosen(session, seeded)
    entry = register_entry(selection, summary, ExportFormat.PDF, "ab" * 32)
    assert entry.item_refs == (
        f"interview:{seeded.interviews[0]}#p1",
        f"interview:{seeded.interviews[0]}#p3",
        f"follow-up:{seeded.follow_up}",
    )
    for fact in summary.facts:
        assert fact.text not in repr(entry)


def test_recipient_line_joins_what_is_given() -> None:
    """Empty parts of the recipient are left out of the register line."""
    assert recipient_line(Recipient("CAF", "", " Lyon ")) == "CAF, Lyon"


def test_the_signature_is_kept_in_the_vault(session: Session) -> None:
    """The 'From' line used last is remembered inside the encrypted vault."""
    assert load_author(session) == ""
    save_author(session, "  Service   social ")
    assert load_author(session) == "Service social"


def test_frames_without_content_record_no_items(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """A certificate is recorded with no item ids at all."""
    selection = base_selection(seeded, Frame.ATTESTATION)
    summary = build_summary(outward_reader(session), selection)
    export_summary(session, selection, summary, ExportFormat.TXT, tmp_path / "a.txt", write_summary)
    assert stores(session).disclosures.list()[0].item_refs == ()
