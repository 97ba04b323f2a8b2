"""Tests for app/ui/shell/truncation.py, and the real screens at 1366×768 with text at 150 %."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.records.register_view import RegisterDialog
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.shell.app import Translations
from app.ui.shell.preferences import Language
from app.ui.shell.truncation import plain, truncated
from app.ui.workspace.person_dialog import PersonDialog
from tests.support.languages import reset_language
from tests.ui.conftest import VaultOnDisk, WindowFactory, unlock_through_screen

SENTENCE = "Aucune personne accompagnée pour l’instant, ajoutez-en une."


def _shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_plain_drops_access_keys_and_markup() -> None:
    """ "&Save" is drawn "Save", "&&" is one ampersand, tags are not drawn."""
    assert plain("&Enregistrer") == "Enregistrer"
    assert plain("R && D") == "R & D"
    assert plain("<b>Karim</b> B.") == "Karim B."


def test_a_label_too_narrow_is_found(qtbot: QtBot) -> None:
    """A one-line label given less room than its text is reported; a wide one is not."""
    window = QWidget()
    label = QLabel(SENTENCE, window)
    label.setGeometry(0, 0, 40, 30)
    _shown(qtbot, window, 600, 100)
    [problem] = truncated(window)
    assert "too narrow" in problem and "Aucune personne" in problem
    label.setGeometry(0, 0, 580, 30)
    assert truncated(window) == []


def test_a_wrapped_label_too_short_is_found(qtbot: QtBot) -> None:
    """A word-wrapped label with fewer lines of room than its text needs is reported."""
    window = QWidget()
    label = QLabel(SENTENCE * 4, window)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 200, 20)
    _shown(qtbot, window, 300, 300)
    assert any("too short" in p for p in truncated(window))
    label.setGeometry(0, 0, 200, 280)
    assert truncated(window) == []


def test_a_squeezed_button_and_a_hidden_toolbar_action_are_found(qtbot: QtBot) -> None:
    """A button narrower than its text, and toolbar actions pushed behind », are reported."""
    window = QMainWindow()
    bar = QToolBar(window)
    window.addToolBar(bar)
    for number in range(12):
        bar.addAction(QAction(f"Action numéro {number}", window))
    button = QPushButton("Ajouter une personne…", window)
    window.setCentralWidget(QWidget(window))
    button.setParent(window.centralWidget())
    button.setGeometry(0, 0, 30, 30)
    _shown(qtbot, window, 400, 200)
    found = truncated(window)
    assert any("QPushButton" in p and "too narrow" in p for p in found)
    assert any("hidden behind" in p for p in found)


def test_scrolling_content_is_not_truncation(qtbot: QtBot) -> None:
    """A label past the window's edge inside a scroll area can be scrolled to: not reported."""
    window = QWidget()
    area = QScrollArea(window)
    inner = QWidget()
    column = QVBoxLayout(inner)
    for _ in range(40):
        column.addWidget(QLabel("Une ligne"))
    area.setWidget(inner)
    layout = QVBoxLayout(window)
    layout.addWidget(area)
    _shown(qtbot, window, 300, 200)
    assert truncated(window) == []


# --- the real screens ---------------------------------------------------------------------------
def _walk(found: list[str], name: str, window: QWidget) -> None:
    QApplication.processEvents()
    found.extend(f"{name}: {problem}" for problem in truncated(window))


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH])
def test_no_text_is_cut_at_1366x768_with_large_text(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    large_text: None,
    language: Language,
) -> None:
    """Unlock, workspace, person file, interview, search, lists, dialogs, settings: all fit."""
    translations = Translations(qapp)
    translations.apply(language)
    try:
        found = _walk_screens(qtbot, make_window, existing_vault)
    finally:
        reset_language(translations)
    assert found == []


def _walk_screens(qtbot: QtBot, make_window: WindowFactory, vault: VaultOnDisk) -> list[str]:
    found: list[str] = []
    window = make_window(vault.folder)
    window.resize(1366, 768)
    _walk(found, "unlock", window)
    unlock_through_screen(qtbot, window, vault.passphrase)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.rows_loaded > 0)
    assert workspace.open_person(vault.person_id)
    _walk(found, "person file", window)
    assert workspace.open_interview(vault.interview_id)
    _walk(found, "interview", window)
    workspace.show_search(in_file=False)
    _walk(found, "search", window)
    workspace.show_follow_ups()
    _walk(found, "follow-ups due", window)
    workspace.records.show_past_term()
    _walk(found, "past term", window)
    person = PersonDialog(window)
    person.show()
    qtbot.waitExposed(person)
    _walk(found, "person dialog", person)
    person.reject()
    assert window.session is not None
    register = RegisterDialog(window.session, vault.person_id, window)
    register.resize(1366, 700)
    register.show()
    qtbot.waitExposed(register)
    _walk(found, "register", register)
    register.reject()
    window.open_settings()
    [settings] = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        _walk(found, f"settings tab {index}", settings)
    for dialog in window.findChildren(QDialog):
        dialog.reject()
    return found
