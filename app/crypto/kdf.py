"""Argon2id: bounded parameters, calibration to about one second, derivation.

Bounds are checked before any derivation so that a planted key file cannot make
Carnet allocate gigabytes or spin for minutes: the accepted range is exactly what
`calibrate` can ever choose (at most 256 MiB, 4 lanes, and a total work of
256 MiB x 10 passes, about 9 s on a slow 2-core machine), integers only.
"""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from app.domain.errors import UnsafeKdfParameters

KEY_BYTES = 32
SALT_BYTES = 16
MIN_DEFAULT_MEMORY_KIB = 64 * 1024
PREFERRED_MEMORY_KIB = 256 * 1024
MAX_MEMORY_KIB = PREFERRED_MEMORY_KIB  # calibration never chooses more
MAX_TIME_COST = 20
MAX_PARALLELISM = 4  # calibration uses at most 4 lanes
MAX_WORK_KIB_PASSES = PREFERRED_MEMORY_KIB * 10  # memory x passes: the cost of one attempt
MIN_DEFAULT_TIME_COST = 3
FOUR_GIB = 4 * 1024**3


@dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int

    def check(self) -> None:
        """Refuse parameters outside what Argon2 accepts or what this machine should spend."""
        values = (self.memory_kib, self.time_cost, self.parallelism)
        if not all(type(v) is int for v in values):  # not bool, float, str
            raise UnsafeKdfParameters("Key-derivation parameters must be integers.")
        if not 1 <= self.parallelism <= MAX_PARALLELISM:
            raise UnsafeKdfParameters(f"Argon2 parallelism {self.parallelism} is out of range.")
        if not 1 <= self.time_cost <= MAX_TIME_COST:
            raise UnsafeKdfParameters(f"Argon2 time cost {self.time_cost} is out of range.")
        if not 8 * self.parallelism <= self.memory_kib <= MAX_MEMORY_KIB:
            raise UnsafeKdfParameters(f"Argon2 memory {self.memory_kib} KiB is out of range.")
        if self.memory_kib * self.time_cost > MAX_WORK_KIB_PASSES:
            raise UnsafeKdfParameters("Argon2 memory and time cost together are out of range.")

    def below_floor(self) -> bool:
        """Weaker than anything calibration chooses (test parameters, or a planted file)."""
        return self.memory_kib < MIN_DEFAULT_MEMORY_KIB or self.time_cost < MIN_DEFAULT_TIME_COST


# Cheap parameters for the test suite only. Never the default, never reachable
# from the GUI: callers must pass them explicitly.
TEST_PARAMS = KdfParams(memory_kib=8 * 1024, time_cost=1, parallelism=1)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC so that the same passphrase typed on another keyboard or OS derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase, salt) → 32 bytes. Checks the bounds first."""
    params.check()
    return hash_secret_raw(
        secret=normalise_passphrase(passphrase),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def physical_memory_bytes() -> int | None:
    """Total RAM, where the platform tells it."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE")) * int(os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, ValueError, OSError):
        return None


def default_memory_kib(total_ram: int | None) -> int:
    """256 MiB where the machine has at least 4 GiB, never below 64 MiB."""
    if total_ram is not None and total_ram >= FOUR_GIB:
        return PREFERRED_MEMORY_KIB
    return MIN_DEFAULT_MEMORY_KIB


def calibrate(target_seconds: float = 1.0, total_ram: int | None = None) -> KdfParams:
    """Choose Argon2id parameters that take about `target_seconds` on this machine.

    Memory is fixed by the RAM rule; the time cost is scaled from one timed
    derivation at t=3 (Argon2's cost is linear in t), never below 3.
    """
    memory = default_memory_kib(total_ram if total_ram is not None else physical_memory_bytes())
    parallelism = max(1, min(4, os.cpu_count() or 1))
    probe = KdfParams(memory, MIN_DEFAULT_TIME_COST, parallelism)
    started = time.perf_counter()
    derive_key("calibration", new_salt(), probe)
    elapsed = max(time.perf_counter() - started, 1e-3)
    per_pass = elapsed / MIN_DEFAULT_TIME_COST
    time_cost = round(target_seconds / per_pass)
    ceiling = min(MAX_TIME_COST, MAX_WORK_KIB_PASSES // memory)
    time_cost = max(MIN_DEFAULT_TIME_COST, min(ceiling, time_cost))
    return KdfParams(memory, time_cost, parallelism)
