"""The desktop workspace: persons, a person's file, the interview editor, search, follow-ups.

The names below load on first use (PEP 562), so that the warm-up after the
first paint (app/ui/shell/warm_up.py) can import the workspace's modules one
by one instead of all at once through this package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.ui.workspace.host import WorkspaceState
    from app.ui.workspace.templates import (
        FIRST_INTERVIEW,
        HOME_VISIT,
        PHONE_CALL,
        TEMPLATE_KEYS,
    )
    from app.ui.workspace.workspace import Workspace

_WHERE = {
    "FIRST_INTERVIEW": "templates",
    "HOME_VISIT": "templates",
    "PHONE_CALL": "templates",
    "TEMPLATE_KEYS": "templates",
    "Workspace": "workspace",
    "WorkspaceState": "host",
}

__all__ = [
    "FIRST_INTERVIEW",
    "HOME_VISIT",
    "PHONE_CALL",
    "TEMPLATE_KEYS",
    "Workspace",
    "WorkspaceState",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
