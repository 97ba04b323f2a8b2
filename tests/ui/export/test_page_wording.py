"""The wording step: questions, never a milder word; edits in the transmission, never the note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session, stores
from app.core.wording import Kind
from app.domain.ids import InterviewId
from app.domain.summary import ExportFormat, FactSource, Frame, Informed
from app.ui.export.retype_dialog import RetypeDialog
from app.ui.export.wizard import ExportWizard
from app.ui.widgets.facts_edit import FactsEdit
from tests.support import draft
from tests.support.disclosure_data import SeededPerson
from tests.ui.export.conftest import (
    WizardFactory,
    choose_informed,
    click_next,
    fill_recipient,
    finish,
    wait_for_preview,
)

SENSITIVE = (
    "Il a reçu des menaces de mort de son ex-conjoint. Mme est manipulatrice, il semble."
    " Son fils Léo Martin était présent."
)
ATTRIBUTE = "Attribute: “The person says that…”"


@pytest.fixture
def sensitive(caseload: Caseload, seeded: SeededPerson) -> InterviewId:
    """The newest interview: a serious fact, a label, a guess and a child's name."""
    return caseload.add_interview(seeded.person_id, draft(date(2026, 4, 1)), SENSITIVE)


def to_wording(qtbot: QtBot, wizard: ExportWizard, frame: Frame = Frame.LIAISON) -> None:
    fill_recipient(qtbot, wizard, frame)
    wizard.items_page.facts.interviews.item(0).setCheckState(Qt.CheckState.Checked)
    for row in wizard.items_page.facts.rows:
        row.set_source(FactSource.OBSERVED)
    click_next(qtbot, wizard)
    if frame is Frame.CONCERN:
        wizard.frame_page.minor.insert("L. Q., née en 2015")
        click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.wording_page


def buttons(wizard: ExportWizard, term: str) -> list[str]:
    page = wizard.wording_page
    [row] = [r for r, f in zip(page.rows, page.flags, strict=True) if f.finding.text == term]
    return [b.text() for b in row.buttons]


def click(qtbot: QtBot, wizard: ExportWizard, term: str, label: str) -> None:
    page = wizard.wording_page
    [row] = [r for r, f in zip(page.rows, page.flags, strict=True) if f.finding.text == term]
    [button] = [b for b in row.buttons if b.text() == label]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_preview(qtbot: QtBot, wizard: ExportWizard) -> str:
    click_next(qtbot, wizard)
    choose_informed(qtbot, wizard, Informed.AGREED)
    click_next(qtbot, wizard)
    wait_for_preview(qtbot, wizard)
    return wizard.preview_page.preview_text()


def write_text(qtbot: QtBot, wizard: ExportWizard, out_dir: Path) -> str:
    click_next(qtbot, wizard)
    wizard.write_page.formats[ExportFormat.TXT].setChecked(True)
    finish(qtbot, wizard)
    [path] = list(out_dir.iterdir())
    return path.read_text(encoding="utf-8")


def test_each_finding_asks_and_no_milder_word_is_offered(
    qtbot: QtBot, make_wizard: WizardFactory, sensitive: InterviewId
) -> None:
    """The threat, the label, the guess and the name each show a question; no "Replace"."""
    wizard = make_wizard()
    to_wording(qtbot, wizard)
    page = wizard.wording_page
    assert [f.finding.text for f in page.flags] == [
        "menaces de mort",
        "manipulatrice",
        "il semble",
        "Léo Martin",
    ]
    assert "<b>menaces de mort</b>" in page.rows[0].snippet.text()
    assert "Is this needed for this recipient?" in page.rows[0].what.text()
    assert buttons(wizard, "menaces de mort") == [
        ATTRIBUTE,
        "Leave this paragraph out",
        "Retype…",
        "Keep",
    ]
    assert buttons(wizard, "manipulatrice") == ["Retype…", "Keep"]
    assert "Describe that instead." in page.rows[1].what.text()
    assert buttons(wizard, "Léo Martin")[0] == "Use initials “L. M.”"
    assert not [b for r in page.rows for b in r.buttons if b.text().startswith("Replace")]


def test_a_concern_report_never_offers_to_drop_a_serious_fact(
    qtbot: QtBot, make_wizard: WizardFactory, sensitive: InterviewId
) -> None:
    """In an information préoccupante the threat can be attributed or retyped, not left out."""
    wizard = make_wizard()
    to_wording(qtbot, wizard, Frame.CONCERN)
    assert buttons(wizard, "menaces de mort") == [ATTRIBUTE, "Retype…", "Keep"]
    assert "keep it exact" in wizard.wording_page.rows[0].what.text()


