"""First run on a new computer: a new vault filled from an external backup.

The worker chooses the backup file, types its passphrase, and chooses the
passphrase of the vault on this computer (twice, with the strength bar). The
vault is created and filled off the GUI thread by
`app.core.restore.restore_to_folder`, which checks the backup's passphrase
before creating anything. The wizard then shows the new recovery key, as after
creating an empty vault.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core import backup
from app.core.restore import RestoreResult, restore_to_folder
from app.domain.errors import BackupInvalid, CarnetError, WrongBackupPassphrase
from app.ui.backups.backup_dialogs import fill, when
from app.ui.export.file_dialog import private_open_path
from app.ui.shell.errors import error_message
from app.ui.shell.shell_parts import (
    BusyRow,
    add_stacked,
    heading,
    message_label,
    paragraph,
    passphrase_field,
    push_button,
)
from app.ui.shell.shell_parts import show_message as say
from app.ui.shell.tasks import run_in_background
from app.ui.vault.vault_screen import KdfChoice, VaultScreen
from app.ui.widgets.new_passphrase import NewPassphraseFields


class RestoreFromBackupPage(VaultScreen):
    """Emits `restored(result)` (with the new recovery key), or `cancelled()`."""

    restored = Signal(object)  # RestoreResult
    cancelled = Signal()

    def __init__(
        self, folder: Path, parent: QWidget | None = None, *, kdf_params: KdfChoice = None
    ) -> None:
        super().__init__("first_run_restore", folder, parent, kdf_params)
        self.source: Path | None = None
        self._title = heading(self)
        self.intro = paragraph(self)
        self.file_label = paragraph(self)
        self.file_label.setObjectName("backup_file")
        self.choose = push_button(self, "choose_backup_file", self._choose_file)
        self._backup_label = QLabel(self)
        self.backup_passphrase = passphrase_field(self, "backup_passphrase")
        self._backup_label.setBuddy(self.backup_passphrase)
        self.passphrases = NewPassphraseFields(self)
        self.passphrase, self.confirm = self.passphrases.passphrase, self.passphrases.confirm
        # Enter in the backup's passphrase moves on to an empty field below, as in the new ones.
        self.passphrases.enter_from(self.backup_passphrase)
        for field in (self.backup_passphrase, self.passphrase, self.confirm):  # as on first run
            field.returnPressed.connect(self.start)
        self.message = message_label(self)
        self.busy = BusyRow(self)
        self.back = push_button(self, "restore_back", self._cancel)
        self.go = push_button(self, "restore_go", self.start, default=True)
        self._lay_out()
        self._retranslate()

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self._title)
        layout.addWidget(self.intro)
        layout.addSpacing(10)
        layout.addLayout(file_row)
        add_stacked(layout, self._backup_label, self.backup_passphrase, None, self.passphrases,
                    self.message, self.busy)  # fmt: skip
        layout.addSpacing(8)
        layout.addLayout(buttons)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Restore from an external backup"))
        self.intro.setText(self.tr(
            "Carnet makes a new vault on this computer and fills it from your external "
            "backup. An external backup holds no working hypotheses: the new vault starts "
            "without any. A new recovery key is shown next."))  # fmt: skip
        self.choose.setText(self.tr("C&hoose the backup file…"))
        self._backup_label.setText(self.tr("&Passphrase of the backup"))
        self.passphrases.set_label(self.tr("&New passphrase for this vault"))
        self.busy.label.setText(self.tr(
            "Checking the backup and creating your vault… This takes a few seconds."))  # fmt: skip
        self.back.setText(self.tr("&Back"))
        self.go.setText(self.tr("&Restore"))
        self._show_source()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # The backup file -------------------------------------------------------
    def _choose_file(self) -> None:
        name_filter = fill(self.tr("Carnet backups (*%1)"), backup.SUFFIX)
        chosen = private_open_path(self, self.tr("Choose an external backup"), name_filter)
        if chosen is not None:
            self.use_file(chosen)

    def use_file(self, path: Path) -> None:
        """Take `path` as the backup to restore, if it is one (said plainly otherwise)."""
        try:
            if not backup.is_external_backup(path):
                raise BackupInvalid()
            info = backup.inspect_backup(path)
        except CarnetError as exc:
            self.source = None
            self._show_source()
            say(self.message, error_message(exc).full())
            return
        self.source = path
        say(self.message, "")
        self._show_source(info.created_at)
        self.backup_passphrase.setFocus()

    def _show_source(self, created: datetime | None = None) -> None:
        if self.source is None:
            self.file_label.setText(self.tr("No backup file chosen yet."))
            return
        made = when(created) if created is not None else self.tr("an unknown date")
        self.file_label.setText(fill(self.tr("%1, made on %2"), self.source.name, made))

    # Restoring -------------------------------------------------------------
    def _refusal(self) -> str:
        if self.source is None:
            return self.tr("Choose the backup file.")
        if not self.backup_passphrase.text():
            return self.tr("Type the passphrase of this backup.")
        return self.passphrases.refusal()

    def start(self) -> None:
        """Check what was typed, then create the vault from the backup off the GUI thread."""
        if self._task is not None:
            return
        refusal = self._refusal()
        if refusal:
            say(self.message, refusal)
            if refusal == self.passphrases.refusal():  # not the file's nor the backup's
                self.passphrases.focus_refused()
            return
        say(self.message, "")
        self._set_busy(True)
        folder, source, params = self._folder, self.source, self._kdf_params
        secret, backup_secret = self.passphrases.chosen(), self.backup_passphrase.text()
        assert source is not None
        self._task = run_in_background(
            lambda: restore_to_folder(folder, source, secret, backup_secret, params=params),
            self._done,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.choose, self.backup_passphrase, self.passphrases, self.back, self.go):
            widget.setEnabled(not busy)

    def _done(self, result: RestoreResult) -> None:
        self._task = None
        self._set_busy(False)
        self.clear()
        self.restored.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._task = None
        self._set_busy(False)
        say(self.message, error_message(exc).full())
        if isinstance(exc, WrongBackupPassphrase):
            self.backup_passphrase.setText("")
            self.backup_passphrase.setFocus()

    def _cancel(self) -> None:
        self.clear()
        self.cancelled.emit()

    def clear(self) -> None:
        """Forget the file and every passphrase typed here."""
        self.backup_passphrase.setText("")
        self.passphrases.clear()
        self.source = None
        self._show_source()
        say(self.message, "")
