"""`carnet-cli demo`: fill an empty vault with a fictitious caseload (demos, benchmarks)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.commands_notes import iso_day
from app.cli.language import translate
from app.cli.output import Output
from app.core.demo import import_demo
from app.core.session import Session


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo",
        help=translate(
            "CarnetCli", "fill an EMPTY vault with a fictitious French caseload (never real notes)"
        ),
    )
    demo.add_argument("--persons", type=int, required=True, metavar="N")
    demo.add_argument("--notes", type=int, required=True, metavar="M")
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        help=translate("CarnetCli", "same seed and day, same caseload"),
    )
    demo.add_argument(
        "--today",
        type=iso_day,
        help=translate("CarnetCli", "reference day YYYY-MM-DD (default: today)"),
    )
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace, session: Session) -> int:
    if sys.stderr.isatty():
        print("Composing and importing the demo caseload…", file=sys.stderr, flush=True)
    report = import_demo(session, args.persons, args.notes, args.seed, args.today)
    featured = ", ".join(
        f"{size} interviews: {' '.join(str(i) for i in ids)}"
        for size, ids in sorted(report.featured.items())
    )
    lines = [
        f"Demo caseload added (seed {args.seed}): {report.persons} persons, "
        f"{report.interviews} interviews, {report.hypotheses} hypotheses, "
        f"{report.follow_ups} follow-ups, {report.addenda} addenda."
    ]
    if featured:
        lines.append(f"Persons with exactly {featured}.")
    Output.from_args(args).emit({"seed": args.seed, **_fields(report)}, lines)
    return 0


def _fields(report: Any) -> dict[str, Any]:
    return {name: getattr(report, name) for name in report.__dataclass_fields__}
