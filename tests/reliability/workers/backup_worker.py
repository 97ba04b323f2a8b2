"""Run one backup-family operation on a vault, then wait to be killed.

    python backup_worker.py snapshot FOLDER PASSPHRASE STAMP
    python backup_worker.py backup   FOLDER PASSPHRASE STAMP DEST BACKUP_PASSPHRASE
    python backup_worker.py restore  FOLDER PASSPHRASE STAMP SOURCE [BACKUP_PASSPHRASE]
    python backup_worker.py purge    FOLDER PASSPHRASE STAMP PERSON_ID

Prints "ready" once the vault is open and "done" once the operation has
returned, then sleeps until the parent's SIGKILL, which may land at any moment
before. STAMP is the ISO date-time the operation takes as "now".
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

from app.core import backup, restore, retention, snapshots
from app.core.vault import unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.ids import PersonId


def main(op: str, folder: Path, passphrase: str, stamp: str, rest: list[str]) -> None:
    now = datetime.fromisoformat(stamp)
    session = unlock(folder, passphrase)
    print("ready", flush=True)
    if op == "snapshot":
        snapshots.take_snapshot(session, now)
    elif op == "backup":
        backup.make_external_backup(session, Path(rest[0]), rest[1], TEST_PARAMS, now)
    elif op == "restore":
        restore.restore(session, Path(rest[0]), rest[1] if len(rest) > 1 else None, now)
    elif op == "purge":
        kind = retention.PurgeKind.REQUEST
        retention.purge(session, [PersonId(int(rest[0]))], "Demande de la personne", kind)
    else:
        raise SystemExit(f"unknown operation {op!r}")
    print("done", flush=True)
    time.sleep(3600)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:])
