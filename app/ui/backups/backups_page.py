"""Settings → Backups: the snapshots on this computer, an external backup now, restore.

Snapshots are taken by themselves (at unlock and at lock, once a day). An
external backup is one encrypted file for a USB key, protected by its own
passphrase, without the private hypotheses; it runs off the GUI thread. A
restore replaces the open vault, so this page only asks and confirms: it emits
`restore_requested(RestoreRequest)` and the window carries it out (flush and
empty the workspace, `app.core.restore.perform`, then open the new session).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import backup, snapshots
from app.core.session import Session
from app.domain.errors import CarnetError
from app.ui.backups.backup_dialogs import BackupDialog, RestoreDialog, day, fill, when
from app.ui.export.file_dialog import private_open_path
from app.ui.shell.errors import error_message
from app.ui.shell.shell_parts import BusyRow, message_label, paragraph
from app.ui.shell.shell_parts import show_message as say
from app.ui.shell.tasks import Task, run_in_background
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.icons import set_icon

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsPage(QWidget):
    """The snapshot list, "Make an external backup now…", "Restore…", the last backup date."""

    restore_requested = Signal(object)  # RestoreRequest, confirmed by the worker
    backup_made = Signal(object)  # BackupReport
    status = Signal(str)  # a brief confirmation for the window's status bar

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        kdf_params: Any = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backups_page")
        self._session, self._kdf_params, self._clock = session, kdf_params, clock
        self._task: Task | None = None
        self.backup_dialog: BackupDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self._build()
        self._retranslate()
        self.refresh()

    def _build(self) -> None:
        self._snap_box, self._backup_box = QGroupBox(self), QGroupBox(self)
        self.snap_help = paragraph(self)
        self.snapshot_list = QTreeWidget(self)
        self.snapshot_list.setObjectName("snapshot_list")
        self.snapshot_list.setRootIsDecorated(False)
        self.snapshot_list.setColumnCount(3)
        self.snapshot_list.itemSelectionChanged.connect(self._selection_changed)
        self.snapshot_empty = EmptyState(self.snapshot_list)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_snapshot")
        self.restore_button.clicked.connect(self.restore_selected)
        set_icon(self.restore_button, "history")
        self.restore_file_button = QPushButton(self)
        self.restore_file_button.setObjectName("restore_file")
        self.restore_file_button.clicked.connect(self._choose_backup_file)
        set_icon(self.restore_file_button, "archive-restore")
        self.last_backup = paragraph(self)
        self.last_backup.setObjectName("last_backup")
        self.reminder = message_label(self)
        self.reminder.setObjectName("backup_reminder")
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("make_backup")
        self.backup_button.clicked.connect(self.open_backup_dialog)
        self.snapshot_empty.activated.connect(self.open_backup_dialog)
        set_icon(self.backup_button, "hard-drive-download")
        self.busy = BusyRow(self)
        self.message = message_label(self)
        snaps = QVBoxLayout(self._snap_box)
        snaps.addWidget(self.snap_help)
        snaps.addWidget(self.snapshot_list)
        snaps.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignRight)
        external = QVBoxLayout(self._backup_box)
        for widget in (self.last_backup, self.reminder, self.busy, self.message):
            external.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_file_button)
        buttons.addWidget(self.backup_button)
        external.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self._snap_box)
        layout.addWidget(self._backup_box)

    def _retranslate(self) -> None:
        self._snap_box.setTitle(self.tr("Snapshots on this computer"))
        self.snap_help.setText(self.tr(
            "Carnet keeps an encrypted copy of the whole vault each day you use it: the last "
            "7 days and 4 weeks. They stay on this computer and protect against a mistake, "
            "not against losing the computer."))  # fmt: skip
        self.snapshot_list.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.restore_button.setText(self.tr("&Restore this snapshot…"))
        self._backup_box.setTitle(self.tr("External backup"))
        self.backup_button.setText(self.tr("Make an external &backup now…"))
        self.restore_file_button.setText(self.tr("Restore from a backup &file…"))
        self.busy.label.setText(self.tr("Writing and checking the backup… (a few seconds)"))
        self.snapshot_empty.set_texts(
            self.tr("No snapshot yet: Carnet makes one each day you use it."),
            self.tr("Make an external backup now…"),
        )
        self._show_last_backup()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    # State ---------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the snapshot list and the last-backup line."""
        self.snapshot_list.clear()
        if not self._session.is_open:
            return
        kinds = {"auto": self.tr("Automatic"), "pre-restore": self.tr("Before a restore")}
        locale = QLocale()
        for snap in snapshots.list_snapshots(self._session.paths):
            item = QTreeWidgetItem(
                [when(snap.taken_at), kinds.get(snap.kind, snap.kind),
                 locale.formattedDataSize(snap.size_bytes)]
            )  # fmt: skip
            item.setData(0, PATH_ROLE, str(snap.path))
            item.setData(1, PATH_ROLE, snap.taken_at.isoformat())
            self.snapshot_list.addTopLevelItem(item)
        self._selection_changed()
        self._show_last_backup()

    def _show_last_backup(self) -> None:
        if not self._session.is_open:
            return
        last = backup.last_external_backup(self._session)
        if last is None:
            self.last_backup.setText(self.tr("No external backup has been made yet."))
        else:
            self.last_backup.setText(fill(self.tr("Last external backup: %1"), day(last)))
        due = backup.backup_reminder_due(self._session, self._clock())
        say(self.reminder, self.tr(
            "It has been more than 30 days without an external backup. When you have a "
            "moment, make one on a USB key kept somewhere safe.") if due else "")  # fmt: skip

    def _selection_changed(self) -> None:
        busy = self._task is not None
        self.restore_button.setEnabled(bool(self.snapshot_list.selectedItems()) and not busy)

    def is_busy(self) -> bool:
        return self._task is not None

    # External backup ---------------------------------------------------------
    def open_backup_dialog(self) -> BackupDialog:
        self.backup_dialog = BackupDialog(self)
        self.backup_dialog.accepted.connect(self._start_backup)
        self.backup_dialog.open()
        return self.backup_dialog

    def _start_backup(self) -> None:
        dialog = self.backup_dialog
        if dialog is None or self._task is not None or not self._session.is_open:
            return
        chosen = dialog.take()
        if chosen is None:
            return
        out, secret = chosen
        session, params = self._session, self._kdf_params
        say(self.message, "")
        self._set_busy(True)
        self._task = run_in_background(
            lambda: backup.make_external_backup(session, out, secret, params),
            self._backup_done,
            self._backup_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.backup_button, self.restore_file_button):
            button.setEnabled(not busy)
        self._selection_changed()

    def _backup_done(self, report: backup.BackupReport) -> None:
        self._task = None
        self._set_busy(False)
        counts = report.counts
        text = self.tr(
            "Backup written and checked: %1 (%2 persons, %3 interviews). The private "
            "hypotheses are not in it."
        )
        say(self.message, fill(text, report.path, counts.persons, counts.interviews))
        self.refresh()
        self.backup_made.emit(report)
        self.status.emit(self.tr("External backup written and checked."))

    def _backup_failed(self, exc: Exception) -> None:
        self._task = None
        self._set_busy(False)
        say(self.message, error_message(exc).full())

    # Restore -------------------------------------------------------------
    def restore_selected(self) -> RestoreDialog | None:
        items = self.snapshot_list.selectedItems()
        if not items:
            return None
        taken = datetime.fromisoformat(items[0].data(1, PATH_ROLE))
        return self.ask_restore(Path(items[0].data(0, PATH_ROLE)), taken)

    def _choose_backup_file(self) -> None:
        # Nothing remembered about the folder chosen (see app/ui/export/file_dialog.py).
        chosen = private_open_path(self, self.tr("Restore from a backup file"), "")
        if chosen is not None:
            self.ask_restore(chosen)

    def ask_restore(self, source: Path, taken: datetime | None = None) -> RestoreDialog | None:
        """Open the confirmation for `source`; on OK, emit `restore_requested`."""
        external = backup.is_external_backup(source)
        if external:
            try:
                taken = backup.inspect_backup(source).created_at
            except CarnetError as exc:  # a damaged file: say so now, ask nothing
                say(self.message, error_message(exc).full())
                return None
        self.restore_dialog = RestoreDialog(source, external, taken, self)
        self.restore_dialog.confirmed.connect(self.restore_requested.emit)
        self.restore_dialog.finished.connect(lambda _: self._forget_restore_secret())
        self.restore_dialog.open()
        return self.restore_dialog

    def _forget_restore_secret(self) -> None:
        if self.restore_dialog is not None:
            self.restore_dialog.passphrase.setText("")

    def clear(self) -> None:
        """On lock or close: no list, no passphrase left in a field."""
        self.snapshot_list.clear()
        for dialog in (self.backup_dialog, self.restore_dialog):
            if dialog is not None:
                dialog.reject()
