"""Tests for app/ui/errors.py: every error class has its own plain message and a way forward."""

from __future__ import annotations

import errno

import pytest

from app.domain import errors as e
from app.ui.errors import error_message

CASES = [
    (e.WrongPassphrase(), "passphrase is not correct", "Caps Lock"),
    (e.WrongRecoveryKey(), "recovery key is not correct", "8 groups"),
    (e.VaultCorrupted(), "damaged", "Restore a backup"),
    (e.KeyFileCorrupted(), "key file", "Restore a backup"),
    (e.UnsafeKdfParameters(), "unsafe settings", "Restore a backup"),
    (e.VaultTooNew(), "newer version", "Update Carnet"),
    (e.VaultInUse(), "already open in another Carnet window", "Close it first"),
    (e.VaultReadOnly(), "cannot write", "read-only"),
    (e.DiskFull(), "disk is full", "Free some space"),
    (e.CipherUnavailable(), "encryption library", "Reinstall"),
    (e.InvalidInput("A person needs at least an alias."), "needs at least an alias", "Correct"),
    (e.NoteFinalised(), "finalised", "addendum"),
    (e.BackupInvalid(), "backup", "another backup"),
    (e.ExportFailed(), "summary could not be written", "try again"),
    (e.VaultNotFound(), "No vault", "restore a backup"),
    (RuntimeError("Traceback (most recent call last)"), "could not complete", "Nothing was lost"),
]


@pytest.mark.parametrize(("error", "text", "way"), CASES, ids=lambda v: type(v).__name__)
def test_each_error_has_its_message_and_way_forward(
    error: BaseException, text: str, way: str
) -> None:
    """The message names the problem and the way forward says what to do next."""
    message = error_message(error)
    assert text in message.text
    assert way in message.way_forward
    assert "Traceback" not in message.full()


def test_messages_are_distinct() -> None:
    """No two error classes share a message, so the worker can tell them apart."""
    texts = [error_message(error).text for error, _, _ in CASES]
    assert len(set(texts)) == len(texts)


def test_os_disk_full_reads_as_disk_full() -> None:
    """An OSError ENOSPC that slipped through is still told as a full disk."""
    assert "disk is full" in error_message(OSError(errno.ENOSPC, "No space")).text
