"""Tests for app/core/selftest.py and the `run_self_test()` entry point built on it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.selftest import RoundTrip, SelfTestFailed, contains_text, require
from app.crypto.kdf import TEST_PARAMS
from app.domain.summary import ExportFormat
from app.export.writers import write_summary
from tests.support import REPO

SCRIPT = (
    "import sys; from pathlib import Path; from app.selftest import run_self_test; "
    "raise SystemExit(run_self_test(workdir=Path(sys.argv[1]) if len(sys.argv) > 1 else None))"
)


def run_script(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the self-test in a fresh interpreter with no display and no Qt platform set."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(TMPDIR=str(tmp_path), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=240,
    )


def test_self_test_passes_headless_and_leaves_nothing(tmp_path: Path) -> None:
    """The real round trip (calibrated Argon2id) passes offscreen and deletes its vault."""
    result = run_script(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Carnet ")
    assert lines[-1].startswith("Self-test passed in ")
    steps = lines[1:-1]
    assert len(steps) >= 12
    assert all(line.startswith("✓ ") for line in steps)
    for needle in ("PDF written", "Text file written", "Search", "Integrity check", "Locked"):
        assert any(needle in line for line in steps), needle
    assert list(tmp_path.iterdir()) == []


def test_self_test_failure_is_one_line_and_exit_one(tmp_path: Path) -> None:
    """A failing step prints a cross and its reason, exits 1, and shows no traceback."""
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    result = run_script(tmp_path, str(not_a_folder))
    assert result.returncode == 1
    assert "✗ Creating a temporary folder: " in result.stdout
    assert result.stdout.splitlines()[-1] == "Self-test FAILED."
    assert "Traceback" not in result.stdout + result.stderr


@pytest.fixture
def trip(tmp_path: Path) -> RoundTrip:
    """A round trip with cheap Argon2 parameters, its vault created and written."""
    made = RoundTrip(tmp_path / "vault", params=TEST_PARAMS)
    made.create()
    made.write()
    return made


def test_round_trip_steps_hold_on_a_sound_vault(trip: RoundTrip) -> None:
    """Every vault step passes on a real vault, and the summary carries no hypothesis."""
    try:
        trip.private_modes()
        trip.lock()
        assert trip.refuse_wrong_passphrase() == "refused"
        trip.unlock()
        trip.search()
        summary = trip.summary()
        trip.integrity()
    finally:
        trip.close()
    assert trip.fact_word in summary.facts[0].text
    assert trip.canary not in repr(summary)


def test_export_is_recorded_and_integrity_counts_it(
    trip: RoundTrip, qapp: QApplication, tmp_path: Path
) -> None:
    """An export goes through the disclosure use case; the integrity step expects its entry."""
    try:
        path = trip.export(trip.summary(), ExportFormat.TXT, tmp_path / "s.txt", write_summary)
        text = path.read_text(encoding="utf-8")
        trip.integrity()
        trip.exported += 1  # an export that the register does not hold
        with pytest.raises(SelfTestFailed, match="register"):
            trip.integrity()
    finally:
        trip.close()
    assert trip.fact_word in text
    assert trip.canary not in text


def test_lock_finds_plain_text_left_in_the_vault_folder(trip: RoundTrip) -> None:
    """A readable copy of a hypothesis beside the database fails the 'locked' step."""
    (trip.folder / "leak.txt").write_text(trip.hypothesis, encoding="utf-16")
    with pytest.raises(SelfTestFailed, match=r"leak\.txt"):
        trip.lock()


def test_canary_and_fact_words_are_distinct_single_tokens(tmp_path: Path) -> None:
    """Each round trip draws fresh words made of letters and digits only (one FTS5 token)."""
    first, second = RoundTrip(tmp_path / "a"), RoundTrip(tmp_path / "b")
    words = {first.canary, first.fact_word, second.canary, second.fact_word}
    assert len(words) == 4
    assert all(word.isalnum() for word in words)


def test_contains_text_sees_utf8_and_both_utf16_orders() -> None:
    """The byte scan finds a word however a file encodes it."""
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert contains_text(b"..." + "abc123".encode(encoding) + b"...", "abc123")
    assert not contains_text(b"abc 123", "abc123")


def test_require_raises_with_the_message() -> None:
    """A failed check raises SelfTestFailed with the reason given."""
    require(True, "unused")
    with pytest.raises(SelfTestFailed, match="why"):
        require(False, "why")
