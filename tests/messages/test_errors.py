"""Tests for app/messages/errors.py: each error class has its own message and a way forward."""

from __future__ import annotations

import ast
import errno
from pathlib import Path
from types import ModuleType

import pytest

from app.core import backup, caseload, rescue, restore, retention
from app.domain import errors as e
from app.messages.errors import CORE_VALIDATION_TEXTS, error_message

CASES = [
    (e.WrongPassphrase(), "passphrase is not correct", "Caps Lock"),
    (e.WrongBackupPassphrase(), "passphrase of this backup", "when the backup was made"),
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
    (e.ExportFailed(), "transmission could not be written", "try again"),
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


def raised_messages(module: ModuleType) -> set[str]:
    """The message of every `InvalidInput(…)` raised in a module, f-string constants filled in."""
    assert module.__file__ is not None
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "InvalidInput"):
            continue
        assert node.args, f"{module.__name__}:{node.lineno}: InvalidInput without a message"
        parts = node.args[0].values if isinstance(node.args[0], ast.JoinedStr) else [node.args[0]]
        text = ""
        for part in parts:
            if isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name):
                text += str(getattr(module, part.value.id))  # a module constant, e.g. MAX_REASON
            else:
                assert isinstance(part, ast.Constant), f"{module.__name__}:{node.lineno}"
                text += str(part.value)
        found.add(text)
    return found


def test_every_core_refusal_the_window_can_meet_can_be_translated() -> None:
    """Each validation message of the core modules the window calls is listed for lupdate."""
    raised: set[str] = set()
    for module in (caseload, retention, backup, restore, rescue):
        raised |= raised_messages(module)
    assert "The reason has at most 500 characters." in raised
    assert raised - set(CORE_VALIDATION_TEXTS) == set()


def test_a_core_refusal_reads_in_the_frame_of_its_message() -> None:
    """A purge without a reason reads as a value that cannot be saved, with the rule broken."""
    message = error_message(e.InvalidInput("A purge needs a reason for the register."))
    assert "A purge needs a reason for the register." in message.text
    assert "Correct it" in message.way_forward
