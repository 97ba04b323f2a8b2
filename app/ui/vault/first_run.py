"""First run: choose a passphrase, create the vault, write the recovery key down.

Three short steps. The vault is created off the GUI thread (Argon2id is
calibrated to about a second, then the key derived), the recovery key is shown
once in large groups, and the worker types one group back to show it was
written down. Nothing here is ever copied to the clipboard. On a new computer,
"Restore from an external backup…" (app/ui/vault/first_run_restore.py) makes the
vault from a backup instead, then goes through the same recovery-key steps.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.restore import RestoreResult
from app.core.session import Session
from app.core.vault import CreatedVault, create_vault
from app.ui.backups.backup_dialogs import fill
from app.ui.shell.errors import error_message
from app.ui.shell.shell_parts import (
    BusyRow,
    add_stacked,
    centred,
    heading,
    message_label,
    monospace_font,
    paragraph,
    push_button,
    show_message,
)
from app.ui.shell.tasks import run_in_background
from app.ui.vault.first_run_restore import RestoreFromBackupPage
from app.ui.vault.vault_screen import KdfChoice, VaultScreen
from app.ui.widgets.new_passphrase import NewPassphraseFields

PAGE_PASSPHRASE, PAGE_KEY, PAGE_CHECK, PAGE_RESTORE = range(4)
# The key uses Crockford's base32, which has no O, I, L or U: read them as it does.
_LOOKALIKES = str.maketrans("OILU", "011V")


class RecoveryKeyView(QWidget):
    """The recovery key in numbered groups, large and monospaced; not selectable."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_key")
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(2)
        self._labels: list[QLabel] = []

    def set_key(self, key: str) -> None:
        self.clear()
        for index, group in enumerate(key.split("-") if key else []):
            row, column = divmod(index, self.COLUMNS)
            number = QLabel(str(index + 1), self)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setEnabled(False)  # the palette's quiet colour
            text = QLabel(group, self)
            text.setFont(monospace_font(2.0))
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text.setAccessibleName(f"{index + 1}: {' '.join(group)}")
            if row:
                number.setContentsMargins(0, 10, 0, 0)  # air between the two rows
            self._grid.addWidget(number, row * 2, column)
            self._grid.addWidget(text, row * 2 + 1, column)
            self._labels += [number, text]

    def groups(self) -> list[str]:
        return [label.text() for label in self._labels[1::2]]

    def clear(self) -> None:
        for label in self._labels:
            label.clear()
            label.deleteLater()
        self._labels = []


