"""`carnet-cli export`: a transmission, written and recorded in the register.

Contract with `app.cli.main`: `add_commands(subparsers)` adds both commands;
each parser sets `handler`, called as `handler(args, session) -> exit code`
once main has unlocked the vault given by `--vault`. Errors are raised as
`CarnetError` subclasses for main to print plainly.

    carnet-cli --vault V export PERSON_ID --frame liaison --interviews 12,13#p2 \\
        --follow-ups --recipient "CAF" --purpose "…" --informed agreed --format pdf --out F
    carnet-cli --vault V export PERSON_ID --frame copie-personne --all --to-person \\
        --recipient "Mme Q." --purpose "Droit d'accès" --format txt --out F

Consent is asked, never assumed: unless `--to-person` says the recipient is the
person, `--informed` is required and nothing is written without it. In the
child-protection frames each ticked paragraph is marked `--observed` or
`--reported` (same syntax as `--interviews`).
`--interviews 12` takes the whole interview (every paragraph and addendum);
`12#p2` its second paragraph only. `--preview` prints exactly the text that would
be written, with the wording check, and writes and records nothing.

The global `carnet-cli --json` makes the command print one JSON document.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from app.cli.commands_register import add_register
from app.cli.commands_wording import finding_record
from app.cli.language import ensure_gui_application, translate
from app.cli.output import Output, output_for
from app.core.consent import ANSWERS, asks_informed
from app.core.disclosure import export_summary, load_author, save_author
from app.core.outward import outward_reader
from app.core.selection import (
    ConcernFields,
    CoordinationFields,
    DetailChoice,
    DetailKey,
    InterviewChoice,
    PersonLabel,
    Selection,
    addendum_ref,
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
from app.domain.summary import (
    CHILD_FRAMES,
    ExportFormat,
    FactSource,
    Frame,
    Informed,
    Recipient,
    Summary,
)

__all__ = ["add_commands", "ensure_gui_application", "run_export", "selection_from_args"]

# QtGui (and app.export, which lays documents out with it) is imported inside the handlers
# that write documents: loading it costs every other command a noticeable start-up delay.
CONSENT_REQUIRED = (
    "The recipient is not the person: say with --informed agreed, not-agreed or no (with"
    " --reason) whether they were informed and agreed; add --to-person if the recipient is"
    " the person. Nothing was written."
)
SOURCES_REQUIRED = (
    "Say for each paragraph whether you observed it (--observed) or it was reported to you"
    " (--reported). Nothing was written."
)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from exc


def add_commands(subparsers: Any) -> None:
    """Adds `export` and `register` to carnet-cli's subcommands."""
    _add_export(subparsers)
    add_register(subparsers)


def _add_export(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help=translate(
            "CarnetCli", "write a transmission and record it in the disclosure register"
        ),
    )
    add = parser.add_argument
    add("person_id", type=int, metavar="PERSON_ID")
    add("--frame", required=True, choices=[f.value for f in Frame])
    add("--interviews", default="", metavar="ID[,ID#pN…]")
    add(
        "--follow-ups",
        action="store_true",
        help=translate("CarnetCli", "include the open follow-ups"),
    )
    add("--details", default="", metavar="organisation,case_opened,details:N")
    add(
        "--all",
        dest="everything",
        action="store_true",
        help=translate("CarnetCli", "copy for the person: everything Carnet holds about them"),
    )
    add("--recipient", required=True, help=translate("CarnetCli", "name of the recipient"))
    add("--recipient-role", default="")
    add("--recipient-organisation", default="")
    add(
        "--to-person",
        action="store_true",
        help=translate("CarnetCli", "the recipient is the person themself"),
    )
    add("--purpose", required=True)
    add(
        "--informed",
        choices=[i.value for i in Informed if i in ANSWERS],
        help=translate(
            "CarnetCli",
            "required when the recipient is not the person: agreed,"
            " not-agreed (informed, does not agree) or no (not informed, give --reason)",
        ),
    )
    add("--reason", default="", help=translate("CarnetCli", "why the person was not informed"))
    add(
        "--author",
        default="",
        help=translate("CarnetCli", "worker or service signing (remembered)"),
    )
    add("--label", choices=[p.value for p in PersonLabel], default="alias")
    add(
        "--confirm-support",
        action="store_true",
        help=translate("CarnetCli", "employer reply: say that a follow-up exists"),
    )
    add(
        "--minor",
        default="",
        help=translate("CarnetCli", "child protection: the child's identity as you have it"),
    )
    add(
        "--danger",
        default="",
        help=translate("CarnetCli", "child protection: your assessment of the danger"),
    )
    add(
        "--actions",
        default="",
        help=translate("CarnetCli", "child protection: actions already taken"),
    )
    add(
        "--parents-comment",
        default="",
        help=translate("CarnetCli", "child protection: about informing the parents"),
    )
    add(
        "--observed",
        default="",
        metavar="ID[,ID#pN…]",
        help=translate("CarnetCli", "child protection: the paragraphs you observed"),
    )
    add(
        "--reported",
        default="",
        metavar="ID[,ID#pN…]",
        help=translate("CarnetCli", "child protection: the paragraphs reported to you"),
    )
    add(
        "--parties", default="", help=translate("CarnetCli", "coordination: professionals involved")
    )
    add("--from", dest="starting", type=_day, metavar="YYYY-MM-DD")
    add("--since", type=_day, metavar="YYYY-MM-DD")
    add("--format", required=True, choices=[f.value for f in ExportFormat])
    add("--out", type=Path, metavar="FILE")
    add("--force", action="store_true", help=translate("CarnetCli", "replace an existing file"))
    add("--preview", action="store_true", help=translate("CarnetCli", "print, write nothing"))
    parser.set_defaults(handler=run_export)


