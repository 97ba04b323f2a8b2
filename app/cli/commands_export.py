"""`carnet-cli export` and `carnet-cli register`: a minimal summary, and the disclosure register.

Contract with `app.cli.main`: `add_commands(subparsers)` adds both commands;
each parser sets `handler`, called as `handler(args, session) -> exit code`
once main has unlocked the vault given by `--vault`. Errors are raised as
`CarnetError` subclasses for main to print plainly.

    carnet-cli --vault V export PERSON_ID --frame liaison --interviews 12,13#p2 \\
        --follow-ups --recipient "CAF" --purpose "…" --informed yes --format pdf --out F
    carnet-cli --vault V register [--person ID] [--json | --csv]

`--interviews 12` takes the whole interview (every paragraph and addendum);
`12#p2` its second paragraph only. `--preview` prints exactly the text that would
be written, with the wording check, and writes and records nothing.

The global `carnet-cli --json` makes both commands print one JSON document
(`register --csv` still gives CSV, being the more specific request).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.commands_wording import finding_record
from app.cli.output import Output
from app.cli.register_text import register_lines
from app.core.disclosure import export_summary, load_author, save_author
from app.core.register import RegisterFilter, RegisterFormat, register_document, register_entries
from app.core.selection import (
    INFORMED_FRAMES,
    ConcernFields,
    CoordinationFields,
    DetailChoice,
    DetailKey,
    InterviewChoice,
    PersonLabel,
    Selection,
    paragraph_ref,
)
from app.core.session import Session
from app.core.summary_builder import (
    BuilderTexts,
    InterviewItems,
    PersonItems,
    build_summary,
    person_items,
)
from app.core.summary_wording import known_names, summary_texts, wording_flags
from app.core.wording import default_lexicon
from app.domain.errors import InvalidInput
from app.domain.ids import AddendumId, PersonId
from app.domain.summary import ExportFormat, FactSource, Frame, Informed, Recipient, Summary

# Qt (and app.export, which lays documents out with it) is imported inside the handlers
# that write documents: loading it costs every other command a noticeable start-up delay.
if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

_gui_app: QGuiApplication | None = None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from exc


def add_commands(subparsers: Any) -> None:
    """Adds `export` and `register` to carnet-cli's subcommands."""
    _add_export(subparsers)
    _add_register(subparsers)


def _add_export(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export", help="write a minimal summary and record it in the disclosure register"
    )
    parser.add_argument("person_id", type=int, metavar="PERSON_ID")
    parser.add_argument("--frame", required=True, choices=[f.value for f in Frame])
    parser.add_argument("--interviews", default="", metavar="ID[,ID#pN…]")
    parser.add_argument("--follow-ups", action="store_true", help="include the open follow-ups")
    parser.add_argument("--details", default="", metavar="organisation,case_opened,details:N")
    parser.add_argument("--recipient", required=True, help="name of the recipient")
    parser.add_argument("--recipient-role", default="")
    parser.add_argument("--recipient-organisation", default="")
    parser.add_argument("--purpose", required=True)
    parser.add_argument("--informed", choices=[i.value for i in Informed])
    parser.add_argument("--reason", default="", help="why the person was not informed")
    parser.add_argument("--author", default="", help="worker or service signing (remembered)")
    parser.add_argument("--label", choices=[p.value for p in PersonLabel], default="alias")
    parser.add_argument("--minor", default="", help="concern report: the minor concerned")
    parser.add_argument("--actions", default="", help="concern report: actions already taken")
    parser.add_argument("--parents-comment", default="", help="concern report: about the parents")
    parser.add_argument("--source", choices=[s.value for s in FactSource])
    parser.add_argument("--parties", default="", help="coordination: professionals involved")
    parser.add_argument("--from", dest="starting", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
    parser.add_argument("--out", type=Path, metavar="FILE")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("--preview", action="store_true", help="print, write nothing")
    parser.set_defaults(handler=run_export)


def _add_register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "register", help="list the disclosure register (no note content)"
    )
    parser.add_argument("--person", type=int, metavar="ID")
    parser.add_argument("--since", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--until", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--recipient", default="")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="as JSON (like the global --json)")
    output.add_argument("--csv", action="store_true", help="as CSV, even with the global --json")
    parser.set_defaults(handler=run_register)


def ensure_gui_application() -> None:
    """Fonts and layout need a QGuiApplication; without a display, Qt's offscreen one."""
    global _gui_app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    instance = QCoreApplication.instance()
    if isinstance(instance, QGuiApplication):
        return
    if instance is not None:
        raise InvalidInput("A graphical Qt application is needed to lay out documents.")
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a command line never opens a window
    _gui_app = QGuiApplication(["carnet-cli"])


def builder_texts() -> BuilderTexts:
    from PySide6.QtCore import QCoreApplication

    from app.export.labels import format_date

    return BuilderTexts(
        organisation=QCoreApplication.translate("CliExport", "Organisation"),
        case_opened=QCoreApplication.translate("CliExport", "Supported since"),
        detail=QCoreApplication.translate("CliExport", "Detail"),
        format_date=format_date,
    )


