"""What the workspace's parts may ask of the workspace: the open vault, navigation, messages.

The parts (`WorkspaceOps`, `RecordsOps`, the pending-edits functions) receive
the widgets they act on and this small interface; they never import the
workspace, and tell it what happened through their own signals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from app.core.caseload import Caseload
from app.core.session import Session
from app.domain.ids import InterviewId, PersonId


@dataclass(frozen=True, slots=True)
class WorkspaceState:
    """Where the worker was: kept by the shell across a lock (ids only, no text)."""

    person_id: PersonId | None = None
    interview_id: InterviewId | None = None


class WorkspaceHost(Protocol):
    """The workspace as its parts see it."""

    @property
    def session(self) -> Session | None: ...

    @property
    def caseload(self) -> Caseload | None: ...

    @property
    def person_id(self) -> PersonId | None: ...

    def open_person(self, person_id: PersonId, quiet: bool = False) -> bool:
        """Show a person's file; False if it cannot be shown (or typing cannot be saved)."""
        ...

    def open_interview(self, interview_id: InterviewId, quiet: bool = False) -> bool:
        """Open an interview in the editor; False if it cannot be opened."""
        ...

    def refresh_rows(self) -> None:
        """Reload the persons list."""
        ...

    def report(self, exc: BaseException) -> None:
        """Say what went wrong, in plain words, in the message bar and the status bar."""
        ...

    def say(self, text: str) -> None:
        """A short message in the status bar."""
        ...

    def flush(self) -> None:
        """Save what is being typed now; raises the CarnetError if it cannot."""
        ...

    def show_overlay(self, page: QWidget) -> None:
        """Show a page over the current one; closing it comes back here."""
        ...

    def close_overlay(self) -> None:
        """Back to the page the overlay was opened from."""
        ...
