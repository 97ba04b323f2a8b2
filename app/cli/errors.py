"""Exit codes of carnet-cli: one per error class, so scripts can tell them apart."""

from __future__ import annotations

from app.cli.confirm import NotConfirmed
from app.cli.language import translate
from app.cli.passphrase import PassphraseUnavailable
from app.cli.private_output import HypothesesNeedTerminal
from app.domain import errors as e

OK = 0
GENERIC = 1
USAGE = 2  # argparse's own code for a bad command line
INTERNAL = 70  # EX_SOFTWARE: a bug; the message still fits on one line
INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT

EXIT_CODES: dict[type[BaseException], int] = {
    e.CarnetError: GENERIC,
    e.VaultNotFound: 3,
    e.VaultAlreadyExists: 4,
    e.WrongPassphrase: 5,
    e.WrongRecoveryKey: 6,
    e.VaultCorrupted: 7,
    e.KeyFileCorrupted: 8,
    e.UnsafeKdfParameters: 9,
    e.VaultTooNew: 10,
    e.VaultInUse: 11,
    e.VaultLocked: 12,
    e.VaultReadOnly: 13,
    e.DiskFull: 14,
    e.CipherUnavailable: 15,
    e.NotFound: 16,
    e.InvalidInput: 17,
    e.NoteFinalised: 18,
    e.BackupInvalid: 19,
    e.ExportFailed: 20,
    PassphraseUnavailable: 21,
    e.WrongBackupPassphrase: 22,
    e.FolderNotEmpty: 23,
    HypothesesNeedTerminal: 24,
    NotConfirmed: 25,
    e.HypothesesSealedElsewhere: 26,
    e.RekeySealedElsewhere: 27,
    e.HandoverInvalid: 28,
    e.WrongHandoverPassphrase: 29,
}


def exit_code_for(error: BaseException) -> int:
    """The code of the nearest known class (a new subclass inherits its parent's)."""
    for cls in type(error).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return INTERNAL


def one_line(error: BaseException) -> str:
    """The shared table's message for `error` (app.messages.errors), on one line."""
    from app.messages.catalogue import use_terminal_language
    from app.messages.errors import one_line_message

    use_terminal_language()
    return one_line_message(error)


def translated(message: str) -> str:
    """A core message in the language installed (the "Errors" catalogue), else as is."""
    return translate("Errors", message)


def describe_exit_codes() -> str:
    """The epilog of `carnet-cli --help`."""
    lines = [
        translate("CarnetCli", "exit codes:"),
        f"  {OK:>3}  " + translate("CarnetCli", "success"),
    ]
    for cls, code in sorted(EXIT_CODES.items(), key=lambda item: item[1]):
        if issubclass(cls, e.CarnetError):
            lines.append(f"  {code:>3}  {cls.__name__}: {translated(cls.default_message)}")
        if code == GENERIC:
            usage = translate("CarnetCli", "invalid command line (usage)")
            lines.append(f"  {USAGE:>3}  {usage}")
    lines += [
        f"  {INTERNAL:>3}  " + translate("CarnetCli", "internal error (a bug)"),
        f"  {INTERRUPTED:>3}  " + translate("CarnetCli", "interrupted"),
    ]
    return "\n".join(lines)
