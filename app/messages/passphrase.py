"""The words for each passphrase verdict of `app.core.passphrase_policy`.

The GUI meter and carnet-cli both show these, so a refused passphrase gets the
same reason wherever it was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.passphrase_policy import MAX_SCORE, Reason

# lupdate finds strings in calls named translate("Context", "text").
translate = QCoreApplication.translate


def reason_text(reason: Reason) -> str:
    """One plain sentence for `reason`, in the interface language."""
    texts = {
        Reason.EMPTY: translate("PassphraseStrength", "Type a passphrase."),
        Reason.MOST_COMMON: translate(
            "PassphraseStrength",
            "This is one of the most common passwords: it would be guessed at once.",
        ),
        Reason.TOO_SHORT: translate(
            "PassphraseStrength", "Too short: at least 12 characters are needed."
        ),
        Reason.ONE_KIND: translate(
            "PassphraseStrength",
            "Only one kind of character. Add capitals, digits or symbols, or more words.",
        ),
        Reason.REPETITION: translate(
            "PassphraseStrength",
            "Repetitions (like “aaa”, “abcabc” or the same word again) are easy to guess.",
        ),
        Reason.SEQUENCE: translate(
            "PassphraseStrength",
            "Sequences (like “1234”, “abcd” or “azerty”) are easy to guess.",
        ),
        Reason.CONTAINS_COMMON: translate(
            "PassphraseStrength", "It contains a very common password."
        ),
        Reason.TIP_WORDS: translate(
            "PassphraseStrength",
            "Tip: four or more unrelated words, or 16 characters or more, are much stronger.",
        ),
        Reason.GOOD_PHRASE: translate(
            "PassphraseStrength",
            "Good: several unrelated words are hard to guess and easy to remember.",
        ),
        Reason.GOOD_VARIED: translate("PassphraseStrength", "Good: long and varied."),
    }
    return texts[reason]


def score_label(score: int) -> str:
    """A one- or two-word verdict for a score."""
    labels = (
        translate("PassphraseStrength", "Very weak"),
        translate("PassphraseStrength", "Weak"),
        translate("PassphraseStrength", "Fair"),
        translate("PassphraseStrength", "Strong"),
        translate("PassphraseStrength", "Very strong"),
    )
    return labels[max(0, min(MAX_SCORE, score))]
