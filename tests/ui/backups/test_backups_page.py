"""Settings → Backups with real widgets: the snapshot list, a backup, asking to restore."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core import backup, restore, snapshots
from app.core.caseload import Caseload
from app.core.session import Session
from app.crypto.kdf import TEST_PARAMS
from app.ui.backups.backups_page import BackupsPage
from tests.support.backup_data import populate

BACKUP_PASS = "phrase de la clé USB, longue et à part"
WHEN = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)
TIMEOUT = 60_000


def _page(qtbot: QtBot, session: Session, now: datetime = WHEN) -> BackupsPage:
    page = BackupsPage(session, kdf_params=TEST_PARAMS, clock=lambda: now)
    qtbot.addWidget(page)
    page.show()
    return page


def test_lists_snapshots(qtbot: QtBot, session: Session) -> None:
    """Each snapshot is a row with its date and kind; Restore waits for a selection."""
    snapshots.take_snapshot(session, WHEN)
    snapshots.take_snapshot(session, WHEN + timedelta(days=1), "pre-restore")
    page = _page(qtbot, session)
    assert page.snapshot_list.topLevelItemCount() == 2
    assert page.snapshot_list.topLevelItem(0).text(1) == "Before a restore"
    assert page.snapshot_list.topLevelItem(1).text(1) == "Automatic"
    assert not page.restore_button.isEnabled()
    page.snapshot_list.setCurrentItem(page.snapshot_list.topLevelItem(1))
    assert page.restore_button.isEnabled()


def test_reminder_without_backup(qtbot: QtBot, session: Session) -> None:
    """No external backup yet: the page says so and gently reminds."""
    page = _page(qtbot, session)
    assert page.last_backup.text() == "No external backup has been made yet."
    assert page.reminder.isVisible() and "30 days" in page.reminder.text()


def test_make_a_backup(qtbot: QtBot, session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """Through the dialog: the file is written and checked, the date shown, the reminder gone."""
    populate(caseload)
    page = _page(qtbot, session, datetime.now(UTC))
    dialog = page.open_backup_dialog()
    out = tmp_path / "usb.carnet-backup"
    dialog.path.setText(str(out))
    dialog.passphrase.setText(BACKUP_PASS)
    dialog.confirm.setText(BACKUP_PASS)
    with qtbot.waitSignal(page.backup_made, timeout=TIMEOUT) as made:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    report = made.args[0]
    assert report.path == out and backup.inspect_backup(out).size_bytes == report.size_bytes
    assert "hypotheses are not in it" in page.message.text()
    assert page.last_backup.text().startswith("Last external backup:")
    assert not page.reminder.isVisible()
    assert dialog.passphrase.text() == "" and dialog.confirm.text() == ""


def test_restore_a_snapshot_is_asked_then_requested(qtbot: QtBot, session: Session) -> None:
    """Restore explains that a copy is kept, then hands a request to the window."""
    snap = snapshots.take_snapshot(session, WHEN)
    page = _page(qtbot, session)
    page.snapshot_list.setCurrentItem(page.snapshot_list.topLevelItem(0))
    dialog = page.restore_selected()
    assert dialog is not None and not dialog.passphrase.isVisible()
    assert "kept as a snapshot" in dialog.text.text()
    with qtbot.waitSignal(page.restore_requested) as asked:
        dialog.go.click()
    request = asked.args[0]
    assert request == restore.RestoreRequest(snap.path, None)
    result = restore.perform(session, request, WHEN)  # what the window does with it
    assert result.session.check().ok
    result.session.close()


def test_restore_an_external_backup_asks_its_passphrase(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """From a backup file: the text says the hypotheses will be gone; its passphrase is asked."""
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    page = _page(qtbot, session)
    dialog = page.ask_restore(out)
    assert dialog is not None and dialog.external
    assert "hypotheses" in dialog.text.text()
    dialog.go.click()
    assert dialog.isVisible() and dialog.message.isVisible()
    dialog.passphrase.setText(BACKUP_PASS)
    with qtbot.waitSignal(page.restore_requested) as asked:
        dialog.go.click()
    assert asked.args[0] == restore.RestoreRequest(out, BACKUP_PASS)
    assert dialog.passphrase.text() == ""


def test_damaged_backup_is_refused_at_once(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    """A damaged backup file gets the plain message and no dialog."""
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    data = bytearray(out.read_bytes())
    data[-10] ^= 1
    out.write_bytes(bytes(data))
    page = _page(qtbot, session)
    assert page.ask_restore(out) is None
    assert "damaged" in page.message.text()


def test_reminder_after_thirty_days(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    """A backup 31 days old brings the reminder back."""
    backup.make_external_backup(session, tmp_path / "b", BACKUP_PASS, TEST_PARAMS, WHEN)
    assert not _page(qtbot, session, WHEN + timedelta(days=29)).reminder.isVisible()
    assert _page(qtbot, session, WHEN + timedelta(days=31)).reminder.isVisible()


def test_clear_on_lock(qtbot: QtBot, session: Session) -> None:
    """clear() empties the list and closes the dialogs (no passphrase left in a field)."""
    snapshots.take_snapshot(session, WHEN)
    page = _page(qtbot, session)
    dialog = page.open_backup_dialog()
    dialog.passphrase.setText(BACKUP_PASS)
    page.clear()
    assert page.snapshot_list.topLevelItemCount() == 0
    assert not dialog.isVisible() and dialog.passphrase.text() == ""


def test_no_snapshot_offers_an_external_backup(qtbot: QtBot, session: Session) -> None:
    """Without any snapshot the list says when one is made, and its button opens the backup."""
    page = _page(qtbot, session)
    assert page.snapshot_list.topLevelItemCount() == 0
    assert page.snapshot_empty.is_shown()
    assert "each day" in page.snapshot_empty.label.text()
    page.snapshot_empty.button.click()
    assert page.backup_dialog is not None and page.backup_dialog.isVisible()
    page.backup_dialog.reject()
    snapshots.take_snapshot(session, WHEN)
    page.refresh()
    assert not page.snapshot_empty.is_shown()
