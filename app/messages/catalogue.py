"""Carnet's translation catalogue for a process without widgets (carnet-cli).

The GUI follows its own language preference (app.ui.app); a terminal follows
the locale of the environment, as other command-line programs do: French when
LC_ALL, LC_MESSAGES or LANG names French, else the English source texts.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QTranslator

from app.domain.resources import resources_dir

CATALOGUES = ("fr",)
_installed: list[QTranslator] = []
_app: list[QCoreApplication] = []


def terminal_language(environ: Mapping[str, str] | None = None) -> str:
    """The two-letter language of the environment's locale ("en" when unknown)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in CATALOGUES else "en"
    return "en"


def use_terminal_language(environ: Mapping[str, str] | None = None) -> str:
    """Install the catalogue of the terminal's language; returns the language used."""
    language = terminal_language(environ)
    if language == "en" or _installed:
        return language
    instance = QCoreApplication.instance()
    if instance is None:
        instance = QCoreApplication(["carnet-cli"])
        _app.append(instance)  # kept alive for the translator's sake
    translator = QTranslator(instance)
    if translator.load(f"carnet_{language}", str(resources_dir() / "translations")):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        return language
    return "en"
