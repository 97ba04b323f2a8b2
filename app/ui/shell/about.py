"""The About box: what Carnet is, its version and its licence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

import app as carnet


def about_text() -> str:
    translate = QCoreApplication.translate
    return "\n\n".join(
        (
            translate("About", "Carnet %1").replace("%1", carnet.__version__),
            translate(
                "About",
                "An encrypted notebook for social workers. Your notes stay on this "
                "computer, encrypted; you choose, line by line, what leaves it.",
            ),
            translate(
                "About", "Free software, under the GNU General Public License version 3 or later."
            ),
        )
    )


def show_about(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setObjectName("about_dialog")
    box.setWindowTitle(QCoreApplication.translate("About", "About Carnet"))
    if parent is not None and not parent.windowIcon().isNull():
        box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(about_text())
    box.open()
