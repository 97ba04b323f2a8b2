"""Tests for app/ui/records/refusal_dialog.py: a refused request recorded, no file written."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.register import register_entries
from app.core.session import Session
from app.domain.summary import REFUSED_FRAME
from app.ui.records.refusal_dialog import RefusalDialog
from app.ui.records.register_view import RegisterView
from tests.support.disclosure_data import SeededPerson, seed_person


@pytest.fixture
def seeded(session: Session) -> SeededPerson:
    return seed_person(Caseload(session))


def test_recording_a_refusal_appends_an_entry_and_an_empty_form_is_refused(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """Without who asked nothing is recorded and the text stays; filled in, one entry."""
    dialog = RefusalDialog(session, seeded.person_id)
    qtbot.addWidget(dialog)
    dialog.purpose.setText("Nouvelles du salarié en arrêt")
    dialog.record()
    assert dialog.recorded is None and dialog.message.text()
    assert dialog.purpose.text() == "Nouvelles du salarié en arrêt"
    dialog.requester.setText("DRH Exemple")
    dialog.answer.setText("Secret professionnel opposé")
    dialog.record()
    [entry] = register_entries(session)
    assert entry.id == dialog.recorded and entry.frame == REFUSED_FRAME
    assert (entry.recipient, entry.reason, entry.sha256) == (
        "DRH Exemple",
        "Secret professionnel opposé",
        "",
    )


def test_the_register_offers_the_action_only_for_one_person(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """« Record a refused request… » is there when the register is opened on a person."""
    for person_id, shown in ((seeded.person_id, True), (None, False)):
        view = RegisterView(session, person_id)
        qtbot.addWidget(view)
        assert view.refuse_button.isVisibleTo(view) is shown


def test_the_register_shows_a_refusal_with_the_answer_given(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """A refused entry is labelled as such, and its text is the answer given, not a reason."""
    dialog = RefusalDialog(session, seeded.person_id)
    qtbot.addWidget(dialog)
    dialog.requester.setText("DRH Exemple")
    dialog.purpose.setText("Nouvelles")
    dialog.answer.setText("Secret opposé")
    dialog.record()
    view = RegisterView(session, seeded.person_id)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    assert "Refused request" in view.details.text()
    assert "Answer given: Secret opposé" in view.details.text()
