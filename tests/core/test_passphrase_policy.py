"""Tests for app/core/passphrase_policy.py: one verdict, as reason codes, for GUI and CLI."""

from __future__ import annotations

import pytest

from app.core.passphrase_policy import (
    Reason,
    WeakPassphrase,
    assess,
    require_acceptable,
)
from app.domain.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "first_reason"),
    [
        ("password1234", Reason.MOST_COMMON),
        ("aaaaaaaaaaaa", Reason.ONE_KIND),
        ("azertyuiop12", Reason.MOST_COMMON),
        ("court", Reason.TOO_SHORT),
        ("", Reason.EMPTY),
    ],
)
def test_weak_passphrases_are_refused_with_a_reason_code(text: str, first_reason: Reason) -> None:
    """The issue's examples and a short one are refused, the first reason saying why."""
    verdict = assess(text)
    assert not verdict.acceptable
    assert verdict.refusal is first_reason
    with pytest.raises(WeakPassphrase) as caught:
        require_acceptable(text)
    assert caught.value.verdict == verdict
    assert isinstance(caught.value, InvalidInput)


def test_a_phrase_of_unrelated_words_is_accepted_without_refusal() -> None:
    """Five unrelated words pass, score high and carry no refusal."""
    text = "cheval violet marche sous pluie"
    verdict = assess(text)
    assert verdict.acceptable and verdict.score == 4 and verdict.refusal is None
    assert verdict.reasons == (Reason.GOOD_PHRASE,)
    assert require_acceptable(text) == text
