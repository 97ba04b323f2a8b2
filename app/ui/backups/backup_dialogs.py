"""Dialogs of Settings → Backups: where to write an external backup; confirming a restore.

Both keep secrets only as long as needed: the fields are emptied as soon as
the dialog closes, and what was typed is handed over once.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import backup
from app.core.restore import RestoreRequest
from app.ui.export.file_dialog import private_save_path
from app.ui.shell.shell_parts import message_label, paragraph, passphrase_field
from app.ui.shell.shell_parts import show_message as say
from app.ui.widgets.new_passphrase import NewPassphraseFields


def fill(text: str, *values: object) -> str:
    """Qt-style placeholders %1, %2… replaced in one pass (a value may itself hold "%2")."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), text)


def when(moment: datetime) -> str:
    """A date and time in the worker's locale, in local time."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def day(moment: datetime) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp.date(), QLocale.FormatType.LongFormat)


class BackupDialog(QDialog):
    """Where to write the external backup, and its own passphrase, typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.path = QLineEdit(self)
        self.path.setObjectName("backup_path")
        self.choose = QPushButton(self)
        self.choose.clicked.connect(self._choose)
        self.passphrases = NewPassphraseFields(self, name="backup_passphrase", in_form=True)
        self.passphrase, self.confirm = self.passphrases.passphrase, self.passphrases.confirm
        self.help = paragraph(self)
        self.message = message_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self._file_label = QLabel(self)
        self._file_label.setBuddy(self.path)
        self.passphrases.add_leading_row(self._file_label, row)
        # Enter in the path moves on to an empty field below, as in the passphrases: OK
        # would refuse a passphrase not typed yet.
        self.passphrases.enter_from(self.path)
        self.chosen: tuple[Path, str] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.passphrases)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _: self.clear())
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("External backup"))
        self.help.setText(self.tr(
            "One encrypted file, for a USB key kept in a safe place. It holds everything "
            "except your private working hypotheses, which never leave this computer. "
            "Choose a passphrase for it alone, and keep it apart from the key."))  # fmt: skip
        self.choose.setText(self.tr("C&hoose…"))
        self._file_label.setText(self.tr("&File"))
        self.passphrases.set_label(self.tr("Backup &passphrase"))

    def _choose(self) -> None:
        # Qt's own dialog, with nothing remembered: a folder name may be a person's.
        chosen = private_save_path(
            self, self.tr("Save the backup as"), f"carnet{backup.SUFFIX}",
            self.tr("Carnet backups (*%1)").replace("%1", backup.SUFFIX), backup.SUFFIX.lstrip("."),
        )  # fmt: skip
        if chosen is not None:
            self.path.setText(str(chosen))

    def refusal(self) -> str:
        if not self.path.text().strip():
            return self.tr("Choose where to write the backup.")
        return self.passphrases.refusal()

    def accept(self) -> None:
        refusal = self.refusal()
        if refusal:
            say(self.message, refusal)
            if refusal == self.passphrases.refusal():  # not the file's
                self.passphrases.focus_refused()
            return
        # Taken now: the fields are wiped as soon as the dialog closes.
        self.chosen = (Path(self.path.text().strip()).expanduser(), self.passphrases.chosen())
        super().accept()

    def take(self) -> tuple[Path, str] | None:
        """The chosen file and passphrase, once: the page forgets them after use."""
        chosen, self.chosen = self.chosen, None
        return chosen

    def clear(self) -> None:
        self.passphrases.clear()


class RestoreDialog(QDialog):
    """Says exactly what the restore will do; asks the backup's passphrase when needed."""

    confirmed = Signal(object)  # RestoreRequest

    def __init__(self, source: Path, external: bool, taken: datetime | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.source, self.external = source, external
        self.text = paragraph(self)
        self.text.setObjectName("restore_text")
        self.passphrase = passphrase_field(self, "restore_backup_passphrase")
        self.passphrase.setVisible(external)
        self.message = message_label(self)
        self.buttons = QDialogButtonBox(self)
        self.go = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("restore_go")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Restore"))
        self.go.setText(self.tr("&Restore"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase of this backup"))
        self.text.setText(self._explanation(taken))

    def _explanation(self, taken: datetime | None) -> str:
        moment = when(taken) if taken else self.tr("an unknown date")
        if self.external:
            return self.tr(
                "Restore the vault from the external backup of %1? Everything in the vault now "
                "is replaced by the backup's content. External backups never hold the private "
                "working hypotheses: after the restore the vault has none. The current content, "
                "hypotheses included, is first kept as a snapshot on this computer."
            ).replace("%1", moment)
        return self.tr(
            "Restore the vault as it was on %1? What was written since then is replaced. "
            "The current content is first kept as a snapshot on this computer, so this "
            "can be undone."
        ).replace("%1", moment)

    def accept(self) -> None:
        if self.external and not self.passphrase.text():
            say(self.message, self.tr("Type the passphrase of this backup."))
            return
        secret = self.passphrase.text() if self.external else None
        self.passphrase.setText("")
        self.confirmed.emit(RestoreRequest(self.source, secret))
        super().accept()
