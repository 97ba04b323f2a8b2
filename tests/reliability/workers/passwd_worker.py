"""Change a vault's passphrase back and forth until killed.

    python passwd_worker.py FOLDER CURRENT OTHER

Unlocks with CURRENT, prints "ready", then alternates CURRENT → OTHER → CURRENT…
printing "changed N" after each change returns. The parent SIGKILLs it at a
random moment and checks that exactly one of the two passphrases opens.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.core.vault import unlock
from app.crypto.kdf import TEST_PARAMS


def main(folder: Path, current: str, other: str) -> None:
    session = unlock(folder, current)
    print("ready", flush=True)
    pair = (other, current)
    count = 0
    while True:
        session.change_passphrase(pair[count % 2], TEST_PARAMS)
        print(f"changed {count}", flush=True)
        count += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
