"""What the benchmark ran on: the figures mean little without it."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def ram_gib() -> float | None:
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (AttributeError, ValueError, OSError):
        return None


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def fsync_ms(folder: Path, samples: int = 50) -> float:
    """Median time to write and fsync 4 KiB: the floor under every durable save."""
    path = folder / "fsync.probe"
    timings = []
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for index in range(samples):
            started = time.perf_counter()
            os.pwrite(fd, os.urandom(4096), (index % 8) * 4096)
            os.fsync(fd)
            timings.append(time.perf_counter() - started)
    finally:
        os.close(fd)
        path.unlink()
    return round(statistics.median(timings) * 1000, 3)


def describe(folder: Path) -> dict[str, Any]:
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
        provider = conn.execute("PRAGMA cipher_provider_version").fetchone()
    finally:
        conn.close()
    return {
        "cpu_model": cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": ram_gib(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "sqlcipher_version": cipher[0] if cipher else "",
        "sqlite_version": sqlite,
        "crypto_provider": provider[0] if provider else "",
        "fsync_4k_ms": fsync_ms(folder),
        "load_average_start": load_average(),
    }
