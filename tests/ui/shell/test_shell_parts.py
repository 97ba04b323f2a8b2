"""Tests for app/ui/shell/shell_parts.py: the centred column is never too narrow for its text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.ui.shell.app import Translations
from app.ui.shell.preferences import Language
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
