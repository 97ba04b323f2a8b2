"""Leave no catalogue installed after a test that switched the interface language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.ui.shell.app import Translations

# The locale before any test switched language (this module is imported at collection).
DEFAULT_LOCALE = QLocale()


def reset_language(translations: Translations) -> None:
    """Remove the catalogues `translations` installed and restore the default locale."""
    translations.remove()
    QLocale.setDefault(DEFAULT_LOCALE)
