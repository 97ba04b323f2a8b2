"""Past-term records and the purge confirmation, with real widgets and a real vault."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from app.core import retention, snapshots
from app.core.caseload import Caseload
from app.core.session import Session, stores
from app.ui.records.past_term_view import PastTermView, PurgeDialog
from tests.support.backup_data import PERSON_CANARIES, canaries_in, populate

TODAY = date(2024, 5, 1)
TIMEOUT = 60_000


def _view(qtbot: QtBot, session: Session) -> PastTermView:
    view = PastTermView(session, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    return view


def _wait_preview(qtbot: QtBot, dialog: PurgeDialog) -> None:
    qtbot.waitUntil(lambda: "This erases for good" in dialog.summary.text(), timeout=TIMEOUT)


def test_lists_only_past_term(qtbot: QtBot, session: Session, caseload: Caseload) -> None:
    """Only the person whose last contact is over two years old is listed."""
    ids = populate(caseload)
    view = _view(qtbot, session)
    assert view.table.rowCount() == 1
    assert view.table.item(0, 0).text() == "Mme Zqalias-Éloïse"
    assert view.table.item(0, 1).text() != "—"
    view.table.selectRow(0)
    assert view.selected_ids() == [ids.marked]
    assert view.erase_button.isEnabled()


def test_empty_state(qtbot: QtBot, session: Session) -> None:
    """With nothing past its term the view says so, its button goes back, and Erase is disabled."""
    view = _view(qtbot, session)
    assert view.empty.is_shown()
    assert view.empty.label.text() == "Nothing is past its retention term."
    assert not view.erase_button.isEnabled()
    with qtbot.waitSignal(view.close_requested, timeout=TIMEOUT):
        view.empty.button.click()


def test_confirmation_says_exactly_what_goes(
    qtbot: QtBot, session: Session, caseload: Caseload
) -> None:
    """The dialog lists every kind of row, the snapshots to rewrite, and what is kept."""
    populate(caseload)
    snapshots.take_snapshot(session, datetime(2024, 4, 30, tzinfo=UTC))
    view = _view(qtbot, session)
    view.table.selectRow(0)
    dialog = view.erase_selected()
    assert dialog is not None
    _wait_preview(qtbot, dialog)
    text = dialog.summary.text()
    assert "1 interview(s) with 1 addendum(s), 1 working hypothesis(es), 1 follow-up(s)" in text
    assert "1 snapshot(s) on this computer" in text
    assert "External backups already made are not changed" in text
    assert "cannot be undone" in dialog.understood.text()


def test_erase_needs_reason_and_confirmation(
    qtbot: QtBot, session: Session, caseload: Caseload
) -> None:
    """Erase is enabled only with a reason and the box ticked; then the person is gone."""
    ids = populate(caseload)
    snapshots.take_snapshot(session, datetime(2024, 4, 30, tzinfo=UTC))
    view = _view(qtbot, session)
    view.table.selectRow(0)
    dialog = view.erase_selected()
    assert dialog is not None
    _wait_preview(qtbot, dialog)
    assert dialog.reason.text() == "Retention term over"
    assert not dialog.erase.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.erase.isEnabled()
    dialog.reason.setText("  ")
    assert not dialog.erase.isEnabled()
    dialog.reason.setText("Délai de conservation dépassé")
    with qtbot.waitSignal(view.purged, timeout=TIMEOUT) as purged:
        dialog.erase.click()
    assert purged.args[0].person_ids == (ids.marked,)
    assert stores(session).persons.ids() == [ids.other]
    assert view.table.rowCount() == 0 and view.empty.is_shown()
    [entry] = stores(session).disclosures.list(person_id=ids.marked)
    assert entry.reason == "Délai de conservation dépassé"
    for snap in snapshots.list_snapshots(session.paths):
        assert not set(canaries_in(snap.path, session.data_key())) & set(PERSON_CANARIES)


def test_erasure_on_request(qtbot: QtBot, session: Session, caseload: Caseload) -> None:
    """Opened from a person's file for the right to erasure: no reason is pre-filled."""
    ids = populate(caseload)
    dialog = PurgeDialog(session, [ids.other], retention.PurgeKind.REQUEST)
    qtbot.addWidget(dialog)
    dialog.open()
    _wait_preview(qtbot, dialog)
    assert dialog.reason.text() == ""
    dialog.reason.setText("Demande de la personne")
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.purged, timeout=TIMEOUT):
        dialog.erase.click()
    assert stores(session).persons.ids() == [ids.marked]
    assert stores(session).disclosures.list(person_id=ids.other)[0].purpose == "erasure-request"


def test_clear_on_lock(qtbot: QtBot, session: Session, caseload: Caseload) -> None:
    """clear() leaves no name in the table."""
    populate(caseload)
    view = _view(qtbot, session)
    view.clear()
    assert view.table.rowCount() == 0
