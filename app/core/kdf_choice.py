"""Which Argon2id parameters a new passphrase slot gets, named for the interfaces.

The command line cannot import `app.crypto`, yet its test suite and the demo
need vaults that open in milliseconds. `KdfChoice.INSECURE_TEST` is that
escape hatch: TEST ONLY. It maps to `app.crypto.kdf.TEST_PARAMS` (8 MiB, one
pass), which a stolen laptop would brute-force quickly. The GUI never offers
it; `carnet-cli` accepts it only through a hidden `--insecure-test-kdf` flag.
"""

from __future__ import annotations

from enum import StrEnum

from app.crypto.kdf import TEST_PARAMS, KdfParams


class KdfChoice(StrEnum):
    CALIBRATED = "calibrated"  # about one second on this machine, memory >= 64 MiB
    INSECURE_TEST = "insecure-test"  # TEST ONLY: cheap parameters, never for real notes

    def params(self) -> KdfParams | None:
        """The parameters to pass to `create_vault` and friends; None means calibrate here."""
        return TEST_PARAMS if self is KdfChoice.INSECURE_TEST else None
