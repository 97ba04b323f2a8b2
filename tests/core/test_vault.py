"""Tests for app/core/vault.py: creating, unlocking, recovering — and every way to fail cleanly.

Every failure case proves three things: the right error class, not one byte
changed in the vault folder (SHA-256 of every file), and the lock released
(the untouched vault, or its restored file, opens normally afterwards).
"""

from __future__ import annotations

import base64
import json
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.core.caseload import Caseload
from app.core.paths import VaultPaths
from app.core.vault import create_vault, unlock, unlock_with_recovery_key
from app.crypto import kdf
from app.crypto import keyfile as kf
from app.crypto.kdf import MIN_DEFAULT_MEMORY_KIB, MIN_DEFAULT_TIME_COST, TEST_PARAMS
from app.domain.errors import (
    CarnetError,
    KeyFileCorrupted,
    UnsafeKdfParameters,
    VaultAlreadyExists,
    VaultCorrupted,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from app.domain.models import PersonDraft
from app.storage.connection import open_database
from app.storage.lockfile import VaultLock
from tests.support import OTHER_PASSPHRASE, PASSPHRASE, WORKERS, draft, folder_digest

PAGE = 4096
PERSONS = 12


@dataclass
class Vault:
    """A closed vault on disk with known contents and its recovery key."""

    folder: Path
    recovery_key: str
    data_key: bytes


@pytest.fixture
def vault(vault_dir: Path) -> Vault:
    """A closed vault of many pages (all checkpointed into the main file)."""
    created = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS)
    caseload = Caseload(created.session)
    for index in range(PERSONS):
        person = caseload.add_person(PersonDraft(f"Personne {index}", "Org", "détails"))
        for note in range(5):
            caseload.add_interview(person, draft(), f"note {index}.{note} " + "texte " * 400)
    key = created.session.data_key()
    created.session.close()
    assert created.recovery_key is not None
    assert (vault_dir / "carnet.db").stat().st_size > 60 * PAGE
    return Vault(vault_dir, created.recovery_key, key)


def _assert_sound(folder: Path, passphrase: str = PASSPHRASE) -> None:
    """The vault opens normally and holds what the fixture wrote."""
    session = unlock(folder, passphrase)
    try:
        assert session.counts().persons == PERSONS
        assert session.check().ok
    finally:
        session.close()


def _assert_lock_free(folder: Path) -> None:
    lock = VaultLock(VaultPaths(folder).lockfile)
    lock.acquire()
    lock.release()


# Damage done to a vault: (what to do to the folder) -------------------------------


def _flip(offset: int) -> Callable[[Vault], None]:
    def damage(v: Vault) -> None:
        path = v.folder / "carnet.db"
        data = bytearray(path.read_bytes())
        data[offset if offset >= 0 else len(data) + offset] ^= 0x10
        path.write_bytes(bytes(data))

    return damage


def _truncate(keep: Callable[[int], int]) -> Callable[[Vault], None]:
    def damage(v: Vault) -> None:
        path = v.folder / "carnet.db"
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.truncate(keep(size))

    return damage


def _edit_keyfile(edit: Callable[[dict[str, Any]], None]) -> Callable[[Vault], None]:
    def damage(v: Vault) -> None:
        path = v.folder / "carnet.key"
        doc = json.loads(path.read_bytes())
        edit(doc)
        path.write_text(json.dumps(doc))

    return damage


def _passphrase_slot(doc: dict[str, Any]) -> dict[str, Any]:
    slot: dict[str, Any] = next(s for s in doc["slots"] if s["kind"] == "passphrase")
    return slot


def _flip_wrapped(doc: dict[str, Any]) -> None:
    slot = _passphrase_slot(doc)
    raw = bytearray(base64.b64decode(slot["wrapped_key"]))
    raw[3] ^= 0x01
    slot["wrapped_key"] = base64.b64encode(bytes(raw)).decode()


def _set_kdf(name: str, value: int) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        _passphrase_slot(doc)["kdf"][name] = value

    return edit


