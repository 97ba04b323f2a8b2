"""Save and open dialogs that leave no trace of where the worker saved or opened a file.

Qt's own file dialog writes its history and last folder to the user's
`QtProject.conf` when it is destroyed, and a platform dialog (GTK, KDE portal)
keeps recent folders where Carnet cannot reach them. A folder name may be a
person's name, so Carnet uses Qt's dialog, starts it in the Documents folder
(never a remembered one), and puts the `FileDialog` settings back exactly as
they were once it is gone. Carnet itself stores no folder anywhere.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

_GROUP = "FileDialog"


def default_folder() -> Path:
    """The user's Documents folder (or home): the same start every time."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def _qt_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _snapshot() -> dict[str, object]:
    settings = _qt_settings()
    settings.beginGroup(_GROUP)
    values = {key: settings.value(key) for key in settings.childKeys()}
    settings.endGroup()
    return values


def _restore(values: dict[str, object]) -> None:
    settings = _qt_settings()
    settings.beginGroup(_GROUP)
    settings.remove("")  # inside a group: removes every key of the group
    for key, value in values.items():
        settings.setValue(key, value)
    settings.endGroup()
    if not values:
        settings.remove(_GROUP)
    settings.sync()


def _qt_dialog(parent: QWidget | None, caption: str, name_filter: str, name: str) -> QFileDialog:
    """Qt's own dialog (never the platform's), starting in the same folder every time."""
    dialog = QFileDialog(parent, caption, str(default_folder()), name_filter)
    dialog.setObjectName(name)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # before anything else
    return dialog


def _run_private(dialog: QFileDialog) -> Path | None:
    """Run Qt's own dialog, then destroy it and undo what it wrote to QtProject.conf."""
    saved = _snapshot()
    try:
        dialog.setHistory([])  # nor show folders another program left in the history
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
        dialog.setHistory([])
    finally:
        # Destroy it now, so that it writes its settings now, and undo that at once.
        shiboken6.delete(dialog)
        _restore(saved)
    return Path(files[0]) if accepted and files else None


def private_save_path(
    parent: QWidget | None, caption: str, file_name: str, name_filter: str, suffix: str
) -> Path | None:
    """Asks where to save `file_name`; None if cancelled. Nothing about it is remembered."""
    dialog = _qt_dialog(parent, caption, name_filter, "privateSaveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(file_name)
    return _run_private(dialog)


def private_open_path(parent: QWidget | None, caption: str, name_filter: str) -> Path | None:
    """Asks which existing file to open; None if cancelled. Nothing about it is remembered."""
    dialog = _qt_dialog(parent, caption, name_filter, "privateOpenDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run_private(dialog)
