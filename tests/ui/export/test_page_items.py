"""The items step: whole interviews or single paragraphs, sources in a concern report."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.selection import DetailKey, InterviewChoice
from app.core.session import Session
from app.domain.models import InterviewDraft, PersonDraft
from app.domain.summary import FactSource, Frame
from app.ui.export.wizard import ExportWizard
from tests.support.disclosure_data import PARAGRAPHS, SeededPerson
from tests.ui.export.conftest import WizardFactory, click_option, fill_recipient


def test_ticking_an_interview_takes_all_of_it_and_unticking_none(
    qtbot: QtBot, make_wizard: WizardFactory, seeded: SeededPerson
) -> None:
    """The interview's box ticks every paragraph and addendum; one paragraph makes it partial."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.LIAISON)
    picker = wizard.items_page.facts
    oldest = picker.interviews.item(picker.interviews.count() - 1)
    picker.interviews.setCurrentItem(oldest)
    oldest.setCheckState(Qt.CheckState.Checked)
    [choice] = picker.choices()
    assert choice.interview_id == seeded.interviews[0]
    assert choice.paragraphs == (0, 1, 2) and len(choice.addenda) == 1
    assert all(row.check.isChecked() for row in picker.rows)
    oldest.setCheckState(Qt.CheckState.Unchecked)
    assert picker.choices() == ()
    qtbot.mouseClick(picker.rows[1].check, Qt.MouseButton.LeftButton)
    assert picker.choices() == (InterviewChoice(seeded.interviews[0], (1,), ()),)
    assert oldest.checkState() == Qt.CheckState.PartiallyChecked


def test_clicking_a_paragraph_text_ticks_it(qtbot: QtBot, make_wizard: WizardFactory) -> None:
    """The whole paragraph is a click target, like a check box's label."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.LIAISON)
    row = wizard.items_page.facts.rows[0]
    qtbot.mouseClick(row.text, Qt.MouseButton.LeftButton)
    assert row.check.isChecked()
    assert row.text.text() == PARAGRAPHS[1][0]  # newest interview first


def test_ticks_survive_moving_between_interviews(qtbot: QtBot, make_wizard: WizardFactory) -> None:
    """Opening another interview and coming back keeps what was ticked."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.LIAISON)
    picker = wizard.items_page.facts
    qtbot.mouseClick(picker.rows[1].check, Qt.MouseButton.LeftButton)
    picker.interviews.setCurrentRow(1)
    picker.interviews.setCurrentRow(0)
    assert [row.check.isChecked() for row in picker.rows] == [False, True]


def test_next_steps_and_details_are_ticked_one_by_one(
    qtbot: QtBot, make_wizard: WizardFactory, seeded: SeededPerson
) -> None:
    """Follow-ups and details are listed unticked and chosen individually."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.PERSON_COPY)
    page = wizard.items_page
    assert page.details.count() == 4
    page.details.item(3).setCheckState(Qt.CheckState.Checked)
    page.follow_ups.item(0).setCheckState(Qt.CheckState.Checked)
    assert page.follow_up_ids() == (seeded.follow_up,)
    [detail] = page.detail_choices()
    assert (detail.key, detail.line) == (DetailKey.DETAILS_LINE, 1)


def test_a_concern_report_needs_a_source_for_each_ticked_fact(
    qtbot: QtBot, make_wizard: WizardFactory, seeded: SeededPerson
) -> None:
    """Next stays disabled until every ticked fact is marked observed or reported."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.CONCERN)
    page = wizard.items_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    rows = page.facts.rows
    assert all(not b.isEnabled() for row in rows for b in row.sources.values())
    qtbot.mouseClick(rows[0].check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows[1].check, Qt.MouseButton.LeftButton)
    assert not next_button.isEnabled()
    click_option(qtbot, rows[0].sources[FactSource.OBSERVED])
    assert not next_button.isEnabled()
    click_option(qtbot, rows[1].sources[FactSource.REPORTED])
    assert next_button.isEnabled()
    newest = seeded.interviews[1]
    assert page.sources() == {
        f"interview:{newest}#p1": FactSource.OBSERVED,
        f"interview:{newest}#p2": FactSource.REPORTED,
    }
    qtbot.mouseClick(rows[1].check, Qt.MouseButton.LeftButton)
    assert page.sources() == {f"interview:{newest}#p1": FactSource.OBSERVED}


def test_changing_the_frame_starts_the_items_afresh(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    """Back to step one, another frame: the items step opens with nothing ticked again."""
    wizard = make_wizard()
    fill_recipient(qtbot, wizard, Frame.LIAISON)
    wizard.items_page.facts.interviews.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.back()
    wizard.recipient_page.set_frame(Frame.PERSON_COPY)
    wizard.next()
    assert wizard.items_page.facts.choices() == ()


def test_empty_lists_say_there_is_nothing_to_tick(
    qtbot: QtBot, session: Session, caseload: Caseload, make_wizard: WizardFactory
) -> None:
    """A person with no next step and no detail: both lists say so; a full person's do not."""
    person = caseload.add_person(PersonDraft("Sans suite"))
    caseload.add_interview(person, InterviewDraft(date.today()), "Premier entretien.")
    wizard = ExportWizard(session, person, choose_path=lambda *_args: None)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_recipient(qtbot, wizard, Frame.LIAISON)
    page = wizard.items_page
    assert page.follow_ups.count() == 0 and page.follow_ups_empty.is_shown()
    assert page.follow_ups_empty.label.text() == "No open next step for this person."
    assert page.details.count() == 0 and page.details_empty.is_shown()
    assert not page.facts.interviews_empty.is_shown()  # it has one interview
    full = make_wizard()
    fill_recipient(qtbot, full, Frame.LIAISON)
    assert full.items_page.follow_ups.count() and not full.items_page.follow_ups_empty.is_shown()
