"""Changing the passphrase of an open vault, after proving the current one.

An unlocked, unattended laptop must not let someone set a passphrase of their
own: the current passphrase is derived again and must unwrap the very key the
session holds. Both derivations take about a second each; run this off the
GUI thread.
"""

from __future__ import annotations

import hmac

from app.core.session import Session
from app.crypto import keyfile as kf
from app.crypto.kdf import KdfParams
from app.domain.errors import WrongPassphrase


def verify_passphrase(session: Session, passphrase: str) -> None:
    """Raise WrongPassphrase unless `passphrase` opens this session's vault."""
    keyfile = kf.read_keyfile(session.paths.keyfile)
    data_key = kf.unwrap_with_passphrase(keyfile, passphrase)
    if not hmac.compare_digest(data_key, session.data_key()):
        raise WrongPassphrase()


def change_passphrase(
    session: Session, current: str, new: str, params: KdfParams | None = None
) -> None:
    """Check `current`, then rewrite the key file's passphrase slot for `new`.

    `params=None` calibrates Argon2id on this machine, as at creation.
    """
    verify_passphrase(session, current)
    session.change_passphrase(new, params)
