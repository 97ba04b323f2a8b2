"""The correction dialog: pre-filled from the entry, appends a new one, refuses plainly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.core.disclosure import export_summary
from app.core.outward import outward_reader
from app.core.session import Session, stores
from app.core.summary_builder import build_summary
from app.domain.summary import ExportFormat, Informed
from app.export.writers import write_summary
from app.ui.export.correction_dialog import CorrectionDialog
from tests.support.disclosure_data import SeededPerson, base_selection


def one_entry(session: Session, seeded: SeededPerson, tmp_path: Path) -> None:
    selection = base_selection(seeded)
    summary = build_summary(outward_reader(session), selection)
    export_summary(session, selection, summary, ExportFormat.TXT, tmp_path / "a.txt", write_summary)


def test_prefilled_then_recorded_as_a_new_entry(
    qtbot: QtBot, session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """The fields start as recorded; recording appends an entry that corrects the first."""
    one_entry(session, seeded, tmp_path)
    [entry] = stores(session).disclosures.list()
    dialog = CorrectionDialog(session, entry)
    qtbot.addWidget(dialog)
    assert dialog.recipient.text() == entry.recipient
    assert dialog.informed() is Informed.AGREED
    dialog.purpose.setText("Ouverture de droits")
    dialog.record()
    assert dialog.result() == QDialog.DialogCode.Accepted
    newest, first = stores(session).disclosures.list()
    assert first == entry
    assert (newest.corrects, newest.purpose) == (entry.id, "Ouverture de droits")


def test_a_refused_correction_says_why_and_records_nothing(
    qtbot: QtBot, session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """'Not informed' without a reason keeps the dialog open with the message; no entry."""
    one_entry(session, seeded, tmp_path)
    [entry] = stores(session).disclosures.list()
    dialog = CorrectionDialog(session, entry)
    qtbot.addWidget(dialog)
    dialog.choices[Informed.NOT_INFORMED].setChecked(True)
    dialog.reason.clear()
    dialog.record()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "why" in dialog.message.text().lower()
    assert len(stores(session).disclosures.list()) == 1
