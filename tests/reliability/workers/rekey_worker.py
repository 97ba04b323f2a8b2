"""Renew a vault's data key again and again until killed.

    python rekey_worker.py FOLDER PASSPHRASE

Unlocks, prints "ready", then renews the data key in a loop, printing
"rekeyed N" after each renewal returns. The parent SIGKILLs it at a random
moment and checks that exactly one data key opens the vault, data intact.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.core.rekey import rekey
from app.core.vault import unlock


def main(folder: Path, passphrase: str) -> None:
    session = unlock(folder, passphrase)
    print("ready", flush=True)
    count = 0
    while True:
        # The passphrase slot keeps the vault's (cheap, test) Argon2 parameters.
        session = rekey(session, passphrase).session
        print(f"rekeyed {count}", flush=True)
        count += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
