"""How a note is cut into paragraphs (its one-line preview is in `preview.py`).

Paragraphs are separated by blank lines. A template heading ("Motif de
l'entretien :", "Next steps:") also starts a paragraph of its own, even when
the worker typed the answer on the blank line under the previous heading and
so removed the blank line: each section of a template note stays its own
paragraph, to be ticked (or not) separately in an export.
"""

from __future__ import annotations

import re
from itertools import groupby

from app.domain import preview

MAX_HEADING = 60
# Starts with a letter, no sentence inside: not a list item, a time or a quoted sentence.
_HEADING_SHAPE = re.compile(r"^[^\W\d_][^\n.!?;:]*\s?:$")


def is_heading(line: str) -> bool:
    """A template heading: a line ending with its colon (as in the preview), short and plain."""
    clean = line.strip()
    return (
        preview.is_heading(clean)
        and len(clean) <= MAX_HEADING
        and _HEADING_SHAPE.match(clean) is not None
    )


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs of `text`: cut on blank lines and before every heading line."""
    result: list[str] = []
    for is_blank, group in groupby(_lines(text), key=lambda line: not line.strip()):
        if is_blank:
            continue
        current: list[str] = []
        for line in group:
            if current and is_heading(line):
                result.append("\n".join(current))
                current = []
            current.append(line)
        result.append("\n".join(current))
    return tuple(result)
