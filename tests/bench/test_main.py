"""Tests for bench/__main__.py: a tiny run proves the benchmark works and emits every key.

Timings are not asserted: they depend on the machine (docs/PERFORMANCE.md has them).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.support import REPO

KEYS = (
    "import_s",
    "kdf_s",
    "open_to_first_query_ms",
    "search_p50_ms",
    "search_p95_ms",
    "search_p50_ratio",
    "search_p95_ratio",
    "person_open_20_fresh_ms",
    "person_open_20_warm_ms",
    "person_open_200_fresh_ms",
    "person_open_200_fresh_cpu_ms",
    "person_open_200_fresh_cpu_ratio",
    "person_open_200_warm_ms",
    "save_p50_ms",
    "save_p95_ms",
    "file_size_mib",
    "file_size_ratio",
    "peak_rss_mib",
)
MACHINE = ("cpu_model", "cores", "ram_gib", "python", "sqlcipher_version")


def test_a_tiny_run_emits_every_key(tmp_path: Path) -> None:
    """20 persons / 200 notes: the table prints and the JSON holds every figure."""
    out = tmp_path / "results.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--persons",
            "20",
            "--notes",
            "200",
            "--json",
            str(out),
            "--workdir",
            str(tmp_path),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(out.read_text())
    for key in KEYS:
        assert isinstance(results[key], int | float), key
    for key in MACHINE:
        assert results["machine"][key], key
    assert results["plain"]["search_p50_ms"] > 0
    assert "search_p50_ratio" in results["diagnostic_no_memory_security"]
    assert "search_p50_ms" in done.stdout
    assert [p.name for p in tmp_path.iterdir()] == ["results.json"]  # the work folder is removed


def _bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bench", "--persons", "20", "--notes", "200", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_kept_run_is_measured_again_without_rebuilding(tmp_path: Path) -> None:
    """--keep leaves the databases; --reuse measures them again and reports the same build."""
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    work = tmp_path / "work"
    work.mkdir()
    done = _bench("--keep", "--no-diagnostic", "--workload-only", "--workdir", str(work),
                  "--json", str(first))  # fmt: skip
    assert done.returncode == 0, done.stderr
    [kept] = work.iterdir()
    assert {p.name for p in kept.iterdir()} >= {"vault", "plain", "build.json"}
    done = _bench("--reuse", str(kept), "--workload-only", "--json", str(second))
    assert done.returncode == 0, done.stderr
    assert "reusing the databases" in done.stderr and "building" not in done.stderr
    before, after = json.loads(first.read_text()), json.loads(second.read_text())
    assert after["import_s"] == before["import_s"] and after["counts"] == before["counts"]
    for key in ("person_open_200_fresh_ratio", "search_p50_ms", "unlock_ms"):
        assert isinstance(after[key], int | float), key
    assert kept.exists()  # a reused folder is the caller's: never removed


def test_reuse_of_a_folder_without_a_build_says_so(tmp_path: Path) -> None:
    """--reuse on a folder no --keep run made stops with a plain message."""
    done = _bench("--reuse", str(tmp_path), "--workload-only")
    assert done.returncode != 0
    assert "nothing to reuse" in done.stderr
