"""Tests for app/ui/widgets/checked_edit.py: free-text fields outside the notes are checked too."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from app.core.spelling import load_engine
from app.ui.export.page_frame import FramePage
from app.ui.export.state import ExportState
from app.ui.widgets.checked_edit import CheckedTextEdit
from app.ui.widgets.spelling import SpellService

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
