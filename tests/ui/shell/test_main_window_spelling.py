"""Spell check in the real window: typing underlines, the menu corrects, added words stay secret."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from app.core.personal_words import personal_words
from app.core.spelling import load_engine
from app.core.vault import unlock
from app.ui.widgets.facts_edit import FactsEdit
from tests.support import REPO
from tests.ui.conftest import (
    BACKGROUND_TIMEOUT_MS,
    PASSPHRASE,
    VaultOnDisk,
    WindowFactory,
    unlock_through_screen,
)

pytestmark = pytest.mark.skipif(
    not load_engine().available, reason="the Hunspell dictionaries are not installed (.ci/run does)"
)

SURNAME_CANARY = "Zorbaquettinez"


def _point_in(edit: FactsEdit, word: str) -> QPoint:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(edit.toPlainText().index(word) + 1)
    return edit.cursorRect(cursor).center()


def test_typing_a_typo_in_the_facts_underlines_it_and_the_menu_proposes_the_word(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Typed "Le logemnt est insalubre": "logemnt" underlined, the menu offers "logement"."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    workspace = window.workspace
    assert workspace is not None and workspace.open_interview(existing_vault.interview_id)
    qtbot.waitUntil(window.speller.is_loaded, timeout=BACKGROUND_TIMEOUT_MS)
    facts = workspace.editor.facts
    facts.setFocus()
    facts.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(facts, "\r")
    qtbot.keyClicks(facts, "Le logemnt est insalubre")
    block = facts.document().lastBlock()
    spell = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    formats = [f for f in block.layout().formats() if f.format.underlineStyle() == spell]
    underlined = [block.text()[f.start : f.start + f.length] for f in formats]
    assert underlined == ["logemnt"]
    menu = facts.build_context_menu(_point_in(facts, "logemnt"))
    qtbot.waitUntil(lambda: any(a.text() == "logement" for a in menu.actions()), timeout=10_000)
    add = next(a for a in menu.actions() if a.objectName() == "spelling-add")
    add.trigger()  # "logemnt" is now the worker's own word, kept in the vault
    assert window.session is not None and "logemnt" in personal_words(window.session)
    assert "dictionary" in window.statusBar().currentMessage()
    menu.deleteLater()


CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.core.personal_words import add_personal_word, personal_words
from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS
from app.ui.shell.preferences import Preferences
from app.ui.widgets.facts_edit import FactsEdit
from app.ui.widgets.spelling import spell_service

app = QApplication([])
app.setOrganizationName("Carnet"); app.setApplicationName("Carnet")
vault, word, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
session = create_vault(vault, passphrase, TEST_PARAMS).session
speller = spell_service()
speller.load_now()
speller.attach(personal_words(session), lambda w: add_personal_word(session, w))
edit = FactsEdit()
edit.resize(600, 200); edit.show(); app.processEvents()
edit.setPlainText(f"Madame {word} est venue.")
cursor = edit.textCursor(); cursor.setPosition(9)
menu = edit.build_context_menu(edit.cursorRect(cursor).center())
next(a for a in menu.actions() if a.objectName() == "spelling-add").trigger()
Preferences().sync()
speller.detach()
session.close()
"""


def test_a_surname_added_to_the_dictionary_is_in_no_file_of_the_home_folder(
    tmp_path: Path,
) -> None:
    """Canary: after « Add to dictionary », no file under HOME (config, data, cache) holds it."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ENCHANT"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), TMPDIR=str(home / "tmp"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_STATE_HOME=str(home / ".local/state"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO))  # fmt: skip
    (home / "tmp").mkdir()
    vault = home / "vault"
    subprocess.run([sys.executable, "-c", CHILD, str(vault), SURNAME_CANARY, PASSPHRASE],
                   env=env, cwd=REPO, check=True, timeout=120)  # fmt: skip
    session = unlock(vault, PASSPHRASE)
    try:
        assert SURNAME_CANARY in personal_words(session)  # it was really added, to the vault
    finally:
        session.close()
    files = [path for path in home.rglob("*") if path.is_file()]
    assert any(".config" in path.parts for path in files)  # the child did write its settings
    needles = (SURNAME_CANARY.encode(), SURNAME_CANARY.encode("utf-16-le"))
    leaks = [path for path in files if any(n in path.read_bytes() for n in needles)]
    assert leaks == []
