"""`carnet-cli register`: the register of transmissions, and `register refuse`.

    carnet-cli --vault V register [--person ID] [--json | --csv]
    carnet-cli --vault V register refuse PERSON_ID --requester TEXT --purpose TEXT [--answer TEXT]

`register refuse` records a request the worker refused (who asked, for what,
the answer given): an entry of kind `refused`, with no file and no item.
Dates are printed in local time. The global `carnet-cli --json` prints JSON
(`register --csv` still gives CSV, being the more specific request).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any, TextIO

from app.cli.language import translate
from app.cli.output import output_for
from app.cli.register_text import register_lines
from app.core.register import (
    RefusedRequest,
    RegisterFilter,
    RegisterFormat,
    record_refusal,
    register_document,
    register_entries,
)
from app.core.session import Session
from app.domain.ids import PersonId


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from exc


def add_register(subparsers: Any) -> None:
    """Adds `register` (and its `refuse` action) to carnet-cli's subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "register",
        help=translate("CarnetCli", "list the disclosure register (no note content)"),
    )
    parser.add_argument("--person", type=int, metavar="ID")
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--until", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--recipient", default="")
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--json",
        action="store_true",
        help=translate("CarnetCli", "as JSON (like the global --json)"),
    )
    output.add_argument(
        "--csv",
        action="store_true",
        help=translate("CarnetCli", "as CSV, even with the global --json"),
    )
    parser.set_defaults(handler=run_register)
    actions = parser.add_subparsers(dest="register_action", metavar="ACTION")
    refuse = actions.add_parser(
        "refuse",
        help=translate("CarnetCli", "record a request you refused (no file leaves)"),
    )
    refuse.add_argument("person_id", type=int, metavar="PERSON_ID")
    refuse.add_argument(
        "--requester", required=True, help=translate("CarnetCli", "who asked, e.g. the HR manager")
    )
    refuse.add_argument(
        "--purpose", required=True, help=translate("CarnetCli", "what they asked for")
    )
    refuse.add_argument(
        "--answer", default="", help=translate("CarnetCli", "the answer you gave (optional)")
    )
    refuse.set_defaults(handler=run_refuse)


def run_register(args: argparse.Namespace, session: Session, out: TextIO = sys.stdout) -> int:
    which = RegisterFilter(
        person_id=PersonId(args.person) if args.person is not None else None,
        since=args.since,
        until=args.until,
        recipient=args.recipient,
    )
    entries = register_entries(session, which)
    # `register --csv` asks for one format explicitly; the global --json asks for JSON otherwise.
    if args.csv:
        fmt = RegisterFormat.CSV
    elif args.json or output_for(args, out).json_mode:
        fmt = RegisterFormat.JSON
    else:
        out.write("".join(line + "\n" for line in register_lines(session, entries)))
        return 0
    out.write(register_document(entries, fmt, register_labels()).decode("utf-8").lstrip("\ufeff"))
    return 0


def run_refuse(args: argparse.Namespace, session: Session, out: TextIO = sys.stdout) -> int:
    from PySide6.QtCore import QCoreApplication

    request = RefusedRequest(args.requester, args.purpose, args.answer)
    entry = record_refusal(session, PersonId(args.person_id), request)
    label = QCoreApplication.translate("CarnetCli", "Refused request recorded, entry:")
    output_for(args, out).emit({"entry": entry, "kind": "refused"}, [f"{label} {entry}"])
    return 0


def register_labels() -> dict[str, str]:
    """Column titles of the text and CSV lists, in the language installed."""
    return {
        "id": translate("CarnetCli", "Entry"),
        "kind": translate("CarnetCli", "Kind"),
        "date": translate("CarnetCli", "Date"),
        "person": translate("CarnetCli", "Person (id)"),
        "recipient": translate("CarnetCli", "Recipient"),
        "frame": translate("CarnetCli", "Frame"),
        "purpose": translate("CarnetCli", "Purpose"),
        "informed": translate("CarnetCli", "Informed"),
        "reason": translate("CarnetCli", "Reason"),
        "items": translate("CarnetCli", "Items"),
        "format": translate("CarnetCli", "Format"),
        "sha256": "SHA-256",
        "corrects": translate("CarnetCli", "Corrects entry"),
        "answer": translate("CarnetCli", "Answer given"),
    }
