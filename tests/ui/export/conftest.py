"""Export wizard fixtures: a real vault with a seeded person, a shown wizard, page helpers.

The wizard's save dialog is replaced by a chooser returning a path in tmp_path
(the real dialog has its own test); everything else is the real thing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QTabWidget,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session
from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS
from app.domain.summary import ExportFormat, Frame, Informed
from app.ui.export.wizard import ExportWizard
from app.ui.shell.tasks import wait_for_background
from tests.support.disclosure_data import SeededPerson, seed_person
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS, PASSPHRASE, texts_in

WizardFactory = Callable[..., ExportWizard]

# The steps each frame goes through after the first one, by page object name.
_STEPS = {
    Frame.LIAISON: ("itemsPage", "wordingPage", "informedPage", "previewPage"),
    Frame.COORDINATION: ("framePage", "wordingPage", "informedPage", "previewPage"),
    Frame.CONCERN: ("itemsPage", "framePage", "wordingPage", "informedPage", "previewPage"),
    Frame.ATTESTATION: ("framePage", "previewPage"),
    Frame.PERSON_COPY: ("itemsPage", "wordingPage", "previewPage"),
}


def visited_pages(frame: Frame) -> list[str]:
    """The pages a frame shows between the first step and the write step."""
    return list(_STEPS[frame])


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    """An unlocked vault; background work finishes before it is locked at teardown."""
    opened = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    yield opened
    wait_for_background(BACKGROUND_TIMEOUT_MS)
    opened.close()


@pytest.fixture
def caseload(session: Session) -> Caseload:
    return Caseload(session)


@pytest.fixture
def seeded(caseload: Caseload) -> SeededPerson:
    return seed_person(caseload)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


class Chooser:
    """Answers the wizard's "where to save?" like a worker would: a folder, the name offered."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.offered: list[str] = []

    def __call__(self, _parent: QWidget, file_name: str, _fmt: ExportFormat) -> Path | None:
        self.offered.append(file_name)
        return None if self.folder is None else self.folder / file_name


@pytest.fixture
def make_wizard(
    qtbot: QtBot, session: Session, seeded: SeededPerson, out_dir: Path
) -> Iterator[WizardFactory]:
    """A shown wizard on the seeded person; `folder=None` makes the save dialog cancel."""
    built: list[ExportWizard] = []

    def build(folder: Path | None = out_dir) -> ExportWizard:
        wizard = ExportWizard(session, seeded.person_id, choose_path=Chooser(folder))
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        built.append(wizard)
        return wizard

    yield build
    wait_for_background(BACKGROUND_TIMEOUT_MS)


def click_next(qtbot: QtBot, wizard: ExportWizard) -> None:
    """Presses Next, which must be enabled, like the worker would."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled() and button.isVisible(), wizard.currentPage().objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_recipient(qtbot: QtBot, wizard: ExportWizard, frame: Frame) -> None:
    """Step 1 filled in as a worker would, then Next."""
    page = wizard.recipient_page
    page.set_frame(frame)
    qtbot.keyClicks(page.recipient_name, "Dr Claire Martin")
    page.recipient_role.insert("médecin du travail")  # QTest types ASCII only
    page.purpose.insert("Préparer la reprise du travail")
    if not page.author.text():
        qtbot.keyClicks(page.author, "Service social du travail")
    click_next(qtbot, wizard)


def click_option(qtbot: QtBot, button: QAbstractButton) -> None:
    """Clicks a radio button or check box on its indicator (its box may be wider than its text)."""
    pos = QPoint(button.fontMetrics().height() // 2 + 2, button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def choose_informed(qtbot: QtBot, wizard: ExportWizard, informed: Informed) -> None:
    click_option(qtbot, wizard.informed_page.choices[informed])


def wait_for_preview(qtbot: QtBot, wizard: ExportWizard) -> None:
    qtbot.waitUntil(wizard.preview_page.is_ready, timeout=BACKGROUND_TIMEOUT_MS)


def finish(qtbot: QtBot, wizard: ExportWizard) -> None:
    """Presses "Write the file…" and waits for the background write to end."""
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.is_writing(), timeout=BACKGROUND_TIMEOUT_MS)


def every_text(root: QWidget) -> list[str]:
    """texts_in() plus buttons, combo entries, tab titles and wizard page titles."""
    found = texts_in(root)
    found += [b.text() for b in root.findChildren(QAbstractButton)]
    for combo in root.findChildren(QComboBox):
        found += [combo.itemText(i) for i in range(combo.count())]
    for tabs in root.findChildren(QTabWidget):
        found += [tabs.tabText(i) for i in range(tabs.count())]
    for page in root.findChildren(QWizardPage):
        found += [page.title(), page.subTitle()]
    return found
