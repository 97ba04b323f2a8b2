"""Tests for app/core/sealing.py: hypotheses sealed to the computer where they were written.

A "device" is a configuration folder of its own (the autouse `device` fixture
in tests/conftest.py); `move_to` switches the test to another one, as if the
vault folder had been copied to a second computer.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.core import restore, snapshots
from app.core.caseload import Caseload
from app.core.device import ENV_CONFIG_DIR
from app.core.sealing import start_new_here
from app.core.session import database, stores
from app.core.vault import unlock
from app.core.workspace_queries import person_file
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import HypothesesSealedElsewhere
from app.domain.ids import PersonId
from app.domain.models import PersonDraft
from app.storage import purge, sealed
from app.storage.connection import open_database
from app.storage.schema import CURRENT_VERSION, schema_version
from tests.support import PASSPHRASE, draft, raw_files
from tests.support.legacy import legacy_text, make_legacy_vault
from tests.support.pages import decrypted_bytes, scan_for

THOUGHT = "qzsealcanary emprise probable du conjoint"
FACT = "qzfactcanary dossier FSL déposé"
WHEN = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def move_to(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """From now on, this test runs on the "computer" whose configuration folder is `folder`."""
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv(ENV_CONFIG_DIR, str(folder))


def _written_vault(vault_dir: Path) -> tuple[bytes, PersonId]:
    """A vault with one fact and one hypothesis, locked again; returns its data key."""
    from app.core.vault import create_vault

    session = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS).session
    caseload = Caseload(session)
    person = caseload.add_person(PersonDraft("Mme Scellée"))
    interview = caseload.add_interview(person, draft(), FACT)
    caseload.add_hypothesis(person, THOUGHT, date(2024, 4, 30), interview)
    snapshots.take_snapshot(session, WHEN)
    key = session.data_key()
    session.close()
    return key, person


def test_copied_folder_on_another_computer(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Elsewhere: check passes, facts found, hypotheses neither shown nor searched, and said so."""
    key, person = _written_vault(vault_dir)
    copy = tmp_path / "usb-key-copy"
    shutil.copytree(vault_dir, copy)
    move_to(monkeypatch, tmp_path / "second-computer")
    session = unlock(copy, PASSPHRASE)
    try:
        assert not session.hypotheses_here
        assert session.check().ok and session.counts().hypotheses == 0
        caseload = Caseload(session)
        assert [h.is_hypothesis for h in caseload.search("qzfactcanary")] == [False]
        assert caseload.search("qzsealcanary", include_hypotheses=True) == []
        shown = person_file(session, person)
        assert shown.hypotheses == () and shown.hypotheses_elsewhere
        with pytest.raises(HypothesesSealedElsewhere):
            caseload.add_hypothesis(person, "nouvelle", date.today())
    finally:
        session.close()
    _no_hypothesis_with_data_key(copy, key)


