"""Opening the wizard and the register from a parent window, and closing them on lock."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.core.session import Session, stores
from app.ui.export.launch import open_export_wizard, open_register
from app.ui.export.wizard import ExportWizard
from app.ui.records.register_view import RegisterDialog
from tests.support.disclosure_data import SeededPerson


def close_dialogs_like_a_lock(parent: QWidget) -> None:
    """What Workspace.clear() does to every dialog it parents."""
    for dialog in parent.findChildren(QDialog):
        dialog.done(QDialog.DialogCode.Rejected)


def test_the_wizard_opens_on_the_person_and_closes_with_its_parent(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """The wizard is a child dialog of the caller, so a lock closes it with nothing recorded."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    outcomes: list[object] = []
    wizard = open_export_wizard(parent, session, seeded.person_id, outcomes.append)
    assert isinstance(wizard, ExportWizard) and wizard.isVisible()
    assert wizard in parent.findChildren(QDialog)
    close_dialogs_like_a_lock(parent)
    assert not wizard.isVisible()
    assert outcomes == [] and stores(session).disclosures.list() == []


def test_the_register_opens_on_the_person(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """The register dialog starts on the person given, and closes with its parent."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = open_register(parent, session, seeded.person_id)
    assert isinstance(dialog, RegisterDialog) and dialog.isVisible()
    assert dialog.view.current_filter().person_id == seeded.person_id
    close_dialogs_like_a_lock(parent)
    assert not dialog.isVisible()
