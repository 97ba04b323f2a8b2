"""Tests for app/ui/export/fact_picker.py: the interviews list when there is none."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.export.fact_picker import FactPicker


def test_no_interview_says_so(qtbot: QtBot) -> None:
    """A person with no interview: the list says there is nothing to choose from."""
    picker = FactPicker()
    qtbot.addWidget(picker)
    picker.show()
    picker.load((), with_source=False)
    assert picker.interviews.count() == 0
    assert picker.interviews_empty.is_shown()
    assert picker.interviews_empty.label.text() == "No interview to choose from."
