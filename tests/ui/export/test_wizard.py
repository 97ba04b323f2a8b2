"""The export wizard end to end: nothing preselected, no hypothesis anywhere, write and record."""

from __future__ import annotations

import ast
import hashlib
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

import app.ui.export
from app.core.session import Session, stores
from app.domain.summary import ExportFormat, Frame, Informed
from app.export.writers import NAME_ALPHABET, page_header
from app.ui.export.wizard import ExportWizard
from tests.export.test_writers import extracted_body, pdf_pages, squash
from tests.support.disclosure_data import (
    FOLLOW_UP_TEXT,
    HYPOTHESIS_CANARY,
    PARAGRAPHS,
    SeededPerson,
)
from tests.support.folders import read_only
from tests.ui.export.conftest import (
    WizardFactory,
    choose_informed,
    click_next,
    every_text,
    fill_recipient,
    finish,
    visited_pages,
    wait_for_preview,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def liaison_up_to_preview(qtbot: QtBot, wizard: ExportWizard, visited: list[str]) -> None:
    """Frame and recipient, the first paragraph of the oldest interview and the follow-up."""
    fill_recipient(qtbot, wizard, Frame.LIAISON)
    visited.append(wizard.currentPage().objectName())
    picker = wizard.items_page.facts
    picker.interviews.setCurrentRow(picker.interviews.count() - 1)  # the oldest interview
    qtbot.mouseClick(picker.rows[0].check, Qt.MouseButton.LeftButton)
    follow_ups = wizard.items_page.follow_ups
    follow_ups.item(0).setCheckState(Qt.CheckState.Checked)
    for _ in range(2):  # items → wording → informed
        click_next(qtbot, wizard)
        visited.append(wizard.currentPage().objectName())
    choose_informed(qtbot, wizard, Informed.AGREED)
    click_next(qtbot, wizard)
    visited.append(wizard.currentPage().objectName())
    wait_for_preview(qtbot, wizard)


def test_the_wizard_starts_with_nothing_chosen(qtbot: QtBot, make_wizard: WizardFactory) -> None:
    """No frame, no recipient, Next disabled; then no item ticked and nobody marked informed."""
    wizard = make_wizard()
    page = wizard.recipient_page
    assert page.frame() is None and page.frame_box.currentIndex() == -1
    assert page.recipient_name.text() == "" and page.purpose.text() == ""
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    fill_recipient(qtbot, wizard, Frame.LIAISON)
    items = wizard.items_page
    assert (
        items.facts.choices() == () and items.follow_up_ids() == () and items.detail_choices() == ()
    )
    view = items.facts.interviews
    assert all(view.item(r).checkState() == Qt.CheckState.Unchecked for r in range(view.count()))
    assert not any(row.check.isChecked() for row in items.facts.rows)
    assert wizard.informed_page.informed() is None


def test_hypotheses_appear_in_no_widget_at_any_step(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    """Walking every widget at every step, every interview shown, finds no hypothesis text."""
    wizard = make_wizard()
    visited: list[str] = []
    fill_recipient(qtbot, wizard, Frame.LIAISON)
    picker = wizard.items_page.facts
    for row in range(picker.interviews.count()):
        picker.interviews.setCurrentRow(row)
        assert not [t for t in every_text(wizard) if HYPOTHESIS_CANARY in t]
        assert picker.rows, "the interview's paragraphs are on screen"
        picker.interviews.item(row).setCheckState(Qt.CheckState.Checked)
    while wizard.currentId() != 6:
        if wizard.currentPage() is wizard.informed_page:
            choose_informed(qtbot, wizard, Informed.NOT_AGREED)
        if wizard.currentPage() is wizard.preview_page:
            wait_for_preview(qtbot, wizard)
        assert not [t for t in every_text(wizard) if HYPOTHESIS_CANARY in t]
        visited.append(wizard.currentPage().objectName())
        click_next(qtbot, wizard)
    assert not [t for t in every_text(wizard) if HYPOTHESIS_CANARY in t]
    assert PARAGRAPHS[0][0] in wizard.preview_page.preview_text()


def test_the_wizard_code_never_names_hypotheses() -> None:
    """No module of the wizard mentions hypotheses: it cannot ask the vault for them."""
    folder = Path(app.ui.export.__file__).parent
    for path in folder.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "hypothes" not in source.lower(), path.name
        ast.parse(source)


def test_cancel_records_nothing(
    qtbot: QtBot, make_wizard: WizardFactory, session: Session, out_dir: Path
) -> None:
    """Cancelling at the preview writes no file and adds no register entry."""
    wizard = make_wizard()
    liaison_up_to_preview(qtbot, wizard, [])
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert stores(session).disclosures.list() == [] and list(out_dir.iterdir()) == []


def test_closing_on_lock_records_nothing(
    qtbot: QtBot, make_wizard: WizardFactory, session: Session, out_dir: Path
) -> None:
    """The workspace closes open dialogs when it locks: the export is simply not made."""
    wizard = make_wizard()
    liaison_up_to_preview(qtbot, wizard, [])
    wizard.done(QDialog.DialogCode.Rejected)
    assert stores(session).disclosures.list() == [] and list(out_dir.iterdir()) == []


def test_a_cancelled_save_dialog_records_nothing_and_stays_open(
    qtbot: QtBot, make_wizard: WizardFactory, session: Session
) -> None:
    """If the worker cancels the save dialog, the wizard stays on its last step; no entry."""
    wizard = make_wizard(folder=None)
    liaison_up_to_preview(qtbot, wizard, [])
    click_next(qtbot, wizard)
    finish(qtbot, wizard)
    assert wizard.isVisible() and wizard.outcome is None
    assert stores(session).disclosures.list() == []


def test_a_full_export_writes_the_previewed_pdf_and_one_entry(
    qtbot: QtBot, make_wizard: WizardFactory, session: Session, seeded: SeededPerson, out_dir: Path
) -> None:
    """Through the wizard: the PDF holds exactly the preview, and one entry has its hash."""
    wizard = make_wizard()
    visited: list[str] = []
    liaison_up_to_preview(qtbot, wizard, visited)
    assert visited == visited_pages(Frame.LIAISON)
    summary = wizard.preview_page.summary
    assert summary is not None
    preview = wizard.preview_page.preview_text()
    click_next(qtbot, wizard)
    with qtbot.waitSignal(wizard.exported, timeout=60_000):
        finish(qtbot, wizard)
    [path] = list(out_dir.iterdir())
    assert path.name.startswith("transmission-") and path.suffix == ".pdf"
    assert squash(preview) == extracted_body(summary, ExportFormat.PDF, path)
    assert len(pdf_pages(path)) == len(wizard.preview_page.images)
    [entry] = stores(session).disclosures.list()
    assert entry.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert entry.item_refs == (
        f"interview:{seeded.interviews[0]}#p1",
        f"follow-up:{seeded.follow_up}",
    )
    text = squash("".join(pdf_pages(path)))
    assert squash(PARAGRAPHS[0][0]) in text and squash(FOLLOW_UP_TEXT) in text
    assert squash(PARAGRAPHS[0][1]) not in text and HYPOTHESIS_CANARY not in text
    assert not wizard.isVisible()


def test_a_text_export_is_the_preview_byte_for_byte(
    qtbot: QtBot, make_wizard: WizardFactory, out_dir: Path
) -> None:
    """The .txt written is the header lines, a blank line, then the preview exactly."""
    wizard = make_wizard()
    liaison_up_to_preview(qtbot, wizard, [])
    summary = wizard.preview_page.summary
    assert summary is not None
    preview = wizard.preview_page.preview_text()
    click_next(qtbot, wizard)
    wizard.write_page.formats[ExportFormat.TXT].setChecked(True)
    finish(qtbot, wizard)
    [path] = list(out_dir.iterdir())
    expected = "\n".join(page_header(summary)) + "\n\n" + preview
    assert path.read_text(encoding="utf-8") == expected


@posix_only
def test_a_failed_write_tells_the_worker_and_records_nothing(
    qtbot: QtBot, make_wizard: WizardFactory, session: Session, out_dir: Path
) -> None:
    """Writing into a read-only folder shows the error on the page; no file, no entry."""
    wizard = make_wizard()
    liaison_up_to_preview(qtbot, wizard, [])
    click_next(qtbot, wizard)
    with read_only(out_dir):
        finish(qtbot, wizard)
    assert "could not be written" in wizard.write_page.message.text()
    assert wizard.isVisible() and wizard.outcome is None
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert stores(session).disclosures.list() == [] and list(out_dir.iterdir()) == []


def test_the_file_name_offered_says_nothing_about_the_person(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    """The name proposed in the save dialog is neutral: prefix, date, random code."""
    wizard = make_wizard(folder=None)
    liaison_up_to_preview(qtbot, wizard, [])
    click_next(qtbot, wizard)
    finish(qtbot, wizard)
    [offered] = wizard._choose_path.offered  # type: ignore[attr-defined]
    assert re.fullmatch(rf"transmission-\d{{4}}-\d\d-\d\d-[{NAME_ALPHABET}]{{4}}\.pdf", offered)
    assert "Quellec" not in offered and "Zoé" not in offered


def test_the_access_copy_goes_to_the_person_with_everything_and_no_consent_step(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    """Copy for the person, 'everything': straight to the preview, every interview listed."""
    wizard = make_wizard()
    page = wizard.recipient_page
    page.set_frame(Frame.PERSON_COPY)
    assert page.to_person.isChecked() and not page.to_person.isEnabled()
    page.everything.setChecked(True)
    page.purpose.insert("Droit d'accès")
    if not page.author.text():
        qtbot.keyClicks(page.author, "Service social du travail")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    wait_for_preview(qtbot, wizard)
    text = wizard.preview_page.preview_text()
    assert all(p in text for p in (*PARAGRAPHS[0], *PARAGRAPHS[1]))
    assert HYPOTHESIS_CANARY not in text
