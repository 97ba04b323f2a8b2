"""The one table of error messages: each error the worker may meet, in plain
words with a way forward, for the GUI and carnet-cli alike.

The core raises typed errors whose English text is for logs; here each class
gets its own translated message. Anything unexpected gets a calm generic one,
never a traceback. QtCore only: the command line imports this without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.passphrase_policy import Reason, WeakPassphrase
from app.domain import errors as e
from app.messages.passphrase import reason_text

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class ErrorMessage:
    """What happened, and what the worker can do about it."""

    text: str
    way_forward: str

    def full(self) -> str:
        return f"{self.text}\n{self.way_forward}" if self.way_forward else self.text


def _wrong_passphrase() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The passphrase is not correct."),
        translate("Errors", "Check the keyboard layout and Caps Lock, then try again."),
    )


def _wrong_backup_passphrase() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The passphrase of this backup is not correct."),
        translate(
            "Errors",
            "It is the passphrase chosen when the backup was made, not the vault's. "
            "Nothing was changed.",
        ),
    )


def _wrong_recovery_key() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The recovery key is not correct."),
        translate(
            "Errors",
            "A recovery key has 32 letters and digits in 8 groups. Copy it again from the paper.",
        ),
    )


def _unsafe_kdf() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The key file asks for unsafe settings, so Carnet refused to open it."),
        translate("Errors", "The file may have been tampered with. Restore a backup of the vault."),
    )


def _key_file_corrupted() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The key file of the vault is damaged or has been altered."),
        translate("Errors", "Restore a backup of the vault. Nothing was changed on disk."),
    )


def _vault_corrupted() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The vault file is damaged or has been altered."),
        translate("Errors", "Restore a backup of the vault. Nothing was changed on disk."),
    )


def _too_new() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "This vault was made by a newer version of Carnet."),
        translate("Errors", "Update Carnet to open it. The vault was not changed."),
    )


def _in_use() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The vault is already open in another Carnet window."),
        translate("Errors", "Close it first, then try again here."),
    )


def _read_only() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "Carnet cannot write to the vault folder."),
        translate(
            "Errors", "Check that the disk is not read-only and that the folder belongs to you."
        ),
    )


def _disk_full() -> ErrorMessage:
    return ErrorMessage(
        translate(
            "Errors", "The disk is full. Nothing was lost, but the last change is not saved yet."
        ),
        translate("Errors", "Free some space on the disk; Carnet will save again."),
    )


def _cipher_unavailable() -> ErrorMessage:
    return ErrorMessage(
        translate(
            "Errors", "The encryption library is missing, so Carnet refuses to run unencrypted."
        ),
        translate("Errors", "Reinstall Carnet."),
    )


def _vault_not_found() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "No vault was found in this folder."),
        translate("Errors", "Check the folder, or restore a backup of the vault."),
    )


def _vault_locked() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The vault is locked."), translate("Errors", "Unlock it to go on.")
    )


def _not_found() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "This item does not exist or no longer exists."),
        translate("Errors", "It may have been deleted. Refresh the list."),
    )


def _note_finalised() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "This note is finalised and cannot be changed."),
        translate("Errors", "Add a dated addendum instead."),
    )


def _wrong_handover_passphrase() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The passphrase of this handover is not correct."),
        translate(
            "Errors",
            "It is the passphrase your predecessor gave you apart from the file. "
            "Nothing was added.",
        ),
    )


def _handover_invalid() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The handover file is damaged, incomplete or not a Carnet handover."),
        translate("Errors", "Ask for the file again. Your vault was not changed."),
    )


def _backup_invalid() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "This backup file is damaged, incomplete or not a Carnet backup."),
        translate("Errors", "Choose another backup file. Your vault was not changed."),
    )


def _export_failed() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "The transmission could not be written, and nothing was recorded."),
        translate("Errors", "Check the destination folder and the free space, then try again."),
    )


def _vault_exists() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "A vault already exists in this folder."),
        translate("Errors", "Unlock it instead, or choose another folder."),
    )


def _sealed_elsewhere() -> ErrorMessage:
    return ErrorMessage(
        translate(
            "Errors",
            "The working hypotheses of this vault are sealed to the computer where they were "
            "written: they cannot be read or written on this one.",
        ),
        translate("Errors", "Nothing is lost on that computer. The facts work as usual here."),
    )


def _rekey_sealed_elsewhere() -> ErrorMessage:
    return ErrorMessage(
        translate(
            "Errors",
            "The vault key cannot be renewed on this computer: the working hypotheses of this "
            "vault are sealed to another one, and a renewal here would make them unreadable.",
        ),
        translate(
            "Errors", "Renew it on the computer where they were written. Nothing was changed."
        ),
    )


def _folder_not_empty() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "This folder already holds other files."),
        translate("Errors", "Choose an empty or a new folder for the vault. Nothing was changed."),
    )


def _generic() -> ErrorMessage:
    return ErrorMessage(
        translate("Errors", "Carnet could not complete the operation."),
        translate("Errors", "Nothing was lost. Try again; if it happens again, restart Carnet."),
    )


# Most specific first: UnsafeKdfParameters is a KeyFileCorrupted is a VaultCorrupted.
_MESSAGES = (
    (e.WrongHandoverPassphrase, _wrong_handover_passphrase),
    (e.HandoverInvalid, _handover_invalid),
    (e.WrongBackupPassphrase, _wrong_backup_passphrase),
    (e.WrongPassphrase, _wrong_passphrase),
    (e.WrongRecoveryKey, _wrong_recovery_key),
    (e.UnsafeKdfParameters, _unsafe_kdf),
    (e.KeyFileCorrupted, _key_file_corrupted),
    (e.VaultCorrupted, _vault_corrupted),
    (e.VaultTooNew, _too_new),
    (e.VaultInUse, _in_use),
    (e.VaultReadOnly, _read_only),
    (e.DiskFull, _disk_full),
    (e.CipherUnavailable, _cipher_unavailable),
    (e.VaultNotFound, _vault_not_found),
    (e.VaultAlreadyExists, _vault_exists),
    (e.FolderNotEmpty, _folder_not_empty),
    (e.VaultLocked, _vault_locked),
    (e.NotFound, _not_found),
    (e.NoteFinalised, _note_finalised),
    (e.BackupInvalid, _backup_invalid),
    (e.ExportFailed, _export_failed),
    (e.RekeySealedElsewhere, _rekey_sealed_elsewhere),
    (e.HypothesesSealedElsewhere, _sealed_elsewhere),
)


# The core's validation messages, listed so that lupdate collects them for translation.
CORE_VALIDATION_TEXTS = (
    QT_TRANSLATE_NOOP("Errors", "The value entered is not valid."),
    QT_TRANSLATE_NOOP("Errors", "A person needs at least an alias."),
    QT_TRANSLATE_NOOP("Errors", "An alias has at most 200 characters."),
    QT_TRANSLATE_NOOP("Errors", "This text is too long to be saved as one note."),
    QT_TRANSLATE_NOOP("Errors", "This text holds characters that cannot be saved."),
    QT_TRANSLATE_NOOP("Errors", "A case cannot close before it opens."),
    QT_TRANSLATE_NOOP("Errors", "The retention term is between 1 and 50 years."),
    QT_TRANSLATE_NOOP("Errors", "The duration must be between 0 and 1440 minutes."),
    QT_TRANSLATE_NOOP("Errors", "An addendum cannot be empty."),
    QT_TRANSLATE_NOOP("Errors", "A follow-up needs a description."),
    QT_TRANSLATE_NOOP("Errors", "Choose a file name for the backup, not a folder."),
    QT_TRANSLATE_NOOP(
        "Errors", "An external backup belongs on another disk, not in the vault folder."
    ),
    QT_TRANSLATE_NOOP("Errors", "A backup needs its own passphrase."),
    QT_TRANSLATE_NOOP("Errors", "This is an external backup: its backup passphrase is needed."),
    QT_TRANSLATE_NOOP("Errors", "Only an external backup can start a new vault."),
    QT_TRANSLATE_NOOP("Errors", "A purge needs a reason for the register."),
    QT_TRANSLATE_NOOP("Errors", "The reason has at most 500 characters."),
)


def _invalid_input(exc: BaseException) -> ErrorMessage:
    # The core's validation text names the rule broken ("at most 200 characters");
    # it is English until the core carries message ids, so the frame is translated.
    detail = str(exc).strip() or e.InvalidInput.default_message
    return ErrorMessage(
        translate("Errors", "This value cannot be saved: %1").replace(
            "%1", translate("Errors", detail)
        ),
        translate("Errors", "Correct it and try again."),
    )


def _weak_passphrase(exc: WeakPassphrase) -> ErrorMessage:
    # The reasons the GUI meter lists under the bar, in the same order.
    reasons = [reason_text(reason) for reason in exc.verdict.reasons] or [
        reason_text(Reason.TIP_WORDS)
    ]
    return ErrorMessage(reasons[0], " ".join(reasons[1:]))


def error_message(exc: BaseException) -> ErrorMessage:
    """The plain, translated message for `exc`, whatever it is."""
    if isinstance(exc, WeakPassphrase):
        return _weak_passphrase(exc)
    if isinstance(exc, e.InvalidInput):
        return _invalid_input(exc)
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:  # ENOSPC
        return _disk_full()
    for error_class, build in _MESSAGES:
        if isinstance(exc, error_class):
            return build()
    return _generic()


def is_listed(exc: BaseException) -> bool:
    """Whether the table has a message of its own for `exc` (not the generic one)."""
    if isinstance(exc, e.InvalidInput):
        return True
    return any(isinstance(exc, error_class) for error_class, _ in _MESSAGES)


def one_line_message(exc: BaseException) -> str:
    """The table's message on one line, for a terminal; the error's own detail kept.

    carnet-cli prints this: the same words as the GUI, plus what the GUI shows
    elsewhere on screen (which person, which file) when the error carries it.
    """
    detail = " ".join(str(exc).split())
    if not is_listed(exc):
        return detail or type(exc).__name__
    if isinstance(exc, WeakPassphrase):
        return " ".join(error_message(exc).full().split())
    text = error_message(exc).text
    generic = getattr(type(exc), "default_message", "")
    if isinstance(exc, e.InvalidInput) or not detail or detail == generic:
        return text
    return f"{text} ({detail})"
