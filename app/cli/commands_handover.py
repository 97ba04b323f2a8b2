"""`carnet-cli handover`: hand persons over to a successor, or take a handover in.

    carnet-cli --vault V handover export 3,7 --to "Mme Durand" --out F.carnet-handover \\
        --informed agreed --handover-passphrase-fd 3 [--preview]
    carnet-cli --vault V handover import F.carnet-handover --handover-passphrase-fd 3

`export` takes each named person's whole file (identity fields, facts of every
interview with their addenda, open follow-ups), never the working hypotheses;
`--preview` prints exactly what the file would hold and writes nothing. It asks
whether the persons were told of the handover (`--informed`), and records one
register entry per person. `import` adds the persons with new ids; a file taken
in before adds nothing.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from app.cli.language import translate
from app.cli.output import output_for
from app.cli.passphrase import SecretSource
from app.core.consent import ANSWERS
from app.core.disclosure import load_author
from app.core.handover import (
    build_handover,
    everything,
    export_handover,
    read_handover,
    session_reader,
    take_over,
)
from app.core.handover_text import handover_text
from app.core.session import Session
from app.domain.errors import InvalidInput
from app.domain.ids import PersonId
from app.domain.summary import Informed


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "handover", help=translate("CarnetCli", "hand persons over to a successor, or take over")
    )
    actions = parser.add_subparsers(dest="handover_action", metavar="ACTION", required=True)
    out = actions.add_parser(
        "export", help=translate("CarnetCli", "write an encrypted handover file for a successor")
    )
    out.add_argument("persons", metavar="PERSON[,PERSON…]")
    out.add_argument("--to", required=True, help=translate("CarnetCli", "the successor's name"))
    out.add_argument("--out", type=Path, metavar="FILE")
    out.add_argument("--from", dest="sender", help=translate("CarnetCli", "your name"))
    out.add_argument(
        "--informed",
        choices=[i.value for i in Informed if i in ANSWERS],
        help=translate("CarnetCli", "were the persons told of the handover?"),
    )
    out.add_argument(
        "--preview", action="store_true", help=translate("CarnetCli", "print it; write nothing")
    )
    _fd(out)
    out.set_defaults(handler=run_handover_export)
    take = actions.add_parser(
        "import", help=translate("CarnetCli", "take in a handover file from a predecessor")
    )
    take.add_argument("file", type=Path, metavar="FILE")
    _fd(take)
    take.set_defaults(handler=run_handover_import)


def _fd(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--handover-passphrase-fd",
        type=int,
        metavar="N",
        help=translate(
            "CarnetCli", "read the handover passphrase as one line from file descriptor N"
        ),
    )


def _secrets(args: argparse.Namespace) -> SecretSource:
    fd = args.handover_passphrase_fd
    return SecretSource(fd if fd is not None else getattr(args, "passphrase_fd", None))


def _person_ids(text: str) -> list[PersonId]:
    try:
        return [PersonId(int(part)) for part in text.split(",") if part.strip()]
    except ValueError as exc:
        raise InvalidInput("Persons are given by their numbers, separated by commas.") from exc


def run_handover_export(
    args: argparse.Namespace, session: Session, out: TextIO = sys.stdout
) -> int:
    reader = session_reader(session)
    choices = [everything(reader, person_id) for person_id in _person_ids(args.persons)]
    sender = args.sender if args.sender is not None else load_author(session)
    handover = build_handover(reader, choices, sender, args.to, date.today())
    if args.preview:
        out.write(handover_text(handover))
        return 0
    if args.informed is None:
        raise InvalidInput(
            "Say with --informed agreed, not-agreed or no whether the persons were told of"
            " the handover; nothing was written."
        )
    if args.out is None:
        raise InvalidInput("Give the file to write with --out FILE.")
    secret = _secrets(args).ask_new(
        "Handover passphrase (give it to the successor apart from the file): ",
        "Repeat the handover passphrase: ",
    )
    outcome = export_handover(session, choices, handover, Informed(args.informed), args.out, secret)
    done = translate("CarnetCli", "Handover written; register entries:")
    entries = ", ".join(str(e) for e in outcome.entries)
    data = {"path": str(outcome.path), "entries": list(outcome.entries), "persons": len(choices)}
    output_for(args, out).emit(data, [f"{done} {entries}"])
    return 0


def run_handover_import(
    args: argparse.Namespace, session: Session, out: TextIO = sys.stdout
) -> int:
    secret = _secrets(args).ask("Handover passphrase: ")
    handover = read_handover(args.file, secret)
    mark = translate("CarnetCli", "Taken over from {sender} on {day} (handover).")
    note = translate("CarnetCli", "Handed over on {day}.")
    added = take_over(session, handover, mark, note)
    if added:
        text = translate("CarnetCli", "Persons taken over:")
        lines = [f"{text} {', '.join(str(p) for p in added)}"]
    else:
        lines = [translate("CarnetCli", "This handover was already taken in; nothing was added.")]
    output_for(args, out).emit({"added": list(added), "already_imported": not added}, lines)
    return 0
