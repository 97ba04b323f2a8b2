"""The main window's menus, actions and toolbar, and their texts.

Kept apart so the window holds behaviour only. Texts keep the "MainWindow"
translation context, where their French lives.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.ui.widgets.icons import set_icon

translate = QCoreApplication.translate

# The workspace's actions a worker reaches for most, shown in the toolbar too.
TOOLBAR_ACTIONS = ("actionNewPerson", "actionSearch", "actionFollowUps", "actionRegister")


class WindowChrome:
    """Builds the File, Notes, View and Help menus and the toolbar on `window`."""

    def __init__(
        self,
        window: QMainWindow,
        lock_action: QAction,
        *,
        privacy_on: bool,
        open_settings: Callable[[], None],
        set_privacy_mode: Callable[[bool], None],
        show_about: Callable[[], None],
    ) -> None:
        self.settings_action = QAction(window)
        self.settings_action.setObjectName("settings_action")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(open_settings)
        self.quit_action = QAction(window)
        self.quit_action.setObjectName("quit_action")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(window.close)
        self.privacy_action = QAction(window)
        self.privacy_action.setObjectName("privacy_action")
        self.privacy_action.setCheckable(True)
        self.privacy_action.setChecked(privacy_on)
        self.privacy_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.privacy_action.toggled.connect(set_privacy_mode)
        self.about_action = QAction(window)
        self.about_action.setObjectName("about_action")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(show_about)
        for action, name in (
            (lock_action, "lock"),
            (self.settings_action, "settings"),
            (self.quit_action, "log-out"),
            (self.privacy_action, "eye-off"),
            (self.about_action, "info"),
        ):
            set_icon(action, name)
        self._build_menus(window, lock_action)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._lock_action = lock_action
        self._workspace_tools: list[QAction] = []
        self._tools_visible = False
        self._separator = self.toolbar.addSeparator()
        self.toolbar.addAction(lock_action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_menus(self, window: QMainWindow, lock_action: QAction) -> None:
        self.file_menu = QMenu(window)
        self.file_menu.addAction(lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.notes_menu = QMenu(window)
        self.notes_menu.setObjectName("notes_menu")
        self.view_menu = QMenu(window)
        self.view_menu.addAction(self.privacy_action)
        self.help_menu = QMenu(window)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.notes_menu, self.view_menu, self.help_menu):
            window.menuBar().addMenu(menu)

    def set_workspace_actions(self, actions: list[QAction]) -> None:
        """The workspace's main actions in the toolbar, before Lock; [] takes them out."""
        for action in self._workspace_tools:
            self.toolbar.removeAction(action)
        self._workspace_tools = [a for a in actions if a.objectName() in TOOLBAR_ACTIONS]
        self.toolbar.insertActions(self._separator, self._workspace_tools)
        self.show_workspace_tools(self._tools_visible)

    def show_workspace_tools(self, visible: bool) -> None:
        """Behind the lock the toolbar holds Lock alone."""
        self._tools_visible = visible
        for action in self._workspace_tools:
            action.setVisible(visible)
        self._separator.setVisible(visible and bool(self._workspace_tools))

    def retranslate(self) -> None:
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.notes_menu.setTitle(translate("MainWindow", "&Notes"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.settings_action.setText(translate("MainWindow", "&Settings…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.privacy_action.setText(translate("MainWindow", "&Privacy mode"))
        self.privacy_action.setStatusTip(
            translate("MainWindow", "Hide names on screen, for when someone may see it")
        )
        self.about_action.setText(translate("MainWindow", "&About Carnet"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Main toolbar"))
