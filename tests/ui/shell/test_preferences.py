"""Tests for app/ui/shell/preferences.py: typed, bounded values, only the declared keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from app.ui.shell.preferences import (
    ALL_KEYS,
    DEFAULT_IDLE_MINUTES,
    KEY_IDLE_MINUTES,
    Language,
    Preferences,
)


@pytest.fixture
def raw(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)


def test_defaults(raw: QSettings) -> None:
    """A fresh file means: system language, 5 minutes, privacy mode off, no layout."""
    prefs = Preferences(raw)
    assert prefs.language() is Language.SYSTEM
    assert prefs.idle_minutes() == DEFAULT_IDLE_MINUTES == 5
    assert not prefs.privacy_mode()
    assert prefs.window_geometry() is None


def test_values_round_trip_through_the_file(raw: QSettings, tmp_path: Path) -> None:
    """Values written are read back by a new QSettings on the same file."""
    prefs = Preferences(raw)
    prefs.set_language(Language.FRENCH)
    prefs.set_idle_minutes(15)
    prefs.set_privacy_mode(True)
    prefs.set_splitter_state("person_file", QByteArray(b"\x00\x01"))
    prefs.sync()
    again = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    assert again.language() is Language.FRENCH
    assert again.idle_minutes() == 15
    assert again.privacy_mode()
    assert again.splitter_state("person_file") == QByteArray(b"\x00\x01")


def test_out_of_range_or_garbage_values_fall_back(raw: QSettings) -> None:
    """A hand-edited file with nonsense gives the defaults, never an error."""
    raw.setValue(KEY_IDLE_MINUTES, "9999")
    raw.setValue("interface/language", "klingon")
    prefs = Preferences(raw)
    assert prefs.idle_minutes() == DEFAULT_IDLE_MINUTES
    assert prefs.language() is Language.SYSTEM
    raw.setValue(KEY_IDLE_MINUTES, "soon")
    assert prefs.idle_minutes() == DEFAULT_IDLE_MINUTES
    with pytest.raises(ValueError):
        prefs.set_idle_minutes(0)


def test_splitter_names_cannot_carry_case_data(raw: QSettings) -> None:
    """Splitter keys are short code identifiers; a name with spaces or accents is refused."""
    prefs = Preferences(raw)
    with pytest.raises(ValueError):
        prefs.set_splitter_state("Mme Dupré", QByteArray(b"x"))
    assert set(ALL_KEYS) >= {"interface/language", "security/idle_lock_minutes"}
