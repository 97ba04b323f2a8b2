"""Benchmark: build a career-sized vault and time what a worker does with it.

    python -m bench --persons 5000 --notes 100000 --json bench/results/latest.json

1. Build the vault the way Carnet does (core `create_vault` with the cheap
   test KDF, then `import_demo`): `import_s`.
2. Build the same caseload (same seed, same day) in an unencrypted database of
   the same SQLite (sqlcipher3, no key, same schema and settings): the
   baseline of every `*_ratio`.
3. Measure the real calibrated Argon2id once: `kdf_s`.
4. Run the same workload on each (`bench.workload`): unlock to first query,
   search, opening a person's file (warm and fresh), autosave.
5. Diagnostic: the same build and workload on an encrypted database without
   SQLCipher's `cipher_memory_security`, to show what that one setting costs.

Each step runs in its own process (see `bench.phases`). Nothing here asserts:
timings depend on the machine. The table goes to stdout, everything to JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from app.core.device import ENV_CONFIG_DIR
from bench import machine, phases, report
from bench.plain import Variant

RATIO_KEYS = (
    "search_p50_ms",
    "search_p95_ms",
    "person_open_20_fresh_ms",
    "person_open_200_fresh_ms",
    "person_open_200_warm_ms",
    "save_p50_ms",
    "save_p95_ms",
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure here")
    parser.add_argument("--workdir", type=Path, help="where to build (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the built databases")
    parser.add_argument(
        "--reuse",
        type=Path,
        metavar="DIR",
        help="build the vault and its plain twin in DIR once (kept), and reuse them if there",
    )
    parser.add_argument(
        "--no-diagnostic",
        action="store_true",
        help="skip the copy without memory security (saves a third of a large run)",
    )
    return parser.parse_args(argv)


def _ratio(numerator: Any, denominator: Any) -> float | None:
    if isinstance(numerator, int | float) and isinstance(denominator, int | float) and denominator:
        return round(numerator / denominator, 3)
    return None


def _progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _builds(
    work: Path, folders: dict[str, str], size: tuple[Any, ...], reuse: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Build the vault and its plain twin, or (`--reuse`) read what an earlier run built."""
    record = work / "build.json"
    if reuse and record.exists():
        saved = json.loads(record.read_text())
        if saved["size"] == list(size):
            _progress(f"reusing the databases built in {work}")
            return saved["encrypted"], saved["plain"]
        raise SystemExit(f"python -m bench: {work} holds another size: {saved['size']}")
    _progress(f"building the encrypted vault ({size[0]} persons, {size[1]} notes)")
    built = phases.isolated(phases.build_encrypted, folders["vault"], *size)
    _progress(f"imported in {built['import_s']} s; building the plaintext twin")
    plain_built = phases.isolated(
        phases.build_variant, Variant.PLAIN.value, folders["plain"], built["raw_key"], *size
    )
    if reuse:
        record.write_text(json.dumps({"size": list(size), "encrypted": built,
                                      "plain": plain_built}))  # fmt: skip
    return built, plain_built


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    today, seed = date.today().isoformat(), args.seed
    size = (args.persons, args.notes, seed, today)
    folders = {name: str(work / name) for name in ("vault", "plain", "no_memsec")}
    results: dict[str, Any] = {"machine": machine.describe(work)}

    built, plain_built = _builds(work, folders, size, reuse=args.reuse is not None)
    key, featured = built.pop("raw_key"), built["featured"]
    diag_built: dict[str, Any] = {}
    if not args.no_diagnostic:
        _progress("building the diagnostic copy (no memory security)")
        diag_built = phases.isolated(
            phases.build_variant, Variant.ENCRYPTED_NO_MEMSEC.value, folders["no_memsec"], key,
            *size,
        )  # fmt: skip
    _progress("measuring the calibrated key derivation")
    kdf = phases.isolated(phases.measure_kdf)
    _progress("start-up: Carnet against a bare Qt window")
    results.update(phases.isolated(phases.measure_startup, folders["vault"]))
    _progress("workload: encrypted vault")
    encrypted = phases.isolated(phases.workload_encrypted, folders["vault"], key, featured, seed,
                                today)  # fmt: skip
    _progress("workload: plaintext twin")
    plain = phases.isolated(phases.workload_variant, Variant.PLAIN.value, folders["plain"], key,
                            featured, seed, today)  # fmt: skip
    diag: dict[str, Any] = {}
    if diag_built:
        _progress("workload: diagnostic copy")
        diag = phases.isolated(phases.workload_variant, Variant.ENCRYPTED_NO_MEMSEC.value,
                               folders["no_memsec"], key, featured, seed, today)  # fmt: skip

    results.update(encrypted)
    results.update(
        import_s=built["import_s"],
        import_cpu_s=built["import_cpu_s"],
        kdf_s=kdf["kdf_s"],
        kdf=kdf,
        file_size_mib=built["file_size_mib"],
        file_size_ratio=_ratio(built["file_size_mib"], plain_built["file_size_mib"]),
        peak_rss_mib=max(built["peak_rss_mib"], encrypted["peak_rss_mib"]),
        peak_rss_build_mib=built["peak_rss_mib"],
        peak_rss_workload_mib=encrypted["peak_rss_mib"],
        counts=built["counts"],
        featured=featured,
        parameters={"persons": args.persons, "notes": args.notes, "seed": seed, "today": today},
    )
    for target, build in ((plain, plain_built), (diag, diag_built)):
        target.update({k: build[k] for k in ("import_s", "import_cpu_s", "file_size_mib") if build})
    for key_name in RATIO_KEYS:
        ratio_key = key_name.replace("_ms", "_ratio")
        results[ratio_key] = _ratio(encrypted.get(key_name), plain.get(key_name))
        diag[ratio_key] = _ratio(diag.get(key_name), plain.get(key_name))
    results["import_ratio"] = _ratio(built["import_s"], plain_built["import_s"])
    results["plain"] = plain
    results["diagnostic_no_memory_security"] = diag
    results["targets"] = {k: {"op": op, "target": t} for k, (op, t, _) in report.TARGETS.items()}
    results["pass"] = report.verdicts(results)
    results["machine"]["load_average_end"] = machine.load_average()
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.persons < 1 or args.notes < 1:
        raise SystemExit("python -m bench: --persons and --notes must be positive")
    if args.reuse is not None:
        args.reuse.mkdir(parents=True, exist_ok=True)
        work, args.keep = args.reuse.resolve(), True
    else:
        work = Path(tempfile.mkdtemp(prefix="carnet-bench-", dir=args.workdir))
    # The device secret that seals the hypotheses: a bench "computer" of its own.
    os.environ.setdefault(ENV_CONFIG_DIR, str(work / "device"))
    try:
        results = run(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(report.table(results))
    print(f"\nmachine: {json.dumps(results['machine'], ensure_ascii=False)}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
