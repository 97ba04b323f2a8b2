"""An unlocked vault: the open database, the lock, and the data key in memory.

Closing it (locking) checkpoints the WAL, closes the connection, releases the
lock and overwrites the key bytes we hold. Every use case goes through here.

The storage repositories are not attributes of `Session`: the UI and the CLI
hold a session and call use cases in `app.core`; only modules of `app.core`
reach the repositories, through `stores(session)` and `database(session)`
(tests/test_layers.py fails if `app.ui` or `app.cli` call either).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core import device
from app.core.paths import VaultPaths
from app.crypto import keyfile as kf
from app.crypto.kdf import KdfParams, calibrate
from app.crypto.recovery import format_recovery_key, new_recovery_secret
from app.domain.errors import CarnetError, VaultLocked
from app.domain.models import IntegrityReport, VaultCounts
from app.storage.connection import Database
from app.storage.disclosures import DisclosureStore
from app.storage.followups import FollowUpStore
from app.storage.hypotheses import HypothesisStore
from app.storage.interviews import InterviewStore
from app.storage.lockfile import VaultLock
from app.storage.persons import PersonStore
from app.storage.search import SearchStore
from app.storage.settings import VaultSettings
from app.storage.vaultcheck import cipher_settings, integrity_problems


@dataclass(frozen=True, slots=True)
class Stores:
    """The storage repositories of one open vault; for `app.core` only."""

    persons: PersonStore
    interviews: InterviewStore
    hypotheses: HypothesisStore
    follow_ups: FollowUpStore
    disclosures: DisclosureStore
    search_index: SearchStore
    settings: VaultSettings

    @classmethod
    def over(cls, db: Database, hypotheses_readable: Callable[[], bool] | None = None) -> Stores:
        """`hypotheses_readable`: False while they are sealed to another computer."""
        return cls(
            persons=PersonStore(db),
            interviews=InterviewStore(db),
            hypotheses=HypothesisStore(db, hypotheses_readable or (lambda: True)),
            follow_ups=FollowUpStore(db),
            disclosures=DisclosureStore(db),
            search_index=SearchStore(db),
            settings=VaultSettings(db),
        )


class Session:
    def __init__(
        self,
        paths: VaultPaths,
        db: Database,
        lock: VaultLock,
        data_key: bytearray,
        keyfile: kf.KeyFile,
        sealed_key: bytes | None = None,
    ) -> None:
        self.paths = paths
        self._db: Database | None = db
        self._lock = lock
        self._data_key = data_key
        self._keyfile = keyfile
        # The key of hypotheses.db (data key + this computer's secret); None when
        # they are sealed to another computer (see app/core/sealing.py).
        self._sealed_key = bytearray(sealed_key) if sealed_key is not None else None
        device.hold(self)  # this computer's secret stays in memory until this locks
        self._stores = Stores.over(db, lambda: self.hypotheses_here)
        # What opening did on its own, for the interface to say once.
        self.tightened: tuple[Path, ...] = ()  # files and folders whose mode was too loose
        self.erasure_warnings: tuple[CarnetError, ...] = ()  # an interrupted erasure, finished

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def _database(self) -> Database:
        if self._db is None:
            raise VaultLocked()
        return self._db

    @property
    def hypotheses_here(self) -> bool:
        """False when the hypotheses are sealed to another computer (or its secret is lost)."""
        return self._sealed_key is not None

    def sealed_key(self) -> bytes | None:
        """The hypotheses file's key, for on-device snapshots only; None if sealed elsewhere."""
        if self._db is None:
            raise VaultLocked()
        return bytes(self._sealed_key) if self._sealed_key is not None else None

    def reseal(self, sealed_key: bytes) -> None:
        """After `sealing.start_new_hypotheses`: the new file's key."""
        self._sealed_key = bytearray(sealed_key)

    def data_key(self) -> bytes:
        """The raw key, for the backup routine only; never logged, never stored."""
        if self._db is None:
            raise VaultLocked()
        return bytes(self._data_key)

    def close(self) -> None:
        """Lock: checkpoint, close, release the lock, overwrite the key we hold."""
        if self._db is None:
            return
        try:
            self._db.close()
        finally:
            self._db = None
            for key in (self._data_key, self._sealed_key or bytearray()):
                for index in range(len(key)):
                    key[index] = 0
            self._sealed_key = None
            device.release(self)
            self._lock.release()

    def change_passphrase(self, new_passphrase: str, params: KdfParams | None = None) -> None:
        """Rewrite only the key file's passphrase slot, atomically."""
        key = self.data_key()
        slot = kf.passphrase_slot(
            key, self._keyfile.vault_id, new_passphrase, params or calibrate()
        )
        updated = self._keyfile.with_slot(slot)
        kf.write_keyfile(self.paths.keyfile, updated)
        self._keyfile = updated

    def new_recovery_key(self) -> str:
        """Replace the recovery slot; the previous paper key stops working."""
        secret = new_recovery_secret()
        updated = self._keyfile.with_slot(
            kf.recovery_slot(self.data_key(), self._keyfile.vault_id, secret)
        )
        kf.write_keyfile(self.paths.keyfile, updated)
        self._keyfile = updated
        return format_recovery_key(secret)

    def weak_key_derivation(self) -> bool:
        """The passphrase slot's Argon2 parameters are below the calibrated floor."""
        slot = self._keyfile.slot(kf.PASSPHRASE)
        return slot is not None and kf.params_from_kdf(slot.kdf).below_floor()

    @property
    def has_recovery_key(self) -> bool:
        return self._keyfile.slot(kf.RECOVERY) is not None

    def counts(self) -> VaultCounts:
        db = self._database()

        def count(table: str) -> int:
            return int(db.scalar(f"SELECT count(*) FROM {table}"))

        return VaultCounts(
            persons=count("persons"),
            interviews=count("interviews"),
            hypotheses=count("hypotheses") if self.hypotheses_here else 0,
            follow_ups=count("follow_ups"),
            disclosures=count("disclosures"),
        )

    def check(self) -> IntegrityReport:
        problems = integrity_problems(self._database())
        settings = cipher_settings(self._database())
        return IntegrityReport(
            ok=not problems,
            problems=tuple(problems),
            cipher_version=settings.get("cipher_version", ""),
            settings=settings,
            counts=self.counts(),
        )


def stores(session: Session) -> Stores:
    """The repositories behind a session: for use cases in `app.core`, never the UI or CLI."""
    return session._stores


def database(session: Session) -> Database:
    """The open database behind a session (VaultLocked once closed); `app.core` only."""
    return session._database()
