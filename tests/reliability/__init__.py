"""Reliability trials: real subprocesses killed with SIGKILL at random moments.

`kill_at_random` is shared by the trials: it starts a worker script, lets it
run for a random time drawn from the seeded RNG, SIGKILLs it and returns the
complete lines it printed (a line cut by the kill is not an acknowledgement).
Set CARNET_KILL_SEED to replay or vary the trials.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.support import WORKERS

SEED = int(os.environ.get("CARNET_KILL_SEED", "20240611"))
TRIALS = int(os.environ.get("CARNET_KILL_TRIALS", "50"))
# How many kills must land inside the worker's loop (after at least one
# acknowledged step), and how many trials may be run to get them. Counting the
# kills that landed, rather than the steps that happened to fit, keeps the
# trials meaningful on a loaded machine without making them depend on its speed.
MIN_LANDED = max(1, TRIALS // 2)
MAX_TRIALS = 3 * TRIALS
LONGEST_DELAY = 3.0


def longer(delay: float) -> float:
    """The next kill delay after a kill that landed before the loop: this machine is slower."""
    return min(delay * 1.5, LONGEST_DELAY)


def more_trials(trials: int, landed: int) -> bool:
    """Go on until TRIALS trials and MIN_LANDED landed kills, within MAX_TRIALS."""
    return trials < MAX_TRIALS and (trials < TRIALS or landed < MIN_LANDED)


def kill_at_random(
    script: str, args: list[str], rng: random.Random, max_delay: float, log: Path
) -> list[str]:
    """Run a worker, SIGKILL it after a random delay, return its complete stdout lines.

    Most trials wait for the worker's "ready" line (the vault is open) and kill
    inside its loop; one in eight kills at a random moment during start-up and
    unlocking instead.
    """
    with log.open("ab") as errors:
        proc = subprocess.Popen(
            [sys.executable, str(WORKERS / script), *args],
            stdout=subprocess.PIPE,
            stderr=errors,
        )
        assert proc.stdout is not None
        try:
            if rng.random() < 0.125:
                time.sleep(rng.uniform(0.0, 0.5))
            else:
                first = proc.stdout.readline()
                assert first == b"ready\n", f"worker failed to start: {first!r}, see {log}"
                time.sleep(rng.uniform(0.0, max_delay))
            proc.send_signal(signal.SIGKILL)
            rest = proc.stdout.read()
        finally:
            proc.kill()
            proc.wait(timeout=30)
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, f"worker died on its own, see {log}"
    complete = rest[: rest.rfind(b"\n") + 1].decode("utf-8")
    return [line for line in complete.splitlines() if line and line != "ready"]
