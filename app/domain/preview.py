"""The one line that stands for a note in lists: the first thing the worker wrote.

A template's headings ("Motif de l'entretien :") say nothing about this
interview, so a line that only ends a heading is passed over. The preview is
stored beside the note (in the timeline's covering index), so opening a
person's file reads no page of the notes themselves.
"""

from __future__ import annotations

PREVIEW_CHARS = 100
_HEADING_END = (":", "\u00a0:", " :")


def is_heading(line: str) -> bool:
    """A line with nothing after its colon: a template heading waiting for an answer."""
    return line.rstrip().endswith(_HEADING_END)


def facts_preview(facts: str, limit: int = PREVIEW_CHARS) -> str:
    """The first written line of `facts` that is not a bare heading, cut at `limit`."""
    for raw in facts.splitlines():
        line = raw.strip()
        if line and not is_heading(line):
            return line[:limit]
    return ""
