"""Tests for app/crypto/kdf.py: bounded Argon2id parameters, calibration, derivation."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from app.crypto import kdf
from app.crypto.kdf import (
    KEY_BYTES,
    MAX_MEMORY_KIB,
    MAX_PARALLELISM,
    MAX_TIME_COST,
    MIN_DEFAULT_MEMORY_KIB,
    MIN_DEFAULT_TIME_COST,
    PREFERRED_MEMORY_KIB,
    TEST_PARAMS,
    KdfParams,
    calibrate,
    default_memory_kib,
    derive_key,
)
from app.domain.errors import UnsafeKdfParameters

GIB = 1024**3
SALT = bytes(range(16))


@pytest.fixture
def no_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any Argon2 call fail the test: proves bounds are checked before deriving."""

    def refuse(**_: Any) -> bytes:
        raise AssertionError("Argon2 was called with parameters that should be refused first")

    monkeypatch.setattr(kdf, "hash_secret_raw", refuse)


def test_test_params_are_cheap_but_valid() -> None:
    """TEST_PARAMS pass the bounds check, and are far below what calibration would choose."""
    TEST_PARAMS.check()
    assert TEST_PARAMS.memory_kib < MIN_DEFAULT_MEMORY_KIB
    assert TEST_PARAMS.time_cost < MIN_DEFAULT_TIME_COST


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(50 * 1024 * 1024, 3, 1),  # a planted 50 GiB
        KdfParams(MAX_MEMORY_KIB + 1, 3, 1),
        KdfParams(64 * 1024, 1000, 1),
        KdfParams(64 * 1024, MAX_TIME_COST + 1, 1),
        KdfParams(64 * 1024, 3, 64),
        KdfParams(64 * 1024, 3, MAX_PARALLELISM + 1),
        KdfParams(64 * 1024, 0, 1),
        KdfParams(64 * 1024, 3, 0),
        KdfParams(0, 3, 1),
        KdfParams(-1, 3, 1),
        KdfParams(8 * 4 - 1, 1, 4),  # Argon2 needs 8 KiB per lane
        KdfParams(True, 3, 1),  # bool is not a number of KiB
    ],
    ids=lambda p: f"m{p.memory_kib}-t{p.time_cost}-p{p.parallelism}",
)
def test_absurd_parameters_refused_before_deriving(params: KdfParams, no_argon2: None) -> None:
    """Out-of-bounds parameters raise UnsafeKdfParameters and Argon2 is never called."""
    with pytest.raises(UnsafeKdfParameters):
        derive_key("passphrase", SALT, params)


def test_derivation_is_deterministic_and_salted() -> None:
    """Same passphrase and salt give the same 32 bytes; another salt or passphrase differs."""
    first = derive_key("passphrase", SALT, TEST_PARAMS)
    assert len(first) == KEY_BYTES
    assert derive_key("passphrase", SALT, TEST_PARAMS) == first
    assert derive_key("passphrase", bytes(16), TEST_PARAMS) != first
    assert derive_key("passphrasE", SALT, TEST_PARAMS) != first


def test_passphrase_is_nfc_normalised() -> None:
    """A passphrase typed in NFD (e.g. macOS) derives the same key as in NFC."""
    text = "Élodie à l'école — ça marche"
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert derive_key(nfd, SALT, TEST_PARAMS) == derive_key(text, SALT, TEST_PARAMS)


def test_new_salt_is_random() -> None:
    """Each salt is 16 fresh random bytes."""
    salts = {kdf.new_salt() for _ in range(20)}
    assert len(salts) == 20
    assert all(len(s) == kdf.SALT_BYTES for s in salts)


@pytest.mark.parametrize(
    ("ram", "expected"),
    [
        (None, MIN_DEFAULT_MEMORY_KIB),
        (1 * GIB, MIN_DEFAULT_MEMORY_KIB),
        (4 * GIB - 1, MIN_DEFAULT_MEMORY_KIB),
        (4 * GIB, PREFERRED_MEMORY_KIB),
        (64 * GIB, PREFERRED_MEMORY_KIB),
    ],
)
def test_default_memory_follows_ram(ram: int | None, expected: int) -> None:
    """256 MiB where the machine has 4 GiB or more, else (or if unknown) 64 MiB."""
    assert default_memory_kib(ram) == expected


def test_calibrate_with_plenty_of_ram_uses_256_mib() -> None:
    """The real calibration on an 8 GiB machine: 256 MiB, t >= 3, within every bound."""
    params = calibrate(total_ram=8 * GIB)
    assert params.memory_kib == PREFERRED_MEMORY_KIB
    assert MIN_DEFAULT_TIME_COST <= params.time_cost <= MAX_TIME_COST
    assert 1 <= params.parallelism <= 4
    params.check()


def test_calibrate_with_little_ram_still_uses_64_mib() -> None:
    """On a 2 GiB machine calibration keeps the 64 MiB floor and t >= 3."""
    params = calibrate(total_ram=2 * GIB)
    assert params.memory_kib == MIN_DEFAULT_MEMORY_KIB
    assert params.time_cost >= MIN_DEFAULT_TIME_COST
    params.check()


def test_calibrate_clamps_time_cost() -> None:
    """A zero target never goes below t=3; an absurd target never above the maximum."""
    assert calibrate(target_seconds=0.0, total_ram=GIB).time_cost == MIN_DEFAULT_TIME_COST
    assert calibrate(target_seconds=1e9, total_ram=GIB).time_cost == MAX_TIME_COST


def test_calibrate_without_ram_hint_reads_this_machine() -> None:
    """Without a RAM hint the memory follows this machine's RAM, and never goes below 64 MiB."""
    expected = default_memory_kib(kdf.physical_memory_bytes())
    params = calibrate(target_seconds=0.0)
    assert params.memory_kib == expected >= MIN_DEFAULT_MEMORY_KIB


def test_calibration_stays_within_the_accepted_work() -> None:
    """On a very fast machine, calibration still chooses parameters the bounds accept."""
    params = calibrate(target_seconds=1e9, total_ram=8 * GIB)
    params.check()
    assert params.memory_kib * params.time_cost <= kdf.MAX_WORK_KIB_PASSES


def test_below_floor_names_test_parameters() -> None:
    """TEST_PARAMS are below the calibrated floor; 64 MiB with 3 passes is not."""
    assert TEST_PARAMS.below_floor()
    assert not KdfParams(MIN_DEFAULT_MEMORY_KIB, MIN_DEFAULT_TIME_COST, 1).below_floor()
