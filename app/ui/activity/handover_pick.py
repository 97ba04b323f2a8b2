"""The handover wizard's first page: who takes over, and what goes, ticked item by item.

Nothing is ticked in advance. Each person shows their identity fields, every
interview (its facts; addenda as one choice), and their open follow-ups; the
working hypotheses are not offered (the handover cannot carry them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.outward import OutwardReader
from app.domain.handover import HandoverChoice
from app.domain.ids import FollowUpId, InterviewId, PersonId

ROLE = Qt.ItemDataRole.UserRole


class PickPage(QWizardPage):
    def __init__(self, reader: OutwardReader, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_pick")
        self.setTitle(self.tr("Who takes over, and what goes"))
        self.setSubTitle(
            self.tr("Tick what your successor needs to continue; the hypotheses never go.")
        )
        self._reader = reader
        self.recipient = QLineEdit()
        self.recipient.setObjectName("handover_recipient")
        self.sender_edit = QLineEdit(author)
        self.sender_edit.setObjectName("handover_sender")
        self.tree = QTreeWidget()
        self.tree.setObjectName("handover_tree")
        self.tree.setHeaderHidden(True)
        form = QFormLayout()
        form.addRow(self.tr("Successor:"), self.recipient)
        form.addRow(self.tr("Your name:"), self.sender_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        self._fill()
        self.recipient.textChanged.connect(self.completeChanged)
        self.tree.itemChanged.connect(lambda *_: self.completeChanged.emit())

    def _child(self, parent: QTreeWidgetItem, text: str, data: tuple[str, object]) -> None:
        item = QTreeWidgetItem(parent, [text])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setData(0, ROLE, data)

    def _fill(self) -> None:
        for person in self._reader.persons():
            top = QTreeWidgetItem(self.tree, [person.alias])
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(0, Qt.CheckState.Unchecked)
            top.setData(0, ROLE, ("person", person.id))
            self._child(top, self.tr("Organisation"), ("field", "organisation"))
            self._child(top, self.tr("Details"), ("field", "details"))
            self._child(top, self.tr("Supported since"), ("field", "case_opened"))
            for interview in reversed(self._reader.interviews(person.id)):
                text = self.tr("Facts of the interview of %1").replace(
                    "%1", interview.held_on.strftime("%d/%m/%Y")
                )
                self._child(top, text, ("interview", interview.id))
            self._child(top, self.tr("Addenda of the interviews ticked"), ("addenda", True))
            for follow_up in self._reader.follow_ups(person.id):
                if not follow_up.done:
                    self._child(top, self.tr("Follow-up: %1").replace("%1", follow_up.text[:60]),
                                ("follow_up", follow_up.id))  # fmt: skip

    def choices(self) -> list[HandoverChoice]:
        """One choice per person ticked, with exactly the items ticked under them."""
        chosen = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is None or top.checkState(0) != Qt.CheckState.Checked:
                continue
            children = [top.child(i) for i in range(top.childCount())]
            ticked = [
                child.data(0, ROLE)
                for child in children
                if child is not None and child.checkState(0) == Qt.CheckState.Checked
            ]
            chosen.append(
                HandoverChoice(
                    person_id=PersonId(top.data(0, ROLE)[1]),
                    fields=frozenset(str(v) for k, v in ticked if k == "field"),
                    interviews=tuple(InterviewId(v) for k, v in ticked if k == "interview"),
                    with_addenda=any(k == "addenda" for k, _ in ticked),
                    follow_ups=tuple(FollowUpId(v) for k, v in ticked if k == "follow_up"),
                )
            )
        return chosen

    def isComplete(self) -> bool:
        return bool(self.recipient.text().strip()) and bool(self.choices())
