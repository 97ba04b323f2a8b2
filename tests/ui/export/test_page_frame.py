"""The frames' own steps: a notice has no items step, a certificate asks only since when."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.core.session import Session, stores
from app.domain.summary import ExportFormat, Frame, Informed
from app.export import labels
from app.export.labels import format_date
from tests.support.disclosure_data import FOLLOW_UP_TEXT, ORGANISATION, PARAGRAPHS
from tests.ui.export.conftest import (
    WizardFactory,
    choose_informed,
    click_next,
    fill_recipient,
    finish,
    visited_pages,
    wait_for_preview,
)


def test_a_coordination_notice_has_no_content_step_and_no_note_text(
    qtbot: QtBot, make_wizard: WizardFactory, session: Session, out_dir: Path
) -> None:
    """Recipient, parties, wording, informed, preview: no items; the file holds no note text."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.COORDINATION)
    visited = [wizard.currentPage().objectName()]
    wizard.frame_page.parties.insert("CCAS, service social du travail")
    click_next(qtbot, wizard)
    visited.append(wizard.currentPage().objectName())
    click_next(qtbot, wizard)
    visited.append(wizard.currentPage().objectName())
    choose_informed(qtbot, wizard, Informed.NOT_AGREED)
    click_next(qtbot, wizard)
    visited.append(wizard.currentPage().objectName())
    assert visited == visited_pages(Frame.COORDINATION)
    wait_for_preview(qtbot, wizard)
    click_next(qtbot, wizard)
    wizard.write_page.formats[ExportFormat.ODT].setChecked(True)
    finish(qtbot, wizard)
    [path] = list(out_dir.iterdir())
    data = path.read_bytes()
    for text in (*PARAGRAPHS[0], *PARAGRAPHS[1], FOLLOW_UP_TEXT, ORGANISATION):
        assert text.encode() not in data
    [entry] = stores(session).disclosures.list()
    assert entry.item_refs == () and entry.frame == "coordination"


def test_a_certificate_asks_only_since_when(qtbot: QtBot, make_wizard: WizardFactory) -> None:
    """To the person: recipient, then the start date (the case's opening date offered), then
    the preview; no consent question."""
    wizard = make_wizard()
    wizard.recipient_page.to_person.setChecked(True)
    fill_recipient(qtbot, wizard, Frame.ATTESTATION)
    assert wizard.currentPage() is wizard.frame_page
    assert wizard.frame_page.supported_since() == date(2025, 9, 1)
    click_next(qtbot, wizard)
    assert [wizard.frame_page.objectName(), wizard.currentPage().objectName()] == visited_pages(
        Frame.ATTESTATION
    )
    wait_for_preview(qtbot, wizard)
    text = wizard.preview_page.preview_text()
    assert f"since {format_date(date(2025, 9, 1))}" in text
    assert not any(p in text for p in PARAGRAPHS[0])


def test_a_concern_report_requires_the_minor(qtbot: QtBot, make_wizard: WizardFactory) -> None:
    """The concern step cannot be passed without saying which minor it is about."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.CONCERN)
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.frame_page
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    wizard.frame_page.minor.insert("L. Q., née en 2015")
    wizard.frame_page.actions_taken.setPlainText("Orientation vers la PMI.")
    assert next_button.isEnabled()


def test_the_persons_copy_skips_the_informed_step(qtbot: QtBot, make_wizard: WizardFactory) -> None:
    """A copy for the person goes from the wording check straight to the preview."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.PERSON_COPY)
    visited = [wizard.currentPage().objectName()]
    for _ in range(2):
        click_next(qtbot, wizard)
        visited.append(wizard.currentPage().objectName())
    assert visited == visited_pages(Frame.PERSON_COPY)


def test_a_certificate_for_someone_else_asks_consent_and_names_who_asked(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    """A certificate sent to a third party asks the consent question and no longer says the
    person asked for it."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.ATTESTATION)
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.informed_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    choose_informed(qtbot, wizard, Informed.AGREED)
    click_next(qtbot, wizard)
    wait_for_preview(qtbot, wizard)
    text = wizard.preview_page.preview_text()
    assert labels.attestation_closing() not in text
    assert labels.attestation_closing("Dr Claire Martin, médecin du travail") in text


def test_an_employer_reply_refuses_items_the_person_did_not_agree_to(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    """Confirming a follow-up without the person's agreement is stopped at the consent step."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.EMPLOYER)
    click_next(qtbot, wizard)  # no item ticked
    assert wizard.currentPage() is wizard.frame_page
    wizard.frame_page.confirm_support.setChecked(True)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)  # wording
    choose_informed(qtbot, wizard, Informed.NOT_AGREED)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "agreement" in wizard.informed_page.refusal.text()
    choose_informed(qtbot, wizard, Informed.AGREED)
    click_next(qtbot, wizard)
    wait_for_preview(qtbot, wizard)
    text = wizard.preview_page.preview_text()
    assert labels.employer_support("Mme Zoé Quellec") in text
    assert labels.employer_secrecy() in text
