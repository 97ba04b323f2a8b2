"""The dialog that opens the vault with the recovery key and sets a new passphrase.

Opened from the unlock screen ("Forgot your passphrase?"); the key derivation
runs off the GUI thread, as on the unlock screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import WrongRecoveryKey
from app.ui.shell.errors import error_message
from app.ui.shell.shell_parts import (
    BusyRow,
    heading,
    message_label,
    monospace_font,
    paragraph,
    show_message,
)
from app.ui.shell.tasks import Task, run_in_background
from app.ui.vault.vault_screen import KdfChoice
from app.ui.widgets.fit import show_whole_hint
from app.ui.widgets.new_passphrase import NewPassphraseFields

if TYPE_CHECKING:
    from app.core.session import Session


def _unlock_with_recovery_key(folder: Path, key: str, new: str, params: Any) -> Session:
    from app.core.vault import unlock_with_recovery_key

    return unlock_with_recovery_key(folder, key, new, params=params)


class RecoveryDialog(QDialog):
    """Recovery key + new passphrase twice; opens the vault and replaces the passphrase."""

    unlocked = Signal(object)

    def __init__(
        self, folder: Path, parent: QWidget | None = None, *, kdf_params: KdfChoice = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle("Carnet")
        self._folder = folder
        self._kdf_params = kdf_params
        self._task: Task | None = None
        self._title = heading(self, 1.2)
        self._intro = paragraph(self)
        self._key_label = QLabel(self)
        self.key_field = QLineEdit(self)
        self.key_field.setObjectName("recovery_key")
        self.key_field.setFont(monospace_font(1.2))
        self.key_field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        show_whole_hint(self.key_field)  # the whole key fits, in large text too
        self._key_label.setBuddy(self.key_field)
        self.passphrases = NewPassphraseFields(self)
        self.new_passphrase, self.confirm = self.passphrases.passphrase, self.passphrases.confirm
        # Enter in the key moves on to an empty field below, as in the new ones: the dialog's
        # OK would refuse a passphrase not typed yet.
        self.passphrases.enter_from(self.key_field)
        self.message = message_label(self)
        self.busy = BusyRow(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_recover)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self._title, self._intro, self._key_label, self.key_field,
                       self.passphrases, self.message, self.busy, self.buttons):  # fmt: skip
            layout.addWidget(widget)
        # Room for the intro's lines, and more when the whole key needs it (large text):
        # an explicit minimum width stops the layout from imposing its own.
        self.setMinimumWidth(max(480, layout.totalMinimumSize().width()))
        self._retranslate()

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Open with the recovery key"))
        self._intro.setText(self.tr(
            "Type the recovery key from your paper, then choose a new passphrase. "
            "The old passphrase will stop working."))  # fmt: skip
        self._key_label.setText(self.tr("&Recovery key"))
        self.passphrases.set_label(self.tr("&New passphrase"))
        self.busy.label.setText(self.tr("Opening the vault and setting the new passphrase…"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Open the vault"))
        ok.setObjectName("recover_ok")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def try_recover(self) -> None:
        if self._task is not None:
            return
        refusal = self._refusal()
        if refusal:
            show_message(self.message, refusal)
            if refusal == self.passphrases.refusal():  # not the key's
                self.passphrases.focus_refused()
            return
        show_message(self.message, "")
        self._set_busy(True)
        folder, key, new, params = (self._folder, self.key_field.text(),
                                    self.passphrases.chosen(), self._kdf_params)  # fmt: skip
        self._task = run_in_background(
            lambda: _unlock_with_recovery_key(folder, key, new, params),
            self._done,
            self._fail,
        )

    def _refusal(self) -> str:
        if not self.key_field.text().strip():
            return self.tr("Type the recovery key.")
        return self.passphrases.refusal()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.key_field, self.passphrases, self.buttons):
            widget.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self._task is not None

    def _done(self, session: Session) -> None:
        self._task = None
        self._set_busy(False)
        self._wipe()
        self.accept()
        self.unlocked.emit(session)

    def _fail(self, exc: Exception) -> None:
        self._task = None
        self._set_busy(False)
        message = error_message(exc)
        show_message(self.message, message.full())
        if isinstance(exc, WrongRecoveryKey):
            self.key_field.setFocus()
            self.key_field.selectAll()

    def reject(self) -> None:
        if self._task is not None:
            return  # the vault is being opened; closing now would orphan the session
        self._wipe()
        super().reject()

    def _wipe(self) -> None:
        self.key_field.setText("")
        self.passphrases.clear()
