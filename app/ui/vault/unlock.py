"""The unlock screen, and the dialog that opens the vault with the recovery key.

Key derivation takes about a second, so it runs off the GUI thread while a
busy row says so. A wrong passphrase empties the field and puts the cursor
back; other failures (damaged, too new, in use, read-only) each say what to do.
"Restore a backup…" (app/ui/vault/locked_restore.py) is a quiet link, and becomes the
screen's main button when the vault is damaged, since restoring is then the way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import VaultCorrupted, WrongPassphrase, WrongRecoveryKey
from app.ui.shell.errors import ErrorMessage, error_message
from app.ui.shell.shell_parts import (
    BusyRow,
    centred,
    heading,
    message_label,
    monospace_font,
    paragraph,
    passphrase_field,
    show_message,
)
from app.ui.shell.tasks import Task, run_in_background
from app.ui.widgets.icons import set_icon
from app.ui.widgets.passphrase_strength import PassphraseStrengthBar

KdfChoice = Any  # app.crypto.kdf.KdfParams, opaque here; None calibrates

if TYPE_CHECKING:
    from app.core.session import Session
    from app.ui.vault.locked_restore import LockedRestoreDialog


# The vault code (SQLCipher, Argon2, the stores) is imported on the worker
# thread when first needed: the unlock screen paints before any of it loads.
def _unlock(folder: Path, passphrase: str) -> Session:
    from app.core.vault import unlock

    # Pages are authenticated right after, off the GUI thread (VaultUpkeep).
    return unlock(folder, passphrase, verify_pages_now=False)


def _unlock_with_recovery_key(folder: Path, key: str, new: str, params: Any) -> Session:
    from app.core.vault import unlock_with_recovery_key

    return unlock_with_recovery_key(folder, key, new, params=params)


class UnlockScreen(QWidget):
    """Emits `unlocked(session)` once the vault is open, `restored(result)` after a restore."""

    unlocked = Signal(object)
    restored = Signal(object)  # RestoreResult

    def __init__(
        self, folder: Path, parent: QWidget | None = None, *, kdf_params: KdfChoice = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        self._folder = folder
        self._kdf_params = kdf_params
        self._task: Task | None = None
        card = QWidget(self)
        self._title = heading(card)
        self._intro = paragraph(card)
        self._label = QLabel(card)
        self.passphrase = passphrase_field(card, "passphrase")
        self._label.setBuddy(self.passphrase)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.message = message_label(card)
        self.busy = BusyRow(card)
        self.unlock_button = QPushButton(card)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        set_icon(self.unlock_button, "lock-open")
        self.forgot_button = QPushButton(card)
        self.forgot_button.setObjectName("forgot")
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.open_recovery)
        self.restore_button = QPushButton(card)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.open_restore)
        self.restore_dialog: LockedRestoreDialog | None = None
        layout = self._card_layout = QVBoxLayout(card)
        layout.setSpacing(6)
        for widget in (self._title, self._intro, self._label, self.passphrase, self.message,
                       self.busy):  # fmt: skip
            layout.addWidget(widget)
            if widget is self._intro:
                layout.addSpacing(10)
        layout.addSpacing(8)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignRight)
        centred(self, card, 440)
        self._retranslate()

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Carnet is locked"))
        self._intro.setText(self.tr("Type your passphrase to open your notes."))
        self._label.setText(self.tr("&Passphrase"))
        self.busy.label.setText(self.tr("Unlocking…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.forgot_button.setText(self.tr("&Forgot your passphrase?"))
        self.restore_button.setText(self.tr("Restore a &backup…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def reset(self, message: str = "", offer_restore: bool = False) -> None:
        """Empty field, cursor in it, with an optional quiet message (and restoring as the way)."""
        self.passphrase.setText("")
        show_message(self.message, message)
        self._offer_restore(offer_restore)
        self.passphrase.setFocus()

    def _offer_restore(self, prominent: bool) -> None:
        """A damaged vault: "Restore a backup…" becomes the main button, right after the message."""
        self.restore_button.setFlat(not prominent)
        self.restore_button.setDefault(prominent)
        self.unlock_button.setDefault(not prominent)
        layout = self._card_layout
        layout.removeWidget(self.restore_button)
        if prominent:
            layout.insertWidget(layout.indexOf(self.message) + 1, self.restore_button)
        else:
            layout.addWidget(self.restore_button)
        layout.setAlignment(self.restore_button, Qt.AlignmentFlag.AlignRight)

    def show_error(self, exc: BaseException) -> None:
        show_message(self.message, error_message(exc).full())

    def is_busy(self) -> bool:
        dialog = self.restore_dialog
        return self._task is not None or (dialog is not None and dialog.is_busy())

    def try_unlock(self) -> None:
        if self._task is not None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase.setFocus()
            return
        show_message(self.message, "")
        self._set_busy(True)
        folder = self._folder
        self._task = run_in_background(lambda: _unlock(folder, passphrase), self._done, self._fail)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.unlock_button, self.forgot_button,
                       self.restore_button):  # fmt: skip
            widget.setEnabled(not busy)

    def _done(self, session: Session) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrase.setText("")
        show_message(self.message, "")
        self._offer_restore(False)
        self.unlocked.emit(session)

    def _fail(self, exc: Exception) -> None:
        self._task = None
        self._set_busy(False)
        self.show_failure(exc)

    def show_failure(self, exc: BaseException) -> None:
        """Say what went wrong; a damaged vault makes "Restore a backup…" the main button."""
        message = error_message(exc)
        if isinstance(exc, WrongPassphrase):
            self.passphrase.setText("")
        show_message(self.message, message.full())
        damaged = isinstance(exc, VaultCorrupted)  # the database or the key file
        self._offer_restore(damaged)
        (self.restore_button if damaged else self.passphrase).setFocus()

    def open_restore(self) -> LockedRestoreDialog:
        """The restore dialog: a snapshot or an external backup, the vault's passphrase."""
        from app.ui.vault.locked_restore import LockedRestoreDialog

        self.restore_dialog = LockedRestoreDialog(self._folder, self)
        self.restore_dialog.restored.connect(self._restored)
        # What was just typed here is the vault's passphrase: not asked twice.
        self.restore_dialog.vault_passphrase.setText(self.passphrase.text())
        self.passphrase.setText("")
        self.restore_dialog.open()
        return self.restore_dialog

    def _restored(self, result: object) -> None:
        self.passphrase.setText("")
        show_message(self.message, "")
        self._offer_restore(False)
        self.restored.emit(result)

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self._folder, self, kdf_params=self._kdf_params)
        dialog.unlocked.connect(self._recovered)
        dialog.open()

    def _recovered(self, session: Session) -> None:
        self.passphrase.setText("")
        show_message(self.message, "")
        self.unlocked.emit(session)


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
        self._key_label.setBuddy(self.key_field)
        self._new_label = QLabel(self)
        self.new_passphrase = passphrase_field(self, "new_passphrase")
        self._new_label.setBuddy(self.new_passphrase)
        self.strength = PassphraseStrengthBar(self, line_edit=self.new_passphrase)
        self._confirm_label = QLabel(self)
        self.confirm = passphrase_field(self, "confirm")
        self._confirm_label.setBuddy(self.confirm)
        self.message = message_label(self)
        self.busy = BusyRow(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_recover)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self._title, self._intro, self._key_label, self.key_field,
                       self._new_label, self.new_passphrase, self.strength,
                       self._confirm_label, self.confirm, self.message, self.busy,
                       self.buttons):  # fmt: skip
            layout.addWidget(widget)
        self.setMinimumWidth(480)
        self._retranslate()

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Open with the recovery key"))
        self._intro.setText(self.tr(
            "Type the recovery key from your paper, then choose a new passphrase. "
            "The old passphrase will stop working."))  # fmt: skip
        self._key_label.setText(self.tr("&Recovery key"))
        self._new_label.setText(self.tr("&New passphrase"))
        self._confirm_label.setText(self.tr("&Type it again"))
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
            return
        show_message(self.message, "")
        self._set_busy(True)
        folder, key, new, params = (self._folder, self.key_field.text(),
                                    self.new_passphrase.text(), self._kdf_params)  # fmt: skip
        self._task = run_in_background(
            lambda: _unlock_with_recovery_key(folder, key, new, params),
            self._done,
            self._fail,
        )

    def _refusal(self) -> str:
        if not self.key_field.text().strip():
            return self.tr("Type the recovery key.")
        assessment = self.strength.assessment()
        if not assessment.acceptable:
            return self.tr("This passphrase is too weak: %1").replace(
                "%1", " ".join(assessment.reasons)
            )
        if self.confirm.text() != self.new_passphrase.text():
            return self.tr("The two passphrases are different.")
        return ""

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.key_field, self.new_passphrase, self.confirm, self.buttons):
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
        message: ErrorMessage = error_message(exc)
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
        for field in (self.key_field, self.new_passphrase, self.confirm):
            field.setText("")
