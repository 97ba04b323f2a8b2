"""How long the GUI thread stops answering during unlock and search, on a large vault.

A 10 ms QTimer records the largest gap between its ticks while the real window
unlocks a vault with the real (calibrated, ~1 s) Argon2id parameters, then
while a search runs as the worker types. A responsive window keeps the gap
near 10 ms; a frozen one shows the freeze. The numbers go to stdout and JSON.

    QT_QPA_PLATFORM=offscreen python bench/gui_lag.py --persons 5000 --notes 100000

Not a test: timings depend on the machine, so nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.core.caseload import Caseload
from app.core.session import Session
from app.core.vault import create_vault
from app.domain.models import InterviewDraft, InterviewKind, PersonDraft, Theme
from app.ui.shell.app import create_application
from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences import Language, Preferences
from app.ui.shell.tasks import wait_for_background

PASSPHRASE = "banc d'essai du carnet de notes"
TICK_MS = 10
WORDS = (
    "logement", "loyer", "impayé", "dossier", "CAF", "rendez-vous", "budget", "santé", "arrêt",
    "travail", "médecin", "employeur", "famille", "enfants", "école", "droits", "RSA", "APL",
    "courrier", "démarche", "orientation", "accompagnement", "visite", "appel", "entretien",
    "situation", "demande", "accord",
)  # fmt: skip


@dataclass
class LagReport:
    phase: str
    max_gap_ms: float = 0.0
    gaps_over_50ms: int = 0
    ticks: int = 0
    duration_ms: float = 0.0
    notes: list[str] = field(default_factory=list)


class LagProbe:
    """Ticks every 10 ms and keeps the largest interval seen between two ticks."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._last = 0
        self.max_gap = 0
        self.over_50 = 0
        self.ticks = 0

    def start(self) -> None:
        self._clock.start()
        self._last = 0
        self._timer.start()

    def _tick(self) -> None:
        now = self._clock.elapsed()
        gap = now - self._last
        self._last = now
        self.ticks += 1
        self.max_gap = max(self.max_gap, gap)
        self.over_50 += gap > 50

    def stop(self) -> None:
        self._tick()
        self._timer.stop()


def run_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Spin the event loop (as the real app would) until `condition` or the timeout."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return True


def measure(phase: str, action: Callable[[], None], done: Callable[[], bool]) -> LagReport:
    probe = LagProbe()
    started = time.perf_counter()
    probe.start()
    action()
    finished = run_until(done, 600)
    probe.stop()
    report = LagReport(phase, float(probe.max_gap), probe.over_50, probe.ticks)
    report.duration_ms = (time.perf_counter() - started) * 1000
    if not finished:
        report.notes.append("did not finish within 600 s")
    return report


def populate(folder: Path, persons: int, notes: int, seed: int = 7) -> str:
    """A large vault with the real default Argon2id parameters; says how it was filled.

    The demo caseload generator (realistic French notes, one bulk transaction)
    is used when present; otherwise notes are added one by one through Caseload.
    """
    session = create_vault(folder, PASSPHRASE).session
    try:
        try:
            from app.core.demo import import_demo
        except ImportError:
            _add_one_by_one(session, persons, notes, seed)
            return "Caseload, one note at a time"
        import_demo(session, persons, notes, seed)
        return "app.core.demo.import_demo"
    finally:
        session.close()


def reuse_bench_vault(vault: Path) -> tuple[Path, str, str]:
    """The vault a `python -m bench --keep` run built (its passphrase, its device beside it)."""
    from app.core.device import ENV_CONFIG_DIR
    from bench.phases import PASSPHRASE as BENCH_PASSPHRASE

    os.environ.setdefault(ENV_CONFIG_DIR, str(vault.resolve().parent / "device"))
    return vault, BENCH_PASSPHRASE, f"reused {vault} (python -m bench --keep)"


