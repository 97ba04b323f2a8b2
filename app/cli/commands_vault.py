"""Vault commands: init, check, passwd, recover."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import CliContext
from app.cli.errors import EXIT_CODES
from app.cli.language import translate
from app.cli.output import Output, jsonable
from app.core.sealing import start_new_here
from app.core.session import Session
from app.core.snapshots import erasure_pending
from app.core.vault import create_vault, unlock_with_recovery_key
from app.domain.errors import VaultAlreadyExists, VaultCorrupted, VaultNotFound


def register(subparsers: Any) -> None:
    init = subparsers.add_parser(
        "init", help=translate("CarnetCli", "create a new vault in the vault folder")
    )
    init.add_argument(
        "--recovery-key",
        action="store_true",
        help=translate("CarnetCli", "also make a recovery key, printed once: write it on paper"),
    )
    init.set_defaults(vault_handler=run_init)

    check = subparsers.add_parser(
        "check", help=translate("CarnetCli", "verify every page, the indexes and the settings")
    )
    check.set_defaults(handler=run_check)
    seal = subparsers.add_parser(
        "seal-here",
        help="hypotheses sealed to another computer: keep that file aside, start new ones here",
    )
    seal.set_defaults(handler=run_seal_here)

    passwd = subparsers.add_parser(
        "passwd",
        help=translate("CarnetCli", "change the passphrase (current one, then the new one)"),
    )
    passwd.set_defaults(vault_handler=run_passwd)

    recover = subparsers.add_parser(
        "recover",
        help=translate("CarnetCli", "open with the recovery key and set a new passphrase"),
    )
    recover.set_defaults(vault_handler=run_recover)


def run_init(args: argparse.Namespace, ctx: CliContext) -> int:
    folder = ctx.paths.folder
    if ctx.paths.exists() or ctx.paths.database.exists():
        raise VaultAlreadyExists()  # said before the passphrase is typed for nothing
    passphrase = ctx.secrets.ask_new("New passphrase: ", "Repeat the passphrase: ")
    created = create_vault(
        folder, passphrase, with_recovery_key=args.recovery_key, progress=ctx.progress
    )
    created.session.close()
    lines = [f"Vault created in {folder}."]
    if created.recovery_key:
        lines += [
            "",
            "Recovery key: write it on paper and keep it apart from this computer.",
            "It is shown only this once.",
            "",
            f"    {created.recovery_key}",
            "",
        ]
    ctx.out.emit(
        {"vault": str(folder), "created": True,
         "recovery_key": created.recovery_key},
        lines,
    )  # fmt: skip
    return 0


def run_check(args: argparse.Namespace, session: Session) -> int:
    report = session.check()
    lines = [f"Integrity: {'ok' if report.ok else 'PROBLEMS FOUND'}"]
    lines += [f"  problem: {problem}" for problem in report.problems]
    lines.append(f"Cipher: SQLCipher {report.cipher_version}")
    lines += [f"  {name} = {value}" for name, value in sorted(report.settings.items())]
    counts = report.counts
    lines.append(
        f"Counts: {counts.persons} persons, {counts.interviews} interviews, "
        f"{counts.hypotheses} hypotheses, {counts.follow_ups} follow-ups, "
        f"{counts.disclosures} register entries"
    )
    pending = erasure_pending(session)
    lines.append(
        "Erasure: PENDING (an interrupted purge or close-case is not finished; see warnings)"
        if pending
        else "Erasure: nothing pending"
    )
    weak = session.weak_key_derivation()
    if weak:
        lines.append(
            "Warning: the key file's key derivation is below Carnet's calibrated floor "
            "(64 MiB, 3 passes); change the passphrase to strengthen it."
        )
    data = {**jsonable(report), "erasure_pending": pending, "weak_key_derivation": weak}
    if not session.hypotheses_here:
        lines.append(
            "Hypotheses: sealed to the computer where they were written (not readable here)."
        )
    Output.from_args(args).emit(data, lines)
    return 0 if report.ok and not pending else EXIT_CODES[VaultCorrupted]


def run_seal_here(args: argparse.Namespace, session: Session) -> int:
    if session.hypotheses_here:
        lines = ["The hypotheses are already sealed to this computer; nothing changed."]
        started = False
    else:
        start_new_here(session)
        lines = [
            "New hypotheses now start on this computer. The old file, sealed to another",
            "computer, is kept aside in the vault folder until you delete it.",
        ]
        started = True
    Output.from_args(args).emit({"started_new": started}, lines)
    return 0


def run_passwd(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.unlocked("Current passphrase: ") as session:
        new = ctx.secrets.ask_new("New passphrase: ", "Repeat the new passphrase: ")
        session.change_passphrase(new)
    ctx.out.emit({"vault": str(ctx.paths.folder), "passphrase_changed": True},
                 ["Passphrase changed."])  # fmt: skip
    return 0


def run_recover(args: argparse.Namespace, ctx: CliContext) -> int:
    if not ctx.paths.exists():
        raise VaultNotFound()
    recovery_key = ctx.secrets.ask("Recovery key: ")
    new = ctx.secrets.ask_new("New passphrase: ", "Repeat the new passphrase: ")
    session = unlock_with_recovery_key(ctx.paths.folder, recovery_key, new, progress=ctx.progress)
    session.close()
    ctx.out.emit(
        {"vault": str(ctx.paths.folder), "passphrase_changed": True},
        ["Vault opened with the recovery key; the new passphrase is set.",
         "The recovery key keeps working."],
    )  # fmt: skip
    return 0
