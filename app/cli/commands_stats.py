"""`carnet-cli stats`: the activity figures of a period, counts only.

    carnet-cli --vault V stats --from 2026-01-01 --to 2026-12-31 [--format txt|csv|json|pdf|ods]
        [--out FILE]
    carnet-cli --vault V --json stats --year 2026

Every count from 1 to 2 (below the vault's threshold) is "<3", in every format.
Without --out, text, CSV and JSON are printed; PDF and ODS need --out.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from app.cli.language import ensure_gui_application, translate
from app.cli.output import output_for
from app.core.activity import checked_period, quarter_period, session_figures, year_period
from app.core.session import Session
from app.domain.activity import Period
from app.domain.errors import InvalidInput

FORMATS = ("txt", "csv", "json", "pdf", "ods")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from exc


def register(subparsers: Any) -> None:
    stats = subparsers.add_parser(
        "stats", help=translate("CarnetCli", "activity figures of a period (counts only, no name)")
    )
    stats.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD")
    stats.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD")
    stats.add_argument("--year", type=int, metavar="YYYY")
    stats.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), metavar="Q")
    stats.add_argument("--format", choices=FORMATS, default=None)
    stats.add_argument("--out", type=Path, metavar="FILE")
    stats.set_defaults(handler=run_stats)


def period_from_args(args: argparse.Namespace) -> Period:
    if args.year is not None:
        if args.start or args.end:
            raise InvalidInput("Give either --year (and --quarter) or --from and --to.")
        if args.quarter is not None:
            return quarter_period(args.year, args.quarter)
        return year_period(args.year)
    if args.start is None or args.end is None:
        raise InvalidInput("Give the period: --from YYYY-MM-DD --to YYYY-MM-DD, or --year.")
    return checked_period(args.start, args.end)


def run_stats(args: argparse.Namespace, session: Session, out: TextIO = sys.stdout) -> int:
    ensure_gui_application()
    from app.export.activity_render import FiguresFormat, render_figures, write_figures

    figures = session_figures(session, period_from_args(args))
    json_mode = output_for(args, out).json_mode
    fmt = FiguresFormat(args.format or ("json" if json_mode else "txt"))
    if args.out is not None:
        write_figures(figures, fmt, args.out)
        done = translate("CarnetCli", "Written:")
        output_for(args, out).emit(
            {"path": str(args.out), "format": fmt.value}, [f"{done} {args.out}"]
        )
        return 0
    if fmt in (FiguresFormat.PDF, FiguresFormat.ODS):
        raise InvalidInput("PDF and ODS are written to a file: add --out FILE.")
    out.write(render_figures(figures, fmt).decode("utf-8").lstrip("\ufeff"))
    return 0