def test_attribution_keeps_the_threat_in_the_written_file(
    qtbot: QtBot,
    make_wizard: WizardFactory,
    sensitive: InterviewId,
    caseload: Caseload,
    session: Session,
    out_dir: Path,
) -> None:
    """The sentence is attributed whole; the file has it; the register marks the item edited."""
    wizard = make_wizard()
    to_wording(qtbot, wizard)
    click(qtbot, wizard, "menaces de mort", ATTRIBUTE)
    click(qtbot, wizard, "Léo Martin", "Use initials “L. M.”")
    expected = "The person says that il a reçu des menaces de mort de son ex-conjoint."
    assert expected in to_preview(qtbot, wizard)
    written = write_text(qtbot, wizard, out_dir)
    assert expected in written and "Son fils L. M. était présent." in written
    assert stores(caseload.session).interviews.get(sensitive).facts == SENSITIVE
    [entry] = stores(session).disclosures.list()
    assert entry.item_refs == (f"interview:{sensitive}#p1 (edited)",)


def test_a_retyped_paragraph_is_what_the_preview_and_the_file_show(
    qtbot: QtBot,
    make_wizard: WizardFactory,
    sensitive: InterviewId,
    caseload: Caseload,
    out_dir: Path,
) -> None:
    """The worker's own words replace the paragraph in this transmission; the note stays."""
    wizard = make_wizard()
    to_wording(qtbot, wizard)
    page = wizard.wording_page
    target = f"interview:{sensitive}#p1"
    qtbot.mouseClick(page.text_rows[target], Qt.MouseButton.LeftButton)
    dialog = page.findChild(RetypeDialog, "retypeDialog")
    assert dialog is not None and dialog.editor.toPlainText() == SENSITIVE
    dialog.editor.setPlainText("Mme décrit des menaces de mort reçues de son ex-conjoint.")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert [f.finding.text for f in page.flags] == ["menaces de mort"]
    preview = to_preview(qtbot, wizard)
    assert "Mme décrit des menaces de mort reçues de son ex-conjoint." in preview
    assert "manipulatrice" not in preview
    assert "Mme décrit des menaces" in write_text(qtbot, wizard, out_dir)
    assert stores(caseload.session).interviews.get(sensitive).facts == SENSITIVE


def test_leaving_a_paragraph_out_and_undoing_it(
    qtbot: QtBot, make_wizard: WizardFactory, sensitive: InterviewId
) -> None:
    """Left out, the paragraph is gone from the transmission; Undo brings it back."""
    wizard = make_wizard()
    to_wording(qtbot, wizard)
    page = wizard.wording_page
    click(qtbot, wizard, "menaces de mort", "Leave this paragraph out")
    assert page.summary is not None and page.summary.facts == ()
    assert page.flags == []
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.summary is not None and page.summary.facts[0].text == SENSITIVE
    assert page.replacements() == ()


def test_going_back_to_the_items_starts_the_check_again(
    qtbot: QtBot, make_wizard: WizardFactory, sensitive: InterviewId
) -> None:
    """Changes apply to the texts as chosen; choosing again forgets them."""
    wizard = make_wizard()
    to_wording(qtbot, wizard)
    click(qtbot, wizard, "Léo Martin", "Use initials “L. M.”")
    assert len(wizard.wording_page.replacements()) == 1
    wizard.back()
    wizard.next()
    assert wizard.wording_page.replacements() == ()


def test_editor_and_export_raise_the_same_judgements(
    qtbot: QtBot, make_wizard: WizardFactory, sensitive: InterviewId
) -> None:
    """One text fed to both: what the editor underlines is what the export asks as judgement."""
    editor = FactsEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(SENSITIVE)
    underlined = [(start, end, text) for start, end, text in editor.flagged_spans()]
    wizard = make_wizard()
    to_wording(qtbot, wizard)
    asked = [
        (f.finding.start, f.finding.end, f.finding.text)
        for f in wizard.wording_page.flags
        if f.finding.kind is Kind.JUDGEMENT
    ]
    label, guess = SENSITIVE.index("manipulatrice"), SENSITIVE.index("il semble")
    assert (
        underlined
        == asked
        == [(label, label + 13, "manipulatrice"), (guess, guess + 9, "il semble")]
    )
