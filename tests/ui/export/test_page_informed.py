"""Who knows: informed, agreeing, or not — and then a reason the document states."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.domain.summary import Frame, Informed
from app.export import labels
from app.ui.export.labels import ReasonKind, reason_label
from app.ui.export.wizard import ExportWizard
from tests.ui.export.conftest import (
    WizardFactory,
    choose_informed,
    click_next,
    fill_recipient,
    wait_for_preview,
)


def to_informed(qtbot: QtBot, wizard: ExportWizard, frame: Frame) -> None:
    fill_recipient(qtbot, wizard, frame)
    if frame is Frame.CONCERN:
        click_next(qtbot, wizard)  # no fact ticked: nothing to mark
        wizard.frame_page.minor.insert("L. Q., née en 2015")
    while wizard.currentPage() is not wizard.informed_page:
        click_next(qtbot, wizard)


def test_nothing_is_assumed_and_not_informed_needs_a_reason(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    """No choice at first; 'not informed' needs a reason, and 'another reason' some words."""
    wizard = make_wizard()
    to_informed(qtbot, wizard, Frame.LIAISON)
    page = wizard.informed_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert page.informed() is None and not next_button.isEnabled()
    assert not page.reason_box.isEnabled()
    choose_informed(qtbot, wizard, Informed.NOT_INFORMED)
    assert page.reason_box.isEnabled() and not next_button.isEnabled()
    page.reason.setCurrentIndex(page.reason.findData(ReasonKind.OTHER.value))
    assert not next_button.isEnabled()
    page.detail.insert("Hospitalisée, joignable la semaine prochaine")
    assert next_button.isEnabled()
    click_next(qtbot, wizard)
    wait_for_preview(qtbot, wizard)
    text = wizard.preview_page.preview_text()
    assert "The person has not been informed of this transmission." in text
    assert f"{reason_label(ReasonKind.OTHER)} — Hospitalisée, joignable" in text


def test_in_a_concern_report_the_question_is_about_the_parents(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    """The step asks about the parents, and what will be said to them is printed."""
    wizard = make_wizard()
    to_informed(qtbot, wizard, Frame.CONCERN)
    page = wizard.informed_page
    assert page.title() == "The parents"
    assert page.choices[Informed.NOT_INFORMED].text() == "The parents have not been informed"
    choose_informed(qtbot, wizard, Informed.NOT_INFORMED)
    page.reason.setCurrentIndex(page.reason.findData(ReasonKind.CHILD_INTEREST.value))
    page.parents_comment.setPlainText("La mère sera reçue après l'évaluation.")
    click_next(qtbot, wizard)
    wait_for_preview(qtbot, wizard)
    text = wizard.preview_page.preview_text()
    assert labels.informed_parents(Informed.NOT_INFORMED) in text
    assert "L. 226-2-1" in text  # the legal basis
    assert reason_label(ReasonKind.CHILD_INTEREST) in text
    assert "La mère sera reçue après l'évaluation." in text
