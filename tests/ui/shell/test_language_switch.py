"""Switching the language in Settings: every open screen speaks the new one at once.

Started in French with a note open, the worker chooses English in Settings:
the workspace, the menus (Notes included), the toolbar and the window show no
French text left from before, without a restart.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.session import database, stores
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.shell.app import Translations
from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences import Language, Preferences
from app.ui.workspace.autosave import SaveState
from tests.support.languages import reset_language
from tests.ui.conftest import VaultOnDisk, WindowFactory, texts_in, unlock_through_screen
from tests.ui.workspace.conftest import type_text

CATALOGUES = Path(__file__).resolve().parents[3] / "resources" / "translations"


def french_only() -> frozenset[str]:
    """Every French translation that is not also an English text (so it can only be French)."""
    french: set[str] = set()
    english: set[str] = set()
    for message in ET.parse(CATALOGUES / "carnet_fr.ts").getroot().iter("message"):
        english.add(message.findtext("source") or "")
        translation = message.find("translation")
        if translation is not None:
            french |= {t for t in translation.itertext() if t.strip()}
    return frozenset(t for t in french - english if len(t) > 3)


def shown_texts(window: QWidget) -> list[str]:
    """What the worker can read: texts in the tree, buttons, tabs, group titles, menus."""
    found = texts_in(window)
    found += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    found += [b.toolTip() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    found += [g.title() for g in window.findChildren(QGroupBox)]
    for tabs in window.findChildren(QTabWidget):
        found += [tabs.tabText(i) for i in range(tabs.count())]
    for action in window.findChildren(QAction):
        found += [action.text(), action.toolTip(), action.statusTip()]
    for menu in window.findChildren(QMenu):
        found.append(menu.title())
        found += [a.text() for a in menu.actions()]
    return found


@pytest.fixture
def translations() -> Iterator[Translations]:
    """The application's catalogues, French to begin with; none left installed afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = Translations(app)
    installed.apply(Language.FRENCH)
    yield installed
    reset_language(installed)


def choose_in_settings(qtbot: QtBot, window: MainWindow, language: Language) -> None:
    window.open_settings()
    [dialog] = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    dialog.language.setCurrentIndex(dialog.language.findData(language.value))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_french_to_english_in_settings_leaves_no_french_on_screen(
    qtbot: QtBot,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    translations: Translations,
    preferences: Preferences,
) -> None:
    """With a note open in French, choosing English retranslates workspace and menus at once."""
    preferences.set_language(Language.FRENCH)
    window = make_window(existing_vault.folder, translations=translations)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    workspace = window.workspace
    assert workspace is not None and workspace.open_interview(existing_vault.interview_id)
    french = french_only()
    before = [t for t in shown_texts(window) if t in french]
    assert "&Fichier" in [m.title() for m in window.findChildren(QMenu)]
    assert before  # the control: the scan sees the French it looks for

    choose_in_settings(qtbot, window, Language.ENGLISH)

    assert preferences.language() is Language.ENGLISH
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")  # LanguageChange is posted
    left = sorted({t for t in shown_texts(window) if t in french})
    assert left == []
    assert window.file_menu.title() == "&File" and window.notes_menu.title() == "&Notes"
    assert window.workspace is not None
    assert window.workspace.editor.interview_id() == existing_vault.interview_id
    notes = " ".join(a.text() for a in window.notes_menu.actions())
    assert "person" in notes and "Search" in notes.replace("&", "")


def test_a_change_that_cannot_be_saved_crosses_the_switch_and_is_saved_after(
    qtbot: QtBot,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    translations: Translations,
    preferences: Preferences,
) -> None:
    """Disk full while the language changes: the workspace speaks English at once anyway,
    the unsaved text is back in the note, and it is saved once there is room."""
    preferences.set_language(Language.FRENCH)
    window = make_window(existing_vault.folder, translations=translations)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    workspace, session = window.workspace, window.session
    assert workspace is not None and session is not None
    assert workspace.open_interview(existing_vault.interview_id)
    before = workspace.editor.facts.toPlainText()
    db = database(session)
    db.scalar(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count')}")
    added = " Des faits longuement décrits." * 4000
    workspace.editor.facts.moveCursor(QTextCursor.MoveOperation.End)
    workspace.editor.facts.insertPlainText(added)
    qtbot.waitUntil(lambda: workspace.editor.save_state() == SaveState.FAILED, timeout=5_000)

    choose_in_settings(qtbot, window, Language.ENGLISH)
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")

    rebuilt = window.workspace
    assert rebuilt is not None and rebuilt is not workspace
    assert rebuilt.editor.interview_id() == existing_vault.interview_id
    assert rebuilt.editor.facts.toPlainText() == before + added
    assert "not saved yet" in rebuilt.message_bar.text()
    assert sorted({t for t in shown_texts(window) if t in french_only()}) == []
    db.scalar("PRAGMA max_page_count = 1073741823")  # room again
    type_text(rebuilt.editor.facts, "!")
    qtbot.waitUntil(lambda: rebuilt.editor.save_state() == SaveState.SAVED, timeout=5_000)
    stored = stores(session).interviews.get(existing_vault.interview_id).facts
    assert stored == before + added + "!"
