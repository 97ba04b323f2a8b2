"""The handover wizard (« Passation »): choose, say whether the persons were told, read the
exact preview and the wording check, then seal the file under a handover passphrase
chosen with the shared fields, so it meets the policy a backup's passphrase meets.

The same rules as a transmission: nothing ticked in advance, consent asked
(no answer chosen in advance), the preview is exactly what the file holds, and
the wording check asks and never changes a fact. Writing (key derivation
included) runs off the GUI thread; then one register entry per person.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.disclosure import load_author
from app.core.handover import HandoverOutcome, build_handover, export_handover, session_reader
from app.core.handover_text import handover_text
from app.core.session import Session
from app.core.wording import check_text, default_lexicon
from app.domain.handover import HANDOVER_FRAME, Handover
from app.domain.summary import Informed
from app.ui.activity.handover_pick import PickPage
from app.ui.export.file_dialog import private_save_path
from app.ui.shell.errors import show_error
from app.ui.shell.shell_parts import message_label, show_message
from app.ui.shell.tasks import Task, run_in_background
from app.ui.widgets.new_passphrase import NewPassphraseFields


class ConsentPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Were the persons told of the handover?"))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        answers = (
            (Informed.AGREED, self.tr("Yes, and they agreed")),
            (Informed.NOT_AGREED, self.tr("Yes, and they did not agree")),
            (Informed.NOT_INFORMED, self.tr("No, they were not told")),
        )
        self.buttons: dict[Informed, QRadioButton] = {}
        for answer, text in answers:
            button = QRadioButton(text)
            self.group.addButton(button)
            self.buttons[answer] = button
            layout.addWidget(button)
        self.group.buttonToggled.connect(lambda *_: self.completeChanged.emit())

    def answer(self) -> Informed | None:
        return next((a for a, b in self.buttons.items() if b.isChecked()), None)

    def isComplete(self) -> bool:
        return self.answer() is not None


class PreviewPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Exactly what the file will hold"))
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("handover_preview")
        self.flags = QLabel(wordWrap=True)
        self.flags.setObjectName("handover_flags")
        self.read = QCheckBox(self.tr("I have read the wording check"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.flags)
        layout.addWidget(self.read)
        self.read.toggled.connect(lambda *_: self.completeChanged.emit())

    def show_handover(self, handover: Handover) -> None:
        text = handover_text(handover)
        self.text.setPlainText(text)
        found = check_text(text, HANDOVER_FRAME, default_lexicon())  # every category
        words = sorted({f"« {f.text} »" for f in found})
        self.flags.setText(
            self.tr("Wording to check (nothing is changed for you): %1").replace(
                "%1", ", ".join(words)
            )
            if words
            else self.tr("The wording check found nothing to ask about.")
        )
        self.read.setVisible(bool(words))
        self.read.setChecked(False)

    def isComplete(self) -> bool:
        return self.read.isChecked() or not self.read.isVisibleTo(self)


class SealPage(QWizardPage):
    """The handover passphrase, chosen like a backup's: the shared fields, policy and words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Handover passphrase"))
        self.setSubTitle(self.tr("Give it to your successor apart from the file."))
        self.passphrases = NewPassphraseFields(self, name="handover_passphrase")
        self.passphrases.set_label(self.tr("&Passphrase"))
        # The wizard's Finish is « &Terminer » in French: the confirmation takes another key.
        self.passphrases.set_again_label(self.tr("&Type it again"))
        self.message = message_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrases)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.passphrases.passphrase.textChanged.connect(lambda *_: self.completeChanged.emit())

    def isComplete(self) -> bool:
        # Finish once something is typed: a refusal is then said, not a silent grey button.
        return bool(self.passphrases.passphrase.text())

    def check(self) -> bool:
        """Whether the passphrase can seal the file; if not, says why and points at the field."""
        refusal = self.passphrases.refusal()
        show_message(self.message, refusal)
        if refusal:
            self.passphrases.focus_refused()
        return not refusal


class HandoverWizard(QWizard):
    handed_over = Signal(object)  # HandoverOutcome

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_wizard")
        self.setWindowTitle(self.tr("Hand over to a successor"))
        self._session = session
        self._task: Task | None = None
        self.pick = PickPage(session_reader(session), load_author(session))
        self.consent = ConsentPage()
        self.preview = PreviewPage()
        self.seal = SealPage()
        for page in (self.pick, self.consent, self.preview, self.seal):
            self.addPage(page)
        self.currentIdChanged.connect(self._entered)
        self.finished.connect(lambda _: self.seal.passphrases.clear())
        self.handover: Handover | None = None

    def _entered(self, _page_id: int) -> None:
        if self.currentPage() is self.preview:
            try:
                self.handover = build_handover(
                    session_reader(self._session), self.pick.choices(),
                    self.pick.sender_edit.text(), self.pick.recipient.text(), date.today(),
                )  # fmt: skip
            except Exception as exc:  # InvalidInput: shown, the worker goes back
                show_error(self, exc)
                return
            self.preview.show_handover(self.handover)

    def accept(self) -> None:
        handover, informed = self.handover, self.consent.answer()
        if handover is None or informed is None or not self.seal.check():
            return
        path = private_save_path(
            self, self.tr("Save the handover"), "passation.carnet-handover",
            self.tr("Carnet handover (*.carnet-handover)"), "carnet-handover",
        )  # fmt: skip
        if path is None:
            return
        self._write(handover, informed, path)

    def _write(self, handover: Handover, informed: Informed, path: Path) -> None:
        session, choices = self._session, self.pick.choices()
        secret = self.seal.passphrases.chosen()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._task = run_in_background(
            lambda: export_handover(session, choices, handover, informed, path, secret),
            self._written,
            self._failed,
        )

    def _written(self, outcome: HandoverOutcome) -> None:
        self.handed_over.emit(outcome)
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_error(self, exc)