def builder_texts() -> BuilderTexts:
    from PySide6.QtCore import QCoreApplication

    from app.export.labels import format_date, interview_description

    return BuilderTexts(
        organisation=QCoreApplication.translate("CliExport", "Organisation"),
        case_opened=QCoreApplication.translate("CliExport", "Supported since"),
        detail=QCoreApplication.translate("CliExport", "Detail"),
        format_date=format_date,
        describe_interview=interview_description,
    )


def run_export(args: argparse.Namespace, session: Session, out: TextIO = sys.stdout) -> int:
    from PySide6.QtCore import QCoreApplication

    from app.export.text import summary_text
    from app.export.writers import write_summary

    fmt = ExportFormat(args.format)
    if not args.preview and args.out is None:
        raise InvalidInput("Give the file to write with --out, or use --preview.")
    ensure_gui_application()
    selection = selection_from_args(args, session)
    summary = build_summary(outward_reader(session), selection, builder_texts())
    if args.preview:
        _print_preview(session, selection, summary, summary_text(summary), output_for(args, out))
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
    output_for(args, out).emit(data, lines)
    return 0


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
    items = person_items(outward_reader(session), person_id)
    frame = Frame(args.frame)
    author = args.author.strip() or load_author(session)
    if not author:
        raise InvalidInput("Give --author the first time (it is then remembered).")
    interviews = _interview_choices(args.interviews, items)
    selection = Selection(
        person_id=person_id,
        frame=frame,
        recipient=Recipient(args.recipient, args.recipient_role, args.recipient_organisation),
        purpose=args.purpose,
        author=author,
        informed=Informed(args.informed) if args.informed else None,
        informed_reason=args.reason,
        to_person=args.to_person,
        everything=args.everything,
        confirm_support=args.confirm_support,
        label=PersonLabel(args.label),
        interviews=interviews,
        follow_ups=tuple(f.id for f in items.follow_ups) if args.follow_ups else (),
        details=_detail_choices(args.details),
        sources=_sources(args, items, interviews) if frame in CHILD_FRAMES else {},
        concern=ConcernFields(args.minor, args.actions, args.parents_comment, args.danger),
        coordination=CoordinationFields(args.parties, args.starting),
        supported_since=args.since or items.person.case_opened,
    )
    if args.informed is None and asks_informed(selection):
        raise InvalidInput(CONSENT_REQUIRED)
    return selection


def _sources(
    args: argparse.Namespace, items: PersonItems, chosen: tuple[InterviewChoice, ...]
) -> dict[str, FactSource]:
    """Each ticked paragraph's source, as marked with --observed and --reported."""
    marked: dict[str, FactSource] = {}
    for spec, source in (
        (args.observed, FactSource.OBSERVED),
        (args.reported, FactSource.REPORTED),
    ):
        for ref in _refs(_interview_choices(spec, items)):
            if marked.setdefault(ref, source) is not source:
                raise InvalidInput("A paragraph cannot be both observed and reported.")
    missing = [ref for ref in _refs(chosen) if ref not in marked]
    if missing:
        raise InvalidInput(SOURCES_REQUIRED)
    return marked


def _refs(choices: tuple[InterviewChoice, ...]) -> list[str]:
    refs = [paragraph_ref(c.interview_id, i) for c in choices for i in c.paragraphs]
    return refs + [addendum_ref(a) for c in choices for a in c.addenda]


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
