"""The wording step: one click replaces a term or a name in the summary, never in the note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import stores
from app.domain.ids import InterviewId
from app.domain.summary import ExportFormat, Frame, Informed
from app.ui.export.wizard import ExportWizard
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
    "Elle évoque des violences conjugales depuis un an ; son fils Léo Martin était présent."
    " Suivi par un alcoolique anonyme, dit-elle."
)


@pytest.fixture
def sensitive(caseload: Caseload, seeded: SeededPerson) -> InterviewId:
    """The newest interview: sensitive words and a child's name."""
    return caseload.add_interview(seeded.person_id, draft(date(2026, 4, 1)), SENSITIVE)


def to_wording(qtbot: QtBot, wizard: ExportWizard) -> None:
    fill_recipient(qtbot, wizard, Frame.LIAISON)
    wizard.items_page.facts.interviews.item(0).setCheckState(Qt.CheckState.Checked)
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.wording_page


def test_terms_and_names_are_flagged_with_their_remedies(
    qtbot: QtBot, make_wizard: WizardFactory, sensitive: InterviewId
) -> None:
    """Each flag shows the words in context and the one-click choices."""
    wizard = make_wizard()
    to_wording(qtbot, wizard)
    rows = wizard.wording_page.rows
    assert len(rows) == 3
    assert "<b>violences conjugales</b>" in rows[0].snippet.text()
    assert [b.text() for b in rows[0].buttons] == [
        "Replace with “relations intrafamiliales”",
        "Keep",
    ]
    assert [b.text() for b in rows[1].buttons] == [
        "Use initials “L. M.”",
        "Remove the name",
        "Keep",
    ]


def test_one_click_replaces_in_the_export_and_the_note_is_unchanged(
    qtbot: QtBot,
    make_wizard: WizardFactory,
    sensitive: InterviewId,
    caseload: Caseload,
    out_dir: Path,
) -> None:
    """The written file has the neutral words and initials; the note keeps what was written."""
    wizard = make_wizard()
    to_wording(qtbot, wizard)
    rows = wizard.wording_page.rows
    qtbot.mouseClick(rows[0].buttons[0], Qt.MouseButton.LeftButton)  # relations intrafamiliales
    qtbot.mouseClick(rows[1].buttons[0], Qt.MouseButton.LeftButton)  # L. M.
    qtbot.mouseClick(rows[2].buttons[-1], Qt.MouseButton.LeftButton)  # keep
    assert all(not b.isEnabled() for row in rows for b in row.buttons)
    click_next(qtbot, wizard)
    choose_informed(qtbot, wizard, Informed.AGREED)
    click_next(qtbot, wizard)
    wait_for_preview(qtbot, wizard)
    preview = wizard.preview_page.preview_text()
    expected = (
        "Elle évoque des relations intrafamiliales depuis un an ; son fils L. M. était présent."
        " Suivi par un alcoolique anonyme, dit-elle."
    )
    assert expected in preview
    click_next(qtbot, wizard)
    wizard.write_page.formats[ExportFormat.TXT].setChecked(True)
    finish(qtbot, wizard)
    [path] = list(out_dir.iterdir())
    assert expected in path.read_text(encoding="utf-8")
    assert stores(caseload.session).interviews.get(sensitive).facts == SENSITIVE


def test_a_removed_word_leaves_no_double_space(
    qtbot: QtBot, make_wizard: WizardFactory, sensitive: InterviewId
) -> None:
    """Removing a name closes the gap it leaves, and later flags still land right."""
    wizard = make_wizard()
    to_wording(qtbot, wizard)
    rows = wizard.wording_page.rows
    qtbot.mouseClick(rows[1].buttons[1], Qt.MouseButton.LeftButton)  # remove the name
    qtbot.mouseClick(rows[0].buttons[0], Qt.MouseButton.LeftButton)
    summary = wizard.wording_page.summary
    assert summary is not None
    assert "son fils était présent" in summary.facts[0].text
    assert "relations intrafamiliales" in summary.facts[0].text


def test_going_back_to_the_items_starts_the_check_again(
    qtbot: QtBot, make_wizard: WizardFactory, sensitive: InterviewId
) -> None:
    """Changes apply to the texts as chosen; choosing again forgets them."""
    wizard = make_wizard()
    to_wording(qtbot, wizard)
    qtbot.mouseClick(wizard.wording_page.rows[0].buttons[0], Qt.MouseButton.LeftButton)
    assert len(wizard.wording_page.replacements()) == 1
    wizard.back()
    wizard.next()
    assert wizard.wording_page.replacements() == ()
    assert all(b.isEnabled() for b in wizard.wording_page.rows[0].buttons)
