"""Backup commands: backup, restore, snapshots, past-term, purge.

    carnet-cli --vault V backup --out FILE [--backup-passphrase-fd N]
    carnet-cli --vault V restore FILE [--backup-passphrase-fd N] [--yes]
    carnet-cli --vault V snapshots
    carnet-cli --vault V past-term [--today YYYY-MM-DD]
    carnet-cli --vault V purge PERSON_ID --reason "…" [--past-term] [--yes]
    carnet-cli --vault V close-case PERSON_ID [--date YYYY-MM-DD] [--keep-hypotheses] [--yes]

`purge`, `close-case` and `restore` ask for the person's id (or the word
shown) to be typed back on the terminal, unless --yes; see app/cli/confirm.py.

The vault passphrase comes from the terminal or the global --passphrase-fd;
the backup passphrase from --backup-passphrase-fd, else the next line of the
global descriptor, else the terminal. `restore` into a folder with no vault
creates one (a new computer): the vault passphrase given becomes its own.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.cli.confirm import confirm
from app.cli.context import CliContext
from app.cli.language import translate
from app.cli.output import Output
from app.cli.passphrase import SecretSource
from app.core import backup, rescue, restore, retention, snapshots
from app.core.session import Session
from app.domain.errors import InvalidInput
from app.domain.ids import PersonId

RESTORE_WORD = "RESTORE"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from exc


def _backup_fd(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--backup-passphrase-fd",
        type=int,
        metavar="N",
        help=translate(
            "CarnetCli", "read the backup passphrase as one line from file descriptor N"
        ),
    )


def _yes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--yes", action="store_true", help=translate("CarnetCli", "do not ask for confirmation")
    )


def register(subparsers: Any) -> None:
    made = subparsers.add_parser(
        "backup",
        help=translate(
            "CarnetCli", "write an encrypted external backup (everything but the hypotheses)"
        ),
    )
    made.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=translate("CarnetCli", "backup file"),
    )
    _backup_fd(made)
    made.set_defaults(handler=run_backup)

    back = subparsers.add_parser(
        "restore",
        help=translate(
            "CarnetCli", "restore a snapshot or an external backup (a copy of the vault is kept)"
        ),
    )
    back.add_argument(
        "source", type=Path, metavar="FILE", help=translate("CarnetCli", "snapshot or backup file")
    )
    _backup_fd(back)
    _yes(back)
    back.set_defaults(vault_handler=run_restore)

    listing = subparsers.add_parser(
        "snapshots", help=translate("CarnetCli", "list the on-device snapshots")
    )
    listing.set_defaults(handler=run_snapshots)

    term = subparsers.add_parser(
        "past-term", help=translate("CarnetCli", "persons past the retention term")
    )
    term.add_argument(
        "--today", type=_day, help=translate("CarnetCli", "YYYY-MM-DD (default: today)")
    )
    term.set_defaults(handler=run_past_term)

    purge = subparsers.add_parser(
        "purge", help=translate("CarnetCli", "erase a person for good (right to erasure)")
    )
    purge.add_argument("person_id", type=int, metavar="PERSON_ID")
    purge.add_argument(
        "--reason",
        required=True,
        help=translate("CarnetCli", "recorded in the register (no names)"),
    )
    purge.add_argument(
        "--past-term",
        action="store_true",
        help=translate("CarnetCli", "the retention term is over"),
    )
    _yes(purge)
    purge.set_defaults(handler=run_purge)

    close = subparsers.add_parser(
        "close-case",
        help=translate(
            "CarnetCli", "close a case; its hypotheses are destroyed, snapshots included"
        ),
    )
    close.add_argument("person_id", type=int, metavar="PERSON_ID")
    close.add_argument(
        "--date",
        type=_day,
        help=translate("CarnetCli", "closing date, YYYY-MM-DD (default: today)"),
    )
    close.add_argument(
        "--keep-hypotheses", action="store_true", help=translate("CarnetCli", "do not destroy them")
    )
    _yes(close)
    close.set_defaults(handler=run_close_case)


def _backup_secrets(args: argparse.Namespace) -> SecretSource:
    fd = args.backup_passphrase_fd
    return SecretSource(fd if fd is not None else args.passphrase_fd)


def run_backup(args: argparse.Namespace, session: Session) -> int:
    secret = _backup_secrets(args).ask_new(
        "Backup passphrase (keep it apart from the backup): ", "Repeat the backup passphrase: "
    )
    report = backup.make_external_backup(session, args.out, secret)
    counts = report.counts
    lines = [
        f"Backup written and verified: {report.path} ({report.size_bytes} bytes).",
        f"  {counts.persons} persons, {counts.interviews} interviews, "
        f"{counts.follow_ups} follow-ups, {counts.disclosures} register entries.",
        "  The private hypotheses are not in it: they never leave this computer.",
    ]
    data = {
        "path": str(report.path),
        "size_bytes": report.size_bytes,
        "created_at": report.created_at,
        "counts": counts,
        "hypotheses_included": report.hypotheses_included,
    }
    Output.from_args(args).emit(data, lines)
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    source: Path = args.source
    external = backup.is_external_backup(source)
    replaced = "the content of the vault" if ctx.paths.exists() else "a new vault"
    confirm(
        [f"This restores {source} as {replaced} in {ctx.paths.folder}.",
         "The current content, if any, is kept as a pre-restore snapshot."],
        RESTORE_WORD, args.yes,
    )  # fmt: skip
    if ctx.paths.exists():
        vault_passphrase = ctx.secrets.ask("Vault passphrase: ")
    else:
        if not external:
            raise InvalidInput("Only an external backup can start a new vault.")
        vault_passphrase = ctx.secrets.ask_new(
            "Passphrase for the new vault: ", "Repeat the passphrase: "
        )
    backup_passphrase = None
    if external:
        backup_passphrase = _backup_secrets(args).ask("Backup passphrase: ")
    if ctx.paths.exists():
        # The same door as the unlock screen: it also rescues a damaged database.
        result = rescue.restore_locked(
            ctx.paths.folder, vault_passphrase, source, backup_passphrase
        )
    else:
        result = restore.restore_to_folder(
            ctx.paths.folder, source, vault_passphrase, backup_passphrase
        )
    result.session.close()
    ctx.out.emit({**_report(result.report), "recovery_key": result.recovery_key},
                 _restore_lines(result))  # fmt: skip
    return 0


def _report(report: restore.RestoreReport) -> dict[str, Any]:
    return {
        "source": str(report.source),
        "kind": report.kind,
        "counts": report.counts,
        "hypotheses_included": report.hypotheses_included,
        "pre_restore_snapshot": str(report.pre_restore_snapshot)
        if report.pre_restore_snapshot
        else None,
        "damaged_copy": str(report.damaged_copy) if report.damaged_copy else None,
        "later_changes_checked": report.later_changes_checked,
    }


def _restore_lines(result: restore.RestoreResult) -> list[str]:
    report, counts = result.report, result.report.counts
    lines = [
        f"Restored from {report.source}: {counts.persons} persons, {counts.interviews} interviews.",
    ]
    if not report.hypotheses_included:
        lines.append("The private hypotheses were not restored: external backups never hold them.")
    if report.pre_restore_snapshot is not None:
        lines.append(f"The previous content is kept in {report.pre_restore_snapshot}.")
    if report.damaged_copy is not None:
        lines.append(f"The damaged database is kept aside as {report.damaged_copy}.")
    if not report.later_changes_checked:
        lines.append(
            "The damage hid what was erased or sent out after the copy: check the "
            "register and erase again any person erased since."
        )
    if result.recovery_key:
        lines += ["", "New vault. Recovery key (write it on paper, shown only once):", "",
                  f"    {result.recovery_key}", ""]  # fmt: skip
    return lines


def run_snapshots(args: argparse.Namespace, session: Session) -> int:
    found = snapshots.list_snapshots(session.paths)
    lines = [
        f"{s.taken_at.astimezone():%Y-%m-%d %H:%M}  {s.kind:<11}  {s.size_bytes:>10} bytes  "
        f"{s.path.name}"
        for s in found
    ] or ["No snapshot yet."]
    data = [
        {"path": str(s.path), "taken_at": s.taken_at, "kind": s.kind, "size_bytes": s.size_bytes}
        for s in found
    ]
    Output.from_args(args).emit(data, lines)
    return 0


def run_past_term(args: argparse.Namespace, session: Session) -> int:
    rows = retention.past_term(session, args.today or date.today())
    lines = [
        f"{row.id:>6}  {row.last_contact.isoformat() if row.last_contact else '-':<10}  {row.alias}"
        for row in rows
    ] or ["Nothing is past its retention term."]
    Output.from_args(args).emit(rows, lines)
    return 0


def _purge_explanation(preview: retention.PurgePreview) -> list[str]:
    person = preview.persons[0]
    return [
        f"This destroys for good {person.alias} (id {person.person_id}): {person.interviews} "
        f"interviews, {person.addenda} addenda, {person.hypotheses} hypotheses, "
        f"{person.follow_ups} follow-ups, and rewrites {preview.snapshots} snapshot(s); "
        "a damaged copy kept by a rescue is deleted. "
        "External backups already made are not changed."
    ]


def run_purge(args: argparse.Namespace, session: Session) -> int:
    person = PersonId(args.person_id)
    preview = retention.preview_purge(session, [person])
    confirm(_purge_explanation(preview), str(person), args.yes)
    kind = retention.PurgeKind.PAST_TERM if args.past_term else retention.PurgeKind.REQUEST
    report = retention.purge(session, [person], args.reason, kind)
    lines = [f"Person {person} erased; register entry {report.register_ids[0]}."]
    lines += [f"  warning: {warning}" for warning in report.warnings]
    data = {
        "person_ids": report.person_ids,
        "register_ids": report.register_ids,
        "warnings": [type(w).__name__ for w in report.warnings],
        "at": datetime.now(UTC),
    }
    Output.from_args(args).emit(data, lines)
    return 0


def run_close_case(args: argparse.Namespace, session: Session) -> int:
    person = PersonId(args.person_id)
    closed_on = args.date or date.today()
    what = (
        "keeps its hypotheses"
        if args.keep_hypotheses
        else ("destroys its hypotheses for good, snapshots included")
    )
    confirm([f"This closes case {person} on {closed_on.isoformat()} and {what}."],
            str(person), args.yes)  # fmt: skip
    destroyed = retention.close_case(session, person, closed_on, not args.keep_hypotheses)
    lines = [f"Case {person} closed on {closed_on.isoformat()}; {destroyed} hypotheses destroyed."]
    data = {"person_id": person, "closed_on": closed_on, "hypotheses_destroyed": destroyed}
    Output.from_args(args).emit(data, lines)
    return 0
