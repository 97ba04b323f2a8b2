"""Tests for app/ui/vault/locked_restore.py: "Restore a backup…" from the unlock screen.

The window is the real one; the vaults are real SQLCipher folders; the damage
is a flipped byte in a later page of a closed (checkpointed) database.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core import backup, snapshots
from app.core.caseload import Caseload
from app.core.session import stores
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.models import PersonDraft
from app.ui.shell.main_window import MainWindow
from app.ui.vault import locked_restore
from app.ui.vault.locked_restore import LockedRestoreDialog
from tests.support import folder_digest
from tests.support.damage import DAMAGED_OFFSET, fill_pages, flip
from tests.ui.conftest import (
    BACKGROUND_TIMEOUT_MS,
    PASSPHRASE,
    VaultOnDisk,
    WindowFactory,
    unlock_through_screen,
)

BACKUP_PASS = "phrase de la cle USB, longue et a part"  # ASCII: typed with keyClicks
WHEN = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _open_dialog(qtbot: QtBot, window: MainWindow) -> LockedRestoreDialog:
    screen = window.unlock_screen
    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    dialog = screen.restore_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _restore(qtbot: QtBot, dialog: LockedRestoreDialog) -> None:
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=BACKGROUND_TIMEOUT_MS)


def _snapshot_then_more(folder: Path) -> None:
    """A snapshot of the vault, then one more person written after it."""
    session = unlock(folder, PASSPHRASE)
    try:
        snapshots.take_snapshot(session, WHEN)
        Caseload(session).add_person(PersonDraft("Écrite après la copie"))
    finally:
        session.close()


def test_restore_a_snapshot_of_a_sound_vault(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """The snapshot is listed with its date; restoring it opens the workspace as an unlock does."""
    _snapshot_then_more(existing_vault.folder)
    window = make_window(existing_vault.folder)
    dialog = _open_dialog(qtbot, window)
    assert dialog.sources.topLevelItemCount() == 1
    assert dialog.sources.topLevelItem(0).text(1) == "Snapshot"
    assert dialog.chosen() is not None and not dialog.backup_passphrase.isVisible()
    assert "kept as a copy" in dialog.explanation.text()
    qtbot.keyClicks(dialog.vault_passphrase, existing_vault.passphrase)
    _restore(qtbot, dialog)
    assert window.current_page() is window.workspace
    session = window.session
    assert session is not None and session.is_open
    assert session.counts().persons == 1  # the person written after the snapshot is gone
    assert window.lock.is_unlocked()
    assert window.statusBar().currentMessage() == "The backup was restored."
    kinds = [s.kind for s in snapshots.list_snapshots(session.paths)]
    assert "pre-restore" in kinds  # the replaced state is kept
    assert dialog.vault_passphrase.text() == ""


def _damaged_vault(folder: Path) -> None:
    """A closed vault of many pages, a snapshot of it, then one byte flipped on page 40."""
    created = create_vault(folder, PASSPHRASE, params=TEST_PARAMS)
    fill_pages(Caseload(created.session))
    snapshots.take_snapshot(created.session, WHEN)
    created.session.close()
    flip(folder / "carnet.db", DAMAGED_OFFSET)


def test_restore_after_real_damage(
    qtbot: QtBot, make_window: WindowFactory, vault_dir: Path
) -> None:
    """Damaged vault: the check after unlocking locks again, restore is the main button."""
    _damaged_vault(vault_dir)
    window = make_window(vault_dir)
    screen = window.unlock_screen
    assert screen.restore_button.isFlat()  # a quiet link while nothing is wrong
    unlock_through_screen(qtbot, window, PASSPHRASE)
    # Unlocking reads only what the first screen needs; the page check that
    # follows (off the GUI thread) finds the damage and locks at once.
    qtbot.waitUntil(lambda: "damaged" in screen.message.text(), timeout=10_000)
    assert window.current_page() is screen and window.session is None
    assert not screen.restore_button.isFlat() and screen.restore_button.isDefault()
    assert screen.restore_button.hasFocus()
    dialog = _open_dialog(qtbot, window)
    # The passphrase was forgotten once the vault opened: it is asked again.
    assert dialog.vault_passphrase.text() == ""
    dialog.vault_passphrase.setText(PASSPHRASE)
    assert screen.passphrase.text() == ""
    _restore(qtbot, dialog)
    assert window.current_page() is window.workspace
    assert window.session is not None and window.session.counts().persons == 10
    assert window.session.check().ok
    kept = sorted(p.name for p in vault_dir.iterdir() if ".damaged-" in p.name)
    assert len(kept) == 1 and kept[0].startswith("carnet.db.damaged-")
    status = window.statusBar().currentMessage()
    assert "The backup was restored." in status and kept[0] in status
    notice = window.findChild(QMessageBox, "restore_notice")
    assert notice is not None and kept[0] in notice.text()
    assert screen.restore_button.isFlat()  # quiet again for the next lock


def _external_backup(folder: Path, out: Path) -> None:
    """A hypothesis in the vault, then an external backup (which leaves it out)."""
    session = unlock(folder, PASSPHRASE)
    try:
        caseload = Caseload(session)
        caseload.add_hypothesis(
            stores(session).persons.ids()[0], "hypothèse privée", date(2026, 3, 2)
        )
        backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    finally:
        session.close()


def test_external_backup_wrong_passphrase_then_right(
    qtbot: QtBot,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Wrong backup passphrase: plain message, nothing changed; the right one: no hypotheses."""
    out = tmp_path / "usb" / "carnet.carnet-backup"
    out.parent.mkdir()
    _external_backup(existing_vault.folder, out)
    monkeypatch.setattr(locked_restore, "private_open_path", lambda *_: out)
    before = folder_digest(existing_vault.folder)
    window = make_window(existing_vault.folder)
    dialog = _open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.choose_file, Qt.MouseButton.LeftButton)
    chosen = dialog.chosen()
    assert chosen is not None and chosen[0] == out and chosen[1]
    assert dialog.backup_passphrase.isVisible()
    assert "no working hypotheses" in dialog.explanation.text()
    qtbot.keyClicks(dialog.vault_passphrase, existing_vault.passphrase)
    qtbot.keyClicks(dialog.backup_passphrase, "pas la bonne phrase")
    _restore(qtbot, dialog)
    assert "passphrase of this backup is not correct" in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    assert dialog.backup_passphrase.text() == "" and dialog.backup_passphrase.hasFocus()
    assert dialog.isVisible() and window.session is None
    assert folder_digest(existing_vault.folder) == before
    qtbot.keyClicks(dialog.backup_passphrase, BACKUP_PASS)
    _restore(qtbot, dialog)
    assert window.current_page() is window.workspace
    assert window.session is not None and window.session.counts().hypotheses == 0
    assert "no working hypotheses" in window.statusBar().currentMessage()


