"""Tests for app/messages/passphrase.py: every verdict reason has its own sentence."""

from __future__ import annotations

from app.core.passphrase_policy import MAX_SCORE, Reason
from app.messages.passphrase import reason_text, score_label


def test_every_reason_has_a_distinct_sentence() -> None:
    """No reason code is left without words, and no two share them."""
    texts = [reason_text(reason) for reason in Reason]
    assert all(text.strip() for text in texts)
    assert len(set(texts)) == len(texts)


def test_every_score_has_a_label() -> None:
    """Scores 0 to MAX_SCORE each get their own verdict word."""
    labels = [score_label(score) for score in range(MAX_SCORE + 1)]
    assert len(set(labels)) == MAX_SCORE + 1
