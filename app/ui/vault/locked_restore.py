"""Restoring a backup from the unlock screen, when the vault is locked or will not open.

The worker picks one of the vault's snapshots (listed with their dates) or an
external backup file, types the vault's passphrase (and the backup's own
passphrase for an external backup), and reads what will happen. The restore
runs off the GUI thread through `app.core.rescue.restore_locked`: an ordinary
restore if the vault opens, the rescue of a damaged database otherwise. Either
way the vault as it was is kept as a copy first.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import backup, rescue, snapshots
from app.core.paths import VaultPaths
from app.core.restore import RestoreReport, RestoreResult
from app.domain.errors import (
    BackupInvalid,
    CarnetError,
    KeyFileCorrupted,
    VaultNotFound,
    WrongBackupPassphrase,
    WrongPassphrase,
)
from app.ui.backups.backup_dialogs import fill, when
from app.ui.export.file_dialog import private_open_path
from app.ui.shell.errors import error_message
from app.ui.shell.shell_parts import BusyRow, heading, message_label, paragraph, passphrase_field
from app.ui.shell.shell_parts import show_message as say
from app.ui.shell.tasks import Task, run_in_background

PATH_ROLE = Qt.ItemDataRole.UserRole
EXTERNAL_ROLE = Qt.ItemDataRole.UserRole + 1
TAKEN_ROLE = Qt.ItemDataRole.UserRole + 2


class LockedRestoreDialog(QDialog):
    """Choose a snapshot or a backup file, type the passphrases; emits `restored(result)`."""

    restored = Signal(object)  # RestoreResult, the reopened vault in it

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locked_restore_dialog")
        self._folder = folder
        self._task: Task | None = None
        self._title = heading(self, 1.2)
        self.sources = QTreeWidget(self)
        self.sources.setObjectName("restore_sources")
        self.sources.setRootIsDecorated(False)
        self.sources.setColumnCount(2)
        self.sources.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.sources.itemSelectionChanged.connect(self._source_changed)
        self.choose_file = QPushButton(self)
        self.choose_file.setObjectName("choose_backup_file")
        self.choose_file.clicked.connect(self._choose_file)
        self.explanation = paragraph(self)
        self.explanation.setObjectName("restore_explanation")
        self._vault_label, self._backup_label = QLabel(self), QLabel(self)
        self.vault_passphrase = passphrase_field(self, "restore_vault_passphrase")
        self.backup_passphrase = passphrase_field(self, "restore_backup_passphrase")
        self._vault_label.setBuddy(self.vault_passphrase)
        self._backup_label.setBuddy(self.backup_passphrase)
        self.message = message_label(self)
        self.busy = BusyRow(self)
        self.buttons = QDialogButtonBox(self)
        self.go = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("restore_go")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self._title, self.sources, self.choose_file, self.explanation,
                       self._vault_label, self.vault_passphrase, self._backup_label,
                       self.backup_passphrase, self.message, self.busy,
                       self.buttons):  # fmt: skip
            layout.addWidget(widget)
        layout.setAlignment(self.choose_file, Qt.AlignmentFlag.AlignLeft)
        self.finished.connect(lambda _: self._wipe())
        self.setMinimumWidth(520)
        self._retranslate()
        self._list_snapshots()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self._title.setText(self.tr("Restore a backup"))
        self.sources.setHeaderLabels([self.tr("Date"), self.tr("Copy")])
        self.choose_file.setText(self.tr("Choose an external backup &file…"))
        self._vault_label.setText(self.tr("&Passphrase of this vault"))
        self._backup_label.setText(self.tr("Passphrase of the &backup"))
        self.busy.label.setText(self.tr(
            "Checking the backup, then restoring it… The vault as it is now is kept "
            "first."))  # fmt: skip
        self.go.setText(self.tr("&Restore"))
        self._source_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Sources ---------------------------------------------------------------
    def _list_snapshots(self) -> None:
        kinds = {"auto": self.tr("Snapshot"), "pre-restore": self.tr("Snapshot before a restore")}
        for snap in snapshots.list_snapshots(VaultPaths(self._folder)):
            self._add_source(snap.path, kinds.get(snap.kind, snap.kind), snap.taken_at, False)
        newest = self.sources.topLevelItem(0)
        if newest is not None:
            self.sources.setCurrentItem(newest)

    def _add_source(
        self, path: Path, kind: str, taken: datetime | None, external: bool, first: bool = False
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([when(taken) if taken else self.tr("Unknown date"), kind])
        item.setData(0, PATH_ROLE, str(path))
        item.setData(0, EXTERNAL_ROLE, external)
        item.setData(0, TAKEN_ROLE, taken.isoformat() if taken else "")
        if first:
            self.sources.insertTopLevelItem(0, item)
        else:
            self.sources.addTopLevelItem(item)
        return item

    def _choose_file(self) -> None:
        caption = self.tr("Choose an external backup")
        name_filter = fill(self.tr("Carnet backups (*%1)"), backup.SUFFIX)
        chosen = private_open_path(self, caption, name_filter)
        if chosen is not None:
            self.use_file(chosen)

    def use_file(self, path: Path) -> None:
        """Add a backup file to the list and select it (said plainly if it is not one)."""
        if not backup.is_external_backup(path):
            say(self.message, error_message(BackupInvalid()).full())
            return
        try:
            info = backup.inspect_backup(path)
        except CarnetError as exc:
            say(self.message, error_message(exc).full())
            return
        say(self.message, "")
        kind = fill(self.tr("External backup: %1"), path.name)
        item = self._add_source(path, kind, info.created_at, True, first=True)
        self.sources.setCurrentItem(item)
        self.backup_passphrase.setFocus()

    def chosen(self) -> tuple[Path, bool, datetime | None] | None:
        """The selected source: its path, whether it is an external backup, its date."""
        items = self.sources.selectedItems()
        if not items:
            return None
        taken = items[0].data(0, TAKEN_ROLE)
        moment = datetime.fromisoformat(taken) if taken else None
        return Path(items[0].data(0, PATH_ROLE)), bool(items[0].data(0, EXTERNAL_ROLE)), moment

    def _source_changed(self) -> None:
        chosen = self.chosen()
        external = chosen is not None and chosen[1]
        self._backup_label.setVisible(external)
        self.backup_passphrase.setVisible(external)
        self.go.setEnabled(chosen is not None and self._task is None)
        self.explanation.setText(self._explanation(chosen))

    def _explanation(self, chosen: tuple[Path, bool, datetime | None] | None) -> str:
        if chosen is None and not self.sources.topLevelItemCount():
            return self.tr(
                "There is no snapshot of this vault on this computer. Choose an external "
                "backup file."
            )
        if chosen is None:
            return self.tr("Choose a snapshot or an external backup file.")
        moment = when(chosen[2]) if chosen[2] else self.tr("an unknown date")
        if chosen[1]:
            text = self.tr(
                "The vault is replaced by the external backup of %1. An external backup holds "
                "no working hypotheses: after the restore the vault has none. Before anything "
                "is replaced, the current vault is kept as a copy on this computer."
            )
        else:
            text = self.tr(
                "The vault goes back to the snapshot of %1: what was written since is replaced. "
                "Before anything is replaced, the current vault is kept as a copy on this "
                "computer."
            )
        return fill(text, moment)

    # Restoring ---------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._task is not None

    def _refusal(self, chosen: tuple[Path, bool, datetime | None] | None) -> str:
        if chosen is None:
            return self.tr("Choose a snapshot or an external backup file.")
        if not self.vault_passphrase.text():
            return self.tr("Type the passphrase of this vault.")
        if chosen[1] and not self.backup_passphrase.text():
            return self.tr("Type the passphrase of this backup.")
        return ""

    def start(self) -> None:
        """Check what was typed, then restore off the GUI thread."""
        if self._task is not None:
            return
        chosen = self._chosen_or_refuse()
        if chosen is None:
            return
        source, external = chosen[0], chosen[1]
        folder, secret = self._folder, self.vault_passphrase.text()
        backup_secret = self.backup_passphrase.text() if external else None
        say(self.message, "")
        self._set_busy(True)
        self._task = run_in_background(
            lambda: rescue.restore_locked(folder, secret, source, backup_secret),
            self._done,
            self._failed,
        )

    def _chosen_or_refuse(self) -> tuple[Path, bool, datetime | None] | None:
        chosen = self.chosen()
        refusal = self._refusal(chosen)
        if refusal:
            say(self.message, refusal)
            return None
        return chosen

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.sources, self.choose_file, self.vault_passphrase,
                       self.backup_passphrase, self.buttons):  # fmt: skip
            widget.setEnabled(not busy)

    def _done(self, result: RestoreResult) -> None:
        self._task = None
        self._set_busy(False)
        self._wipe()
        self.accept()
        self.restored.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._task = None
        self._set_busy(False)
        self._source_changed()
        if isinstance(exc, KeyFileCorrupted | VaultNotFound):
            # The usual way forward ("restore a backup") is what failed: say why, and what next.
            say(self.message, self.tr(
                "The key file of this vault is damaged or missing: without it, neither the "
                "passphrase nor the snapshots can open the vault. Nothing was changed. Keep this "
                "folder as it is and ask for help: a copy of the key file, or an external backup "
                "restored into a new vault, can bring the notes back."))  # fmt: skip
        else:
            say(self.message, error_message(exc).full())
        field = None
        if isinstance(exc, WrongBackupPassphrase):
            field = self.backup_passphrase
        elif isinstance(exc, WrongPassphrase):
            field = self.vault_passphrase
        if field is not None:
            field.setText("")
            field.setFocus()

    def reject(self) -> None:
        if self._task is not None:
            return  # the vault is being replaced; closing now would orphan the session
        super().reject()

    def _wipe(self) -> None:
        for field in (self.vault_passphrase, self.backup_passphrase):
            field.setText("")


def show_restore_notice(parent: QWidget, report: RestoreReport, text: str) -> QMessageBox | None:
    """A window-modal note when the worker must act: a damaged vault was set aside."""
    if report.damaged_copy is None and report.later_changes_checked:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, "Carnet", text, parent=parent)
    box.setObjectName("restore_notice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
