"""Renewing the vault's data key from Settings › Security (app/core/rekey.py).

`RekeyConfirmDialog` says what will happen and takes the passphrase (the
passphrase slot must be wrapped again under the new key). `RekeyRunner` runs
the renewal off the GUI thread and reports each step; the main window empties
its screens first, as for a restore, because the session is replaced.
`announce_rekeyed` (app/ui/settings/settings_security.py) then shows the new recovery
key once, on the first-run page's key view, with `rekeyed_message`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from app.core.rekey import RekeyResult, recovery_key_unseen, rekey
from app.core.session import Session
from app.ui.shell.shell_parts import heading, message_label, paragraph, passphrase_field
from app.ui.shell.shell_parts import show_message as say
from app.ui.shell.tasks import Task, run_in_background


class RekeyConfirmDialog(QDialog):
    """The confirmation: what a renewal does, and the passphrase to go on."""

    def __init__(self, parent: QWidget | None = None, *, after_change: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("rekey_confirm_dialog")
        self.setWindowTitle("Carnet")
        title = heading(self, 1.2)
        title.setText(self.tr("Renew the vault key"))
        self.explanation = text = paragraph(self)
        intro = ""
        if after_change:
            intro = self.tr(
                "Your passphrase was changed. If someone may have known the old one, an old "
                "copy of the key file still opens the vault with it. ")  # fmt: skip
        text.setText(intro + self.tr(
            "Renewing the vault key encrypts the vault and its snapshots again under a new "
            "key. Afterwards, an old copy of the key file opens nothing, with the old "
            "passphrase or the old recovery key. Your passphrase stays the same; you get a "
            "new recovery key to write on paper. Copies that cannot be encrypted again "
            "(a damaged vault set aside by a rescue) are deleted. It takes a moment."))  # fmt: skip
        self.passphrase = passphrase_field(self, "rekey_passphrase")
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.message = message_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.renew = buttons.addButton(
            self.tr("&Renew the key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.renew.setObjectName("renew_key")
        buttons.accepted.connect(self._accept_if_typed)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, text, self.passphrase, self.message, buttons):
            layout.addWidget(widget)
        self.finished.connect(lambda _result: self.passphrase.clear())

    def _accept_if_typed(self) -> None:
        if not self.passphrase.text():
            say(self.message, self.tr("Type your passphrase."))
            return
        self._typed = self.passphrase.text()
        self.accept()

    def typed_passphrase(self) -> str:
        """The passphrase typed, once the dialog was accepted; then forgotten here."""
        typed, self._typed = getattr(self, "_typed", ""), ""
        return typed


class RekeyRunner(QObject):
    """One renewal at a time, off the GUI thread; each step is reported as a sentence."""

    progress = Signal(str)
    done = Signal(object)  # RekeyResult
    failed = Signal(object, bool)  # the error; True if the old vault is still open
    _step = Signal(str)  # from the worker thread, queued to this object's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self._step.connect(lambda step: self.progress.emit(step_text(step)))

    def is_busy(self) -> bool:
        return self._task is not None

    def start(self, session: Session, passphrase: str) -> None:
        if self._task is not None:
            return
        self._task = run_in_background(
            lambda: rekey(session, passphrase, progress=self._step.emit),
            self._finished,
            lambda exc: self._failed(exc, session.is_open),
        )

    def _finished(self, result: Any) -> None:
        self._task = None
        self.done.emit(result)

    def _failed(self, exc: Exception, still_open: bool) -> None:
        self._task = None
        self.failed.emit(exc, still_open)


def step_text(step: str) -> str:
    texts = {
        "deriving": QCoreApplication.translate(
            "Rekey", "Renewing the vault key: checking the passphrase…"
        ),
        "snapshots": QCoreApplication.translate(
            "Rekey", "Renewing the vault key: encrypting the snapshots again…"
        ),
        "database": QCoreApplication.translate(
            "Rekey", "Renewing the vault key: encrypting the vault again…"
        ),
        "swapping": QCoreApplication.translate(
            "Rekey", "Renewing the vault key: putting the new files in place…"
        ),
    }
    return texts.get(step, QCoreApplication.translate("Rekey", "Renewing the vault key…"))


def rekeyed_message(result: RekeyResult) -> str:
    text = QCoreApplication.translate(
        "Rekey",
        "The vault key was renewed. An old copy of the key file no longer opens anything, "
        "with the old passphrase or the old recovery key.",
    )
    if result.dropped:
        text += " " + QCoreApplication.translate(
            "Rekey", "These copies could not be encrypted again and were deleted: %1."
        ).replace("%1", ", ".join(result.dropped))
    return text


def warn_if_recovery_key_unseen(window: QWidget, session: Session) -> None:
    """After an open that completed an interrupted renewal: its recovery key was never shown."""
    if not recovery_key_unseen(session):
        return
    box = QMessageBox(window)
    box.setObjectName("unseen_recovery_key_box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Carnet")
    box.setText(QCoreApplication.translate(
        "Rekey",
        "A renewal of the vault key was interrupted; it was completed now, but its new "
        "recovery key was never shown. Make a new recovery key in Settings › Security, and "
        "destroy the old paper: it no longer works."))  # fmt: skip
    box.open()
