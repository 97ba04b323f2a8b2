"""The workspace in the main window: made once, opened on a session, rebuilt in a new language.

Mixed into `MainWindow`, whose members it declares below, so mypy checks every
use. Light at import, like window_setup.py: the workspace and what it needs
are imported only when it is made (docs/PERFORMANCE.md, start-up).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.domain.errors import CarnetError

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from app.core.caseload import Caseload
    from app.core.session import Session
    from app.ui.session.clipboard_guard import SensitiveClipboard
    from app.ui.shell.lock_controller import LockController
    from app.ui.shell.preferences import Preferences
    from app.ui.shell.shortcuts import WindowShortcuts
    from app.ui.shell.window_chrome import WindowChrome
    from app.ui.workspace.workspace import Workspace

WORKSPACE_SPLITTER = "workspace"
WorkspaceFactory = Callable[[QWidget, "SensitiveClipboard"], "Workspace"]


def default_workspace(parent: QWidget, clipboard: SensitiveClipboard) -> Workspace:
    # Imported here: the workspace is heavy and only needed once unlocked.
    from app.ui.workspace.workspace import Workspace

    return Workspace(parent, clipboard=clipboard)


class WindowWorkspace:
    """The part of the main window that makes, opens and rebuilds the workspace."""

    workspace: Workspace | None
    # Provided by MainWindow and WindowSetup.
    _workspace_factory: WorkspaceFactory
    _session: Session | None
    _caseload: Caseload | None
    _shortcuts: WindowShortcuts | None
    preferences: Preferences
    pages: QStackedWidget
    clipboard: SensitiveClipboard
    lock: LockController
    chrome: WindowChrome
    notes_menu: QMenu
    privacy_action: QAction

    if TYPE_CHECKING:  # provided by MainWindow, WindowSetup and VaultReplacement

        def show_status(self, message: str) -> None: ...
        def _set_unlocked_ui(self, unlocked: bool) -> None: ...
        def _make_parts(self) -> None: ...
        def _widget(self) -> QWidget: ...

    def _ensure_workspace(self) -> Workspace:
        if self.workspace is None:
            from PySide6.QtWidgets import QSplitter

            from app.ui.shell.shortcuts import WindowShortcuts

            self._make_parts()  # the menus and the clipboard (the copy guard may come later)
            window = self._widget()
            workspace = self._workspace_factory(window, self.clipboard)
            workspace.setObjectName("workspace")
            workspace.status_message.connect(self.show_status)
            self.pages.addWidget(workspace)
            self.notes_menu.addActions(workspace.actions())
            self.chrome.set_workspace_actions(workspace.actions())
            if self._shortcuts is not None:
                self._shortcuts.deleteLater()
            self._shortcuts = WindowShortcuts(window, [*workspace.actions(), self.lock.action])
            self.lock.set_workspace(workspace)
            self.workspace = workspace
            splitter = getattr(workspace, "splitter", None)
            state = self.preferences.splitter_state(WORKSPACE_SPLITTER)
            if isinstance(splitter, QSplitter) and state is not None:
                splitter.restoreState(state)
        return self.workspace

    def _prepare_workspace(self) -> None:
        # Failing here is not the worker's business yet; unlocking reports it.
        with contextlib.suppress(Exception):
            self._ensure_workspace()

    def _open_workspace(self, state: Any) -> None:
        assert self._session is not None and self._caseload is not None
        try:
            workspace = self._ensure_workspace()
            workspace.set_privacy_mode(self.privacy_action.isChecked())
            # Read before open_session starts its background queries, which hold
            # the database while they run.
            templates = self._templates()
            workspace.open_session(self._session, self._caseload, state)
            workspace.set_templates(templates)
        except Exception as exc:  # a plain message, then back behind the lock
            from app.ui.shell.errors import show_error
            from app.ui.shell.lock_controller import LockReason

            show_error(self._widget(), exc)
            self.lock.lock(LockReason.SYSTEM)
            return
        self.pages.setCurrentWidget(workspace)
        self._set_unlocked_ui(True)
        workspace.focus_start()

    def _templates(self) -> dict[str, str]:
        assert self._session is not None
        from app.core.templates import load_templates
        from app.ui.settings.template_defaults import default_templates

        templates = load_templates(self._session, default_templates())
        return {kind.value: text for kind, text in templates.items()}

    def apply_templates(self) -> None:
        """Hand the vault's interview templates (or the defaults) to the workspace."""
        if self.workspace is not None and self._session is not None and self._session.is_open:
            self.workspace.set_templates(self._templates())

    def rebuild_workspace(self) -> None:
        """The language changed: build the workspace again in it, back where the worker was."""
        old = self.workspace
        if old is None:
            return
        unlocked = self._session is not None and self._session.is_open
        pending = None
        try:
            if unlocked:
                old.flush()
        except CarnetError:  # not saved (a full disk): the text crosses over in memory
            pending = old.take_pending()
        state = old.state() if unlocked else None
        old.clear()
        for action in old.actions():
            self.notes_menu.removeAction(action)
        self.chrome.set_workspace_actions([])
        self.pages.removeWidget(old)
        self.lock.set_workspace(None)
        old.deleteLater()
        self.workspace = None
        if unlocked:
            self._open_workspace(state)
        if pending is not None:
            self._hand_over_unsaved(pending)

    def _hand_over_unsaved(self, pending: Any) -> None:
        # The window's context: self.tr here would look in this mixin's, which Qt never asks.
        message = QCoreApplication.translate(
            "MainWindow",
            "A change is not saved yet: it is back in the editor and Carnet is saving it again.",
        )
        if self.workspace is None or not self.workspace.restore_pending(pending, message):
            self.lock.keep_pending(pending)  # handed back at the next unlock
