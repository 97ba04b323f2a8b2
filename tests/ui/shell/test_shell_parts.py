"""Tests for app/ui/shell/shell_parts.py: plain text, secret fields, a column wide enough."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.shell.app import Translations
from app.ui.shell.preferences import Language
from app.ui.shell.shell_parts import (
    add_stacked,
    message_label,
    paragraph,
    passphrase_field,
    show_message,
)
from app.ui.shell.truncation import truncated
from app.ui.vault.first_run import FirstRunWizard
from tests.support.languages import reset_language


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_first_run_paragraphs_are_never_cut(qtbot: QtBot, tmp_path: Path, scale: float) -> None:
    """In French at 1366×768, default text and 150 %: each wrapped paragraph has its height."""
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply(Language.FRENCH)
    original = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    QApplication.setFont(font)
    try:
        wizard = FirstRunWizard(tmp_path / "vault")
        qtbot.addWidget(wizard)
        wizard.resize(1366, 700)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.start()
        QApplication.processEvents()
        wrapped = [label for label in wizard.findChildren(QLabel)
                   if label.isVisible() and label.wordWrap() and label.text()]  # fmt: skip
        assert wrapped
        for label in wrapped:
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    finally:
        QApplication.setFont(original)
        reset_language(translations)


def test_paragraphs_and_messages_show_markup_as_text(qtbot: QtBot) -> None:
    """A paragraph or a message never interprets markup, though `Qt` is not named to say so."""
    parent = QWidget()
    qtbot.addWidget(parent)
    for label in (paragraph(parent), message_label(parent)):
        label.setText("<b>Dupont</b>")
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_passphrase_fields_ask_input_methods_for_secrecy(qtbot: QtBot) -> None:
    """A passphrase field is hidden and tells input methods: sensitive, no suggestions."""
    parent = QWidget()
    qtbot.addWidget(parent)
    field = passphrase_field(parent, "passphrase")
    hints = field.inputMethodHints()
    for hint in (Qt.InputMethodHint.ImhHiddenText, Qt.InputMethodHint.ImhSensitiveData,
                 Qt.InputMethodHint.ImhNoPredictiveText):  # fmt: skip
        assert hints & hint, hint
    assert field.echoMode() == field.EchoMode.Password


def test_a_message_in_an_open_dialog_gets_the_height_of_its_lines(qtbot: QtBot) -> None:
    """A long message shown in an open dialog makes it taller, so no line is cut."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    message = message_label(dialog)
    layout.addWidget(paragraph(dialog))
    layout.addWidget(message)
    dialog.resize(300, 40)
    dialog.show()
    qtbot.waitExposed(dialog)
    show_message(message, "Cette phrase de passe est trop faible : " * 6)
    assert message.height() >= message.heightForWidth(message.width())
    assert truncated(dialog) == []


def test_add_stacked_leaves_a_gap_for_none(qtbot: QtBot) -> None:
    """Widgets stack in order; a None between two adds ten pixels to the spacing."""
    parent = QWidget()
    qtbot.addWidget(parent)
    layout = QVBoxLayout(parent)
    layout.setSpacing(6)
    first, second, third = (QLabel(text, parent) for text in ("un", "deux", "trois"))
    add_stacked(layout, first, second, None, third)
    parent.show()
    qtbot.waitExposed(parent)
    assert second.y() - first.geometry().bottom() - 1 == 6
    assert third.y() - second.geometry().bottom() - 1 == 6 + 10
