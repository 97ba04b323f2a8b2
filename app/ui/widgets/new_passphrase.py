"""Choosing a new passphrase: the field, its strength, and the same typed again.

Every screen that sets a passphrase (first run, recovery key, restore on a new
computer, external backup, handover, Settings › Security) uses this one widget, so each
refuses the same passphrases with the same words. The verdict and its reasons
are the core policy's (`PassphraseStrengthBar`); this widget adds only the
confirmation. Both fields are `passphrase_field`s: hidden as typed, so nothing
in them can be selected out or copied.

Enter in the passphrase moves to the empty confirmation, as Tab does, instead
of reaching the screen's default button (a dialog's OK, a wizard's Finish),
which would refuse a confirmation not yet typed. Enter in the confirmation, or
in the passphrase once both are typed, goes on to the screen as before. A screen
can give its own field above these the same rule (`enter_from`), and a screen
whose own button is not its window's default (a tab of Settings, whose OK would
close it with nothing changed) takes that Enter for its button (`submit_on_enter`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.shell.shell_parts import add_stacked, passphrase_field
from app.ui.shell.truncation import plain
from app.ui.widgets.fit import grow_to_fit
from app.ui.widgets.passphrase_strength import PassphraseStrengthBar


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice; `refusal` says why the choice cannot be used yet.

    Stacked (labels above the fields) by default; `in_form=True` lays the rows
    out as a form, to which a screen can add its own rows first (`add_leading_row`)
    so that every label lines up.
    """

    def __init__(
        self, parent: QWidget | None = None, *, name: str = "new_passphrase", in_form: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_fields")
        self.label = QLabel(self)
        self.passphrase = passphrase_field(self, name)
        self.strength = PassphraseStrengthBar(self, line_edit=self.passphrase)
        self._confirm_label = QLabel(self)
        self.confirm = passphrase_field(self, f"{name}_again")
        self.label.setBuddy(self.passphrase)
        self._confirm_label.setBuddy(self.confirm)
        self._again_text = ""  # the screen's own confirmation label; "" for the shared one
        self._leading: list[QLineEdit] = []  # the screen's fields before these (`enter_from`)
        self._submit: Callable[[], None] | None = None  # the screen's button (`submit_on_enter`)
        self.strength.assessment_changed.connect(self._make_room)
        self.passphrase.installEventFilter(self)  # before the field (and its dialog) sees Enter
        self._form: QFormLayout | None = None
        if in_form:
            self._lay_out_form()
        else:
            self._lay_out_stacked()
        QWidget.setTabOrder(self.passphrase, self.confirm)
        self._retranslate()

    def _lay_out_stacked(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        add_stacked(layout, self.label, self.passphrase, self.strength, None,
                    self._confirm_label, self.confirm)  # fmt: skip

    def _lay_out_form(self) -> None:
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.addRow(self.label, self.passphrase)
        self._form.addRow("", self.strength)
        self._form.addRow(self._confirm_label, self.confirm)

    def add_leading_row(self, label: QLabel, field: QWidget | QLayout) -> None:
        """A row of the screen's own above the passphrase (form layout only)."""
        assert self._form is not None, "only a form has rows"
        self._form.insertRow(0, label, field)
        if isinstance(field, QWidget):  # a row of several widgets keeps their creation order
            QWidget.setTabOrder(field, self.passphrase)
            QWidget.setTabOrder(self.passphrase, self.confirm)

    def _retranslate(self) -> None:
        self._confirm_label.setText(self._again_text or self.tr("&Type it again"))
        self.confirm.setAccessibleName(plain(self._confirm_label.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_label(self, text: str) -> None:
        """The passphrase's label, with its access key ("&New passphrase"); the screen's words."""
        self.label.setText(text)
        self.passphrase.setAccessibleName(plain(text))

    def set_again_label(self, text: str) -> None:
        """The confirmation's label, where the shared one's access key is the screen's
        own (a wizard's « &Terminer » in French); the same words, another letter."""
        self._again_text = text
        self._retranslate()

    def enter_from(self, field: QLineEdit) -> None:
        """Enter in `field`, the screen's own just above these, moves on to the first of
        these still empty, as Tab would; once both are typed it goes on to the screen."""
        self._leading.append(field)
        field.installEventFilter(self)

    def submit_on_enter(self, action: Callable[[], None]) -> None:
        """Enter that goes on to the screen runs `action` instead, and reaches nothing else:
        for a screen whose own button is not its window's default button."""
        self._submit = action
        self.confirm.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        fields = [*self._leading, self.passphrase, self.confirm]
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_plain_enter(event)
            and any(field is watched for field in fields)
        ):
            below = fields[next(i for i, field in enumerate(fields) if field is watched) + 1 :]
            empty = next((field for field in below if not field.text()), None)
            if empty is not None:
                empty.setFocus(Qt.FocusReason.TabFocusReason)
                return True  # taken: no returnPressed, no default button
            if self._submit is not None:
                self._submit()
                return True  # the screen's own button, never the window's default
        return super().eventFilter(watched, event)

    def _make_room(self) -> None:
        # A dialog keeps the height it opened with: the reasons' extra lines were squeezed.
        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            grow_to_fit(window)

    # The choice ------------------------------------------------------------
    def is_acceptable(self) -> bool:
        """Strong enough for the core policy, and typed the same twice."""
        return self.refusal() == ""

    def chosen(self) -> str:
        """The passphrase chosen, or "" while it cannot be used."""
        return self.passphrase.text() if self.is_acceptable() else ""

    def refusal(self) -> str:
        """Why the passphrase cannot be used yet, in one sentence; "" when it can."""
        assessment = self.strength.assessment()
        if not assessment.acceptable:
            return self.tr("This passphrase is too weak: %1").replace(
                "%1", " ".join(assessment.reasons)
            )
        if self.confirm.text() != self.passphrase.text():
            return self.tr("The two passphrases are different.")
        return ""

    def focus_refused(self) -> None:
        """The cursor to the field at fault; a confirmation that differs is emptied first."""
        if not self.strength.assessment().acceptable:
            self.passphrase.setFocus()
        elif self.confirm.text() != self.passphrase.text():
            self.confirm.setText("")  # not clear(): that could be undone
            self.confirm.setFocus()

    def clear(self) -> None:
        """Forget both passphrases (their undo history too)."""
        for field in (self.passphrase, self.confirm):
            field.setText("")


def is_plain_enter(event: QKeyEvent) -> bool:
    """Return, or the keypad's Enter, with no modifier: the keys a dialog's default button takes."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
        modifiers == Qt.KeyboardModifier.NoModifier
    )
