"""Tests for app/ui/widgets/spelling.py: underlines, context menu, personal and ignored words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.core.spelling import load_engine
from app.domain.errors import VaultLocked
from app.ui.session.clipboard_guard import SensitiveClipboard
from app.ui.widgets.facts_edit import FactsEdit
from app.ui.widgets.hypotheses_edit import HypothesesEdit
from app.ui.widgets.spelling import SpellService

pytestmark = pytest.mark.skipif(
    not load_engine().available, reason="the Hunspell dictionaries are not installed (.ci/run does)"
)

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture
def speller() -> SpellService:
    """A loaded service whose personal words go to a list."""
    service = SpellService()
    service.load_now()
    service.saved = []  # type: ignore[attr-defined]
    service.attach([], service.saved.append)  # type: ignore[attr-defined]
    return service


def underlined(edit: QPlainTextEdit) -> list[str]:
    """The words of the first block that carry a spelling underline."""
    block = edit.document().firstBlock()
    return [
        block.text()[f.start : f.start + f.length]
        for f in block.layout().formats()
        if f.format.underlineStyle() == SPELL
    ]


def point_in(edit: QPlainTextEdit, word: str) -> QPoint:
    """Viewport position of the middle of `word`'s first character."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(edit.toPlainText().index(word) + 1)
    return edit.cursorRect(cursor).center()


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()]


def suggestions_of(qtbot: QtBot, menu: QMenu) -> list[str]:
    """Wait for the background suggestions, then return them."""
    qtbot.waitUntil(lambda: not any(a.objectName() == "spelling-waiting" for a in menu.actions())
                    or "No suggestions" in menu_texts(menu), timeout=10_000)  # fmt: skip
    return [a.text() for a in menu.actions() if a.objectName() == "spelling-suggestion"]


@pytest.fixture
def facts(qtbot: QtBot, speller: SpellService) -> FactsEdit:
    widget = FactsEdit(clipboard=SensitiveClipboard(clear_after_ms=60_000), speller=speller)
    qtbot.addWidget(widget)
    widget.resize(500, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_typing_underlines_the_misspelled_word_only(qtbot: QtBot, facts: FactsEdit) -> None:
    """Typed "Le logemnt est insalubre": only "logemnt" is underlined."""
    qtbot.keyClicks(facts, "Le logemnt est insalubre")
    assert underlined(facts) == ["logemnt"]


def test_spelling_and_judgement_underlines_live_together(facts: FactsEdit) -> None:
    """A judgement phrase keeps its own underline beside a spelling one."""
    facts.setPlainText("Je pense que le logemnt est sale.")
    wave = QTextCharFormat.UnderlineStyle.WaveUnderline
    formats = facts.document().firstBlock().layout().formats()
    assert [(f.start, f.length) for f in formats if f.format.underlineStyle() == wave] == [(0, 8)]
    assert underlined(facts) == ["logemnt"]


def test_menu_proposes_logement_and_replaces_the_word(qtbot: QtBot, facts: FactsEdit) -> None:
    """The context menu over "logemnt" offers "logement"; choosing it corrects the text."""
    facts.setPlainText("Le logemnt est insalubre")
    menu = facts.build_context_menu(point_in(facts, "logemnt"))
    found = suggestions_of(qtbot, menu)
    assert "logement" in found
    assert "Add to dictionary" in menu_texts(menu) and "Ignore" in menu_texts(menu)
    next(a for a in menu.actions() if a.text() == "logement").trigger()
    assert facts.toPlainText() == "Le logement est insalubre"
    facts.undo()
    assert facts.toPlainText() == "Le logemnt est insalubre"  # an ordinary, undoable edit
    menu.deleteLater()


def test_add_to_dictionary_saves_the_word_and_removes_the_underline(
    facts: FactsEdit, speller: SpellService
) -> None:
    """« Add to dictionary » hands the word to the vault's saver; it is no longer underlined."""
    facts.setPlainText("Madame Quettierz est venue.")
    assert underlined(facts) == ["Quettierz"]
    menu = facts.build_context_menu(point_in(facts, "Quettierz"))
    next(a for a in menu.actions() if a.objectName() == "spelling-add").trigger()
    assert speller.saved == ["Quettierz"]  # type: ignore[attr-defined]
    assert underlined(facts) == []
    menu.deleteLater()


def test_ignore_lasts_until_the_vault_locks(facts: FactsEdit, speller: SpellService) -> None:
    """« Ignore » accepts the word without saving it; locking (detach) forgets it."""
    facts.setPlainText("Un mot bizarrz ici.")
    menu = facts.build_context_menu(point_in(facts, "bizarrz"))
    next(a for a in menu.actions() if a.objectName() == "spelling-ignore").trigger()
    assert underlined(facts) == []
    assert speller.saved == []  # type: ignore[attr-defined]
    speller.detach()
    assert underlined(facts) == ["bizarrz"]
    menu.deleteLater()


def test_a_word_that_cannot_be_saved_stays_underlined(qtbot: QtBot, facts: FactsEdit) -> None:
    """The vault refusing the word (locked) gives a message and keeps the underline."""
    service = SpellService()
    service.load_now()

    def refuse(_word: str) -> None:
        raise VaultLocked()

    service.attach([], refuse)
    with qtbot.waitSignal(service.message):
        assert not service.add_word("Quettierz")
    assert service.is_misspelled("Quettierz")


def test_switched_off_nothing_is_underlined(facts: FactsEdit, speller: SpellService) -> None:
    """Spelling off in Settings: no underline and no spelling entries in the menu."""
    facts.setPlainText("Le logemnt est insalubre")
    speller.set_enabled(False)
    assert underlined(facts) == []
    menu = facts.build_context_menu(point_in(facts, "logemnt"))
    assert not any(a.objectName().startswith("spelling") for a in menu.actions())
    menu.deleteLater()


def test_no_dictionary_means_spelling_off() -> None:
    """Without any dictionary the service says so and flags nothing."""
    service = SpellService(loader=lambda: load_engine(languages=("xx_NOPE",)))
    service.load_now()
    assert service.dictionaries_missing() and not service.is_active()
    assert service.misspelled("Le logemnt") == []


def test_hypotheses_menu_corrects_spelling_but_never_offers_copy(
    qtbot: QtBot, speller: SpellService
) -> None:
    """The hypotheses editor underlines and suggests, and its menu still has no Copy or Cut."""
    edit = HypothesesEdit(speller=speller)
    qtbot.addWidget(edit)
    edit.resize(500, 200)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setPlainText("Peut-être un logemnt trop petit")
    edit.selectAll()
    assert underlined(edit) == ["logemnt"]
    menu = edit.build_context_menu(point_in(edit, "logemnt"))
    assert "logement" in suggestions_of(qtbot, menu)
    names = {a.objectName() for a in menu.actions()}
    assert not names & {"edit-copy", "edit-cut", "link-copy"}
    menu.deleteLater()
