"""The workspace's actions, with shortcuts, for the shell's menus and toolbar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


@dataclass(frozen=True, slots=True)
class WorkspaceActions:
    new_person: QAction
    new_interview: QAction
    search: QAction
    find_in_file: QAction
    follow_ups: QAction
    finalise: QAction

    def all(self) -> list[QAction]:
        return [
            self.new_person,
            self.new_interview,
            self.search,
            self.find_in_file,
            self.follow_ups,
            self.finalise,
        ]


Shortcut = QKeySequence | QKeySequence.StandardKey | str


def _action(parent: QWidget, name: str, text: str, tip: str, shortcut: Shortcut) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})")
    action.setEnabled(False)
    parent.addAction(action)  # shortcuts work even before the shell puts them in a menu
    return action


def make_actions(parent: QWidget) -> WorkspaceActions:
    return WorkspaceActions(
        new_person=_action(
            parent,
            "actionNewPerson",
            _t("New &person…"),
            _t("Add a person (only an alias is needed)"),
            "Ctrl+N",
        ),
        new_interview=_action(
            parent,
            "actionNewInterview",
            _t("New &interview"),
            _t("Start a new interview note"),
            "Ctrl+Shift+N",
        ),
        search=_action(
            parent, "actionSearch", _t("&Search…"), _t("Search every person's notes"), "Ctrl+K"
        ),
        find_in_file=_action(
            parent,
            "actionFindInFile",
            _t("&Find in this file…"),
            _t("Search the notes of the current person"),
            QKeySequence.StandardKey.Find,
        ),
        follow_ups=_action(
            parent,
            "actionFollowUps",
            _t("Follow-ups &due"),
            _t("Everything due this week, across persons"),
            "Ctrl+Shift+D",
        ),
        finalise=_action(
            parent,
            "actionFinalise",
            _t("Finali&se the note…"),
            _t("Make the facts read only; corrections become dated addenda"),
            "Ctrl+Shift+Return",
        ),
    )
