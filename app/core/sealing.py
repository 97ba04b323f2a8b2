"""Working hypotheses sealed to this computer: opening, first sealing, starting anew.

At every unlock `open_hypotheses` derives the key of `hypotheses.db` from the
data key and this computer's secret (app/core/device.py) and attaches it. A
vault that still keeps its hypotheses in `carnet.db` (made before sealing, or
a restored external backup) has them moved first, atomically:

1. a complete sealed file is written beside the vault under a temp name,
   fsynced, then renamed to `hypotheses.db` (any stale WAL removed first);
2. ONE transaction in `carnet.db` drops the old tables and records the seal
   marker: the commit point. Killed before it, the hypotheses are still in
   `carnet.db` and the next unlock starts again from step 1; after it, they
   are all in the sealed file;
3. `carnet.db` is compacted (VACUUM, WAL truncated) so no freed page keeps
   them; a marker makes the next unlock finish it if this one was cut short.
Snapshots taken before sealing get the same treatment at housekeeping.

If the marker does not match this computer (the folder was copied, or the
secret was lost), the file is left untouched and the state is ELSEWHERE.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.device import derived
from app.core.paths import VaultPaths
from app.core.session import Session, database
from app.crypto.sealing import hypotheses_key, seal_check
from app.domain.atomic import fsync_directory, fsync_file
from app.domain.errors import HypothesesSealedElsewhere
from app.storage import purge, sealed
from app.storage.connection import Database
from app.storage.export_copy import open_copy
from app.storage.snapshot import (
    list_files,
    publish,
    remove_with_side_files,
    rewrite_copy,
)

SEALED = "sealed"
ELSEWHERE = "elsewhere"
TEMP_PREFIX = ".tmp-hypotheses-"


@dataclass(frozen=True, slots=True)
class SealKeys:
    key: bytes
    check: str


def _both(data_key: bytes, secret: bytes) -> bytes:
    return hypotheses_key(data_key, secret) + bytes.fromhex(seal_check(data_key, secret))


def seal_keys(data_key: bytes) -> SealKeys | None:
    """This computer's key for the hypotheses of the vault with `data_key` (None: no secret).

    Held in memory while a vault is unlocked (app/core/device.py), like the secret.
    """
    both = derived(data_key, b"seal-keys", _both)
    if both is None:
        return None
    return SealKeys(both[:32], both[32:].hex())


def open_hypotheses(paths: VaultPaths, db: Database, data_key: bytes) -> tuple[str, bytes | None]:
    """Attach the sealed file (moving hypotheses into it first if needed); (state, key)."""
    keys = seal_keys(data_key)
    state = sealed.open_state(db)
    moving = state.check is None or state.main_holds
    if moving:
        if keys is None:
            return ELSEWHERE, None
        move_into_sealed_file(paths, db, keys)
    elif keys is None or state.check != keys.check:
        return ELSEWHERE, None
    sealed.attach(db, paths.hypotheses, keys.key)
    sealed.drop_orphans(db, pending=None if moving else state.sweep_pending)
    return SEALED, keys.key


def _publish_sealed(db: Database, final: Path, key: bytes) -> None:
    """Build a complete sealed file beside `final`, then rename it into place."""
    for stale in final.parent.glob(f"{TEMP_PREFIX}*"):
        remove_with_side_files(stale)
    temp = final.with_name(f"{TEMP_PREFIX}{os.urandom(8).hex()}.db")
    try:
        sealed.build_from_main(db, temp, key)
        fsync_file(temp)
        for side in ("-wal", "-shm", "-journal"):
            final.with_name(final.name + side).unlink(missing_ok=True)
        os.replace(temp, final)
        fsync_directory(final.parent)
    finally:
        remove_with_side_files(temp)


def move_into_sealed_file(paths: VaultPaths, db: Database, keys: SealKeys) -> None:
    """Steps 1 to 3 of the module docstring."""
    _publish_sealed(db, paths.hypotheses, keys.key)
    older = bool(list_files(paths.snapshots))  # taken before sealing: sealed at housekeeping
    sealed.drop_from_main(db, keys.check, older)  # the commit point
    purge.compact(db)
    purge.clear_compact(db)


def set_aside_name(paths: VaultPaths) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return paths.folder / f"hypotheses.sealed-elsewhere-{stamp}.db"


def start_new_hypotheses(paths: VaultPaths, db: Database, data_key: bytes) -> bytes:
    """Sealed elsewhere or secret lost: keep the unreadable file aside, seal a new one here.

    The file set aside stays in the vault folder (still readable on the computer
    that wrote it) until the worker erases it.
    """
    keys = seal_keys(data_key)
    if keys is None:
        raise HypothesesSealedElsewhere()
    sealed.detach(db)
    if paths.hypotheses.exists():
        os.replace(paths.hypotheses, set_aside_name(paths))
        fsync_directory(paths.folder)
    remove_with_side_files(paths.hypotheses)
    sealed.set_check(db, keys.check)
    sealed.attach(db, paths.hypotheses, keys.key)
    return keys.key


def seal_old_snapshot(snapshot: Path, data_key: bytes, key: bytes) -> bool:
    """A snapshot from before sealing: its hypotheses go to its companion file, then away."""
    copy = open_copy(snapshot, data_key, writable=True)
    try:
        if not sealed.main_holds_hypotheses(copy):
            return False
        target = sealed.companion(snapshot)
        temp = target.with_name(f"{TEMP_PREFIX}{os.urandom(8).hex()}.db")
        try:
            sealed.build_from_main(copy, temp, key)
            publish(temp, target)
        finally:
            remove_with_side_files(temp)
    finally:
        copy.close()
    rewrite_copy(snapshot, data_key, _drop_and_compact)
    return True


def _drop_and_compact(copy: Database) -> None:
    sealed.drop_from_main(copy, None)
    purge.clear_compact(copy)
    purge.compact(copy)


def scrub_companion(
    snapshot: Path, data_key: bytes, key: bytes | None, scrubs: list[purge.Scrub]
) -> None:
    """Erase from a snapshot's sealed companion the hypotheses that `scrubs` name.

    Which persons they are is read from the snapshot itself (id and creation
    stamp), so this runs before the snapshot loses them. Without this computer's
    key the companion cannot be edited: erasure wins, it is deleted.
    """
    target = sealed.companion(snapshot)
    if not target.exists():
        return
    if key is None:
        remove_with_side_files(target)
        return
    copy = open_copy(snapshot, data_key)
    try:
        persons = purge.persons_matched(copy, scrubs)
    finally:
        copy.close()
    if persons:
        rewrite_copy(target, key, lambda c: purge.scrub_hypotheses(c, persons))


def orphan_companions(folder: Path) -> list[Path]:
    """Companions whose snapshot is gone (a crash between the two deletions)."""
    if not folder.is_dir():
        return []
    kept = {sealed.companion(s.path) for s in list_files(folder)}
    orphans = [p for p in folder.glob("carnet-*.hypotheses.db") if p not in kept]
    for path in orphans:
        remove_with_side_files(path)
    return orphans


def start_new_here(session: Session) -> None:
    """The use case behind "Start new hypotheses on this computer" (GUI and CLI)."""
    session.reseal(start_new_hypotheses(session.paths, database(session), session.data_key()))
