"""Access keys (the underlined letters) never clash, in English or in French.

The real window is built under each catalogue; every menu, and every set of
buttons, check boxes and labelled fields visible together, must use each
letter once, or Alt+letter would reach the wrong one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.ui.activity.handover_wizard import HandoverWizard
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.shell.app import Translations
from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences import Language
from tests.support.languages import reset_language
from tests.ui.conftest import VaultOnDisk, WindowFactory, unlock_through_screen


def access_key(text: str) -> str | None:
    """The letter after a single "&", lower-cased, if the text has one."""
    index = text.replace("&&", "").find("&")
    if index < 0 or index + 1 >= len(text.replace("&&", "")):
        return None
    return text.replace("&&", "")[index + 1].lower()


def clashes(texts: list[str]) -> dict[str, list[str]]:
    keys = [(access_key(t), t) for t in texts]
    counts = Counter(k for k, _ in keys if k)
    return {k: [t for kk, t in keys if kk == k] for k, n in counts.items() if n > 1}


def visible_keyed_texts(root: QWidget) -> list[str]:
    """Texts of the visible buttons and buddy labels under `root`."""
    texts = [b.text() for b in root.findChildren(QAbstractButton) if b.isVisible()]
    texts += [label.text() for label in root.findChildren(QLabel)
              if label.isVisible() and label.buddy() is not None]  # fmt: skip
    return texts


@pytest.fixture(params=[Language.ENGLISH, Language.FRENCH], ids=["en", "fr"])
def translations(request: pytest.FixtureRequest) -> Iterator[Translations]:
    """Both catalogues in turn, English again afterwards."""
    chosen = Translations(QApplication.instance())  # type: ignore[arg-type]
    chosen.apply(request.param)
    yield chosen
    reset_language(chosen)


@pytest.fixture
def window(
    qtbot: QtBot,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    translations: Translations,
) -> MainWindow:
    built = make_window(existing_vault.folder, translations=translations)
    unlock_through_screen(qtbot, built, existing_vault.passphrase)
    return built


def test_every_menu_uses_each_access_key_once(window: MainWindow) -> None:
    """The menu bar and each menu (Notes: "Search" and "Finalise") have distinct keys."""
    assert clashes([a.text() for a in window.menuBar().actions()]) == {}
    for menu in window.findChildren(QMenu):
        texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        assert clashes(texts) == {}, menu.title()


def test_the_workspace_uses_each_access_key_once(qtbot: QtBot, window: MainWindow) -> None:
    """Buttons and labelled fields shown together in the workspace have distinct keys."""
    workspace = window.workspace
    assert workspace is not None
    assert clashes(visible_keyed_texts(window)) == {}


def test_each_settings_tab_uses_each_access_key_once(qtbot: QtBot, window: MainWindow) -> None:
    """Settings, tab by tab ("Language" and "Lock after" differ), has distinct keys."""
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert clashes(visible_keyed_texts(dialog)) == {}, dialog.tabs.tabText(index)
    dialog.reject()


def test_each_handover_wizard_page_uses_each_access_key_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Every page of the handover wizard, the passphrase page too (« &Terminer » in French)."""
    workspace = window.workspace
    assert workspace is not None
    workspace.workspace_actions.handover.trigger()
    wizard = window.findChild(HandoverWizard)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    top = wizard.pick.tree.topLevelItem(0)
    assert top is not None
    top.setCheckState(0, Qt.CheckState.Checked)
    wizard.pick.recipient.setText("Mme Suite")
    next(iter(wizard.consent.buttons.values())).setChecked(True)
    visited = []
    while True:
        visited.append(wizard.currentPage())
        assert clashes(visible_keyed_texts(wizard)) == {}, wizard.currentPage().title()
        if wizard.currentPage() is wizard.seal:
            break
        wizard.preview.read.setChecked(True)
        wizard.next()
        assert wizard.currentPage() is not visited[-1], "the wizard stopped"
    assert len(visited) == 4
    wizard.reject()
