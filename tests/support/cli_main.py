"""carnet-cli as the test suite runs it: the real `main`, with cheap key derivation.

The installed command has no test-only option. Tests that run carnet-cli in a
subprocess start this module instead (`python -m tests.support.cli_main ...`):
every place where core would calibrate Argon2id to about one second gets
`TEST_PARAMS` (8 MiB, one pass) so a suite of hundreds of commands stays fast.
"""

from __future__ import annotations

import sys

from app.cli.main import main
from app.core import backup, handover, restore, session, vault
from app.crypto.kdf import TEST_PARAMS, KdfParams

CALIBRATING_MODULES = (backup, handover, restore, session, vault)


def _test_params(*_: object, **__: object) -> KdfParams:
    return TEST_PARAMS


def use_test_kdf() -> None:
    """Replace calibration wherever core imported it (explicit, tests only)."""
    for module in CALIBRATING_MODULES:
        if hasattr(module, "calibrate"):
            module.calibrate = _test_params


if __name__ == "__main__":
    use_test_kdf()
    sys.exit(main())
