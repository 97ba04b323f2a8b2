"""The handover wizard (nothing ticked, consent asked, exact preview) and the take-over dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.handover import read_handover
from app.core.passphrase_policy import Reason, assess
from app.core.register import register_entries
from app.core.session import Session, stores
from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS
from app.domain.summary import Informed
from app.messages.passphrase import reason_text
from app.ui.activity.handover_wizard import HandoverWizard
from app.ui.activity.takeover_dialog import TakeOverDialog
from app.ui.shell.tasks import wait_for_background
from tests.support import PASSPHRASE
from tests.support.backup_data import ALIAS, FACTS, HYPOTHESIS_CANARY, populate
from tests.ui.export.test_file_dialog import drive

SECRET = "phrase de passation pour les tests"


def test_nothing_is_ticked_and_no_answer_is_chosen(qtbot: QtBot, session: Session) -> None:
    """A new wizard has no person, item or consent answer chosen, and cannot go on."""
    populate(Caseload(session))
    wizard = HandoverWizard(session)
    qtbot.addWidget(wizard)
    tree = wizard.pick.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert len(items) == 2
    for top in items:
        assert top is not None and top.checkState(0) == Qt.CheckState.Unchecked
        assert all(
            top.child(i).checkState(0) == Qt.CheckState.Unchecked for i in range(top.childCount())
        )  # type: ignore[union-attr]
        assert not any("hypoth" in top.child(i).text(0).lower() for i in range(top.childCount()))  # type: ignore[union-attr]
    assert not wizard.pick.isComplete() and wizard.consent.answer() is None


def _tick_marked(wizard: HandoverWizard) -> None:
    top = wizard.pick.tree.topLevelItem(0)
    assert top is not None and top.text(0) == ALIAS
    top.setCheckState(0, Qt.CheckState.Checked)
    for i in range(top.childCount()):
        child = top.child(i)
        assert child is not None
        child.setCheckState(0, Qt.CheckState.Checked)


def _at_the_seal_page(qtbot: QtBot, session: Session) -> HandoverWizard:
    """A wizard with the marked person ticked and consent given, shown on its last page."""
    populate(Caseload(session))
    wizard = HandoverWizard(session)
    qtbot.addWidget(wizard)
    wizard.pick.recipient.setText("Mme Suite")
    _tick_marked(wizard)
    assert wizard.pick.isComplete()
    wizard.consent.buttons[Informed.AGREED].setChecked(True)
    wizard.show()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    wizard.next()
    wizard.next()
    wizard.preview.read.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.seal
    return wizard


def test_the_wizard_writes_what_the_preview_shows(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """Ticked items, an answer, the preview (facts, no hypothesis), then a file and one entry."""
    wizard = _at_the_seal_page(qtbot, session)
    text = wizard.preview.text.toPlainText()
    assert FACTS in text and HYPOTHESIS_CANARY not in text and "Mme Suite" in text
    assert wizard.handover is not None
    qtbot.keyClicks(wizard.seal.passphrases.passphrase, SECRET)
    qtbot.keyClicks(wizard.seal.passphrases.confirm, SECRET)
    assert wizard.seal.check() and wizard.seal.message.isHidden()
    path = tmp_path / "p.carnet-handover"
    with qtbot.waitSignal(wizard.handed_over, timeout=30_000):
        wizard._write(wizard.handover, Informed.AGREED, path)
    assert path.exists()
    assert read_handover(path, SECRET).recipient == "Mme Suite"
    assert [e.frame for e in register_entries(session)] == ["passation"]
    assert wizard.seal.passphrases.passphrase.text() == ""  # forgotten once written


def test_the_seal_page_refuses_a_weak_passphrase_with_the_core_reason(
    qtbot: QtBot, session: Session
) -> None:
    """Nine letters ("passation") are refused on Finish with the core's reason; nothing written."""
    wizard = _at_the_seal_page(qtbot, session)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # nothing typed yet
    fields = wizard.seal.passphrases
    qtbot.keyClicks(fields.passphrase, "passation")
    qtbot.keyClicks(fields.confirm, "passation")
    assert fields.strength.reasons_text().startswith(reason_text(Reason.TOO_SHORT))
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    reasons = " ".join(reason_text(r) for r in assess("passation").reasons)
    assert wizard.seal.message.text() == f"This passphrase is too weak: {reasons}"
    assert wizard.seal.message.isVisible() and fields.passphrase.hasFocus()
    assert wizard.isVisible() and wizard.currentPage() is wizard.seal
    assert register_entries(session) == []
    fields.passphrase.setText(SECRET)  # strong now, but typed differently the second time
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.seal.message.text() == "The two passphrases are different."
    assert fields.confirm.text() == "" and fields.confirm.hasFocus()
    assert wizard.isVisible() and register_entries(session) == []


def test_enter_in_the_seal_passphrase_moves_on_then_enter_again_finishes(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """Enter in the first field goes to the confirmation, not Finish; Enter there writes it."""
    wizard = _at_the_seal_page(qtbot, session)
    fields = wizard.seal.passphrases
    fields.passphrase.setFocus()
    qtbot.keyClicks(fields.passphrase, SECRET)
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is fields.confirm
    assert wizard.seal.message.isHidden() and wizard.seal.message.text() == ""
    assert wizard.isVisible() and wizard.currentPage() is wizard.seal
    assert fields.passphrase.text() == SECRET and register_entries(session) == []
    qtbot.keyClicks(fields.confirm, SECRET)
    path = tmp_path / "passation.carnet-handover"  # the name the wizard offers
    drive(tmp_path, path.name)  # the real save dialog, answered once it shows
    with qtbot.waitSignal(wizard.handed_over, timeout=30_000):
        qtbot.keyClick(fields.confirm, Qt.Key.Key_Return)
    assert read_handover(path, SECRET).recipient == "Mme Suite"
    assert [e.frame for e in register_entries(session)] == ["passation"]


def test_the_take_over_dialog_adds_the_persons_once(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """Taken over once: one person more; a second time: nothing more."""
    from datetime import date

    from app.core.handover import build_handover, everything, export_handover, session_reader

    marked = populate(Caseload(session)).marked
    reader = session_reader(session)
    choices = [everything(reader, marked)]
    handover = build_handover(reader, choices, "A", "B", date(2026, 1, 2))
    path = tmp_path / "h.carnet-handover"
    export_handover(session, choices, handover, Informed.AGREED, path, SECRET, TEST_PARAMS)
    other = create_vault(
        tmp_path / "other", PASSPHRASE, TEST_PARAMS, with_recovery_key=False
    ).session
    try:
        for expected in (1, 0):
            dialog = TakeOverDialog(other)
            qtbot.addWidget(dialog)
            dialog.set_path(path)
            dialog.passphrase.setText(SECRET)
            with qtbot.waitSignal(dialog.taken, timeout=30_000) as signal:
                dialog.start()
            assert len(signal.args[0]) == expected
        assert len(stores(other).persons.ids()) == 1
    finally:
        wait_for_background()
        other.close()
