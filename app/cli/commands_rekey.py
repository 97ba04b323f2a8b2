"""`carnet-cli rekey`: renew the vault's data key (app/core/rekey.py).

The new recovery key is a secret as strong as the passphrase, so it goes only
where someone chose to send it: on the terminal when standard output is one,
to `--recovery-key-fd N` (one line), or nowhere with `--no-recovery-key`.
Otherwise the command refuses before touching anything: a key printed into a
pipe or a log file would outlive the renewal meant to retire the old one.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from app.cli.context import CliContext
from app.cli.errors import one_line
from app.core.rekey import RekeyResult, rekey
from app.core.vault import unlock
from app.domain.errors import CarnetError, InvalidInput, VaultNotFound

TERMINAL = "terminal"


class RecoveryKeyNotWritten(CarnetError):
    default_message = (
        "The data key was renewed, but the new recovery key could not be written: "
        "run rekey again to get one."
    )


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "rekey",
        help="renew the data key: old copies of the key file, the old recovery key, open nothing",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--recovery-key-fd",
        type=int,
        metavar="N",
        help="write the new recovery key as one line to file descriptor N "
        "(by default it is shown only on a terminal)",
    )
    where.add_argument(
        "--no-recovery-key",
        action="store_true",
        help="make no new recovery key (the old one stops working all the same)",
    )
    parser.set_defaults(vault_handler=run_rekey)


def _writable_fd(fd: int) -> None:
    """Checked first: a key written nowhere after the renewal would be lost."""
    try:
        os.fstat(fd)
        if os.name == "posix":
            import fcntl  # POSIX only

            flags = fcntl.fcntl(fd, fcntl.F_GETFL)
            if flags & os.O_ACCMODE not in (os.O_WRONLY, os.O_RDWR):
                raise InvalidInput(f"File descriptor {fd} is not open for writing.")
    except OSError as exc:
        raise InvalidInput(f"File descriptor {fd} is not open.") from exc


def recovery_destination(args: argparse.Namespace) -> str | int | None:
    """Where the new key will go, decided before anything is changed."""
    if args.no_recovery_key:
        return None
    if args.recovery_key_fd is not None:
        _writable_fd(args.recovery_key_fd)
        return int(args.recovery_key_fd)
    if not sys.stdout.isatty():
        raise InvalidInput(
            "The new recovery key is shown only on a terminal; standard output is not one. "
            "Use --recovery-key-fd N, or --no-recovery-key."
        )
    return TERMINAL


def _write_key(fd: int, key: str) -> None:
    try:
        os.write(fd, (key + "\n").encode("ascii"))
    except OSError as exc:
        raise RecoveryKeyNotWritten() from exc


def _lines(result: RekeyResult, destination: str | int | None) -> list[str]:
    lines = [
        "Data key renewed: the database and "
        f"{result.snapshots_kept} snapshot(s) are encrypted under a new key.",
        "Your passphrase is unchanged. An old copy of carnet.key, with the old passphrase",
        "or the old recovery key, no longer opens anything in this vault.",
    ]
    lines += [f"  deleted (could not be re-encrypted): {name}" for name in result.dropped]
    lines += [f"  warning: {one_line(warning)}" for warning in result.warnings]
    if destination is None:
        lines.append("This vault has no recovery key now; the old one no longer works.")
    elif destination == TERMINAL:
        lines += [
            "",
            "New recovery key: write it on paper, keep it apart from this computer,",
            "and destroy the old one: it no longer works. It is shown only this once.",
            "",
            f"    {result.recovery_key}",
            "",
        ]
    else:
        lines.append(f"New recovery key written to file descriptor {destination}.")
        lines.append("The old recovery key no longer works.")
    return lines


def run_rekey(args: argparse.Namespace, ctx: CliContext) -> int:
    if not ctx.paths.exists():
        raise VaultNotFound()
    destination = recovery_destination(args)
    passphrase = ctx.secrets.ask("Passphrase: ")
    session = unlock(ctx.paths.folder, passphrase, ctx.progress)
    try:
        result = rekey(
            session, passphrase, with_recovery_key=destination is not None, progress=ctx.progress
        )
    finally:
        session.close()
    result.session.close()
    if isinstance(destination, int) and result.recovery_key is not None:
        _write_key(destination, result.recovery_key)
    data: dict[str, Any] = {
        "vault": str(ctx.paths.folder),
        "rekeyed": True,
        "snapshots_kept": result.snapshots_kept,
        "dropped": list(result.dropped),
        "recovery_key": result.recovery_key if destination == TERMINAL else None,
    }
    ctx.out.emit(data, _lines(result, destination))
    return 0
