"""Start-up: from launch to the first paint of the unlock screen, against a bare Qt window.

Each run is a new interpreter (bytecode already compiled, as after an
install). The child prints one line when its first top-level window has been
painted, then quits; the parent times from `Popen` to that line. Carnet and
the baseline — a bare PySide6 window with a field and a button — alternate,
so a busy moment of the machine weighs on both; the medians are compared.

The probe watches the top-level windows only. An event filter on the whole
application would hand every event of every object to Python, and the first
event of an object whose class PySide6 has not loaded yet (the main window's
layout animator, for one) makes it load every class of the module with its
enums: about 20 ms that the application itself never spends, and only for
windows richer than the baseline.

    python -m bench.startup                        # a small new vault
    python -m bench.startup --vault DIR --runs 11  # an existing vault
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
PAINTED = "painted"

# Installed in the child before anything is shown: the first Paint event that
# reaches a top-level window (all of them are shown before the event loop
# starts, in both programs) ends the run.
_PROBE = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class _FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print("{PAINTED}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

_exec = QApplication.exec
def _probed_exec(*args):
    probe = _FirstPaint()
    for window in QApplication.topLevelWidgets():
        window.installEventFilter(probe)
    return _exec()  # a static method: the instance passed in is not wanted
QApplication.exec = _probed_exec
"""

_CARNET = (
    _PROBE
    + """
from app.__main__ import main
sys.exit(main(["--vault", sys.argv[1]]))
"""
)

_BARE = (
    _PROBE
    + """
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
app = QApplication(sys.argv)
window = QWidget()
layout = QVBoxLayout(window)
layout.addWidget(QLineEdit())
layout.addWidget(QPushButton("OK"))
window.show()
sys.exit(app.exec())
"""
)


def _time_once(script: str, vault: Path) -> float:
    """Seconds from launch to the child's first painted window."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM") or "offscreen"}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(vault)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == PAINTED:
            elapsed = time.perf_counter() - started
            break
    else:
        child.wait(timeout=60)
        raise RuntimeError(f"the child exited ({child.returncode}) without painting a window")
    child.wait(timeout=60)
    return elapsed


def measure(runs: int = RUNS, vault: Path | None = None) -> dict[str, Any]:
    """Median start-up of Carnet (an existing vault: the unlock screen) and of a bare window."""
    compileall.compile_dir(ROOT / "app", quiet=1)
    with tempfile.TemporaryDirectory(prefix="carnet-startup-") as scratch:
        folder = vault or _tiny_vault(Path(scratch) / "vault")
        _time_once(_CARNET, folder)  # warm the file cache for both
        _time_once(_BARE, folder)
        carnet, bare = [], []
        for _ in range(runs):
            carnet.append(_time_once(_CARNET, folder))
            bare.append(_time_once(_BARE, folder))
    startup, baseline = statistics.median(carnet), statistics.median(bare)
    return {
        "startup_ms": round(startup * 1000, 1),
        "bare_qt_ms": round(baseline * 1000, 1),
        "startup_ratio": round(startup / baseline, 3),
        "startup_runs": runs,
    }


def _tiny_vault(folder: Path) -> Path:
    """A vault to unlock, so Carnet shows its unlock screen (not the first-run wizard)."""
    from app.core.vault import create_vault
    from app.crypto.kdf import TEST_PARAMS

    create_vault(folder, "banc d'essai : démarrage", TEST_PARAMS).session.close()
    return folder


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__)
    parser.add_argument("--vault", type=Path, help="an existing vault (default: a small new one)")
    parser.add_argument("--runs", type=int, default=RUNS, help="interleaved pairs (default 7)")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    print(json.dumps(measure(arguments.runs, arguments.vault), indent=2))
