"""Tests for app/ui/shell/qt_strings.py: under French, the file dialog shows no English label."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QTreeView,
)
from pytestqt.qtbot import QtBot

# "Type" is French too.
ENGLISH = {"&Look in:", "Look in:", "Files of &type:", "Files of type:", "File &name:", "Folder",
           "Name", "Size", "Date Modified", "Back", "Forward", "Parent Directory",
           "Create New Folder", "List View", "Detail View", "&Save", "Cancel", "&Open"}  # fmt: skip


def dialog_texts(dialog: QFileDialog) -> list[str]:
    """Labels, buttons (text and tooltip), combo items and every cell of the file list."""
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [t for b in dialog.findChildren(QAbstractButton) for t in (b.text(), b.toolTip())]
    texts += [c.itemText(i) for c in dialog.findChildren(QComboBox) for i in range(c.count())]
    for view in dialog.findChildren(QTreeView):
        model, root = view.model(), view.rootIndex()
        for column in range(model.columnCount(root)):
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
            texts += [str(model.index(r, column, root).data()) for r in range(model.rowCount(root))]
    return texts


def test_the_french_file_dialog_has_no_english_label(
    qtbot: QtBot, tmp_path: Path, french_interface: None
) -> None:
    """A save dialog over a folder with a sub-folder: every label and the Type column in French."""
    (tmp_path / "Courriers").mkdir()
    dialog = QFileDialog(None, "Enregistrer", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter("PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 1)
    texts = dialog_texts(dialog)
    assert "Dossier" in texts and "Fichiers de &type\u00a0:" in texts
    assert sorted(set(texts) & ENGLISH) == []
