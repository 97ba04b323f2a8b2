"""Tests for app/core/register.py: views, corrections as new entries, a content-free export."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import time
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.caseload import Caseload
from app.core.disclosure import export_summary
from app.core.outward import outward_reader
from app.core.register import (
    COLUMNS,
    Correction,
    RefusedRequest,
    RegisterFilter,
    RegisterFormat,
    corrected_ids,
    find_entry,
    record_correction,
    record_refusal,
    register_document,
    register_entries,
    write_register,
)
from app.core.selection import InterviewChoice
from app.core.session import Session, stores
from app.core.summary_builder import build_summary
from app.domain.errors import ExportFailed, InvalidInput, NotFound
from app.domain.ids import DisclosureId, PersonId
from app.domain.summary import ExportFormat, Informed, Recipient
from app.export.writers import write_summary
from tests.support.disclosure_data import (
    ALIAS,
    FOLLOW_UP_TEXT,
    HYPOTHESIS_CANARY,
    PARAGRAPHS,
    SeededPerson,
    base_selection,
    seed_person,
)


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """The real writers need fonts, so a (offscreen) Qt application runs."""


@pytest.fixture
def seeded(caseload: Caseload) -> SeededPerson:
    return seed_person(caseload)


def export(
    session: Session, seeded: SeededPerson, folder: Path, recipient: str, other: bool = False
) -> DisclosureId:
    """One real export of two paragraphs and a follow-up, recorded in the register."""
    person = seeded.other_person_id if other else seeded.person_id
    interviews = () if other else (InterviewChoice(seeded.interviews[0], (0, 1)),)
    follow_ups = () if other else (seeded.follow_up,)
    selection = base_selection(
        seeded,
        person_id=person,
        recipient=Recipient(recipient),
        interviews=interviews,
        follow_ups=follow_ups,
    )
    summary = build_summary(outward_reader(session), selection)
    path = folder / f"{recipient}-{len(stores(session).disclosures.list())}.txt"
    return export_summary(
        session, selection, summary, ExportFormat.TXT, path, write_summary
    ).disclosure_id


def test_views_per_person_and_filters(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """The register shows one person or all, filtered by recipient and by date range."""
    caf = export(session, seeded, tmp_path, "CAF Lyon")
    doctor = export(session, seeded, tmp_path, "Médecin du travail")
    other = export(session, seeded, tmp_path, "CCAS", other=True)
    assert [e.id for e in register_entries(session)] == [other, doctor, caf]
    mine = RegisterFilter(person_id=seeded.person_id)
    assert [e.id for e in register_entries(session, mine)] == [doctor, caf]
    assert [e.id for e in register_entries(session, RegisterFilter(recipient="médecin"))] == [
        doctor
    ]
    today = date.today()
    assert len(register_entries(session, RegisterFilter(since=today, until=today))) == 3
    tomorrow = today + timedelta(days=1)
    assert register_entries(session, RegisterFilter(since=tomorrow)) == []
    with pytest.raises(InvalidInput):
        register_entries(session, RegisterFilter(since=tomorrow, until=today))


def test_a_correction_is_a_new_entry_and_the_original_stays(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """Correcting an entry appends one pointing at it; the first is kept exactly as recorded."""
    first = export(session, seeded, tmp_path, "CAF")
    original = find_entry(session, first)
    fix = record_correction(
        session, first, Correction("CAF du Rhône", "Ouverture de droits", Informed.INFORMED)
    )
    assert find_entry(session, first) == original
    corrected = find_entry(session, fix)
    assert corrected.corrects == first
    assert (corrected.recipient, corrected.purpose, corrected.informed) == (
        "CAF du Rhône",
        "Ouverture de droits",
        "yes",
    )
    assert (corrected.sha256, corrected.item_refs, corrected.frame) == (
        original.sha256,
        original.item_refs,
        original.frame,
    )
    assert corrected_ids(register_entries(session)) == {first}


def test_a_correction_must_say_why_if_not_informed(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """The rules of a disclosure hold for its correction, and an unknown entry is NotFound."""
    first = export(session, seeded, tmp_path, "CAF")
    with pytest.raises(InvalidInput):
        record_correction(session, first, Correction("CAF", "Droits", Informed.NOT_INFORMED))
    with pytest.raises(InvalidInput):
        record_correction(session, first, Correction(" ", "Droits", Informed.INFORMED))
    with pytest.raises(NotFound):
        record_correction(session, DisclosureId(999), Correction("A", "B", Informed.INFORMED))


@pytest.mark.parametrize("fmt", list(RegisterFormat))
def test_register_export_holds_register_data_and_no_note_content(
    session: Session, seeded: SeededPerson, tmp_path: Path, fmt: RegisterFormat
) -> None:
    """The exported list has dates, recipients, refs and hashes, and no word of any note."""
    entry_id = export(session, seeded, tmp_path, "CAF Lyon")
    entry = find_entry(session, entry_id)
    data = register_document(register_entries(session), fmt).decode("utf-8")
    for expected in ("CAF Lyon", entry.sha256, "liaison", "Préparer la reprise du travail"):
        assert expected in data
    assert f"interview:{seeded.interviews[0]}#p1" in data
    for forbidden in (*PARAGRAPHS[0], FOLLOW_UP_TEXT, HYPOTHESIS_CANARY, ALIAS):
        assert forbidden not in data


def test_json_and_csv_have_one_row_per_entry_with_every_column(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """JSON uses stable keys; CSV has a header then one row per entry."""
    export(session, seeded, tmp_path, "CAF")
    export(session, seeded, tmp_path, "CCAS")
    rows = json.loads(register_document(register_entries(session), RegisterFormat.JSON))
    assert [sorted(r) for r in rows] == [sorted(COLUMNS)] * 2
    text = register_document(register_entries(session), RegisterFormat.CSV).decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert len(table) == 3 and all(len(row) == len(COLUMNS) for row in table)


def test_csv_cells_cannot_become_spreadsheet_formulas(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """A recipient typed as '=cmd…' is written as text, not as a formula."""
    export(session, seeded, tmp_path, "=HYPERLINK(1)")
    text = register_document(register_entries(session), RegisterFormat.CSV).decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text


def test_write_register_is_private_and_fails_cleanly(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """The list is written owner-only; a missing folder gives ExportFailed, not OSError."""
    export(session, seeded, tmp_path, "CAF")
    path = tmp_path / "registre.csv"
    write_register(register_entries(session), RegisterFormat.CSV, path)
    assert path.read_bytes() == register_document(register_entries(session), RegisterFormat.CSV)
    if sys.platform != "win32":
        assert os.stat(path).st_mode & 0o777 == 0o600
    with pytest.raises(ExportFailed):
        write_register(register_entries(session), RegisterFormat.CSV, tmp_path / "no" / "x.csv")


def test_text_export_uses_the_labels_given(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """The text list prints the interface's (translated) labels."""
    export(session, seeded, tmp_path, "CAF")
    labels = {column: column.upper() for column in COLUMNS}
    text = register_document(register_entries(session), RegisterFormat.TEXT, labels).decode()
    assert "RECIPIENT:" in text and "CAF" in text


