"""The Statistics window, the handover wizard and the take-over dialog, for the guides.

Called by `app.ui.shell.screenshots` once the demo vault is open; `shoot(widget,
name)` saves a PNG. The texts typed are French in both languages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.core.session import Session
from app.domain.summary import Informed
from app.ui.activity.handover_wizard import HandoverWizard
from app.ui.activity.stats_window import StatsDialog
from app.ui.activity.takeover_dialog import TakeOverDialog

Shoot = Callable[[QWidget, str], None]
Wait = Callable[[Callable[[], bool]], None]


def shoot_statistics(session: Session, shoot: Shoot, wait: Wait, lang: str) -> None:
    dialog = StatsDialog(session, today=date.today())
    dialog.resize(900, 720)
    dialog.show()
    dialog.refresh()
    wait(lambda: dialog._figures is not None)
    QApplication.processEvents()
    shoot(dialog, f"statistics_{lang}")
    dialog.reject()


def shoot_handover(session: Session, shoot: Shoot, lang: str) -> None:
    wizard = HandoverWizard(session)
    wizard.resize(900, 640)
    wizard.show()
    wizard.pick.recipient.setText("Mme Camille Roux")
    wizard.pick.sender_edit.setText("Anne Bernard")
    top = wizard.pick.tree.topLevelItem(0)
    if top is not None:
        top.setCheckState(0, Qt.CheckState.Checked)
        top.setExpanded(True)
        for index in range(min(5, top.childCount())):
            child = top.child(index)
            if child is not None and index != 2:
                child.setCheckState(0, Qt.CheckState.Checked)
    shoot(wizard, f"handover-pick_{lang}")
    wizard.consent.buttons[Informed.AGREED].setChecked(True)
    wizard.next()
    wizard.next()
    shoot(wizard, f"handover-preview_{lang}")
    wizard.preview.read.setChecked(True)  # the wording check read, if it asked anything
    wizard.next()
    shoot(wizard, f"handover-seal_{lang}")  # the passphrase fields empty, as the worker finds them
    wizard.reject()


def shoot_take_over(session: Session, shoot: Shoot, lang: str) -> None:
    dialog = TakeOverDialog(session)
    dialog.resize(560, 200)
    dialog.show()
    dialog.set_path(Path("passation-2026.carnet-handover"))
    dialog.passphrase.setText("phrase de passation")
    shoot(dialog, f"take-over_{lang}")
    dialog.reject()
