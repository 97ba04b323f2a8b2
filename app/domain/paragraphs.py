"""How a note is cut into paragraphs, and what its first written line is.

Paragraphs are separated by blank lines. A template heading ("Motif de
l'entretien :", "Next steps:") also starts a paragraph of its own, even when
the worker typed the answer on the blank line under the previous heading and
so removed the blank line: each section of a template note stays its own
paragraph, to be ticked (or not) separately in an export.
"""

from __future__ import annotations

import re
from itertools import groupby

MAX_HEADING = 60
# A short line ending with a colon (French puts a space before it), not a list item.
_HEADING = re.compile(r"^[^\W\d_][^\n.!?;:]*\s?:$")


def is_heading(line: str) -> bool:
    """Whether `line` reads as a template heading: short, ends with a colon."""
    clean = line.strip()
    return 0 < len(clean) <= MAX_HEADING and _HEADING.match(clean) is not None


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


def first_written_line(text: str) -> str:
    """The first line the worker wrote: a bare heading (nothing under it) is skipped."""
    lines = [line.strip() for line in _lines(text) if line.strip()]
    for index, line in enumerate(lines):
        if not is_heading(line):
            return line
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if following and not is_heading(following):
            return following
    return ""