class FirstRunWizard(VaultScreen):
    """Emits `vault_created(session)` as soon as the vault exists, `completed()` at the end."""

    vault_created = Signal(object)
    completed = Signal()

    def __init__(
        self, folder: Path, parent: QWidget | None = None, *, kdf_params: KdfChoice = None
    ) -> None:
        super().__init__("first_run", folder, parent, kdf_params)
        self._asked_group = 0
        self._expected = ""
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_passphrase_page())
        self._pages.addWidget(self._build_key_page())
        self._pages.addWidget(self._build_check_page())
        self.restore_page = RestoreFromBackupPage(folder, self, kdf_params=kdf_params)
        self.restore_page.restored.connect(self._on_restored)
        self.restore_page.cancelled.connect(self.start)
        self._pages.addWidget(self.restore_page)
        centred(self, self._pages)
        self._retranslate()

    # Pages ---------------------------------------------------------------
    def _build_passphrase_page(self) -> QWidget:
        page = QWidget(self)
        self._title = heading(page)
        self._intro = paragraph(page)
        self.passphrases = NewPassphraseFields(page, name="passphrase")
        # Public for the tests and the screenshots: the two fields themselves.
        self.passphrase, self.confirm = self.passphrases.passphrase, self.passphrases.confirm
        self._warning = paragraph(page)
        self.message = message_label(page)
        self.busy = BusyRow(page)
        self.create_button = push_button(page, "create", self._create, default=True)
        self.restore_button = push_button(page, "restore_from_backup", self.show_restore, flat=True)
        # Enter with the confirmation still empty moves to it (the shared fields' rule);
        # otherwise it creates, as a dialog's default button would.
        for field in (self.passphrase, self.confirm):
            field.returnPressed.connect(self._create)
        layout = QVBoxLayout(page)
        layout.setSpacing(6)
        add_stacked(layout, self._title, self._intro, None, self.passphrases, None, self._warning,
                    self.message, self.busy)  # fmt: skip
        layout.addSpacing(8)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_key_page(self) -> QWidget:
        page = QWidget(self)
        self._key_title = heading(page)
        self._key_intro = paragraph(page)
        self.key_view = RecoveryKeyView(page)
        self._key_advice = paragraph(page)
        self.written_button = push_button(page, "written_down", self._ask_group)
        layout = QVBoxLayout(page)
        layout.addWidget(self._key_title)
        layout.addWidget(self._key_intro)
        self.restored_note = paragraph(page)
        self.restored_note.setObjectName("restored_note")
        self.restored_note.setVisible(False)
        layout.addWidget(self.restored_note)
        layout.addSpacing(8)
        layout.addWidget(self.key_view, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self._key_advice)
        layout.addWidget(self.written_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)  # the stack is as tall as the tallest step: extra space below
        return page

    def _build_check_page(self) -> QWidget:
        page = QWidget(self)
        self._check_title = heading(page)
        self.check_prompt = paragraph(page)
        self.check_prompt.setObjectName("check_prompt")
        self.group_field = QLineEdit(page)
        self.group_field.setObjectName("group_check")
        self.group_field.setFont(monospace_font(1.6))
        self.group_field.setMaxLength(8)
        self.group_field.returnPressed.connect(self._check_group)
        self.check_message = message_label(page)
        self.back_button = push_button(
            page, "show_key_again", lambda: self._pages.setCurrentIndex(PAGE_KEY)
        )
        self.finish_button = push_button(page, "finish", self._check_group, default=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self._check_title)
        layout.addWidget(self.check_prompt)
        layout.addWidget(self.group_field)
        layout.addWidget(self.check_message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Welcome to Carnet"))
        self._intro.setText(self.tr(
            "Your notes are kept on this computer, in an encrypted vault. "
            "Choose a passphrase to lock it: a few unrelated words are easy to remember "
            "and hard to guess."))  # fmt: skip
        self.passphrases.set_label(self.tr("&Passphrase"))
        self._warning.setText(self.tr(
            "Nobody can recover a forgotten passphrase, not even Carnet's authors. "
            "Only the recovery key shown next can open the vault without it."))  # fmt: skip
        self.busy.label.setText(self.tr(
            "Creating your vault… This takes a few seconds, to make the passphrase "
            "hard to guess."))  # fmt: skip
        self.create_button.setText(self.tr("&Create the vault"))
        self.restore_button.setText(self.tr("Restore from an external &backup…"))
        self._key_title.setText(self.tr("Your recovery key"))
        self._key_intro.setText(
            self.tr("Write these 8 groups on paper now. It is shown only this once.")
        )
        self._key_advice.setText(self.tr(
            "Keep the paper somewhere safe, away from this computer. With it, you can "
            "open the vault and choose a new passphrase if you forget yours."))  # fmt: skip
        self.written_button.setText(self.tr("I have &written it down"))
        self._check_title.setText(self.tr("Check the recovery key"))
        self._update_prompt()
        self.back_button.setText(self.tr("&Show the key again"))
        self.finish_button.setText(self.tr("&Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Step 1: passphrase and creation --------------------------------------
    def start(self) -> None:
        """Show the first step, empty, with the cursor in the passphrase field."""
        self.clear()
        self._pages.setCurrentIndex(PAGE_PASSPHRASE)
        self.passphrase.setFocus()

    def _create(self) -> None:
        if self._task is not None:
            return
        show_message(self.message, self.passphrases.refusal())
        if not self.passphrases.is_acceptable():
            self.passphrases.focus_refused()
            return
        self._set_busy(True)
        folder, passphrase, params = self._folder, self.passphrases.chosen(), self._kdf_params
        self._task = run_in_background(
            lambda: create_vault(folder, passphrase, params=params),
            self._on_created,
            self._on_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrases, self.create_button, self.restore_button):
            widget.setEnabled(not busy)

    def is_busy(self) -> bool:
        return super().is_busy() or self.restore_page.is_busy()

    def show_restore(self) -> None:
        """On a new computer: the vault is made from an external backup instead."""
        self.passphrases.clear()
        show_message(self.message, "")
        self._pages.setCurrentIndex(PAGE_RESTORE)
        self.restore_page.choose.setFocus()

    def _on_restored(self, result: RestoreResult) -> None:
        counts = result.report.counts
        persons = self.tr("%n person(s)", "", counts.persons)
        interviews = self.tr("%n interview(s)", "", counts.interviews)
        self.restored_note.setText(fill(self.tr(
            "The backup was restored: %1 and %2. It held no working hypotheses: they never "
            "leave the computer where they were written."), persons, interviews))  # fmt: skip
        self.restored_note.setVisible(True)
        self._show_new_key(result.session, result.recovery_key)

    def _on_failed(self, exc: Exception) -> None:
        self._task = None
        self._set_busy(False)
        show_message(self.message, error_message(exc).full())

    def _on_created(self, created: CreatedVault) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrases.clear()
        self._show_new_key(created.session, created.recovery_key)

    def _show_new_key(self, session: Session, recovery_key: str | None) -> None:
        self.vault_created.emit(session)
        if not recovery_key:
            self.completed.emit()
            return
        self.key_view.set_key(recovery_key)
        self._pages.setCurrentIndex(PAGE_KEY)
        self.written_button.setFocus()

    # Step 2 and 3: the recovery key ----------------------------------------
    def asked_group(self) -> int:
        """Which group (1 to 8) the worker is asked to type back; 0 before that step."""
        return self._asked_group

    def _ask_group(self) -> None:
        groups = self.key_view.groups()
        index = secrets.randbelow(len(groups))
        self._asked_group, self._expected = index + 1, groups[index]
        self._update_prompt()
        self.group_field.clear()
        show_message(self.check_message, "")
        self._pages.setCurrentIndex(PAGE_CHECK)
        self.group_field.setFocus()

    def _update_prompt(self) -> None:
        self.check_prompt.setText(
            self.tr(
                "To be sure it is written down, type group number %1 of your recovery key."
            ).replace("%1", str(self._asked_group))
        )

    def _check_group(self) -> None:
        typed = "".join(ch for ch in self.group_field.text().upper() if ch.isalnum())
        typed = typed.translate(_LOOKALIKES)
        if typed != self._expected:
            show_message(self.check_message, self.tr(
                "That is not group %1. Look at the paper again, or show the key again.")
                .replace("%1", str(self._asked_group)))  # fmt: skip
            self.group_field.selectAll()
            return
        self.clear()
        self.completed.emit()

    def clear(self) -> None:
        """Forget the passphrase fields and the recovery key (on lock and when done)."""
        self.passphrases.clear()
        self.group_field.setText("")
        self.key_view.clear()
        self.restore_page.clear()
        self.restored_note.clear()
        self.restored_note.setVisible(False)
        self._asked_group, self._expected = 0, ""
        show_message(self.message, "")
        show_message(self.check_message, "")
        self._pages.setCurrentIndex(PAGE_PASSPHRASE)

    def current_step(self) -> int:
        return self._pages.currentIndex()
