"""Caseload commands: person add/list, note add, search."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.language import translate
from app.cli.output import Output, marked
from app.cli.private_output import require_terminal
from app.core.caseload import Caseload
from app.core.session import Session
from app.domain.errors import InvalidInput
from app.domain.ids import PersonId
from app.domain.models import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    InterviewDraft,
    InterviewKind,
    PersonDraft,
    Requester,
    SearchHit,
    Theme,
)

MAX_FIELD_BYTES = 1024 * 1024  # per input file (facts, hypotheses): 1 MiB, about 500 pages

SEALED_ELSEWHERE = (
    "The working hypotheses were not searched: they are sealed to the computer where they "
    "were written and cannot be read on this one (nothing is lost there)."
)


def iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from exc


def register(subparsers: Any) -> None:
    person = subparsers.add_parser(
        "person", help=translate("CarnetCli", "add or list persons supported")
    )
    actions = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("CarnetCli", "add a person; prints the new id"))
    add.add_argument(
        "alias",
        help=translate("CarnetCli", "display name or alias (e.g. a first name and an initial)"),
    )
    add.add_argument(
        "--organisation", default="", help=translate("CarnetCli", "client company or organisation")
    )
    add.set_defaults(handler=run_person_add)
    listing = actions.add_parser(
        "list", help=translate("CarnetCli", "every person, most recent contact first")
    )
    listing.set_defaults(handler=run_person_list)

    note = subparsers.add_parser("note", help=translate("CarnetCli", "add an interview note"))
    note_actions = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    note_add = note_actions.add_parser(
        "add", help=translate("CarnetCli", "add an interview; prints its id")
    )
    note_add.add_argument("person_id", type=int, metavar="PERSON_ID")
    note_add.add_argument(
        "--date", type=iso_day, help=translate("CarnetCli", "YYYY-MM-DD (default: today)")
    )
    note_add.add_argument("--kind", choices=[k.value for k in InterviewKind], default="office")
    note_add.add_argument("--theme", action="append", choices=[t.value for t in Theme])
    note_add.add_argument("--requested-by", choices=[r.value for r in Requester], default="person")
    note_add.add_argument(
        "--facts-file",
        required=True,
        metavar="F",
        help=translate("CarnetCli", "UTF-8 text, at most 1 MiB; - is stdin"),
    )
    note_add.add_argument(
        "--hypotheses-file",
        metavar="H",
        help=translate("CarnetCli", "private working hypotheses (UTF-8, at most 1 MiB)"),
    )
    note_add.set_defaults(handler=run_note_add)

    search = subparsers.add_parser(
        "search", help=translate("CarnetCli", "full-text search of facts and addenda")
    )
    search.add_argument(
        "terms", help=translate("CarnetCli", "words to find; end one with * to match a prefix")
    )
    search.add_argument(
        "--limit",
        type=int,
        default=20,
        help=translate("CarnetCli", "at most this many hits (1-500)"),
    )
    search.add_argument(
        "--include-hypotheses",
        action="store_true",
        help=translate("CarnetCli", "also search the private hypotheses"),
    )
    search.add_argument(
        "--person",
        type=int,
        metavar="ID",
        help=translate("CarnetCli", "only within this person's file"),
    )
    search.set_defaults(handler=run_search)


def run_person_add(args: argparse.Namespace, session: Session) -> int:
    person_id = Caseload(session).add_person(PersonDraft(args.alias, args.organisation))
    Output.from_args(args).emit({"id": person_id}, [str(person_id)])
    return 0


def run_person_list(args: argparse.Namespace, session: Session) -> int:
    rows = Caseload(session).person_rows(date.today())
    lines = []
    for row in rows:
        flags = [f"{row.overdue_follow_ups} overdue"] if row.overdue_follow_ups else []
        flags += ["closed"] if row.case_closed else []
        flags += ["past retention term"] if row.past_term else []
        last = row.last_contact.isoformat() if row.last_contact else "-"
        extra = f"  ({', '.join(flags)})" if flags else ""
        lines.append(f"{row.id:>6}  {row.alias}  [{row.organisation or '-'}]  last: {last}{extra}")
    Output.from_args(args).emit({"persons": rows}, lines or ["No person yet."])
    return 0


def _read_bounded(path: str, limit: int) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read(limit + 1)
    with Path(path).open("rb") as handle:
        return handle.read(limit + 1)


def read_text(path: str, limit: int = MAX_FIELD_BYTES) -> str:
    """A UTF-8 text file (or stdin for "-") of at most `limit` bytes: never more is read,
    so /dev/zero or a 20 MB file is refused at once, before anything is written."""
    try:
        data = _read_bounded(path, limit)
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror}.") from exc
    if len(data) > limit:
        raise InvalidInput(f"{path} is larger than {limit // 1024} KiB; nothing was saved.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path} is not UTF-8 text; nothing was saved.") from exc
    if "\x00" in text:
        raise InvalidInput(f"{path} holds NUL characters, so it is not text; nothing was saved.")
    return text


def run_note_add(args: argparse.Namespace, session: Session) -> int:
    caseload, person_id = Caseload(session), PersonId(args.person_id)
    facts = read_text(args.facts_file)
    hypotheses = read_text(args.hypotheses_file).strip() if args.hypotheses_file else ""
    held_on = args.date or date.today()
    draft = InterviewDraft(
        held_on=held_on,
        kind=InterviewKind(args.kind),
        themes=tuple(dict.fromkeys(Theme(t) for t in args.theme or ())),
        requested_by=Requester(args.requested_by),
    )
    # One transaction, after every check: a refused field leaves no interview behind.
    interview_id, hypothesis_id = caseload.add_note(person_id, draft, facts, hypotheses)
    Output.from_args(args).emit(
        {"interview_id": interview_id, "hypothesis_id": hypothesis_id}, [str(interview_id)]
    )
    return 0


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    snippet = hit.snippet
    return {
        "source": "hypothesis" if hit.is_hypothesis else "facts",
        "is_hypothesis": hit.is_hypothesis,
        "person_id": hit.person_id,
        "alias": hit.alias,
        "interview_id": hit.interview_id,
        "hypothesis_id": hit.hypothesis_id,
        "date": hit.held_on,
        "snippet": snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, ""),
        "matches": [part.split(HIGHLIGHT_END)[0] for part in snippet.split(HIGHLIGHT_START)[1:]],
    }


def _hit_lines(hit: SearchHit) -> list[str]:
    label = "HYPOTHESIS (private, never shared)" if hit.is_hypothesis else "facts"
    when = hit.held_on.isoformat() if hit.held_on else "----------"
    where = f"interview {hit.interview_id}" if hit.interview_id is not None else "no interview"
    return [f"{when}  {hit.alias} (person {hit.person_id}), {where}  [{label}]",
            f"    {marked(hit.snippet)}"]  # fmt: skip


def run_search(args: argparse.Namespace, session: Session) -> int:
    if args.include_hypotheses and session.hypotheses_here:
        require_terminal()  # before anything is searched or printed (none if sealed elsewhere)
    if not 1 <= args.limit <= 500:
        raise InvalidInput("--limit is between 1 and 500.")
    person = PersonId(args.person) if args.person is not None else None
    hits = Caseload(session).search(args.terms, args.limit, args.include_hypotheses, person)
    lines = [line for hit in hits for line in _hit_lines(hit)] or ["No match."]
    data: dict[str, Any] = {"query": args.terms, "hits": [_hit_json(hit) for hit in hits]}
    if args.include_hypotheses and not session.hypotheses_here:
        data["hypotheses_not_searched"] = SEALED_ELSEWHERE
        lines.append(SEALED_ELSEWHERE)
    Output.from_args(args).emit(data, lines)
    return 0
