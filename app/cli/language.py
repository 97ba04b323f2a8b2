"""The language of carnet-cli: messages, help and the documents it writes.

`--lang fr|en` wins; otherwise the locale (LC_ALL, LC_MESSAGES, LANG) decides.
English needs nothing (the sources are English, and Qt returns them as they
are without an application). For French, a QGuiApplication (Qt's offscreen
platform, no window) is made at once so that Carnet's catalogue can be
installed before the help is built, and dates follow the French locale.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.domain.errors import InvalidInput
from app.domain.resources import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QGuiApplication

LANGUAGES = ("fr", "en")
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_gui_app: QGuiApplication | None = None
_installed: list[QTranslator] = []


def requested_language(argv: Sequence[str], environ: dict[str, str] | None = None) -> str:
    """`--lang X` (or `--lang=X`) before the command, else the locale; "fr" or "en"."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1] if argv[index + 1] in LANGUAGES else "en"
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
            return value if value in LANGUAGES else "en"
    env = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:  # the first one set decides, as in POSIX
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def ensure_gui_application() -> None:
    """Fonts and layout need a QGuiApplication; without a display, Qt's offscreen one."""
    global _gui_app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    instance = QCoreApplication.instance()
    if isinstance(instance, QGuiApplication):
        return
    if instance is not None:
        raise InvalidInput("A graphical Qt application is needed to lay out documents.")
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a command line never opens a window
    _gui_app = QGuiApplication(["carnet-cli"])


def apply_language(language: str) -> None:
    """Installs Carnet's French catalogue and French dates; English changes nothing."""
    if language != "fr" or _installed:
        return
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    ensure_gui_application()
    translator = QTranslator()
    if translator.load("carnet_fr", str(resources_dir() / "translations")):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        translate_argparse()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


def reset_language() -> None:
    """Removes what `apply_language` installed (for in-process callers such as tests)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def translate(context: str, text: str) -> str:
    """`QCoreApplication.translate` once a catalogue is installed; before that (English),
    the source text, without importing Qt, so that plain commands start fast."""
    if not _installed:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks a text for the catalogue without importing Qt; it is translated where shown."""
    del context
    return text


# Prompts and progress lines shown on the terminal, translated where they are printed.
TERMINAL_TEXTS = (
    QT_TRANSLATE_NOOP("CarnetCli", "Passphrase: "),
    QT_TRANSLATE_NOOP("CarnetCli", "Vault passphrase: "),
    QT_TRANSLATE_NOOP("CarnetCli", "Passphrase for the new vault: "),
    QT_TRANSLATE_NOOP("CarnetCli", "Repeat the passphrase: "),
    QT_TRANSLATE_NOOP("CarnetCli", "Backup passphrase: "),
    QT_TRANSLATE_NOOP("CarnetCli", "Recovery key: "),
    QT_TRANSLATE_NOOP("CarnetCli", "Repeat the new passphrase: "),
    QT_TRANSLATE_NOOP("CarnetCli", "New passphrase: "),
    QT_TRANSLATE_NOOP("CarnetCli", "Measuring this computer to tune the key derivation…"),
    QT_TRANSLATE_NOOP("CarnetCli", "Deriving the key from the passphrase…"),
    QT_TRANSLATE_NOOP("CarnetCli", "Opening and verifying the vault…"),
    QT_TRANSLATE_NOOP("CarnetCli", "Creating the vault…"),
)

# argparse's own words (it looks them up through its module-level `_`).
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("CarnetCli", "usage: "),
    QT_TRANSLATE_NOOP("CarnetCli", "positional arguments"),
    QT_TRANSLATE_NOOP("CarnetCli", "options"),
    QT_TRANSLATE_NOOP("CarnetCli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CarnetCli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CarnetCli", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("CarnetCli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("CarnetCli", "unrecognized arguments: %s"),
)


def _argparse_text(text: str) -> str:
    return translate("CarnetCli", text) if text in ARGPARSE_TEXTS else text


def translate_argparse() -> None:
    """Lets argparse print its usage line, headings and errors in the language installed."""
    import argparse

    argparse._ = _argparse_text  # type: ignore[attr-defined]
