"""Recovery keys: 160 random bits written as 8 groups of 4 characters.

Crockford's base32 alphabet avoids I, L, O and U, so a key copied by hand on
paper reads back without ambiguity.
"""

from __future__ import annotations

import base64
import secrets

from app.domain.errors import WrongRecoveryKey

RECOVERY_BYTES = 20  # 160 bits, above the 128-bit floor
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_RFC = str.maketrans(_CROCKFORD, _RFC4648)
_FROM_RFC = str.maketrans(_RFC4648, _CROCKFORD)
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
GROUP = 4


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(RECOVERY_BYTES)


def format_recovery_key(secret: bytes) -> str:
    """Bytes → 'ABCD-EFGH-…' (32 characters in 8 groups)."""
    text = base64.b32encode(secret).decode("ascii").rstrip("=").translate(_FROM_RFC)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Accept the key as typed: any case, spaces or dashes, common look-alike letters."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(cleaned) != RECOVERY_BYTES * 8 // 5 or any(ch not in _CROCKFORD for ch in cleaned):
        raise WrongRecoveryKey("A recovery key has 32 letters and digits in 8 groups.")
    return base64.b32decode(cleaned.translate(_TO_RFC))


def recovery_groups(formatted: str) -> list[str]:
    return formatted.split("-")
