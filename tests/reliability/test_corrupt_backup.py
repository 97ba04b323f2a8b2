"""Damaged snapshots and backups are refused with BackupInvalid; the vault is untouched.

Seeded random damage, ≥ 100 trials for each kind of file: flipped bits,
zeroed or random blocks, truncation, bytes appended. Every trial tries a real
restore into an open vault and checks, by hash, that nothing changed.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core import backup, restore, snapshots
from app.core.caseload import Caseload
from app.core.session import Session, database
from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import BackupInvalid
from tests.reliability import SEED
from tests.reliability.workers.backup_common import BACKUP_PASS, TRIALS, leftovers
from tests.support import PASSPHRASE, folder_digest
from tests.support.backup_data import populate

pytestmark = pytest.mark.slow
WHEN = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)


def damage(data: bytes, rng: random.Random) -> bytes:
    """One random kind of damage; the result always differs from `data`."""
    out = bytearray(data)
    kind = rng.randrange(5)
    if kind == 0:  # a few flipped bits at distinct places
        for offset in rng.sample(range(len(out)), rng.randint(1, 8)):
            out[offset] ^= 1 << rng.randrange(8)
    elif kind == 1:  # a block zeroed (a bad sector)
        start = rng.randrange(len(out))
        out[start : start + 512] = b"\x00" * len(out[start : start + 512])
    elif kind == 2:  # a block overwritten with noise
        start = rng.randrange(len(out))
        out[start : start + 64] = os.urandom(len(out[start : start + 64]))
    elif kind == 3:  # an interrupted copy
        del out[rng.randrange(len(out)) :]
    else:  # junk appended
        out += os.urandom(rng.randint(1, 5000))
    if bytes(out) == data:
        out[0] ^= 0xFF
    return bytes(out)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[tuple[Session, Path, Path]]:
    """An open vault with one snapshot and one external backup."""
    session = create_vault(tmp_path / "vault", PASSPHRASE, TEST_PARAMS).session
    populate(Caseload(session))
    snap = snapshots.take_snapshot(session, WHEN).path
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    database(session).checkpoint()
    yield session, snap, out
    session.close()


def _vault_state(session: Session) -> dict[str, str]:
    digest = folder_digest(session.paths.folder)
    return {k: v for k, v in digest.items() if not k.endswith("-shm")}


@pytest.mark.parametrize("which", ["snapshot", "backup"])
def test_damaged_files_are_refused(
    vault: tuple[Session, Path, Path], which: str, tmp_path: Path
) -> None:
    """Every damaged copy is BackupInvalid; the vault's files are byte for byte the same."""
    session, snap, out = vault
    source = snap if which == "snapshot" else out
    pristine = source.read_bytes()
    damaged_path = tmp_path / f"damaged-{source.name}"
    rng = random.Random(SEED + (0 if which == "snapshot" else 1))
    before = _vault_state(session)
    for trial in range(TRIALS):
        damaged_path.write_bytes(damage(pristine, rng))
        with pytest.raises(BackupInvalid):
            restore.restore(session, damaged_path, BACKUP_PASS, WHEN)
        assert session.is_open, f"trial {trial}"
    assert _vault_state(session) == before
    assert leftovers(session.paths.folder, session.paths.snapshots) == []
    damaged_path.unlink()
    assert session.check().ok


def test_intact_files_still_restore(vault: tuple[Session, Path, Path]) -> None:
    """The control: the undamaged snapshot restores (so the refusals above mean damage)."""
    session, snap, _ = vault
    result = restore.restore(session, snap, now=WHEN)
    assert result.session.check().ok
    result.session.close()
