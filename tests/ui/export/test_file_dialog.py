"""The save and open dialogs: the real Qt dialog, and no folder left behind in any settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.export.file_dialog import private_open_path, private_save_path

FOLDER_NAME = "Dossier Zorbalinde"


def drive(folder: Path, name: str | None) -> None:
    """Once the dialog shows: go to `folder`, type `name` and save (None: cancel)."""

    def act() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        [dialog] = [d for d in dialogs if d.isVisible()]
        if name is None:
            dialog.reject()
            return
        dialog.setDirectory(str(folder))
        dialog.selectFile(name)
        dialog.accept()

    QTimer.singleShot(100, act)


def drive_open(folder: Path, name: str) -> None:
    """Once the open dialog shows: go to `folder`, type `name` in the file field, open."""

    def act() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        [dialog] = [d for d in dialogs if d.isVisible()]
        dialog.setDirectory(str(folder))
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert field is not None
        field.setText(name)  # selectFile() ignores a name while the field has the focus
        dialog.accept()

    QTimer.singleShot(100, act)


def settings_text(isolated_settings: Path) -> str:
    return "".join(
        p.read_text(errors="replace") for p in isolated_settings.rglob("*") if p.is_file()
    )


def test_the_chosen_path_is_returned_and_no_folder_is_remembered(
    qtbot: QtBot, tmp_path: Path, isolated_settings: Path
) -> None:
    """Saving into a folder named after someone leaves that name in no settings file."""
    folder = tmp_path / FOLDER_NAME
    folder.mkdir()
    drive(folder, "transmission-2026-11-22-ACDE.pdf")
    path = private_save_path(None, "Save", "transmission-2026-11-22-ACDE.pdf", "PDF (*.pdf)", "pdf")
    assert path == folder / "transmission-2026-11-22-ACDE.pdf"
    assert "Zorbalinde" not in settings_text(isolated_settings)
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.value("FileDialog/history") is None
    assert settings.value("FileDialog/lastVisited") is None


def test_what_other_programs_kept_is_put_back_untouched(
    qtbot: QtBot, tmp_path: Path, isolated_settings: Path
) -> None:
    """Settings the dialog found are restored as they were (Carnet adds and removes nothing)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/viewMode", "List")
    settings.sync()
    drive(tmp_path, None)
    assert private_save_path(None, "Save", "x.pdf", "PDF (*.pdf)", "pdf") is None
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.value("FileDialog/viewMode") == "List"
    assert settings.value("FileDialog/history") is None


def test_the_opened_file_is_returned_and_no_folder_is_remembered(
    qtbot: QtBot, tmp_path: Path, isolated_settings: Path
) -> None:
    """Opening a backup from a folder named after someone leaves that name in no settings file."""
    folder = tmp_path / FOLDER_NAME
    folder.mkdir()
    (folder / "carnet.carnet-backup").write_bytes(b"x")
    drive_open(folder, "carnet.carnet-backup")
    path = private_open_path(None, "Open", "Carnet backups (*.carnet-backup)")
    assert path == folder / "carnet.carnet-backup"
    assert "Zorbalinde" not in settings_text(isolated_settings)
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.value("FileDialog/history") is None
    assert settings.value("FileDialog/lastVisited") is None
