"""The workspace's actions, with shortcuts, for the shell's menus and toolbar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.widgets.icons import set_icon

# Each action's icon in the bundled set (resources/icons/lucide/).
ACTION_ICONS = {
    "actionNewPerson": "user-plus",
    "actionNewInterview": "file-plus",
    "actionSearch": "search",
    "actionFindInFile": "file-search",
    "actionFollowUps": "list-todo",
    "actionPastTerm": "archive",
    "actionFinalise": "file-check",
    "actionExportSummary": "send",
    "actionRegister": "scroll-text",
    "actionStatistics": "chart-column",
    "actionHandover": "package",
    "actionTakeOver": "package-open",
}


@dataclass(frozen=True, slots=True)
class WorkspaceActions:
    new_person: QAction
    new_interview: QAction
    search: QAction
    find_in_file: QAction
    follow_ups: QAction
    past_term: QAction
    finalise: QAction
    export_summary: QAction
    register: QAction
    statistics: QAction
    handover: QAction
    take_over: QAction

    def all(self) -> list[QAction]:
        return [
            self.new_person,
            self.new_interview,
            self.search,
            self.find_in_file,
            self.follow_ups,
            self.past_term,
            self.finalise,
            self.export_summary,
            self.register,
            self.statistics,
            self.handover,
            self.take_over,
        ]

    def enable(self, is_open: bool, has_person: bool, finalisable: bool) -> None:
        """What a vault, a person shown and a draft in the editor make possible."""
        for action in (self.new_person, self.search, self.follow_ups):
            action.setEnabled(is_open)
        self.new_interview.setEnabled(is_open and has_person)
        self.find_in_file.setEnabled(is_open and has_person)
        self.finalise.setEnabled(is_open and finalisable)


Shortcut = QKeySequence | QKeySequence.StandardKey | str


def _action(parent: QWidget, name: str, text: str, tip: str, shortcut: Shortcut) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})")
    action.setEnabled(False)
    set_icon(action, ACTION_ICONS[name])
    parent.addAction(action)  # shortcuts work even before the shell puts them in a menu
    return action


def make_actions(parent: QWidget) -> WorkspaceActions:
    return WorkspaceActions(
        new_person=_action(
            parent,
            "actionNewPerson",
            QCoreApplication.translate("Workspace", "Add a &person…"),
            QCoreApplication.translate("Workspace", "Add a person (only an alias is needed)"),
            "Ctrl+N",
        ),
        new_interview=_action(
            parent,
            "actionNewInterview",
            QCoreApplication.translate("Workspace", "New &interview"),
            QCoreApplication.translate("Workspace", "Start a new interview note"),
            "Ctrl+Shift+N",
        ),
        search=_action(
            parent,
            "actionSearch",
            QCoreApplication.translate("Workspace", "&Search…"),
            QCoreApplication.translate("Workspace", "Search every person's notes"),
            "Ctrl+K",
        ),
        find_in_file=_action(
            parent,
            "actionFindInFile",
            QCoreApplication.translate("Workspace", "&Find in this file…"),
            QCoreApplication.translate("Workspace", "Search the notes of the current person"),
            QKeySequence.StandardKey.Find,
        ),
        follow_ups=_action(
            parent,
            "actionFollowUps",
            QCoreApplication.translate("Workspace", "Follow-ups &due"),
            QCoreApplication.translate("Workspace", "Everything due this week, across persons"),
            "Ctrl+Shift+D",
        ),
        past_term=_action(
            parent,
            "actionPastTerm",
            QCoreApplication.translate("Workspace", "Records past their term"),
            QCoreApplication.translate(
                "Workspace", "Persons with no contact for longer than the retention term"
            ),
            "Ctrl+Shift+T",
        ),
        finalise=_action(
            parent,
            "actionFinalise",
            QCoreApplication.translate("Workspace", "Finali&se the note…"),
            QCoreApplication.translate(
                "Workspace", "Make the facts read only; corrections become dated addenda"
            ),
            "Ctrl+Shift+Return",
        ),
        export_summary=_action(
            parent,
            "actionExportSummary",
            QCoreApplication.translate("Workspace", "Ne&w transmission…"),
            QCoreApplication.translate(
                "Workspace", "Compose a transmission, item by item, and record it"
            ),
            "Ctrl+E",
        ),
        register=_action(
            parent,
            "actionRegister",
            QCoreApplication.translate("Workspace", "Disclosure &register…"),
            QCoreApplication.translate("Workspace", "What left this computer: when, to whom, why"),
            "Ctrl+Shift+R",
        ),
        statistics=_action(
            parent,
            "actionStatistics",
            QCoreApplication.translate("Workspace", "&Activity figures…"),
            QCoreApplication.translate(
                "Workspace", "Counts for the activity report: no name, small counts hidden"
            ),
            "Ctrl+Shift+A",
        ),
        handover=_action(
            parent,
            "actionHandover",
            QCoreApplication.translate("Workspace", "&Hand over to a successor…"),
            QCoreApplication.translate(
                "Workspace", "An encrypted file for the worker who takes over; never the hypotheses"
            ),
            "Ctrl+Shift+H",
        ),
        take_over=_action(
            parent,
            "actionTakeOver",
            QCoreApplication.translate("Workspace", "&Take over a handover…"),
            QCoreApplication.translate(
                "Workspace", "Add the persons of a handover file from your predecessor"
            ),
            "Ctrl+Shift+I",
        ),
    )
