"""The QApplication: identity, process hardening, translations, icon.

The palette, style and font size are the system's: Carnet sets no style sheet
or font of its own, so large-text and dark settings are followed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

import app as carnet
from app.core.process import harden_process
from app.domain.resources import resources_dir
from app.ui.shell.preferences import Language, Preferences

ORGANISATION = "Carnet"
APPLICATION = "Carnet"
ICON_NAMES = ("carnet.svg", "carnet.png", "carnet-256.png", "carnet-128.png", "carnet-64.png")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def effective_language(choice: Language, system: QLocale | None = None) -> Language:
    """French when chosen, or when the system speaks French; English otherwise."""
    if choice is not Language.SYSTEM:
        return choice
    locale = system if system is not None else QLocale.system()
    if locale.language() == QLocale.Language.French:
        return Language.FRENCH
    return Language.ENGLISH


def interface_locale(language: Language, system: QLocale | None = None) -> QLocale:
    """Dates and numbers in the interface language, with the system's country conventions.

    English chosen on a French system gives en_FR: English words, dates as 09/11/2026.
    """
    system = system if system is not None else QLocale.system()
    wanted = QLocale.Language.French if language is Language.FRENCH else QLocale.Language.English
    if system.language() == wanted:
        return system
    return QLocale(wanted, system.territory())


class Translations:
    """Carnet's own catalogue plus Qt's (standard buttons), swappable while running."""

    def __init__(self, application: QCoreApplication) -> None:
        self._app = application
        self._installed: list[QTranslator] = []
        self.language = Language.ENGLISH

    def apply(self, language: Language) -> bool:
        """Install the catalogues for `language`; True if Carnet's own one was found.

        Installing or removing a translator sends LanguageChange to every widget,
        which is how open windows retranslate themselves.
        """
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = language
        found = False
        ours = QTranslator(self._app)
        if ours.load(f"carnet_{language.value}", str(translations_dir())):
            self._app.installTranslator(ours)
            self._installed.append(ours)
            found = True
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self._app)
        if language is not Language.ENGLISH and qt.load(f"qtbase_{language.value}", qt_dir):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        QLocale.setDefault(interface_locale(language))
        return found

    def remove(self) -> None:
        """Take every catalogue out again: the source texts show (tests, before switching)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []


def app_icon() -> QIcon:
    """The icon from resources/icons, or an empty icon if none is shipped yet."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for name in ICON_NAMES:
        path = folder / name
        if path.is_file():
            icon.addFile(str(path))
    return icon


_CONVERTERS: list[object] = []  # Qt unregisters a converter when it is deleted


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """Harden the process, then create (or reuse) the QApplication with Carnet's identity."""
    harden_process()
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(carnet.__version__)
    QGuiApplication.setDesktopFileName("carnet")
    existing = QApplication.instance()
    application: Any = existing or QApplication(list(argv) if argv is not None else sys.argv)
    application.setApplicationDisplayName("Carnet")
    icon = app_icon()
    if not icon.isNull():
        application.setWindowIcon(icon)
    # The last window closing quits, but locking never closes a window.
    application.setQuitOnLastWindowClosed(True)
    if sys.platform == "darwin":  # copied text carries org.nspasteboard.ConcealedType
        from app.ui.session.clipboard_guard import install_concealed_type

        _CONVERTERS.append(install_concealed_type())  # kept alive with the application
    assert isinstance(application, QApplication)
    return application


def install_translations(application: QCoreApplication, preferences: Preferences) -> Translations:
    translations = Translations(application)
    translations.apply(effective_language(preferences.language()))
    return translations