def _user_version(version: int) -> Callable[[Vault], None]:
    def damage(v: Vault) -> None:
        db = open_database(v.folder / "carnet.db", v.data_key)
        with db.write() as conn:
            conn.execute(f"PRAGMA user_version = {version}")
        db.close()

    return damage


def _write_key(data: bytes) -> Callable[[Vault], None]:
    def damage(v: Vault) -> None:
        (v.folder / "carnet.key").write_bytes(data)

    return damage


def _nothing(_: Vault) -> None:
    return None


def _remove_db(v: Vault) -> None:
    (v.folder / "carnet.db").unlink()


@dataclass(frozen=True)
class Case:
    damage: Callable[[Vault], None]
    expected: type[CarnetError]
    passphrase: str = PASSPHRASE
    restorable: bool = True  # putting the original files back makes it open again
    argon2_allowed: bool = True


CASES: dict[str, Case] = {
    "wrong passphrase": Case(_nothing, WrongPassphrase, passphrase="pas la bonne"),
    "empty passphrase": Case(_nothing, WrongPassphrase, passphrase=""),
    "flip on page 1": Case(_flip(200), VaultCorrupted),
    "flip in page 1 salt": Case(_flip(5), VaultCorrupted),
    "flip in page 1 HMAC": Case(_flip(PAGE - 7), VaultCorrupted),
    "flip on page 2": Case(_flip(PAGE + 100), VaultCorrupted),
    "flip on page 40": Case(_flip(39 * PAGE + 2000), VaultCorrupted),
    "flip in page 40 IV": Case(_flip(40 * PAGE - 80 + 4), VaultCorrupted),
    "flip on last page": Case(_flip(-PAGE + 10), VaultCorrupted),
    "truncated mid-page": Case(_truncate(lambda n: n - PAGE // 2), VaultCorrupted),
    "truncated by 10 pages": Case(_truncate(lambda n: n - 10 * PAGE), VaultCorrupted),
    "truncated to 1 page": Case(_truncate(lambda n: PAGE), VaultCorrupted),
    "truncated to 100 bytes": Case(_truncate(lambda n: 100), VaultCorrupted),
    "truncated to nothing": Case(_truncate(lambda n: 0), VaultCorrupted),
    "database missing": Case(_remove_db, VaultCorrupted),
    "key file not JSON": Case(_write_key(b'{"format": "carnet-keyfile", '), KeyFileCorrupted),
    "key file empty": Case(_write_key(b""), KeyFileCorrupted),
    "key file bad base64": Case(
        _edit_keyfile(lambda d: _passphrase_slot(d).update(wrapped_key="@@not base64@@")),
        KeyFileCorrupted,
    ),
    # GCM cannot tell a damaged ciphertext from a wrong key: WrongPassphrase (see test_keyfile).
    "key file flipped ciphertext": Case(_edit_keyfile(_flip_wrapped), WrongPassphrase),
    "planted 50 GiB": Case(
        _edit_keyfile(_set_kdf("memory_kib", 50 * 1024 * 1024)),
        UnsafeKdfParameters,
        argon2_allowed=False,
    ),
    "planted t=1000": Case(
        _edit_keyfile(_set_kdf("time_cost", 1000)), UnsafeKdfParameters, argon2_allowed=False
    ),
    "planted p=64": Case(
        _edit_keyfile(_set_kdf("parallelism", 64)), UnsafeKdfParameters, argon2_allowed=False
    ),
    "key file version 2": Case(
        _edit_keyfile(lambda d: d.update(version=2)), VaultTooNew, argon2_allowed=False
    ),
    "schema too new": Case(_user_version(99), VaultTooNew, restorable=False),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_failure_changes_nothing_and_frees_the_lock(
    vault: Vault, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each damage gives its own error; every file is byte-identical after; the lock is free."""
    case = CASES[name]
    pristine = tmp_path / "pristine"
    shutil.copytree(vault.folder, pristine)
    case.damage(vault)
    before = folder_digest(vault.folder)
    if not case.argon2_allowed:
        monkeypatch.setattr(kdf, "hash_secret_raw", _refuse_argon2)
    with pytest.raises(CarnetError) as info:
        unlock(vault.folder, case.passphrase).close()
    assert type(info.value) is case.expected, info.value
    assert folder_digest(vault.folder) == before
    _assert_lock_free(vault.folder)
    monkeypatch.undo()
    if case.restorable:
        shutil.rmtree(vault.folder)
        shutil.copytree(pristine, vault.folder)
        _assert_sound(vault.folder)


def _refuse_argon2(**_: Any) -> bytes:
    raise AssertionError("Argon2 ran although the key file should have been refused first")


def test_damaged_passphrase_slot_leaves_recovery_usable(vault: Vault) -> None:
    """With the passphrase slot's ciphertext damaged, the paper key still opens the vault."""
    _edit_keyfile(_flip_wrapped)(vault)
    session = unlock_with_recovery_key(
        vault.folder, vault.recovery_key, OTHER_PASSPHRASE, TEST_PARAMS
    )
    session.close()
    _assert_sound(vault.folder, OTHER_PASSPHRASE)


def test_recovery_on_damaged_database_does_not_rewrite_key_file(vault: Vault) -> None:
    """Recovery on a damaged database fails before setting the new passphrase: nothing changes."""
    _flip(39 * PAGE + 2000)(vault)
    before = folder_digest(vault.folder)
    with pytest.raises(VaultCorrupted):
        unlock_with_recovery_key(vault.folder, vault.recovery_key, OTHER_PASSPHRASE, TEST_PARAMS)
    assert folder_digest(vault.folder) == before
    _assert_lock_free(vault.folder)


def test_wrong_recovery_key(vault: Vault) -> None:
    """A well-formed but wrong recovery key raises WrongRecoveryKey and changes nothing."""
    before = folder_digest(vault.folder)
    wrong = "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"
    assert wrong != vault.recovery_key
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(vault.folder, wrong, OTHER_PASSPHRASE, TEST_PARAMS)
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(vault.folder, "trop court", OTHER_PASSPHRASE, TEST_PARAMS)
    assert folder_digest(vault.folder) == before
    _assert_sound(vault.folder)


def test_recovery_sets_a_new_passphrase(vault: Vault) -> None:
    """Recovery key (typed sloppily) sets a new passphrase: the old one fails, the new one works."""
    typed = vault.recovery_key.lower().replace("-", " ").replace("0", "o")
    session = unlock_with_recovery_key(vault.folder, typed, OTHER_PASSPHRASE, TEST_PARAMS)
    assert session.counts().persons == PERSONS
    session.close()
    with pytest.raises(WrongPassphrase):
        unlock(vault.folder, PASSPHRASE)
    _assert_sound(vault.folder, OTHER_PASSPHRASE)
    again = unlock_with_recovery_key(vault.folder, vault.recovery_key, PASSPHRASE, TEST_PARAMS)
    again.close()  # the paper key keeps working after use
    _assert_sound(vault.folder, PASSPHRASE)


def test_stale_key_temps_removed_only_after_a_good_unlock(vault: Vault) -> None:
    """A temp key file left by a killed write survives a failed unlock; a good unlock drops it."""
    stale = vault.folder / ".carnet.key.k1ll3d.tmp"
    stale.write_bytes((vault.folder / "carnet.key").read_bytes())
    before = folder_digest(vault.folder)
    with pytest.raises(WrongPassphrase):
        unlock(vault.folder, "pas la bonne")
    assert folder_digest(vault.folder) == before
    _assert_sound(vault.folder)
    assert not stale.exists()


def test_vault_without_recovery_key(vault_dir: Path) -> None:
    """A vault made without a recovery key says so and refuses any recovery attempt."""
    created = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    assert created.recovery_key is None
    assert not created.session.has_recovery_key
    created.session.close()
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(vault_dir, "0" * 32, OTHER_PASSPHRASE, TEST_PARAMS)
    _assert_lock_free(vault_dir)


def test_missing_vault(tmp_path: Path) -> None:
    """An empty or absent folder is VaultNotFound, and nothing is created in it."""
    with pytest.raises(VaultNotFound):
        unlock(tmp_path / "absent", PASSPHRASE)
    assert not (tmp_path / "absent").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(VaultNotFound):
        unlock(tmp_path / "empty", PASSPHRASE)
    assert list((tmp_path / "empty").iterdir()) == []


def test_create_makes_private_files(vault: Vault) -> None:
    """The vault folder is 0700, every file in it 0600, and only the expected files exist."""
    assert stat.S_IMODE(vault.folder.stat().st_mode) == 0o700
    names = {p.name for p in vault.folder.iterdir()}
    assert names == {"carnet.db", "carnet.key", "carnet.lock", "hypotheses.db"}
    for path in vault.folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_create_refuses_an_existing_vault(vault: Vault) -> None:
    """Creating over an existing vault raises VaultAlreadyExists and changes nothing."""
    before = folder_digest(vault.folder)
    with pytest.raises(VaultAlreadyExists):
        create_vault(vault.folder, OTHER_PASSPHRASE, TEST_PARAMS)
    assert folder_digest(vault.folder) == before


def test_create_reports_progress(vault_dir: Path) -> None:
    """Creation reports its steps, so the interface can say what it is doing."""
    steps: list[str] = []
    create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, progress=steps.append).session.close()
    assert steps == ["calibrating", "deriving", "creating"]


def test_real_default_parameters(vault_dir: Path) -> None:
    """A vault created with the real calibrated defaults uses ≥ 64 MiB and t ≥ 3, and reopens."""
    created = create_vault(vault_dir, PASSPHRASE)
    created.session.close()
    slot = kf.read_keyfile(vault_dir / "carnet.key").slot(kf.PASSPHRASE)
    assert slot is not None
    params = kf.params_from_kdf(slot.kdf)
    assert params.memory_kib >= MIN_DEFAULT_MEMORY_KIB
    assert params.time_cost >= MIN_DEFAULT_TIME_COST
    unlock(vault_dir, PASSPHRASE).close()


# A second process -------------------------------------------------------------


def _worker(folder: Path, mode: str, passphrase: str = PASSPHRASE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKERS / "open_vault.py"), str(folder), passphrase, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _try_from_another_process(folder: Path) -> str:
    proc = _worker(folder, "try")
    out, _ = proc.communicate(timeout=60)
    return out.strip()


def test_second_process_gets_vault_in_use(vault: Vault) -> None:
    """While this process holds the vault, another gets VaultInUse; once closed, it opens."""
    session = unlock(vault.folder, PASSPHRASE)
    try:
        assert _try_from_another_process(vault.folder) == "VaultInUse"
        assert session.check().ok
    finally:
        session.close()
    assert _try_from_another_process(vault.folder) == f"ok {PERSONS}"


def test_this_process_gets_vault_in_use(vault: Vault) -> None:
    """While another process holds the vault, unlocking here is VaultInUse, files untouched."""
    proc = _worker(vault.folder, "hold")
    try:
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == "ready"
        with pytest.raises(VaultInUse):
            unlock(vault.folder, PASSPHRASE)
        with pytest.raises(VaultInUse):
            unlock(vault.folder, "même pas la bonne")  # told before any derivation
        proc.stdin.write("done\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "closed"
    finally:
        proc.communicate(timeout=60)
    _assert_sound(vault.folder)


def test_create_sets_an_orphan_database_aside(tmp_path: Path) -> None:
    """A database left without key file by a cut-short creation is renamed aside, not deleted."""
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "carnet.db").write_bytes(b"left over by a creation that was killed")
    created = create_vault(folder, PASSPHRASE, TEST_PARAMS)
    created.session.close()
    orphans = list(folder.glob("carnet.db.orphan-*"))
    assert len(orphans) == 1
    assert orphans[0].read_bytes() == b"left over by a creation that was killed"
    unlock(folder, PASSPHRASE).close()
