"""Tests for app/core/kdf_choice.py: calibrated by default, test parameters only on request."""

from __future__ import annotations

from app.core.kdf_choice import KdfChoice
from app.crypto.kdf import TEST_PARAMS


def test_calibrated_means_calibrate_here() -> None:
    """The normal choice passes None, which makes the vault calibrate Argon2id."""
    assert KdfChoice.CALIBRATED.params() is None


def test_the_insecure_choice_is_exactly_the_test_parameters() -> None:
    """The test-only choice maps to TEST_PARAMS and nothing else."""
    assert KdfChoice.INSECURE_TEST.params() == TEST_PARAMS
