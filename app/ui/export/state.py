"""What the export wizard's pages share, typed: one object instead of method-name lookups.

The wizard makes one `ExportState` and hands it to each page. The first step
writes the frame and whether the recipient is the person; the wizard fills in
the two services the later steps call. mypy checks every use, so renaming a
field or a service cannot silently empty a page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.summary_wording import Flag
from app.domain.summary import Frame, Summary


def _no_summary() -> Summary:
    raise LookupError("The wizard has not connected its summary builder yet.")


def _no_problem() -> str:
    return ""


def _no_check() -> tuple[Summary | None, list[Flag]]:
    return None, []


def _no_recheck(_summary: Summary) -> list[Flag]:
    return []


@dataclass
class ExportState:
    """The choices the pages read, and the wizard's services they call."""

    frame: Frame | None = None
    to_person: bool = False  # the recipient is the person themself
    everything: bool = False  # the person's copy holds everything (access right)
    summary: Summary | None = None  # the summary last previewed: the one to write
    # Builds the summary to preview: the choices, then the accepted wording changes.
    build_summary: Callable[[], Summary] = _no_summary
    # What the core would refuse in the choices as they stand, in words ("" if nothing).
    refusal: Callable[[], str] = _no_problem
    # The wording check of the summary as chosen, and again after each change.
    wording_check: Callable[[], tuple[Summary | None, list[Flag]]] = _no_check
    recheck_wording: Callable[[Summary], list[Flag]] = _no_recheck