def run_export(args: argparse.Namespace, session: Session, out: TextIO = sys.stdout) -> int:
    from PySide6.QtCore import QCoreApplication

    from app.export.text import summary_text
    from app.export.writers import write_summary

    fmt = ExportFormat(args.format)
    if not args.preview and args.out is None:
        raise InvalidInput("Give the file to write with --out, or use --preview.")
    if fmt is not ExportFormat.TXT or args.preview:
        ensure_gui_application()
    selection = selection_from_args(args, session)
    summary = build_summary(session, selection, builder_texts())
    if args.preview:
        _print_preview(session, selection, summary, summary_text(summary), _output(args, out))
        return 0
    path = Path(args.out)
    if path.exists() and not args.force:
        raise InvalidInput("The output file exists already; add --force to replace it.")
    outcome = export_summary(session, selection, summary, fmt, path, write_summary)
    save_author(session, selection.author)
    data = {"path": str(outcome.path), "sha256": outcome.sha256, "entry": outcome.disclosure_id}
    written = QCoreApplication.translate("CliExport", "Written:")
    entry = QCoreApplication.translate("CliExport", "Register entry:")
    lines = [
        f"{written} {outcome.path}",
        f"SHA-256: {outcome.sha256}",
        f"{entry} {outcome.disclosure_id}",
    ]
    _output(args, out).emit(data, lines)
    return 0


def _output(args: argparse.Namespace, out: TextIO) -> Output:
    """Honours carnet-cli's global --json (absent when a test builds only this parser)."""
    return Output(bool(getattr(args, "json_output", False)), out)


def _print_preview(
    session: Session, selection: Selection, summary: Summary, text: str, output: Output
) -> None:
    """The text exactly as it would be written, then the wording check's questions."""
    from PySide6.QtCore import QCoreApplication

    names = known_names(session, selection.person_id, selection.label)
    texts = dict(summary_texts(summary))
    flags = [
        {"target": flag.target, **finding_record(texts[flag.target], flag.finding)}
        for flag in wording_flags(summary, default_lexicon(), names)
    ]
    if output.json_mode:
        output.emit({"text": text, "wording_flags": flags}, [])
        return
    output.stream.write(text)
    label = QCoreApplication.translate("CliExport", "Wording check:")
    output.emit(flags, [f"{label} «{f['text']}» — {f['question']}" for f in flags])


def selection_from_args(args: argparse.Namespace, session: Session) -> Selection:
    """The worker's choices as given on the command line, checked against the vault."""
    person_id = PersonId(args.person_id)
    items = person_items(session, person_id)
    frame = Frame(args.frame)
    author = args.author.strip() or load_author(session)
    if not author:
        raise InvalidInput("Give --author the first time (it is then remembered).")
    if args.informed is None and frame in INFORMED_FRAMES:
        raise InvalidInput("Say with --informed whether the person was informed.")
    interviews = _interview_choices(args.interviews, items)
    source = FactSource(args.source) if args.source else None
    sources = {}
    if source is not None:
        sources = {
            paragraph_ref(c.interview_id, i): source for c in interviews for i in c.paragraphs
        }
        sources.update({f"addendum:{a}": source for c in interviews for a in c.addenda})
    return Selection(
        person_id=person_id,
        frame=frame,
        recipient=Recipient(args.recipient, args.recipient_role, args.recipient_organisation),
        purpose=args.purpose,
        author=author,
        informed=Informed(args.informed or Informed.AGREED.value),
        informed_reason=args.reason,
        label=PersonLabel(args.label),
        interviews=interviews,
        follow_ups=tuple(f.id for f in items.follow_ups) if args.follow_ups else (),
        details=_detail_choices(args.details),
        sources=sources,
        concern=ConcernFields(args.minor, args.actions, args.parents_comment),
        coordination=CoordinationFields(args.parties, args.starting),
        supported_since=args.since or items.person.case_opened,
    )


def _interview_choices(spec: str, items: PersonItems) -> tuple[InterviewChoice, ...]:
    """`12` → every paragraph and addendum of 12; `12#p2` → its second paragraph."""
    known: dict[int, InterviewItems] = {int(i.interview_id): i for i in items.interviews}
    picked: dict[int, tuple[list[int], list[AddendumId]]] = {}
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        head, _, paragraph = part.partition("#p")
        if not head.isdigit() or int(head) not in known or (paragraph and not paragraph.isdigit()):
            raise InvalidInput(f"No interview of this person matches “{part}”.")
        interview = known[int(head)]
        indexes, addenda = picked.setdefault(interview.interview_id, ([], []))
        if paragraph:
            if not 1 <= int(paragraph) <= len(interview.paragraphs):
                raise InvalidInput(f"Interview {head} has no paragraph {paragraph}.")
            indexes.append(int(paragraph) - 1)
        else:
            indexes.extend(range(len(interview.paragraphs)))
            addenda.extend(a.id for a in interview.addenda)
    return tuple(
        InterviewChoice(known[i].interview_id, tuple(sorted(set(p))), tuple(a))
        for i, (p, a) in picked.items()
    )


def _detail_choices(spec: str) -> tuple[DetailChoice, ...]:
    choices = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        key, _, line = part.partition(":")
        if key not in {k.value for k in DetailKey} or (line and not line.isdigit()):
            raise InvalidInput(f"Unknown detail “{part}”.")
        choices.append(DetailChoice(DetailKey(key), int(line) - 1 if line else None))
    return tuple(choices)


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
    elif args.json or _output(args, out).json_mode:
        fmt = RegisterFormat.JSON
    else:
        out.write("".join(line + "\n" for line in register_lines(session, entries)))
        return 0
    out.write(register_document(entries, fmt).decode("utf-8").lstrip("\ufeff"))
    return 0
