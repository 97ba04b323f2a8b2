"""Tests for app/crypto/recovery.py: the paper recovery key, its format and its parsing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.crypto.recovery import (
    RECOVERY_BYTES,
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
    recovery_groups,
)
from app.domain.errors import WrongRecoveryKey

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def test_secret_has_at_least_128_bits() -> None:
    """A recovery secret is 20 random bytes (160 bits), never repeated."""
    secrets = {new_recovery_secret() for _ in range(50)}
    assert len(secrets) == 50
    assert RECOVERY_BYTES * 8 >= 128
    assert all(len(s) == RECOVERY_BYTES for s in secrets)


def test_format_is_eight_groups_of_four() -> None:
    """The printed key is 8 groups of 4 Crockford characters joined by dashes."""
    text = format_recovery_key(new_recovery_secret())
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}", text), text
    groups = recovery_groups(text)
    assert len(groups) == 8
    assert all(len(g) == 4 for g in groups)
    assert not set("ILOU") & set(text)


@given(st.binary(min_size=RECOVERY_BYTES, max_size=RECOVERY_BYTES))
def test_round_trip(secret: bytes) -> None:
    """Any secret survives format → parse."""
    assert parse_recovery_key(format_recovery_key(secret)) == secret


def test_parse_tolerates_case_spaces_and_lookalikes() -> None:
    """Lower case, spaces instead of dashes, O for 0, I or L for 1, U for V are all accepted."""
    secret = bytes.fromhex("00" * 2 + "08" + "42" * 17)
    printed = format_recovery_key(secret)
    typed = printed.lower().replace("-", "  ")
    assert parse_recovery_key(typed) == secret
    assert parse_recovery_key(" \t" + printed.replace("-", "") + "\n") == secret
    messy = printed.replace("0", "O").replace("1", "l").replace("V", "u")
    assert parse_recovery_key(messy) == secret
    assert parse_recovery_key(printed.replace("1", "I").replace("-", ".")) == secret


@given(st.binary(min_size=RECOVERY_BYTES, max_size=RECOVERY_BYTES))
def test_parse_accepts_lookalikes_anywhere(secret: bytes) -> None:
    """Replacing every 0 by O and 1 by I, lower-cased, still gives the same secret."""
    printed = format_recovery_key(secret)
    assert parse_recovery_key(printed.replace("0", "o").replace("1", "i")) == secret


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ABCD-EFGH",  # too short
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-A",  # too long
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678é",  # not in the alphabet
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678_",
    ],
)
def test_malformed_key_is_wrong_recovery_key(text: str) -> None:
    """A key of the wrong length or alphabet raises WrongRecoveryKey, never something else."""
    with pytest.raises(WrongRecoveryKey):
        parse_recovery_key(text)


@given(st.text(max_size=60))
def test_parse_never_raises_anything_else(text: str) -> None:
    """Whatever is typed, parsing returns 20 bytes or raises WrongRecoveryKey."""
    try:
        secret = parse_recovery_key(text)
    except WrongRecoveryKey:
        return
    assert len(secret) == RECOVERY_BYTES
    assert all(ch in CROCKFORD for ch in format_recovery_key(secret).replace("-", ""))
