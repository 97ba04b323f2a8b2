"""Words the summary builder prints itself; the interface passes them translated."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.domain.models import InterviewKind, Theme


def _english_interview(kind: InterviewKind, themes: tuple[Theme, ...]) -> str:
    words = kind.value.replace("_", " ")
    return f"{words} — {', '.join(t.value for t in themes)}" if themes else words


@dataclass(frozen=True, slots=True)
class BuilderTexts:
    """Labels of the person's details, and how dates and interviews are put in words."""

    organisation: str = "Organisation"
    case_opened: str = "Supported since"
    detail: str = "Detail"
    format_date: Callable[[date], str] = date.isoformat
    describe_interview: Callable[[InterviewKind, tuple[Theme, ...]], str] = _english_interview


ENGLISH = BuilderTexts()
