"""Strings of Qt's own file dialog that Qt's French catalogue lacks.

Qt's `qtbase_fr` translates most of QFileDialog but not "&Look in:", "Files
of &type:" or the kinds shown in its Type column ("Folder"…), so a French
dialog showed them in English. Listing them here, under Qt's own contexts,
puts them in Carnet's catalogues; Qt finds them there, since it asks every
installed translator. This function is never called at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def file_dialog_strings() -> list[str]:
    """The supplied strings, translated (for the catalogue and for tests)."""
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QFileDialog", "Detail view"),
        translate("QFileDialog", "List view"),
        translate("QFileDialog", "Computer"),
        translate("QAbstractFileIconProvider", "Folder"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QAbstractFileIconProvider", "File"),
        translate("QAbstractFileIconProvider", "%1 File"),
        translate("QAbstractFileIconProvider", "Alias"),
        translate("QAbstractFileIconProvider", "Shortcut"),
        translate("QAbstractFileIconProvider", "Unknown"),
    ]
