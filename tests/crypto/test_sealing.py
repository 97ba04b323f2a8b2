"""Tests for app/crypto/sealing.py: the hypotheses key needs the data key AND the device secret."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from app.crypto.sealing import CHECK_LABEL, KEY_LABEL, hypotheses_key, seal_check

DATA = bytes(range(32))
DEVICE = bytes(range(32, 64))


def _rfc5869(ikm: bytes, info: bytes, length: int) -> bytes:
    """HKDF-SHA256 written out from RFC 5869 (no salt = 32 zero bytes): an independent check."""
    prk = hmac.new(bytes(32), ikm, hashlib.sha256).digest()
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out, counter = out + block, counter + 1
    return out[:length]


def test_derivation_is_the_documented_hkdf() -> None:
    """key and check: HKDF-SHA256(data key || device secret) with the fixed labels, exactly."""
    assert hypotheses_key(DATA, DEVICE) == _rfc5869(DATA + DEVICE, KEY_LABEL, 32)
    assert seal_check(DATA, DEVICE) == _rfc5869(DATA + DEVICE, CHECK_LABEL, 16).hex()


def test_each_secret_changes_the_key() -> None:
    """Another computer (device secret) or another vault (data key) gives another key and check."""
    other = bytes(32)
    keys = {
        hypotheses_key(DATA, DEVICE),
        hypotheses_key(DATA, other),
        hypotheses_key(other, DEVICE),
    }
    assert len(keys) == 3
    assert seal_check(DATA, DEVICE) != seal_check(DATA, other)
    assert hypotheses_key(DATA, DEVICE)[:16].hex() != seal_check(DATA, DEVICE)


def test_wrong_lengths_are_refused() -> None:
    """A short key or secret is a programming error, refused before deriving."""
    with pytest.raises(ValueError):
        hypotheses_key(DATA[:16], DEVICE)
    with pytest.raises(ValueError):
        seal_check(DATA, DEVICE[:31])
