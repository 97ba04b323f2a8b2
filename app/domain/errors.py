"""Errors the worker may meet. Each has its own class so the interface can
show its own translated message; the English text here is for logs and the CLI."""


class CarnetError(Exception):
    """Base of every error Carnet reports to the worker."""

    default_message = "Carnet could not complete the operation."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class VaultNotFound(CarnetError):
    default_message = "No vault exists in this folder yet."


class VaultAlreadyExists(CarnetError):
    default_message = "A vault already exists in this folder."


class FolderNotEmpty(CarnetError):
    default_message = "This folder already holds other files; a new vault needs an empty folder."


class WrongPassphrase(CarnetError):
    default_message = "The passphrase is not correct."


class WrongBackupPassphrase(WrongPassphrase):
    default_message = "The passphrase of this backup is not correct."


class WrongRecoveryKey(CarnetError):
    default_message = "The recovery key is not correct."


class VaultCorrupted(CarnetError):
    default_message = "The vault file is damaged or has been altered."


class KeyFileCorrupted(VaultCorrupted):
    default_message = "The key file is damaged or has been altered."


class UnsafeKdfParameters(KeyFileCorrupted):
    default_message = "The key file asks for key-derivation settings outside safe limits."


class VaultTooNew(CarnetError):
    default_message = "This vault was made by a newer version of Carnet."


class VaultInUse(CarnetError):
    default_message = "The vault is already open in another Carnet window or program."


class VaultLocked(CarnetError):
    default_message = "The vault is locked."


class VaultReadOnly(CarnetError):
    default_message = "The vault folder cannot be written to."


class DiskFull(CarnetError):
    default_message = "The disk is full; nothing was lost, but the last change is not saved yet."


class CipherUnavailable(CarnetError):
    default_message = "The encryption library is missing; Carnet refuses to run unencrypted."


class NotFound(CarnetError):
    default_message = "The requested item does not exist."


class InvalidInput(CarnetError):
    default_message = "The value entered is not valid."


class NoteFinalised(CarnetError):
    default_message = "This note is finalised; add a dated addendum instead."


class BackupInvalid(CarnetError):
    default_message = "The backup file is damaged, incomplete or not a Carnet backup."


class ExportFailed(CarnetError):
    default_message = "The transmission could not be written; nothing was recorded."


class HypothesesSealedElsewhere(CarnetError):
    default_message = (
        "The working hypotheses of this vault are sealed to the computer where they were "
        "written; they cannot be read on this one."
    )


class RekeySealedElsewhere(HypothesesSealedElsewhere):
    """Renewing the data key here would make the hypotheses sealed elsewhere unreadable."""

    default_message = (
        "The vault key cannot be renewed on this computer: the working hypotheses of this "
        "vault are sealed to another one, and a renewal here would make them unreadable."
    )


class HandoverInvalid(BackupInvalid):
    default_message = "The handover file is damaged, incomplete or not a Carnet handover."


class WrongHandoverPassphrase(WrongBackupPassphrase):
    default_message = "The passphrase of this handover is not correct."
