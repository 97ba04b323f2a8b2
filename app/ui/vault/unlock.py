"""The unlock screen.

Key derivation takes about a second, so it runs off the GUI thread while a
busy row says so. A wrong passphrase empties the field and puts the cursor
back; other failures (damaged, too new, in use, read-only) each say what to do.
"Restore a backup…" (app/ui/vault/locked_restore.py) is a quiet link, and becomes the
screen's main button when the vault is damaged, since restoring is then the way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.errors import VaultCorrupted, WrongPassphrase
from app.ui.shell.shell_parts import (
    BusyRow,
    centred,
    heading,
    message_label,
    paragraph,
    passphrase_field,
    push_button,
    right_aligned,
    show_message,
)
from app.ui.vault.vault_screen import KdfChoice, VaultScreen

if TYPE_CHECKING:
    from app.core.session import Session
    from app.ui.vault.locked_restore import LockedRestoreDialog


# The vault code (SQLCipher, Argon2, the stores) is imported on the worker
# thread when first needed, the error messages, the task runner and the
# recovery dialog when first used: the unlock screen paints before any of them
# loads. Nothing here names `Qt` either (see app/ui/shell/shell_parts.py).
def _unlock(folder: Path, passphrase: str) -> Session:
    from app.core.vault import unlock

    # Pages are authenticated right after, off the GUI thread (VaultUpkeep).
    return unlock(folder, passphrase, verify_pages_now=False)


class UnlockScreen(VaultScreen):
    """Emits `unlocked(session)` once the vault is open, `restored(result)` after a restore."""

    unlocked = Signal(object)
    restored = Signal(object)  # RestoreResult

    def __init__(
        self, folder: Path, parent: QWidget | None = None, *, kdf_params: KdfChoice = None
    ) -> None:
        super().__init__("unlock", folder, parent, kdf_params)
        card = QWidget(self)
        self._title = heading(card)
        self._intro = paragraph(card)
        self._label = QLabel(card)
        self.passphrase = passphrase_field(card, "passphrase")
        self._label.setBuddy(self.passphrase)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.message = message_label(card)
        self.busy = BusyRow(card)
        self.unlock_button = push_button(card, "unlock_button", self.try_unlock, default=True)
        self.forgot_button = push_button(card, "forgot", self.open_recovery, flat=True)
        self.restore_button = push_button(card, "restore_backup", self.open_restore, flat=True)
        # A row of its own: it moves up, under the message, when restoring is the way.
        self._restore_row = QWidget(card)
        self._restore_row.setLayout(right_aligned(self.restore_button))
        self.restore_dialog: LockedRestoreDialog | None = None
        layout = self._card_layout = QVBoxLayout(card)
        layout.setSpacing(6)
        for widget in (self._title, self._intro, self._label, self.passphrase, self.message,
                       self.busy):  # fmt: skip
            layout.addWidget(widget)
            if widget is self._intro:
                layout.addSpacing(10)
        layout.addSpacing(8)
        layout.addLayout(right_aligned(self.unlock_button))
        layout.addLayout(right_aligned(self.forgot_button))
        layout.addWidget(self._restore_row)
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

    def add_icons(self) -> None:
        """The buttons' icons, drawn from SVG: added once the screen has painted (start-up)."""
        from app.ui.widgets.icons import set_icon

        set_icon(self.unlock_button, "lock-open")

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
        layout, row = self._card_layout, self._restore_row
        layout.removeWidget(row)
        if prominent:
            layout.insertWidget(layout.indexOf(self.message) + 1, row)
        else:
            layout.addWidget(row)

    def show_error(self, exc: BaseException) -> None:
        from app.ui.shell.errors import error_message

        show_message(self.message, error_message(exc).full())

    def is_busy(self) -> bool:
        dialog = self.restore_dialog
        return super().is_busy() or (dialog is not None and dialog.is_busy())

    def try_unlock(self) -> None:
        if self._task is not None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase.setFocus()
            return
        from app.ui.shell.tasks import run_in_background

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
        from app.ui.shell.errors import error_message

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
        from app.ui.vault.recovery import RecoveryDialog

        dialog = RecoveryDialog(self._folder, self, kdf_params=self._kdf_params)
        dialog.unlocked.connect(self._recovered)
        dialog.open()

    def _recovered(self, session: Session) -> None:
        self.passphrase.setText("")
        show_message(self.message, "")
        self.unlocked.emit(session)
