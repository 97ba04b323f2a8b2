"""Typed access to the few preferences kept outside the vault (QSettings).

QSettings is a plain file, readable by anyone with the laptop: it holds only
the language, the idle delay, privacy mode, spell check on or off and window
layout. Never a name, a
path containing a name, or note text; Carnet keeps no recent-files list. The
keys are declared here and nowhere else, so a review sees all of them at once.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60

KEY_LANGUAGE = "interface/language"
KEY_IDLE_MINUTES = "security/idle_lock_minutes"
KEY_PRIVACY_MODE = "interface/privacy_mode"
KEY_SPELL_CHECK = "writing/spell_check"
KEY_GEOMETRY = "window/geometry"
KEY_WINDOW_STATE = "window/state"
SPLITTER_PREFIX = "window/splitter_"

ALL_KEYS = (
    KEY_LANGUAGE,
    KEY_IDLE_MINUTES,
    KEY_PRIVACY_MODE,
    KEY_SPELL_CHECK,
    KEY_GEOMETRY,
    KEY_WINDOW_STATE,
)


class Language(StrEnum):
    SYSTEM = "system"
    FRENCH = "fr"
    ENGLISH = "en"


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


class Preferences:
    """The preferences file; pass a QSettings (tests) or get the per-user default."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @property
    def file_name(self) -> str:
        return self._settings.fileName()

    def sync(self) -> None:
        self._settings.sync()

    # Language ---------------------------------------------------------
    def language(self) -> Language:
        raw = self._settings.value(KEY_LANGUAGE, Language.SYSTEM.value)
        try:
            return Language(str(raw))
        except ValueError:
            return Language.SYSTEM

    def set_language(self, language: Language) -> None:
        self._settings.setValue(KEY_LANGUAGE, Language(language).value)

    # Idle lock --------------------------------------------------------
    def idle_minutes(self) -> int:
        raw = self._settings.value(KEY_IDLE_MINUTES, DEFAULT_IDLE_MINUTES)
        try:
            minutes = int(str(raw))
        except ValueError:
            return DEFAULT_IDLE_MINUTES
        return minutes if MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
            raise ValueError("the idle delay is between 1 and 60 minutes")
        self._settings.setValue(KEY_IDLE_MINUTES, int(minutes))

    # Privacy mode -----------------------------------------------------
    def privacy_mode(self) -> bool:
        raw = self._settings.value(KEY_PRIVACY_MODE, False)
        return raw is True or str(raw).lower() in ("true", "1")

    def set_privacy_mode(self, enabled: bool) -> None:
        self._settings.setValue(KEY_PRIVACY_MODE, bool(enabled))

    # Spell check (on unless switched off) ---------------------------
    def spell_check(self) -> bool:
        raw = self._settings.value(KEY_SPELL_CHECK, True)
        return raw is True or str(raw).lower() in ("true", "1")

    def set_spell_check(self, enabled: bool) -> None:
        self._settings.setValue(KEY_SPELL_CHECK, bool(enabled))

    # Window layout (opaque Qt blobs: sizes and positions only) --------
    def window_geometry(self) -> QByteArray | None:
        return _bytes(self._settings.value(KEY_GEOMETRY))

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue(KEY_GEOMETRY, geometry)

    def window_state(self) -> QByteArray | None:
        return _bytes(self._settings.value(KEY_WINDOW_STATE))

    def set_window_state(self, state: QByteArray) -> None:
        self._settings.setValue(KEY_WINDOW_STATE, state)

    def splitter_state(self, name: str) -> QByteArray | None:
        return _bytes(self._settings.value(SPLITTER_PREFIX + _checked_name(name)))

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self._settings.setValue(SPLITTER_PREFIX + _checked_name(name), state)


def _checked_name(name: str) -> str:
    # Splitter names are code identifiers ("person_file"), never case data.
    if not name.replace("_", "").isalnum() or not name.isascii() or len(name) > 40:
        raise ValueError("a splitter name is a short ASCII identifier")
    return name
