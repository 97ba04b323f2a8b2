"""External backups: one verified file, no hypotheses, the date remembered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core import backup
from app.core.caseload import Caseload
from app.core.session import Session, database
from app.crypto import backup_format as fmt
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import BackupInvalid, InvalidInput, VaultNotFound
from app.storage.export_copy import open_copy, table_counts
from tests.support.backup_data import ALL_CANARIES, PERSON_CANARIES, canaries_in, populate
from tests.support.pages import scan_for

BACKUP_PASS = "phrase de la clé USB, longue et à part"
WHEN = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """A destination folder outside the vault (a USB key)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _inner(path: Path, tmp_path: Path) -> tuple[Path, bytes]:
    header = fmt.read_header(path)
    key = fmt.unlock_backup(header, BACKUP_PASS)
    inner = tmp_path / "inner.db"
    fmt.extract_database(path, header, inner)
    return inner, key


def test_backup_report(session: Session, caseload: Caseload, usb: Path) -> None:
    """The report gives path, size, date and counts, with hypotheses at 0."""
    populate(caseload)
    out = usb / "carnet.carnet-backup"
    report = backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    assert report.path == out and report.size_bytes == out.stat().st_size
    assert report.created_at == WHEN and report.hypotheses_included is False
    assert (report.counts.persons, report.counts.interviews, report.counts.hypotheses) == (2, 2, 0)
    assert sorted(p.name for p in usb.iterdir()) == [out.name]
    assert not any(p.name.startswith(".work-") for p in session.paths.folder.iterdir())


def test_backup_holds_everything_but_hypotheses(
    session: Session, caseload: Caseload, usb: Path, tmp_path: Path
) -> None:
    """Decrypting every page of the backup's database shows the facts, never a hypothesis."""
    populate(caseload)
    out = usb / "b.carnet-backup"
    expected = table_counts(database(session), outside=True)
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    inner, key = _inner(out, tmp_path)
    assert canaries_in(inner, key) == list(PERSON_CANARIES)
    copy = open_copy(inner, key)
    try:
        assert table_counts(copy) == expected
    finally:
        copy.close()
    raw = out.read_bytes()
    assert not any(scan_for(raw, canary) for canary in ALL_CANARIES)


def test_last_backup_date_and_reminder(session: Session, usb: Path) -> None:
    """No backup yet: reminder due; right after one: not due; 30 days later: due again."""
    assert backup.last_external_backup(session) is None
    assert backup.backup_reminder_due(session, WHEN)
    backup.make_external_backup(session, usb / "b", BACKUP_PASS, TEST_PARAMS, WHEN)
    assert backup.last_external_backup(session) == WHEN
    assert not backup.backup_reminder_due(session, WHEN + timedelta(days=29))
    assert backup.backup_reminder_due(session, WHEN + timedelta(days=30))


def test_inspect(session: Session, usb: Path) -> None:
    """A backup can be recognised and checked without its passphrase."""
    out = usb / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    info = backup.inspect_backup(out)
    assert info.created_at == WHEN and info.size_bytes == out.stat().st_size
    assert backup.is_external_backup(out)
    assert not backup.is_external_backup(session.paths.database)
    with pytest.raises(BackupInvalid):
        backup.inspect_backup(session.paths.database)


def test_replaces_an_older_backup(session: Session, caseload: Caseload, usb: Path) -> None:
    """A new backup at the same path replaces the old one whole."""
    out = usb / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    populate(caseload)
    report = backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    assert report.counts.persons == 2
    assert backup.inspect_backup(out).size_bytes == report.size_bytes


def test_stale_temp_files_are_removed(session: Session, usb: Path) -> None:
    """A temp file left by an interrupted backup to the same file is removed at the next one."""
    out = usb / "b.carnet-backup"
    stale = usb / f".{out.name}.abcdef{backup.TEMP_SUFFIX}"
    stale.write_bytes(b"partial")
    unrelated = usb / "photo.jpg"
    unrelated.write_bytes(b"x")
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    assert sorted(p.name for p in usb.iterdir()) == sorted([out.name, "photo.jpg"])


def test_destination_checks(session: Session, usb: Path) -> None:
    """Missing folder, a folder as target, the vault folder, no passphrase: each refused."""
    with pytest.raises(VaultNotFound):
        backup.make_external_backup(session, usb / "no" / "b", BACKUP_PASS, TEST_PARAMS)
    with pytest.raises(InvalidInput):
        backup.make_external_backup(session, usb, BACKUP_PASS, TEST_PARAMS)
    with pytest.raises(InvalidInput):
        backup.make_external_backup(session, session.paths.folder / "b", BACKUP_PASS, TEST_PARAMS)
    with pytest.raises(InvalidInput):
        backup.make_external_backup(session, usb / "b", "", TEST_PARAMS)
    assert list(usb.iterdir()) == []


def test_verification_reads_the_file_back(session: Session, usb: Path, tmp_path: Path) -> None:
    """verify_backup_file re-reads the file and refuses counts that differ from the export."""
    out = usb / "b.carnet-backup"
    expected = table_counts(database(session), outside=True)
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    backup.verify_backup_file(out, BACKUP_PASS, expected, scratch)
    (scratch / "check.db").unlink()
    with pytest.raises(BackupInvalid):
        backup.verify_backup_file(out, BACKUP_PASS, dict(expected, persons=5), scratch)
