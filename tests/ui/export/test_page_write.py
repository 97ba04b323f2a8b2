"""The write step: PDF offered, a one-line recap of what is about to leave."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain.summary import ExportFormat, Frame
from app.ui.export.page_write import WritePage
from tests.export.conftest import make_summary


def test_recap_names_the_document_the_recipient_and_the_item_count(qtbot: QtBot) -> None:
    """Before writing, the worker reads what, to whom, and how many items."""
    page = WritePage()
    qtbot.addWidget(page)
    page.show_recap(make_summary(Frame.LIAISON, fact_count=3))
    text = page.recap.text()
    assert text.startswith("Liaison note to Dr Claire Martin, médecin du travail, SIST Paris")
    assert "5 item(s)" in text  # one detail, three facts, one follow-up
    assert page.format() is ExportFormat.PDF


def test_busy_locks_the_format_and_says_so(qtbot: QtBot) -> None:
    """While writing, the format cannot change; an error is shown in plain words."""
    page = WritePage()
    qtbot.addWidget(page)
    page.set_busy(True)
    assert not any(b.isEnabled() for b in page.formats.values())
    page.show_error("The transmission could not be written, and nothing was recorded.")
    page.set_busy(False)
    assert all(b.isEnabled() for b in page.formats.values())
    assert "nothing was recorded" in page.message.text()
