"""Tests for app/cli/language.py: --lang wins, else the locale decides."""

from __future__ import annotations

from app.cli.language import requested_language


def test_the_lang_option_wins_over_the_locale() -> None:
    """`--lang en` under a French locale gives English, and `--lang=fr` French."""
    french = {"LANG": "fr_FR.UTF-8"}
    assert requested_language(["--lang", "en", "register"], french) == "en"
    assert requested_language(["--lang=fr", "register"], {"LANG": "C"}) == "fr"


def test_the_locale_decides_in_posix_order() -> None:
    """LC_ALL before LC_MESSAGES before LANG; anything not French is English."""
    assert requested_language([], {"LANG": "fr_FR.UTF-8"}) == "fr"
    assert requested_language([], {"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}) == "en"
    assert requested_language([], {"LC_MESSAGES": "fr_BE.UTF-8", "LANG": "C"}) == "fr"
    assert requested_language([], {}) == "en"
