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

`--keep` leaves the built databases (and `build.json`, their import figures)
in the work folder; `--reuse DIR` measures them again without rebuilding, and
`--workload-only` skips steps 3 and the start-up measurement.

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
    "person_open_200_fresh_cpu_ms",
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
        help="measure the databases a --keep run built in DIR (no build; import figures reused)",
    )
    parser.add_argument(
        "--workload-only",
        action="store_true",
        help="skip the start-up and key-derivation phases",
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


BUILD_FILE = "build.json"


def build_all(args: argparse.Namespace, work: Path, size: tuple[Any, ...]) -> dict[str, Any]:
    """Phases 1, 2 (and the diagnostic build): the databases and their import figures."""
    folders = {name: str(work / name) for name in ("vault", "plain", "no_memsec")}
    _progress(f"building the encrypted vault ({args.persons} persons, {args.notes} notes)")
    built = phases.isolated(phases.build_encrypted, folders["vault"], *size)
    key = built.pop("raw_key")
    _progress(f"imported in {built['import_s']} s; building the plaintext twin")
    plain_built = phases.isolated(
        phases.build_variant, Variant.PLAIN.value, folders["plain"], key, *size
    )
    diag_built: dict[str, Any] = {}
    if not args.no_diagnostic:
        _progress("building the diagnostic copy (no memory security)")
        diag_built = phases.isolated(
            phases.build_variant, Variant.ENCRYPTED_NO_MEMSEC.value, folders["no_memsec"], key,
            *size,
        )  # fmt: skip
    # The key is not written down: a reuse unlocks the vault with the bench passphrase.
    builds = {"size": list(size), "encrypted": built, "plain": plain_built, "diag": diag_built}
    (work / BUILD_FILE).write_text(json.dumps(builds, indent=2) + "\n")
    return {**builds, "raw_key": key}


def reused(work: Path) -> dict[str, Any]:
    """What a --keep run built in `work`, and the vault's key (unlocked again)."""
    try:
        builds: dict[str, Any] = json.loads((work / BUILD_FILE).read_text())
    except (OSError, ValueError) as exc:
        raise SystemExit(f"python -m bench: nothing to reuse in {work} ({exc})") from exc
    _progress(f"reusing the databases built in {work}")
    builds["raw_key"] = phases.isolated(phases.vault_key, str(work / "vault"))["raw_key"]
    return builds


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    today, seed = date.today().isoformat(), args.seed
    size = (args.persons, args.notes, seed, today)
    folders = {name: str(work / name) for name in ("vault", "plain", "no_memsec")}
    results: dict[str, Any] = {"machine": machine.describe(work)}
    builds = reused(work) if args.reuse else build_all(args, work, size)
    # What the builds left for the kernel to write back must not be written
    # while one workload runs and not the other.
    os.sync()
    if args.reuse:
        today, seed = builds["size"][3], builds["size"][2]
        args.persons, args.notes = builds["size"][0], builds["size"][1]
    built, plain_built, diag_built = builds["encrypted"], builds["plain"], builds["diag"]
    key, featured = builds["raw_key"], built["featured"]
    if args.no_diagnostic:
        diag_built = {}
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

    # Last: the start-up launches read Qt's libraries, which pushed pages of the
    # databases out of this machine's file cache before the workloads.
    kdf: dict[str, Any] = {"kdf_s": None}
    if not args.workload_only:
        _progress("measuring the calibrated key derivation")
        kdf = phases.isolated(phases.measure_kdf)
        _progress("start-up: Carnet against a bare Qt window")
        results.update(phases.isolated(phases.measure_startup, folders["vault"]))
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
    if args.reuse:
        work = args.reuse.resolve()
    else:
        if args.workdir is not None:
            args.workdir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="carnet-bench-", dir=args.workdir))
    # The device secret that seals the hypotheses: a bench "computer" of its own.
    os.environ.setdefault(ENV_CONFIG_DIR, str(work / "device"))
    try:
        results = run(args, work)
    finally:
        if not args.keep and not args.reuse:
            shutil.rmtree(work, ignore_errors=True)
    print(report.table(results))
    print(f"\nmachine: {json.dumps(results['machine'], ensure_ascii=False)}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