def test_a_refused_request_is_an_entry_of_kind_refused_with_no_file(
    session: Session, seeded: SeededPerson
) -> None:
    """Who asked, for what, the answer given: recorded as `refused`, no item, no hash."""
    request = RefusedRequest("DRH Exemple", "Nouvelles d'un salarié en arrêt", "Secret opposé")
    entry_id = record_refusal(session, seeded.person_id, request)
    [row] = json.loads(register_document(register_entries(session), RegisterFormat.JSON))
    assert row["id"] == entry_id and row["kind"] == "refused"
    assert (row["recipient"], row["purpose"], row["answer"]) == (
        "DRH Exemple",
        "Nouvelles d'un salarié en arrêt",
        "Secret opposé",
    )
    assert row["items"] == [] and row["sha256"] == "" and row["reason"] == ""
    with pytest.raises(InvalidInput):
        record_refusal(session, seeded.person_id, RefusedRequest(" ", "Nouvelles"))
    with pytest.raises(NotFound):
        record_refusal(session, PersonId(seeded.other_person_id + 99), request)


def test_register_dates_are_in_local_time(
    session: Session, seeded: SeededPerson, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The register prints times as the worker's clock shows them, not UTC."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")  # +05:30 all year: never equal to UTC
    time.tzset()
    try:
        record_refusal(session, seeded.person_id, RefusedRequest("DRH", "Nouvelles"))
        [entry] = register_entries(session)
        [row] = json.loads(register_document([entry], RegisterFormat.JSON))
        shifted = entry.created_at.astimezone(UTC) + timedelta(hours=5, minutes=30)
        assert row["date"] == shifted.strftime("%Y-%m-%d %H:%M:%S")
    finally:
        monkeypatch.undo()
        time.tzset()
