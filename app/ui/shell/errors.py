"""Showing an error to the worker: the message comes from the shared table in
`app.messages.errors`; here it is put in a window-modal box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.messages.errors import ErrorMessage, error_message

__all__ = ["ErrorMessage", "error_message", "show_error"]


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A window-modal box with the message and the way forward (does not block the caller)."""
    message = error_message(exc)
    box = QMessageBox(parent)
    box.setObjectName("error_box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or "Carnet")
    box.setText(message.text)
    box.setInformativeText(message.way_forward)
    box.open()
