"""Opening the export wizard and the register from the workspace, in one call each.

Both are window-modal dialogs parented to the caller, so a lock that closes the
caller's dialogs (as `Workspace.clear()` does) closes them too, unrecorded.
The caller saves what is being typed first (`Workspace.flush()`), so the
wizard lists the facts as they are now.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.core.disclosure import ExportOutcome
from app.core.session import Session
from app.domain.ids import PersonId
from app.ui.export.wizard import ExportWizard
from app.ui.records.register_view import RegisterDialog


def open_export_wizard(
    parent: QWidget,
    session: Session,
    person_id: PersonId,
    on_exported: Callable[[ExportOutcome], None] | None = None,
) -> ExportWizard:
    """Shows the wizard for one person; `on_exported` runs once a file is written and recorded."""
    wizard = ExportWizard(session, person_id, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    if on_exported is not None:
        wizard.exported.connect(on_exported)
    wizard.open()
    return wizard


def open_register(
    parent: QWidget, session: Session, person_id: PersonId | None = None
) -> RegisterDialog:
    """Shows the register, on one person when given (the worker can widen it to everyone)."""
    dialog = RegisterDialog(session, person_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
