"""Targets, pass/fail, and the table printed at the end of a run."""

from __future__ import annotations

from typing import Any

# key → (comparison, target, label)
TARGETS: dict[str, tuple[str, float, str]] = {
    "import_s": ("<=", 15.0, "import of the demo caseload (s)"),
    "search_p50_ms": ("<=", 15.0, "search, median (ms)"),
    "search_p95_ms": ("<=", 200.0, "search, 95th percentile (ms)"),
    "search_p50_ratio": ("<=", 1.3, "search median, encrypted / plain"),
    "person_open_200_fresh_ms": ("<=", 15.0, "200-interview file, new connection (ms)"),
    "save_p95_ms": ("<=", 5.0, "autosave, 95th percentile (ms)"),
    "startup_ratio": ("<=", 1.3, "start-up to the unlock screen, Carnet / bare Qt"),
    "person_open_200_fresh_ratio": ("<=", 1.3, "200-interview file, new connection, / plain"),
}
INFORMATION: dict[str, str] = {
    "import_cpu_s": "import, CPU time of all its threads (s)",
    "import_ratio": "import, encrypted / plain",
    "startup_ms": "start-up to the unlock screen painted (ms)",
    "bare_qt_ms": "  a bare Qt window with a field and a button (ms)",
    "kdf_s": "key derivation, calibrated Argon2id (s)",
    "open_to_first_query_ms": "unlock (test KDF) to persons list (ms)",
    "unlock_ms": "  of which unlock: open, migrate (ms)",
    "verify_pages_ms": "page check after unlock, off the GUI thread (ms)",
    "persons_list_ms": "  of which the persons list query (ms)",
    "search_p95_ratio": "search p95, encrypted / plain",
    "person_open_200_fresh_cpu_ms": "200-interview file, new connection, CPU time (ms)",
    "person_open_200_fresh_cpu_ratio": "  the same, encrypted / plain",
    "person_open_20_fresh_ms": "20-interview file, new connection (ms)",
    "person_open_20_warm_ms": "20-interview file, warm (ms)",
    "person_open_200_warm_ms": "200-interview file, warm (ms)",
    "save_p50_ms": "autosave, median (ms)",
    "file_size_mib": "database file (MiB)",
    "file_size_ratio": "file size, encrypted / plain",
    "peak_rss_mib": "peak resident memory (MiB)",
}


def verdicts(results: dict[str, Any]) -> dict[str, bool]:
    out = {}
    for key, (op, target, _) in TARGETS.items():
        value = results.get(key)
        if isinstance(value, int | float):
            out[key] = value <= target if op == "<=" else value >= target
    return out


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".") if abs(value) < 100 else f"{value:,.1f}"
    return str(value)


def table(results: dict[str, Any]) -> str:
    """A fixed-width table: figure, target, pass/fail; then the diagnostic column."""
    diag = results.get("diagnostic_no_memory_security", {})
    plain = results.get("plain", {})
    rows = [("measure", "key", "encrypted", "target", "ok", "plain", "no memsec")]
    passed = verdicts(results)
    for key, (op, target, label) in TARGETS.items():
        verdict = passed.get(key)
        ok = "-" if verdict is None else ("PASS" if verdict else "FAIL")
        rows.append((label, key, _fmt(results.get(key, "-")), f"{op} {_fmt(target)}", ok,
                     _fmt(plain.get(key, "")), _fmt(diag.get(key, ""))))  # fmt: skip
    for key, label in INFORMATION.items():
        rows.append((label, key, _fmt(results.get(key, "-")), "", "",
                     _fmt(plain.get(key, "")), _fmt(diag.get(key, ""))))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
