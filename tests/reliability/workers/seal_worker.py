"""Unlock a vault that still keeps its hypotheses in carnet.db, then wait to be killed.

    python seal_worker.py FOLDER PASSPHRASE

Prints "ready" just before unlocking (the first unlock moves the hypotheses
into the sealed file) and "sealed" once it returned, then sleeps until the
parent's SIGKILL, which may land at any moment of the move.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.core.vault import unlock


def main(folder: Path, passphrase: str) -> None:
    print("ready", flush=True)
    session = unlock(folder, passphrase)
    print("sealed", flush=True)
    del session
    while True:
        time.sleep(1)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
