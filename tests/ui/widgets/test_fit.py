"""Tests for app/ui/widgets/fit.py: hints and titles are never cut, at 150 % text too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.widgets.fit import show_whole_title, title_width
from app.ui.workspace.person_dialog import PersonDialog


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_add_a_person_shows_its_title_and_hints_whole(qtbot: QtBot, scale: float) -> None:
    """« Add a person »: the dialog is as wide as its title needs, each field as its hint."""
    original = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    QApplication.setFont(font)
    try:
        dialog = PersonDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() >= title_width(dialog)
        for field in (dialog.alias, dialog.organisation):
            metrics = field.fontMetrics()
            assert field.width() > metrics.horizontalAdvance(field.placeholderText())
    finally:
        QApplication.setFont(original)


def test_grow_to_fit_makes_room_for_wrapped_text(qtbot: QtBot) -> None:
    """A dialog shorter than its wrapped paragraph needs at its width grows until it fits."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from app.ui.widgets.fit import grow_to_fit

    dialog = QDialog()
    qtbot.addWidget(dialog)
    text = QLabel("Une phrase assez longue pour passer à la ligne plusieurs fois. " * 6, dialog)
    text.setWordWrap(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(QLineEdit(dialog))
    dialog.resize(260, 60)
    dialog.show()
    needed = layout.totalHeightForWidth(dialog.width())
    assert dialog.height() < needed
    grow_to_fit(dialog)
    assert dialog.height() >= min(needed, dialog.screen().availableGeometry().height())


def test_grow_to_fit_makes_room_in_a_wizard_page(qtbot: QtBot) -> None:
    """A wizard (no layout of its own) grows by what its current page's wrapped text lacks."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage

    from app.ui.shell.truncation import truncated
    from app.ui.widgets.fit import grow_to_fit

    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = QWizardPage()
    text = QLabel("", page)
    text.setWordWrap(True)
    QVBoxLayout(page).addWidget(text)
    wizard.addPage(page)
    wizard.resize(320, 240)
    wizard.show()
    qtbot.waitExposed(wizard)
    opened = wizard.height()
    text.setText("Une phrase assez longue pour passer à la ligne plusieurs fois. " * 6)
    grow_to_fit(wizard)
    QApplication.processEvents()
    assert wizard.height() > opened and truncated(wizard) == []


def test_the_title_minimum_keeps_the_layout_s_minimum(qtbot: QtBot) -> None:
    """A short title does not let a dialog shrink below its form's minimum width."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Ok")
    form = QFormLayout(dialog)
    field = QLineEdit(dialog)
    field.setMinimumWidth(900)
    form.addRow("Un libellé assez long :", field)
    show_whole_title(dialog)
    dialog.resize(300, 100)
    assert dialog.width() >= form.minimumSize().width() > 900
