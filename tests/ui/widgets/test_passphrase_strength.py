"""Tests for app/ui/widgets/passphrase_strength.py: plain-words passphrase assessment."""

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.widgets.passphrase_strength import (
    PassphraseStrengthBar,
    assess_passphrase,
    common_passwords,
    score_label,
)

FIVE_WORDS = "cheval violet marche sous pluie"


@pytest.mark.parametrize(
    "text",
    ["password123", "azerty", "Azerty123!", "P@ssw0rd!", "motdepasse2024!!", "Marseille13000"],
)
def test_refuses_common_passwords(text: str) -> None:
    """Common passwords, even with digits, capitals or symbol swaps, are refused."""
    result = assess_passphrase(text)
    assert not result.acceptable
    assert result.score == 0
    assert any("common" in reason for reason in result.reasons)


@pytest.mark.parametrize("text", ["", "abc", "Kx9#vQ2!m", "Xq7!rT2@bY9"])
def test_refuses_short_passphrases(text: str) -> None:
    """Anything under 12 characters is refused, however varied."""
    result = assess_passphrase(text)
    assert not result.acceptable
    assert result.reasons


def test_short_reason_mentions_the_minimum() -> None:
    """A short passphrase is told the 12-character minimum and the 4-word advice."""
    reasons = " ".join(assess_passphrase("Kx9#vQ2!m").reasons)
    assert "12 characters" in reasons
    assert "four or more" in reasons


def test_accepts_a_five_word_passphrase() -> None:
    """Five unrelated lowercase words are accepted and rated very strong."""
    result = assess_passphrase(FIVE_WORDS)
    assert result.acceptable
    assert result.score == 4


def test_four_words_are_strong() -> None:
    """Four unrelated words reach "strong"."""
    result = assess_passphrase("correct horse battery staple")
    assert result.acceptable and result.score >= 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aaaaaaaaaaaaaaaa", "Repetitions"),
        ("cheval cheval cheval cheval", "Repetitions"),
        ("abcdefghijklmnop", "Sequences"),
        ("Zorglub98765432", "Sequences"),
        ("wintersunsetglow", "one kind"),
    ],
)
def test_explains_weaknesses(text: str, expected: str) -> None:
    """Repetitions, sequences and single character classes are named in the reasons."""
    assert any(expected in reason for reason in assess_passphrase(text).reasons)


def test_single_class_does_not_penalise_a_multiword_phrase() -> None:
    """Lowercase-only is fine when the passphrase is several words."""
    reasons = assess_passphrase(FIVE_WORDS).reasons
    assert not any("one kind" in reason for reason in reasons)


def test_twelve_varied_characters_are_acceptable_but_advised() -> None:
    """A varied 12-character password passes, with advice to go longer."""
    result = assess_passphrase("Bl3u-Ciel#Nu")
    assert result.acceptable and result.score == 2
    assert any("four or more" in reason for reason in result.reasons)


def test_common_list_is_shipped() -> None:
    """The shipped list holds about two hundred French and English entries."""
    common = common_passwords()
    assert len(common) >= 180
    assert {"azerty", "motdepasse", "password", "123456", "soleil"} <= common


def test_score_labels_cover_every_score() -> None:
    """Each score from 0 to 4 has its own verdict, out-of-range ones are clamped."""
    labels = [score_label(score) for score in range(5)]
    assert len(set(labels)) == 5
    assert score_label(9) == labels[4] and score_label(-1) == labels[0]


def test_bar_follows_typing(qtbot: QtBot) -> None:
    """Typing in the attached field updates the verdict and the acceptability."""
    field = QLineEdit()
    bar = PassphraseStrengthBar(line_edit=field)
    qtbot.addWidget(field)
    qtbot.addWidget(bar)
    assert not bar.assessment().acceptable
    qtbot.keyClicks(field, "azerty")
    assert bar.verdict_text() == "Very weak"
    assert "common" in bar.reasons_text()
    field.clear()
    qtbot.keyClicks(field, FIVE_WORDS)
    assert bar.assessment().acceptable
    assert bar.assessment().score == 4
    assert bar.verdict_text() == "Very strong"


def test_bar_starts_from_existing_text(qtbot: QtBot) -> None:
    """Attaching to a field that already holds text assesses it at once."""
    field = QLineEdit(FIVE_WORDS)
    bar = PassphraseStrengthBar()
    qtbot.addWidget(field)
    qtbot.addWidget(bar)
    bar.attach(field)
    assert bar.assessment().acceptable
