"""Settings → Security: change the passphrase, make a new recovery key, renew the vault key.

All act at once (they are not undone by Cancel) and run off the GUI thread.
A new recovery key is shown once; the previous paper key stops working.
Renewing the vault key replaces the session, so the tab only asks for it
(`rekey_requested`) and the main window carries it out (app/ui/settings/rekey.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.passphrase import change_passphrase
from app.core.rekey import RekeyResult
from app.core.session import Session
from app.ui.settings.rekey import RekeyConfirmDialog, rekeyed_message
from app.ui.shell.errors import error_message
from app.ui.shell.shell_parts import BusyRow, heading, message_label, paragraph, passphrase_field
from app.ui.shell.shell_parts import show_message as say
from app.ui.shell.tasks import Task, run_in_background
from app.ui.vault.first_run import RecoveryKeyView
from app.ui.widgets.new_passphrase import NewPassphraseFields


class SecurityTab(QWidget):
    rekey_requested = Signal(str)  # the passphrase, confirmed by the worker

    def __init__(self, session: Session, parent: QWidget | None = None, *, kdf_params: Any = None):
        super().__init__(parent)
        self.setObjectName("security_tab")
        self._session = session
        self._kdf_params = kdf_params
        self._task: Task | None = None
        self._change_box = QGroupBox(self)
        self.current = passphrase_field(self, "current_passphrase")
        self.passphrases = NewPassphraseFields(self, in_form=True)
        self.new, self.confirm = self.passphrases.passphrase, self.passphrases.confirm
        self.change_message = message_label(self)
        self.change_busy = BusyRow(self)
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("change_passphrase")
        self.change_button.clicked.connect(self.change)
        self._current_label = QLabel(self)
        self._current_label.setBuddy(self.current)
        self.passphrases.add_leading_row(self._current_label, self.current)
        # Enter in these fields is this button's, never the dialog's OK (which would close
        # Settings with the passphrase unchanged); with one still empty it moves there.
        self.passphrases.enter_from(self.current)
        self.passphrases.submit_on_enter(self.change)
        box = QVBoxLayout(self._change_box)
        box.addWidget(self.passphrases)
        box.addWidget(self.change_message)
        box.addWidget(self.change_busy)
        box.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignRight)
        self._recovery_box = QGroupBox(self)
        self._recovery_text = paragraph(self)
        self.recovery_message = message_label(self)
        self.recovery_button = QPushButton(self)
        self.recovery_button.setObjectName("new_recovery_key")
        self.recovery_button.clicked.connect(self.new_recovery_key)
        rbox = QVBoxLayout(self._recovery_box)
        rbox.addWidget(self._recovery_text)
        rbox.addWidget(self.recovery_message)
        rbox.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignRight)
        self._rekey_box = QGroupBox(self)
        self._rekey_text = paragraph(self)
        self.rekey_button = QPushButton(self)
        self.rekey_button.setObjectName("renew_vault_key")
        self.rekey_button.clicked.connect(lambda: self.request_rekey())
        kbox = QVBoxLayout(self._rekey_box)
        kbox.addWidget(self._rekey_text)
        kbox.addWidget(self.rekey_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self._change_box)
        layout.addWidget(self._recovery_box)
        layout.addWidget(self._rekey_box)
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        self._change_box.setTitle(self.tr("Change the passphrase"))
        self._current_label.setText(self.tr("C&urrent passphrase"))
        self.passphrases.set_label(self.tr("&New passphrase"))
        self.change_busy.label.setText(self.tr("Changing the passphrase… (a few seconds)"))
        self.change_button.setText(self.tr("&Change the passphrase"))
        self._recovery_box.setTitle(self.tr("Recovery key"))
        self._recovery_text.setText(self.tr(
            "Make a new recovery key if the paper was lost or seen by someone else. "
            "The previous key stops working at once."))  # fmt: skip
        self.recovery_button.setText(self.tr("Make a new &recovery key…"))
        self._rekey_box.setTitle(self.tr("Vault key"))
        self._rekey_text.setText(self.tr(
            "If someone may have copied the key file with your old passphrase or recovery "
            "key, renew the vault key: the vault is encrypted again under a new key, and "
            "old copies of the key file open nothing."))  # fmt: skip
        self.rekey_button.setText(self.tr("Rene&w the vault key…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def is_busy(self) -> bool:
        return self._task is not None

    # Passphrase -------------------------------------------------------
    def change(self) -> None:
        if self._task is not None:
            return
        refusal = self._refusal()
        if refusal:
            say(self.change_message, refusal)
            if refusal == self.passphrases.refusal():  # not the current passphrase's
                self.passphrases.focus_refused()
            return
        say(self.change_message, "")
        self._set_busy(True)
        session, current, new = self._session, self.current.text(), self.passphrases.chosen()
        params = self._kdf_params
        self._task = run_in_background(
            lambda: change_passphrase(session, current, new, params),
            self._changed,
            self._change_failed,
        )

    def _refusal(self) -> str:
        if not self.current.text():
            return self.tr("Type your current passphrase.")
        refusal = self.passphrases.refusal()
        if refusal:
            return refusal
        if self.new.text() == self.current.text():
            return self.tr("The new passphrase is the same as the current one.")
        return ""

    def _set_busy(self, busy: bool) -> None:
        self.change_busy.setVisible(busy)
        for widget in (self.passphrases, self.change_button, self.recovery_button,
                       self.rekey_button):  # fmt: skip
            widget.setEnabled(not busy)

    def _changed(self, _result: object) -> None:
        self._task = None
        self._set_busy(False)
        self.clear()
        say(self.change_message,
            self.tr("The passphrase was changed. Use the new one from now on."))  # fmt: skip
        self.request_rekey(after_change=True)  # because someone may know the old one

    def _change_failed(self, exc: Exception) -> None:
        self._task = None
        self._set_busy(False)
        say(self.change_message, error_message(exc).full())
        self.current.setText("")
        self.current.setFocus()

    def clear(self) -> None:
        self.current.setText("")
        self.passphrases.clear()

    # Vault key ----------------------------------------------------------
    def request_rekey(self, after_change: bool = False) -> None:
        """Confirm and take the passphrase; the main window renews the key."""
        if self._task is not None or not self._session.is_open:
            return
        dialog = RekeyConfirmDialog(self, after_change=after_change)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.rekey_requested.emit(dialog.typed_passphrase()))
        dialog.open()

    # Recovery key -------------------------------------------------------
    def new_recovery_key(self) -> None:
        if self._task is not None:
            return
        answer = QMessageBox.question(
            self,
            "Carnet",
            self.tr("Make a new recovery key? The paper you have now will stop working."),
        )
        if answer != QMessageBox.StandardButton.Yes or not self._session.is_open:
            return
        self._set_busy(True)
        self.change_busy.setVisible(False)
        session = self._session
        self._task = run_in_background(session.new_recovery_key, self._show_key, self._key_failed)

    def _show_key(self, key: str) -> None:
        self._task = None
        self._set_busy(False)
        say(self.recovery_message, "")
        NewRecoveryKeyDialog(key, self).open()

    def _key_failed(self, exc: Exception) -> None:
        self._task = None
        self._set_busy(False)
        say(self.recovery_message, error_message(exc).full())


class NewRecoveryKeyDialog(QDialog):
    """Shows a new recovery key once; it is wiped when the dialog closes."""

    def __init__(self, key: str, parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("new_recovery_key_dialog")
        self.setWindowTitle("Carnet")
        title = heading(self, 1.2)
        title.setText(self.tr("Your new recovery key"))
        text = paragraph(self)
        text.setText(self.tr(
            "Write these 8 groups on paper now. It is shown only this once. "
            "Destroy the old paper: it no longer opens the vault."))  # fmt: skip
        self.view = RecoveryKeyView(self)
        self.view.set_key(key)
        buttons = QDialogButtonBox(self)
        done = buttons.addButton(self.tr("I have &written it down"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        done.setObjectName("written_down")
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignHCenter)
        if note:
            extra = paragraph(self)
            extra.setText(note)
            layout.addWidget(extra)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self.view.clear())


def announce_rekeyed(window: QWidget, result: RekeyResult) -> None:
    """After a renewal: the new recovery key shown once, or a plain notice without one."""
    if result.recovery_key is None:
        QMessageBox.information(window, "Carnet", rekeyed_message(result))
        return
    dialog = NewRecoveryKeyDialog(result.recovery_key, window, rekeyed_message(result))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
