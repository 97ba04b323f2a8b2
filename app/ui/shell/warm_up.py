"""What Carnet needs once unlocked, loaded after the first screen has painted.

The unlock screen paints before the rest of the main window (the menus, the
lock, the guards), the vault code, the workspace and their dependencies are
imported: start-up then costs about what a bare Qt window costs
(docs/PERFORMANCE.md). Once the window has painted, each step runs in a turn
of the event loop of its own (none takes more than a few tens of
milliseconds), so the worker can type the passphrase meanwhile: with
`quick_start`, SETUP_MODULES are imported one by one and the window makes its
menus and lock; then MODULES are imported one by one, the wording lexicon is
read on the thread pool, the workspace is built and, with `quick_start`, the
copy guard is installed last. Unlocking before the warm-up ends only means
the remaining steps happen then.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.shell.tasks import Task

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
    "app.ui.shell.about",
    "app.ui.widgets.icons",
    "app.ui.widgets.spelling",
)

# In dependency order, so that each step imports little besides its module
# (a step that imported 100 ms of modules at once would freeze the screen).
MODULES = (
    "app.storage.connection",  # SQLCipher
    "app.crypto.kdf",  # Argon2
    "app.crypto.keyfile",  # cryptography
    "app.domain.models",
    "app.storage.lockfile",  # filelock
    "app.core.session",
    "app.core.device",
    "app.storage.sealed",
    "app.core.sealing",
    "app.core.vault",
    "app.core.caseload",
    "app.core.snapshots",
    "app.core.verification",
    "app.core.backup",
    "app.core.restore",
    "app.core.templates",
    "app.ui.settings.template_defaults",
    "app.core.wording_names",
    "app.core.wording_lexicon",
    "app.core.wording",
    "app.ui.widgets.judgement",
    "app.ui.widgets.facts_edit",
    "app.ui.widgets.hypotheses_edit",
    "html",
    "app.domain.summary",
    "app.core.register",
    "app.core.retention",
    "app.ui.backups.backup_dialogs",
    "app.ui.records.past_term_view",
    "app.ui.records.refusal_dialog",
    "app.ui.workspace",  # its package imports the whole workspace
)


class InBackground:
    """A step that runs on the thread pool (pure Python, no widget); the next one waits for it."""

    def __init__(self, work: Callable[[], object]) -> None:
        self.work = work


Step = Callable[[], object] | InBackground


def imports(names: Iterable[str]) -> list[Step]:
    """One step per module, in the order given."""
    return [partial(importlib.import_module, name) for name in names]


def _read_lexicon() -> object:
    from app.core.wording_lexicon import default_lexicon

    return default_lexicon()  # compiling its pattern takes about 0.1 s


# Read off the GUI thread before the workspace is built, since its editors use it.
READ_LEXICON = InBackground(_read_lexicon)


class WarmUp(QObject):
    """Waits for `window`'s first paint, then runs `steps`, one per turn of the event loop."""

    def __init__(self, window: QWidget, steps: Sequence[Step]) -> None:
        super().__init__(window)
        self._window = window
        self._pending = list(steps)
        self._task: Task | None = None  # the step running on the thread pool, if any
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
        return self._started and not self._pending and self._task is None

    def _step(self) -> None:
        if not self._pending:
            return
        step = self._pending.pop(0)
        if isinstance(step, InBackground):
            from app.ui.shell.tasks import run_in_background

            self._task = run_in_background(step.work, self._next, self._next)
            return
        try:
            step()
        finally:
            self._next()

    def _next(self, _result: object = None) -> None:
        self._task = None
        if self._pending:
            # A timer, not a posted call (0 ms): input and paints are served between two steps.
            QTimer.singleShot(1, self._step)