def _add_one_by_one(session: Session, persons: int, notes: int, seed: int) -> None:
    rng = random.Random(seed)
    caseload = Caseload(session)
    ids = [caseload.add_person(PersonDraft(f"Personne {n:05d}", "Entreprise " + str(n % 40)))
           for n in range(persons)]  # fmt: skip
    start = date(2024, 1, 1)
    for n in range(notes):
        facts = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 160)))
        draft = InterviewDraft(
            held_on=start + timedelta(days=rng.randint(0, 700)),
            kind=rng.choice(list(InterviewKind)),
            duration_min=rng.choice((15, 30, 45, 60)),
            themes=(rng.choice(list(Theme)),),
        )
        caseload.add_interview(ids[n % len(ids)], draft, facts)


def find_action(window: QWidget, shortcut: str) -> QAction | None:
    for action in window.findChildren(QAction):
        if action.shortcut().toString() == shortcut:
            return action
    return None


def bench_unlock(window: MainWindow, passphrase: str = PASSPHRASE) -> LagReport:
    def start() -> None:
        window.unlock_screen.passphrase.setText(passphrase)
        window.unlock_screen.try_unlock()

    def done() -> bool:
        if window.unlock_screen.is_busy():
            return False
        workspace = window.workspace
        if workspace is None:
            return True
        # Until the persons list is filled: at 20,000 persons that is part of unlocking.
        return window.current_page() is workspace and workspace.person_list.model.rowCount() > 0

    return measure("unlock (derive key, open, show workspace and persons list)", start, done)


def bench_search(window: MainWindow, query: str) -> LagReport:
    panel = window.findChild(QWidget, "searchPanel")
    action = find_action(window, "Ctrl+K")
    if panel is None or action is None:
        return LagReport("search", notes=["no search panel in this workspace"])
    action.trigger()
    field_ = getattr(panel, "field", None)
    if not isinstance(field_, QLineEdit):
        return LagReport("search", notes=["search panel has no field"])
    settled = getattr(panel, "is_settled", None)
    if not callable(settled):
        return LagReport("search", notes=["search panel cannot say when results are shown"])

    def type_query() -> None:
        field_.clear()
        # One character at a time, as typed: each restarts the debounce timer.
        for char in query:
            field_.insert(char)
            QApplication.processEvents()

    return measure(
        f"search as you type ({query!r})",
        type_query,
        lambda: field_.text() == query and bool(settled()),
    )


def _built_sizes(vault: Path) -> list[int | None]:
    """Persons and notes of a kept benchmark build (its build.json), else unknown."""
    try:
        size = json.loads((vault.parent / "build.json").read_text(encoding="utf-8"))["size"]
        return [int(size[0]), int(size[1])]
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return [None, None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--query", default="logement loyer")
    parser.add_argument("--json", type=Path, default=Path("/tmp/carnet_gui_lag.json"))
    parser.add_argument(
        "--vault",
        type=Path,
        help="use the vault a `python -m bench --keep` run built (DIR/vault) instead of"
        " building one; its key derivation is the benchmark's cheap test KDF",
    )
    args = parser.parse_args(argv)
    application = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="carnet-lag-") as tmp:
        folder, passphrase = Path(tmp) / "vault", PASSPHRASE
        started = time.perf_counter()
        sizes: list[int | None] = [args.persons, args.notes]
        if args.vault is not None:
            folder, passphrase, filled_by = reuse_bench_vault(args.vault)
            sizes = _built_sizes(args.vault)
        else:
            filled_by = populate(folder, args.persons, args.notes)
        build_s = time.perf_counter() - started
        prefs = Preferences(QSettings(str(Path(tmp) / "prefs.ini"), QSettings.Format.IniFormat))
        prefs.set_language(Language.ENGLISH)
        window = MainWindow(folder, prefs)
        window.show()
        run_until(lambda: False, 1.0)  # first layout and paint, as before a person types
        reports = [bench_unlock(window, passphrase)]
        if window.workspace is not None:
            reports.append(bench_search(window, args.query))
        window.lock.lock()
        window.close()
        wait_for_background()
    result = {
        "persons": sizes[0],
        "notes": sizes[1],
        "build_vault_s": round(build_s, 1),
        "filled_by": filled_by,
        "tick_ms": TICK_MS,
        "platform": application.platformName(),
        "reports": [asdict(r) for r in reports],
    }
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
