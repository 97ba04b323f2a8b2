"""Tests for app/cli/output.py: JSON conversion and visible match markers."""

from __future__ import annotations

import io
import json
from datetime import date

from app.cli.output import Output, jsonable, marked
from app.domain.models import HIGHLIGHT_END, HIGHLIGHT_START, InterviewDraft, InterviewKind, Theme


def test_dataclasses_enums_and_dates_become_plain_json() -> None:
    """A domain dataclass turns into JSON-ready dicts, strings and lists."""
    draft = InterviewDraft(date(2024, 3, 1), InterviewKind.PHONE, 20, (Theme.BUDGET,))
    assert jsonable({"draft": draft}) == {
        "draft": {
            "held_on": "2024-03-01",
            "kind": "phone",
            "duration_min": 20,
            "themes": ["budget"],
            "requested_by": "person",
        }
    }


def test_json_mode_prints_one_document_and_text_mode_the_lines() -> None:
    """The same emit call gives JSON or the human lines, never both."""
    as_json, as_text = io.StringIO(), io.StringIO()
    Output(True, as_json).emit({"id": 3, "alias": "Léa B."}, ["3"])
    Output(False, as_text).emit({"id": 3}, ["3", "done"])
    assert json.loads(as_json.getvalue()) == {"id": 3, "alias": "Léa B."}
    assert as_text.getvalue() == "3\ndone\n"


def test_snippet_markers_become_brackets() -> None:
    """The control characters around a match are shown as brackets."""
    assert marked(f"un {HIGHLIGHT_START}loyer{HIGHLIGHT_END} impayé") == "un [loyer] impayé"
