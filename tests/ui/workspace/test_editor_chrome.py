"""Tests for app/ui/workspace/editor_chrome.py: the editor's header."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.ui.workspace.editor_chrome import EditorHeader


def test_privacy_mode_hides_the_name_in_the_editor_title(qtbot: QtBot) -> None:
    """The interview title shows initials while privacy mode is on, the name again after."""
    header = EditorHeader()
    qtbot.addWidget(header)
    header.set_title("Élodie Martin", date(2026, 3, 2))
    header.set_privacy(True)
    assert "Martin" not in header.title.text() + header.title.toolTip()
    assert header.title.text().startswith("É. M. · ")
    header.set_privacy(False)
    assert header.title.text().startswith("Élodie Martin · ")