def test_refusals_before_anything_runs(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk, tmp_path: Path
) -> None:
    """No snapshot yet, no file: the dialog says what to choose; not a backup file: said plainly."""
    window = make_window(existing_vault.folder)
    dialog = _open_dialog(qtbot, window)
    assert dialog.chosen() is None and not dialog.go.isEnabled()
    assert "no snapshot" in dialog.explanation.text()
    junk = tmp_path / "notes.txt"
    junk.write_text("pas une sauvegarde")
    dialog.use_file(junk)
    assert "not a Carnet backup" in dialog.message.text()
    assert dialog.chosen() is None
    dialog.reject()
    assert not dialog.isVisible() and window.session is None


def test_damaged_key_file_offers_restore_and_explains_the_dead_end(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Damaged key file: restore is offered; when it cannot help either, the dialog says why."""
    _snapshot_then_more(existing_vault.folder)
    (existing_vault.folder / "carnet.key").write_bytes(b'{"format": "carnet-keyfile", ')
    before = folder_digest(existing_vault.folder)
    window = make_window(existing_vault.folder)
    screen = window.unlock_screen
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert "key file" in screen.message.text()
    assert not screen.restore_button.isFlat() and screen.restore_button.isDefault()
    dialog = _open_dialog(qtbot, window)
    _restore(qtbot, dialog)
    assert "key file of this vault is damaged or missing" in dialog.message.text()
    assert window.session is None and folder_digest(existing_vault.folder) == before


def test_database_without_key_file_offers_restore_at_start(
    make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """A database whose key file is gone: the start page says so, with restore as the way."""
    (existing_vault.folder / "carnet.key").unlink()
    window = make_window(existing_vault.folder)
    screen = window.unlock_screen
    assert window.current_page() is screen
    assert "key file" in screen.message.text()
    assert not screen.restore_button.isFlat() and screen.restore_button.isDefault()
