"""What Carnet needs once unlocked, loaded after the first screen has painted.

The unlock screen paints before the rest of the main window (the menus, the
lock, the guards), the vault code, the workspace and their dependencies are
imported: start-up then costs about what a bare Qt window costs
(docs/PERFORMANCE.md). Once the window has painted, each step runs in a turn
of the event loop of its own (none takes more than a few tens of
milliseconds), so the worker can type the passphrase meanwhile: with
`quick_start`, SETUP_MODULES are imported one by one and the window finishes
its set-up; then MODULES are imported one by one and the workspace is built
last. Unlocking before the warm-up ends only means the remaining steps happen
then.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# What the main window's set-up (app/ui/shell/window_setup.py) imports.
SETUP_MODULES = (
    "app.ui.session.clipboard_guard",
    "app.ui.session.dbus_watch",
    "app.ui.shell.lock_controller",  # the first to name `Qt`: PySide6 makes its 93 enums
    "app.ui.session.copy_guard",
    "app.messages.errors",
    "app.ui.shell.vault_upkeep",
    "app.ui.shell.window_chrome",
    "app.core.spelling",
    "app.ui.widgets.spelling",
    "app.ui.shell.window_setup",
)

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

Step = Callable[[], object]


def imports(names: Iterable[str]) -> list[Step]:
    """One step per module, in the order given."""
    return [partial(importlib.import_module, name) for name in names]


class WarmUp(QObject):
    """Waits for `window`'s first paint, then runs `steps`, one per turn of the event loop."""

    def __init__(self, window: QWidget, steps: Sequence[Step]) -> None:
        super().__init__(window)
        self._window = window
        self._pending = list(steps)
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
        """True once every step has run."""
        return self._started and not self._pending

    def _step(self) -> None:
        if self._pending:
            step = self._pending.pop(0)
            if self._pending:
                QTimer.singleShot(0, self._step)
            step()
