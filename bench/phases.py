"""Each phase of the benchmark, run in a process of its own.

SQLCipher's memory security is process-wide and, once on, stays on: a
process that has opened a vault the normal way can no longer time anything
else fairly. So every build and every workload gets a fresh interpreter
(`isolated`), and reports its own peak resident memory.
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

from app.core.demo import import_demo, search_terms
from app.core.session import Session
from app.core.vault import create_vault, unlock
from app.core.verification import verify_pages_apart
from app.crypto.kdf import TEST_PARAMS, calibrate, derive_key, new_salt
from app.storage.connection import open_database
from app.storage.schema import migrate
from app.storage.vaultcheck import verify_pages
from bench import startup
from bench.plain import Variant, new_database, open_variant, session_over
from bench.workload import file_size_mib, ms, run_workload

PASSPHRASE = "banc d'essai : phrase de passe du coffre"
DB_NAME = "carnet.db"


def isolated(function: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Run `function(*args)` in a new interpreter and return its result."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(function, *args).result()


def peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)


def _featured(report_featured: Mapping[int, Sequence[int]]) -> dict[int, list[int]]:
    return {size: [int(i) for i in ids] for size, ids in report_featured.items()}


def build_encrypted(folder: str, persons: int, notes: int, seed: int, today: str) -> dict[str, Any]:
    """Carnet's own path: create a vault (cheap test KDF), then import the demo through core."""
    created = create_vault(Path(folder), PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    session = created.session
    try:
        started, cpu = time.perf_counter(), time.process_time()
        report = import_demo(session, persons, notes, seed, date.fromisoformat(today))
        import_s, import_cpu_s = time.perf_counter() - started, time.process_time() - cpu
        raw_key = session.data_key().hex()
    finally:
        session.close()
    return {
        "import_s": round(import_s, 2),
        "import_cpu_s": round(import_cpu_s, 2),
        "raw_key": raw_key,
        "featured": _featured(report.featured),
        "counts": {
            "persons": report.persons,
            "interviews": report.interviews,
            "hypotheses": report.hypotheses,
            "follow_ups": report.follow_ups,
            "addenda": report.addenda,
        },
        "file_size_mib": file_size_mib(Path(folder) / DB_NAME),
        "peak_rss_mib": peak_rss_mib(),
    }


def vault_key(folder: str) -> dict[str, Any]:
    """The raw data key of a vault built earlier (for --reuse), by unlocking it."""
    session = unlock(Path(folder), PASSPHRASE, verify_pages_now=False)
    try:
        return {"raw_key": session.data_key().hex()}
    finally:
        session.close()


def build_variant(
    variant: str, folder: str, raw_key: str, persons: int, notes: int, seed: int, today: str
) -> dict[str, Any]:
    """The same demo caseload (same seed, same day) in a plain or diagnostic database."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    db = new_database(Variant(variant), Path(folder) / DB_NAME, bytes.fromhex(raw_key))
    session = session_over(db, Path(folder))
    try:
        started, cpu = time.perf_counter(), time.process_time()
        report = import_demo(session, persons, notes, seed, date.fromisoformat(today))
        import_s, import_cpu_s = time.perf_counter() - started, time.process_time() - cpu
    finally:
        session.close()
    return {
        "import_s": round(import_s, 2),
        "import_cpu_s": round(import_cpu_s, 2),
        "featured": _featured(report.featured),
        "file_size_mib": file_size_mib(Path(folder) / DB_NAME),
        "peak_rss_mib": peak_rss_mib(),
    }


def read_through(folder: Path) -> None:
    """Read the folder's database files once, so that the workload finds them in memory.

    The desktop app does the same right after unlocking (its page check reads
    every page). At a million notes this machine's file cache did not hold
    both databases of a run: the one built first was partly read from disk
    during its workload (search median 1.3-1.8x plain after a build, 1.1-1.3x
    on the same files read again).
    """
    for path in sorted(folder.glob("*.db*")):
        with path.open("rb", buffering=0) as handle:
            while handle.read(1 << 20):
                pass


def workload_encrypted(
    folder: str, raw_key: str, featured: dict[int, list[int]], seed: int, today: str
) -> dict[str, Any]:
    """The workload on the real vault, opened the way the desktop app opens it.

    The app authenticates every page after unlocking, off the GUI thread:
    `verify_pages_ms` times that check on its own connection, after the workload.
    """
    vault, key = Path(folder), bytes.fromhex(raw_key)
    read_through(vault)

    def open_main() -> Session:
        return unlock(vault, PASSPHRASE, verify_pages_now=False)

    def open_fresh() -> Session:
        return session_over(open_database(vault / DB_NAME, key), vault, key)

    started = time.perf_counter()
    derive_key(PASSPHRASE, new_salt(), TEST_PARAMS)
    test_kdf_ms = ms(time.perf_counter() - started)
    results = run_workload(
        open_main, open_fresh, _int_keys(featured), search_terms(), seed, date.fromisoformat(today)
    )
    results["test_kdf_ms"] = test_kdf_ms
    session = unlock(vault, PASSPHRASE, verify_pages_now=False)
    try:
        started = time.perf_counter()
        verify_pages_apart(session)
        results["verify_pages_ms"] = ms(time.perf_counter() - started)
    finally:
        session.close()
    results["peak_rss_mib"] = peak_rss_mib()
    return results


def workload_variant(
    variant: str, folder: str, raw_key: str, featured: dict[int, list[int]], seed: int, today: str
) -> dict[str, Any]:
    """The same workload on a plain or diagnostic database."""
    path, key, kind = Path(folder) / DB_NAME, bytes.fromhex(raw_key), Variant(variant)
    read_through(path.parent)

    def open_main() -> Session:
        db = open_variant(kind, path, key)
        if kind is not Variant.PLAIN:
            verify_pages(db)  # as unlocking does
        migrate(db)
        return session_over(db, Path(folder))

    def open_fresh() -> Session:
        return session_over(open_variant(kind, path, key), Path(folder))

    results = run_workload(
        open_main, open_fresh, _int_keys(featured), search_terms(), seed, date.fromisoformat(today)
    )
    results["peak_rss_mib"] = peak_rss_mib()
    return results


def measure_startup(folder: str) -> dict[str, Any]:
    """Launch to the unlock screen painted, on the built vault, against a bare Qt window."""
    return startup.measure(vault=Path(folder))


def measure_kdf() -> dict[str, Any]:
    """The real thing: calibrate Argon2id here, then derive once with the chosen parameters."""
    started = time.perf_counter()
    params = calibrate()
    calibration_s = time.perf_counter() - started
    started = time.perf_counter()
    derive_key(PASSPHRASE, new_salt(), params)
    return {
        "kdf_s": round(time.perf_counter() - started, 3),
        "calibration_s": round(calibration_s, 3),
        "memory_mib": params.memory_kib // 1024,
        "time_cost": params.time_cost,
        "parallelism": params.parallelism,
    }


def _int_keys(featured: dict[Any, list[int]]) -> dict[int, list[int]]:
    """JSON and pickling may turn the sizes into strings; make them ints again."""
    return {int(size): ids for size, ids in featured.items()}
