"""Take a handover in, then wait to be killed.

    python handover_worker.py FOLDER PASSPHRASE FILE HANDOVER_PASSPHRASE

Prints "ready" once the vault is open, "done <n>" after the import returned
(n persons added), then sleeps until the parent's SIGKILL.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.core.handover import import_handover_file
from app.core.vault import unlock


def main(folder: Path, passphrase: str, path: Path, handover_passphrase: str) -> None:
    session = unlock(folder, passphrase)
    print("ready", flush=True)
    added = import_handover_file(session, path, handover_passphrase)
    print(f"done {len(added)}", flush=True)
    while True:
        time.sleep(1)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4])
