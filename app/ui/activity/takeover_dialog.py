"""« Reprendre une passation… »: open a handover file with its passphrase and take it in.

Reading and checking the file and the import (one transaction) run off the GUI
thread; a file taken in before adds nothing and says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.handover import read_handover, take_over
from app.core.session import Session
from app.ui.export.file_dialog import private_open_path
from app.ui.shell.errors import show_error
from app.ui.shell.tasks import Task, run_in_background


class TakeOverDialog(QDialog):
    taken = Signal(object)  # the list of new PersonId ([] if taken in before)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeover_dialog")
        self.setWindowTitle(self.tr("Take over a handover"))
        self._session = session
        self._task: Task | None = None
        self.path: Path | None = None
        self.file_label = QLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("takeover_passphrase")
        self.result_label = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        form = QFormLayout(self)
        form.addRow(self.tr("Handover file:"), row)
        form.addRow(self.tr("Handover passphrase:"), self.passphrase)
        form.addRow(self.result_label)
        form.addRow(self.buttons)

    def choose(self) -> None:
        path = private_open_path(
            self, self.tr("Open a handover"), self.tr("Carnet handover (*.carnet-handover)")
        )
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)

    def start(self) -> None:
        if self.path is None:
            return
        session, path, secret = self._session, self.path, self.passphrase.text()
        mark = self.tr("Taken over from {sender} on {day} (handover).")
        note = self.tr("Handed over on {day}.")
        self.buttons.setEnabled(False)
        self._task = run_in_background(
            lambda: take_over(session, read_handover(path, secret), mark, note),
            self._done,
            self._failed,
        )

    def _done(self, added: list[object]) -> None:
        self.taken.emit(added)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        show_error(self, exc)
