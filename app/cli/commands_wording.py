"""`carnet-cli wording`: the wording check of a text file, as the export step would ask it.

    carnet-cli wording --frame information-preoccupante --file note.txt --json

Needs no vault: it reads one UTF-8 file (at most `MAX_BYTES`) and prints the
findings of the same checker the editor and the export wizard use. With
`--json`, a list of objects: `term`, `category`, `kind`, `start`, `end`
(character offsets in the text), `text` (as written), `question`, `serious`,
`replacement` (a word swap — only ever a name's initials — else `null`),
`offers` (what the worker may do: `describe`, `omit`, `attribute`, `initials`,
`retype`) and `attributed` (the sentence as attribution would give it, or `null`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.context import CliContext
from app.cli.output import Output
from app.core.wording import KNOWN_FRAMES, Finding, Kind, attributed_sentence, check_text
from app.domain.errors import InvalidInput

MAX_BYTES = 1 << 20


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "wording", help="check the wording of a text file for a frame (no vault needed)"
    )
    parser.add_argument("--frame", required=True, choices=KNOWN_FRAMES, help="document frame")
    parser.add_argument("--file", required=True, type=Path, metavar="F", help="UTF-8 text file")
    parser.add_argument(
        "--json",
        dest="json_output",
        action="store_true",
        default=argparse.SUPPRESS,  # keep a global `carnet-cli --json` given before the command
        help="print the findings as a JSON list",
    )
    parser.set_defaults(vault_handler=run_wording)


def run_wording(args: argparse.Namespace, ctx: CliContext) -> int:
    text = read_text_file(args.file)
    findings = check_text(text, args.frame)
    records = [finding_record(text, finding) for finding in findings]
    lines = [
        f"{r['start']}-{r['end']} «{r['text']}» [{r['category']}] {r['question']}" for r in records
    ]
    Output(bool(getattr(args, "json_output", False))).emit(records, lines)
    return 0


def read_text_file(path: Path) -> str:
    """The file's text; too big, unreadable or not UTF-8 is a plain InvalidInput."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"{path} is larger than {MAX_BYTES // 1024} KiB; check a shorter text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"{path} is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again."
        ) from exc


def finding_record(text: str, finding: Finding) -> dict[str, Any]:
    """One finding as a plain JSON object, its question in the command line's language."""
    from PySide6.QtCore import QCoreApplication

    attributed = None
    if finding.can_attribute:
        start, end = finding.sentence
        prefix = QCoreApplication.translate("Wording", "The person says that")
        attributed = attributed_sentence(text[start:end], prefix)
    return {
        "term": finding.term,
        "category": finding.category,
        "kind": finding.kind.value,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
        "question": QCoreApplication.translate("Wording", finding.question),
        "serious": finding.serious,
        "replacement": finding.replacement,
        "offers": _offers(finding),
        "attributed": attributed,
    }


def _offers(finding: Finding) -> list[str]:
    offers = ["describe"] if finding.kind is Kind.JUDGEMENT else []
    if finding.replacement is not None:
        offers.append("initials")
    if finding.can_attribute:
        offers.append("attribute")
    if finding.can_omit:
        offers.append("omit")
    return [*offers, "retype"]
