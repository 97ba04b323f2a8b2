"""What an unlocked Carnet needs, loaded after the first screen has painted.

The unlock screen paints before the vault code, the workspace and their
dependencies are imported: start-up then costs about what a bare Qt window
costs. Once the window has painted, the rest is imported one module per turn
of the event loop (each a few tens of milliseconds), so the worker can type
the passphrase meanwhile, and the workspace is built last. Unlocking before
the warm-up ends only means the remaining imports happen then.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# In dependency order, so that each step imports little besides its module.
MODULES = (
    "app.storage.connection",
    "app.crypto.keyfile",
    "app.core.session",
    "app.core.vault",
    "app.core.caseload",
    "app.core.snapshots",
    "app.core.verification",
    "app.core.restore",
    "app.core.templates",
    "app.ui.settings.template_defaults",
    "app.ui.widgets.judgement",
    "app.ui.widgets.facts_edit",
    "app.ui.widgets.hypotheses_edit",
    "app.ui.workspace.person_list",
    "app.ui.workspace.person_file",
    "app.ui.workspace.search_panel",
    "app.ui.workspace.interview_editor",
    "app.ui.workspace.workspace",
)


class WarmUp(QObject):
    """Waits for `window`'s first paint, then imports MODULES and calls `finish`."""

    def __init__(self, window: QWidget, finish: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._finish: Callable[[], None] | None = finish
        self._pending = list(MODULES)
        self._started = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._started and watched is self._window and event.type() == QEvent.Type.Paint:
            self._started = True
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._step)
        return False

    @property
    def done(self) -> bool:
        """True once every module is imported and `finish` has run."""
        return self._started and not self._pending and self._finish is None

    def _step(self) -> None:
        if self._pending:
            importlib.import_module(self._pending.pop(0))
            QTimer.singleShot(0, self._step)
            return
        finish, self._finish = self._finish, None
        if finish is not None:
            finish()
