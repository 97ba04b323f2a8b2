"""The desktop workspace: persons, a person's file, the interview editor, search, follow-ups."""

from app.ui.workspace.host import WorkspaceState
from app.ui.workspace.templates import FIRST_INTERVIEW, HOME_VISIT, PHONE_CALL, TEMPLATE_KEYS
from app.ui.workspace.workspace import Workspace

__all__ = [
    "FIRST_INTERVIEW",
    "HOME_VISIT",
    "PHONE_CALL",
    "TEMPLATE_KEYS",
    "Workspace",
    "WorkspaceState",
]
