"""Tests for app/ui/shell/app.py: language choice, translators, application identity."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from app.core.process import core_dumps_disabled
from app.ui.shell.app import Translations, create_application, effective_language, interface_locale
from app.ui.shell.preferences import Language


def test_system_language_is_french_only_on_a_french_system() -> None:
    """French by default on a French system (any country), English on any other."""
    assert effective_language(Language.SYSTEM, QLocale("fr_FR")) is Language.FRENCH
    assert effective_language(Language.SYSTEM, QLocale("fr_CA")) is Language.FRENCH
    assert effective_language(Language.SYSTEM, QLocale("de_DE")) is Language.ENGLISH
    assert effective_language(Language.ENGLISH, QLocale("fr_FR")) is Language.ENGLISH
    assert effective_language(Language.FRENCH, QLocale("en_GB")) is Language.FRENCH


def test_translations_switch_while_running(qtbot: QtBot) -> None:
    """Applying a language replaces the installed translators and sets the default locale."""
    app = QCoreApplication.instance()
    assert app is not None
    previous = QLocale()
    translations = Translations(app)
    try:
        translations.apply(Language.FRENCH)
        assert translations.language is Language.FRENCH
        assert QLocale().language() == QLocale.Language.French
        translations.apply(Language.ENGLISH)
        assert QLocale().language() == QLocale.Language.English
    finally:  # later tests read the source texts ("5 item(s)"), not the English catalogue's
        translations.remove()
        QLocale.setDefault(previous)


def test_application_identity_and_hardening(qtbot: QtBot) -> None:
    """The application is named Carnet and core dumps are off once it is created."""
    application = create_application([])
    assert QCoreApplication.applicationName() == "Carnet"
    assert QCoreApplication.organizationName() == "Carnet"
    assert application.applicationDisplayName() == "Carnet"
    assert core_dumps_disabled()


def test_interface_locale_keeps_the_system_country() -> None:
    """English on a French system writes dates the French way; the system's own is kept."""
    assert interface_locale(Language.ENGLISH, QLocale("fr_FR")).name() == "en_FR"
    assert interface_locale(Language.FRENCH, QLocale("fr_CA")).name() == "fr_CA"
    assert interface_locale(Language.FRENCH, QLocale("en_GB")).language() == QLocale.Language.French