def _no_hypothesis_with_data_key(folder: Path, key: bytes) -> None:
    """Every file of the folder, raw and decrypted with the data key alone: no hypothesis text."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "hypotheses.db" for p in files)  # the sealed file did travel
    for path in files:
        assert not scan_for(path.read_bytes(), "qzsealcanary"), path
        if path.suffix == ".db" and path.stat().st_size:
            try:
                plain = decrypted_bytes(path, key)
            except Exception:
                continue
            assert not scan_for(plain, "qzsealcanary"), path
    assert any(scan_for(decrypted_bytes(folder / "carnet.db", key), w) for w in ("qzfactcanary",))


def test_original_computer_still_reads_everything(vault_dir: Path) -> None:
    """On the computer that wrote them, the hypotheses, their search and snapshots work."""
    _, person = _written_vault(vault_dir)
    session = unlock(vault_dir, PASSPHRASE)
    try:
        assert session.hypotheses_here
        [thought] = stores(session).hypotheses.for_person(person)
        assert thought.text == THOUGHT
        hits = Caseload(session).search("qzsealcanary", include_hypotheses=True)
        assert [h.is_hypothesis for h in hits] == [True]
        [snap] = snapshots.list_snapshots(session.paths)
        assert sealed.companion(snap.path).exists()
    finally:
        session.close()


def test_restore_of_a_snapshot_brings_the_hypotheses_back(vault_dir: Path) -> None:
    """A snapshot restored on the same computer brings back the hypotheses it held."""
    _, person = _written_vault(vault_dir)
    session = unlock(vault_dir, PASSPHRASE)
    [snap] = snapshots.list_snapshots(session.paths)
    assert purge.destroy_hypotheses(database(session), person) == 1
    result = restore.restore(session, snap.path, now=WHEN)
    try:
        assert [h.text for h in stores(result.session).hypotheses.for_person(person)] == [THOUGHT]
        assert result.session.check().ok
    finally:
        result.session.close()


def test_start_new_hypotheses_keeps_the_sealed_file(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Secret lost or other computer: new hypotheses can start; the old file is kept aside."""
    _, person = _written_vault(vault_dir)
    before = (vault_dir / "hypotheses.db").read_bytes()
    move_to(monkeypatch, tmp_path / "reinstalled")
    session = unlock(vault_dir, PASSPHRASE)
    try:
        start_new_here(session)
        assert session.hypotheses_here
        Caseload(session).add_hypothesis(person, "qznouvelle piste", date.today())
        assert [h.text for h in stores(session).hypotheses.for_person(person)] == [
            "qznouvelle piste"
        ]
    finally:
        session.close()
    [kept] = vault_dir.glob("hypotheses.sealed-elsewhere-*.db")
    assert kept.read_bytes() == before
    again = unlock(vault_dir, PASSPHRASE)
    try:
        assert again.hypotheses_here and len(stores(again).hypotheses.for_person(person)) == 1
    finally:
        again.close()


def test_first_unlock_seals_an_existing_vault(tmp_path: Path) -> None:
    """A vault from before: its hypotheses move to the sealed file, ids kept, carnet.db scrubbed."""
    folder = tmp_path / "old-vault"
    key = make_legacy_vault(folder)
    assert scan_for(decrypted_bytes(folder / "carnet.db", key), "qzlegacy0000")
    session = unlock(folder, PASSPHRASE)
    try:
        assert schema_version(database(session)) == CURRENT_VERSION
        texts = [h.text for h in stores(session).hypotheses.for_person(PersonId(1))]
        assert sorted(texts) == [legacy_text(0), legacy_text(1)]
        assert [h.id for h in stores(session).hypotheses.for_person(PersonId(2))] == [4, 3]
        assert not sealed.main_holds_hypotheses(database(session))
        assert session.check().ok
    finally:
        session.close()
    plain = decrypted_bytes(folder / "carnet.db", key)
    assert not any(scan_for(plain, legacy_text(n)[:12]) for n in range(6))
    assert scan_for(plain, "qzfait0")  # positive control: the facts are still there
    assert not any(scan_for(data, "qzlegacy") for data in raw_files(folder).values())


def test_external_backup_restore_starts_without_hypotheses(session: object, tmp_path: Path) -> None:
    """A vault file without the seal marker and no hypotheses gets an empty sealed file."""
    del session
    folder = tmp_path / "bare"
    key = make_legacy_vault(folder, persons=1, per_person=0)
    db = open_database(folder / "carnet.db", key)
    try:
        with db.write() as conn:
            for statement in ("DROP TABLE hypotheses_fts", "DROP TABLE hypotheses"):
                conn.execute(statement)
    finally:
        db.close()
    opened = unlock(folder, PASSPHRASE)
    try:
        assert opened.hypotheses_here and opened.counts().hypotheses == 0
        assert (folder / "hypotheses.db").exists()
    finally:
        opened.close()
