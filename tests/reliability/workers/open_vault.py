"""Open a vault from another process and report what happened, one word per line.

python open_vault.py FOLDER PASSPHRASE try    → "ok <persons>" or the error class name
python open_vault.py FOLDER PASSPHRASE hold   → "ready", then holds the vault until
                                                a line arrives on stdin, then "closed"
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.core.vault import unlock
from app.domain.errors import CarnetError


def main(folder: Path, passphrase: str, mode: str) -> int:
    try:
        session = unlock(folder, passphrase)
    except CarnetError as exc:
        print(type(exc).__name__, flush=True)
        return 0
    try:
        if mode == "hold":
            print("ready", flush=True)
            sys.stdin.readline()
        else:
            print(f"ok {session.counts().persons}", flush=True)
    finally:
        session.close()
    if mode == "hold":
        print("closed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3]))
