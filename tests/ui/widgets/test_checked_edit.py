"""Tests for app/ui/widgets/checked_edit.py: free-text fields outside the notes are checked too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.core.session import Session
from app.core.spelling import load_engine
from app.domain.ids import PersonId
from app.domain.models import Person
from app.ui.export.page_frame import FramePage
from app.ui.export.page_informed import InformedPage
from app.ui.export.page_recipient import RecipientPage
from app.ui.export.retype_dialog import RetypeDialog
from app.ui.export.state import ExportState
from app.ui.records.refusal_dialog import RefusalDialog
from app.ui.widgets.checked_edit import CheckedLineEdit, CheckedTextEdit
from app.ui.widgets.spelling import SpellService
from app.ui.workspace.person_file import PersonFilePage

pytestmark = pytest.mark.skipif(
    not load_engine().available, reason="the Hunspell dictionaries are not installed (.ci/run does)"
)


def test_a_checked_field_underlines_a_typo(qtbot: QtBot) -> None:
    """ "Orientaton" is underlined in a checked field; correct words are not."""
    speller = SpellService()
    speller.load_now()
    edit = CheckedTextEdit(speller=speller)
    qtbot.addWidget(edit)
    edit.setPlainText("Orientaton vers le CCAS proposée")
    spell = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    formats = edit.document().firstBlock().layout().formats()
    assert [(f.start, f.length) for f in formats if f.format.underlineStyle() == spell] == [(0, 10)]


def test_the_export_wizard_free_text_is_a_checked_field(qtbot: QtBot) -> None:
    """The export wizard's free-text fields (actions taken, danger assessment) check spelling."""
    page = FramePage(None, ExportState())
    qtbot.addWidget(page)
    assert isinstance(page.actions_taken, CheckedTextEdit)
    assert isinstance(page.danger, CheckedTextEdit)


@pytest.fixture
def line(qtbot: QtBot) -> CheckedLineEdit:
    """A shown one-line checked field with its own loaded speller."""
    speller = SpellService()
    speller.load_now()
    edit = CheckedLineEdit(speller=speller)
    qtbot.addWidget(edit)
    edit.resize(400, edit.height())
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def underlined_words(edit: CheckedLineEdit) -> list[str]:
    block = edit.document().firstBlock()
    spell = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    return [
        block.text()[f.start : f.start + f.length]
        for f in block.layout().formats()
        if f.format.underlineStyle() == spell
    ]


def test_a_one_line_field_underlines_a_typo_and_enter_does_not_break_the_line(
    qtbot: QtBot, line: CheckedLineEdit
) -> None:
    """Typed "Appeler le bailleur pour le logemnt" + Enter: "logemnt" underlined, one line,
    returnPressed emitted."""
    qtbot.keyClicks(line, "Appeler le bailleur pour le logemnt")
    with qtbot.waitSignal(line.returnPressed, timeout=1000):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "Appeler le bailleur pour le logemnt"
    assert line.document().blockCount() == 1
    assert underlined_words(line) == ["logemnt"]


def test_the_one_line_menu_corrects_the_word(qtbot: QtBot, line: CheckedLineEdit) -> None:
    """The context menu of a one-line field proposes "logement" and replaces the typo."""
    line.setText("Visite du logemnt")
    cursor = QTextCursor(line.document())
    cursor.setPosition(line.text().index("logemnt") + 1)
    menu = line.build_context_menu(line.cursorRect(cursor).center())
    qtbot.waitUntil(
        lambda: any(a.objectName() == "spelling-suggestion" for a in menu.actions()),
        timeout=10_000,
    )
    next(a for a in menu.actions() if a.text() == "logement").trigger()
    assert line.text() == "Visite du logement"
    menu.deleteLater()


def test_pasting_lines_gives_one_line_within_the_maximum(line: CheckedLineEdit) -> None:
    """Pasted or set text with line breaks becomes one line; the maximum length holds."""
    line.setMaxLength(20)
    data = QMimeData()
    data.setText("Rappeler\nla CAF\tdemain matin sans faute")
    line.insertFromMimeData(data)
    assert line.text() == "Rappeler la CAF dema"
    line.setText("Un\ndeux")
    assert line.text() == "Un deux"


def test_prose_fields_are_checked_and_name_fields_are_not(qtbot: QtBot, session: Session) -> None:
    """Next steps, reasons, requests, answers and purposes are checked; names are not."""
    person_file = PersonFilePage()
    refusal = RefusalDialog(session, PersonId(1))
    informed = InformedPage(ExportState())
    recipient = RecipientPage(Person(PersonId(1), "Zoé Quellec"), "Moi", ExportState())
    retype = RetypeDialog("Texte")
    for widget in (person_file, refusal, informed, recipient, retype):
        qtbot.addWidget(widget)
    checked = (
        person_file.follow_up_text,
        refusal.purpose,
        refusal.answer,
        informed.detail,
        recipient.purpose,
    )
    assert all(isinstance(field, CheckedLineEdit) for field in checked)
    assert isinstance(retype.editor, CheckedTextEdit)
    for name_field in (refusal.requester, recipient.recipient_name, recipient.author):
        assert isinstance(name_field, QLineEdit)
