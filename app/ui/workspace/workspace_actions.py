"""The workspace's actions, with shortcuts, for the shell's menus and toolbar."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.widgets.icons import set_icon

Shortcut = QKeySequence | QKeySequence.StandardKey | str


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
        return [getattr(self, field.name) for field in fields(self)]

    def enable(self, is_open: bool, has_person: bool, finalisable: bool) -> None:
        """What a vault, a person shown and a draft in the editor make possible."""
        for action in (self.new_person, self.search, self.follow_ups):
            action.setEnabled(is_open)
        self.new_interview.setEnabled(is_open and has_person)
        self.find_in_file.setEnabled(is_open and has_person)
        self.finalise.setEnabled(is_open and finalisable)


# Each action by its field above: the icon in the bundled set (resources/icons/lucide/),
# the shortcut, the text and the status tip. The words are marked for lupdate here and
# translated when the actions are made, so the language chosen at that moment is used.
_ACTIONS: dict[str, tuple[str, Shortcut, object, object]] = {
    "new_person": (
        "user-plus",
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Workspace", "Add a &person…"),
        QT_TRANSLATE_NOOP("Workspace", "Add a person (only an alias is needed)"),
    ),
    "new_interview": (
        "file-plus",
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("Workspace", "New &interview"),
        QT_TRANSLATE_NOOP("Workspace", "Start a new interview note"),
    ),
    "search": (
        "search",
        "Ctrl+K",
        QT_TRANSLATE_NOOP("Workspace", "&Search…"),
        QT_TRANSLATE_NOOP("Workspace", "Search every person's notes"),
    ),
    "find_in_file": (
        "file-search",
        QKeySequence.StandardKey.Find,
        QT_TRANSLATE_NOOP("Workspace", "&Find in this file…"),
        QT_TRANSLATE_NOOP("Workspace", "Search the notes of the current person"),
    ),
    "follow_ups": (
        "list-todo",
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("Workspace", "Follow-ups &due"),
        QT_TRANSLATE_NOOP("Workspace", "Everything due this week, across persons"),
    ),
    "past_term": (
        "archive",
        "Ctrl+Shift+T",
        QT_TRANSLATE_NOOP("Workspace", "Records past their term"),
        QT_TRANSLATE_NOOP(
            "Workspace", "Persons with no contact for longer than the retention term"
        ),
    ),
    "finalise": (
        "file-check",
        "Ctrl+Shift+Return",
        QT_TRANSLATE_NOOP("Workspace", "Finali&se the note…"),
        QT_TRANSLATE_NOOP(
            "Workspace", "Make the facts read only; corrections become dated addenda"
        ),
    ),
    "export_summary": (
        "send",
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Workspace", "Ne&w transmission…"),
        QT_TRANSLATE_NOOP("Workspace", "Compose a transmission, item by item, and record it"),
    ),
    "register": (
        "scroll-text",
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Workspace", "Disclosure &register…"),
        QT_TRANSLATE_NOOP("Workspace", "What left this computer: when, to whom, why"),
    ),
    "statistics": (
        "chart-column",
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("Workspace", "&Activity figures…"),
        QT_TRANSLATE_NOOP(
            "Workspace", "Counts for the activity report: no name, small counts hidden"
        ),
    ),
    "handover": (
        "package",
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("Workspace", "&Hand over to a successor…"),
        QT_TRANSLATE_NOOP(
            "Workspace", "An encrypted file for the worker who takes over; never the hypotheses"
        ),
    ),
    "take_over": (
        "package-open",
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("Workspace", "&Take over a handover…"),
        QT_TRANSLATE_NOOP("Workspace", "Add the persons of a handover file from your predecessor"),
    ),
}


def _action(parent: QWidget, field: str) -> QAction:
    icon, shortcut, text, tip = _ACTIONS[field]
    action = QAction(QCoreApplication.translate("Workspace", str(text)), parent)
    # new_person → actionNewPerson: the names the shell and the tests look actions up by.
    action.setObjectName("action" + field.title().replace("_", ""))
    action.setShortcut(QKeySequence(shortcut))
    status = QCoreApplication.translate("Workspace", str(tip))
    action.setStatusTip(status)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{status} ({keys})")
    action.setEnabled(False)
    set_icon(action, icon)
    parent.addAction(action)  # shortcuts work even before the shell puts them in a menu
    return action


def make_actions(parent: QWidget) -> WorkspaceActions:
    # In the order of the fields, as before: the order actions are added to `parent`.
    return WorkspaceActions(
        **{field.name: _action(parent, field.name) for field in fields(WorkspaceActions)}
    )
