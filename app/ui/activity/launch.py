"""Opening the Statistics window, the handover wizard and the take-over dialog.

Each is window-modal and parented to the caller, so a lock that closes the
caller's dialogs closes them too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.core.session import Session
from app.ui.activity import error_texts  # noqa: F401  (lupdate: the core's messages)
from app.ui.activity.handover_wizard import HandoverWizard
from app.ui.activity.stats_window import StatsDialog
from app.ui.activity.takeover_dialog import TakeOverDialog


def _show(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()


def open_statistics(parent: QWidget, session: Session) -> StatsDialog:
    dialog = StatsDialog(session, parent)
    _show(dialog)
    dialog.refresh()
    return dialog


def open_handover(
    parent: QWidget, session: Session, on_done: Callable[[object], None]
) -> HandoverWizard:
    wizard = HandoverWizard(session, parent)
    wizard.handed_over.connect(on_done)
    _show(wizard)
    return wizard


def open_take_over(
    parent: QWidget, session: Session, on_done: Callable[[list[object]], None]
) -> TakeOverDialog:
    dialog = TakeOverDialog(session, parent)
    dialog.taken.connect(on_done)
    _show(dialog)
    return dialog
