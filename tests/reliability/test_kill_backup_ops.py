"""SIGKILL while snapshotting, backing up, restoring or purging: the vault always survives.

After each kill the vault opens, passes its integrity check and holds one
consistent state: every committed item; for a restore the old or the new
content, whole; for a purge the person fully present or fully gone, with the
register entry exactly when gone. After the unlock housekeeping no temp file
remains, every snapshot verifies, and an erased person is on no page anywhere.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core import backup, snapshots
from app.core.device import ENV_CONFIG_DIR
from app.core.session import Session, database
from app.crypto.kdf import TEST_PARAMS
from app.storage.export_copy import table_counts
from tests.reliability.workers.backup_common import (
    BACKUP_PASS,
    NOW,
    PARALLEL,
    TRIALS,
    Template,
    build_template,
    check_snapshots,
    kill_worker,
    leftovers,
    measure,
    mount_tmpfs,
    reopen,
    run_trials,
    trial_copy,
    unmount,
)
from tests.support import PASSPHRASE
from tests.support.backup_data import (
    ALL_CANARIES,
    snapshot_canaries,
    vault_canaries,
)

pytestmark = pytest.mark.slow
MIN_MID_OPERATION = TRIALS // 5  # enough kills must land inside the operation itself
MAX_EXTRA = TRIALS  # the bound on the trials run after TRIALS to get them
Check = Callable[[Session], None]
Args = Callable[[Path, int], list[str]]


@pytest.fixture(scope="module")
def area(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Where the trials run: a tmpfs where permitted, else the temp folder.

    A SIGKILL loses nothing from the page cache, so what these trials test
    (the order of writes and renames) is the same on tmpfs; it only spares
    the disk hundreds of fsyncs.
    """
    folder = tmp_path_factory.mktemp("kill-area")
    mounted = mount_tmpfs(folder, "512m")
    yield folder
    if mounted:
        unmount(folder)


@pytest.fixture(scope="module")
def device() -> Path:
    """One "computer" for the module: its template is made once, before any per-test one."""
    return Path(os.environ[ENV_CONFIG_DIR])


@pytest.fixture(scope="module")
def template(area: Path) -> Template:
    """A small vault with a snapshot and an external backup, copied by every trial."""
    return build_template(area / "template")


@pytest.fixture
def trials_dir(area: Path, request: pytest.FixtureRequest) -> Path:
    """One folder per test inside the trial area."""
    folder = area / request.node.name
    folder.mkdir()
    return folder


def _args(op: str, folder: Path, *extra: str) -> list[str]:
    return [op, str(folder / "vault"), PASSPHRASE, NOW.isoformat(), *extra]


def _window(template: Template, tmp: Path, args: Args) -> float:
    """A kill delay range a little longer than the operation takes on this machine."""
    longest = 0.0
    for n in (0, 1):
        folder = trial_copy(template, tmp / "measure")
        try:
            longest = max(longest, measure(args(folder, n)))
        finally:
            shutil.rmtree(folder)
    return longest * 1.3 + 0.02


def _survives(folder: Path, check: Check) -> None:
    """Reopen as the next start would, then check the state, housekeeping and leftovers."""
    session = reopen(folder / "vault")
    try:
        assert session.check().ok
        assert snapshots.housekeeping(session) == ()
        check(session)
        check_snapshots(session)
        assert leftovers(folder / "vault", folder / "vault" / "snapshots", folder / "usb") == []
    finally:
        session.close()


def _trials(template: Template, tmp: Path, args: Args, check: Callable[[Path], Check]) -> int:
    """TRIALS kills, then more (aimed earlier) until MIN_MID_OPERATION landed mid-operation.

    The window is measured once; on a machine whose load changes, the later
    trials may end before the kill, so the count of kills that landed decides
    when to stop, within MAX_EXTRA more trials.
    """
    window = [_window(template, tmp, args)]

    def trial(n: int) -> bool:
        folder = trial_copy(template, tmp / f"t{n}")
        killed = kill_worker(args(folder, n), n, window[0], tmp / "worker.log")
        _survives(folder, check(folder))
        shutil.rmtree(folder)
        return killed

    killed = run_trials(range(TRIALS), trial)
    done = TRIALS
    while killed < MIN_MID_OPERATION and done < TRIALS + MAX_EXTRA:
        window[0] *= 0.7  # the operation ran faster than measured: kill sooner
        killed += run_trials(range(done, done + PARALLEL), trial)
        done += PARALLEL
    return killed


def _without_settings(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if k != "vault_settings"}


def test_kill_while_snapshotting(template: Template, trials_dir: Path) -> None:
    """A kill during a snapshot leaves the vault whole and only complete snapshots."""

    def check(folder: Path) -> Check:
        def inner(session: Session) -> None:
            assert table_counts(database(session)) == template.counts

        return inner

    killed = _trials(template, trials_dir, lambda f, _: _args("snapshot", f), check)
    assert killed >= MIN_MID_OPERATION


def test_kill_while_backing_up(template: Template, trials_dir: Path) -> None:
    """A kill during a backup: vault whole; the file absent or valid; the next backup works."""

    def args(folder: Path, _: int) -> list[str]:
        return _args("backup", folder, str(folder / "usb" / "new.carnet-backup"), BACKUP_PASS)

    def check(folder: Path) -> Check:
        out = folder / "usb" / "new.carnet-backup"

        def inner(session: Session) -> None:
            counts = table_counts(database(session))
            assert _without_settings(counts) == _without_settings(template.counts)
            if out.exists():  # renamed into place: it must be a complete, valid backup
                backup.verify_backup_file(out, BACKUP_PASS, template.outside, folder / "usb")
                (folder / "usb" / "check.db").unlink()
            backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, NOW)

        return inner

    assert _trials(template, trials_dir, args, check) >= MIN_MID_OPERATION


def test_kill_while_restoring(template: Template, trials_dir: Path) -> None:
    """A kill during a restore leaves the old content or the new one, whole, never a mix."""

    def args(folder: Path, n: int) -> list[str]:
        if n % 2:  # half the trials from the external backup, half from the snapshot
            return _args("restore", folder, str(folder / "usb" / template.backup), BACKUP_PASS)
        snapshot = folder / "vault" / "snapshots" / template.snapshot
        return _args("restore", folder, str(snapshot))

    external = dict(template.snapshot_counts, hypotheses=0)
    allowed = (template.counts, template.snapshot_counts, external)

    def check(folder: Path) -> Check:
        def inner(session: Session) -> None:
            assert table_counts(database(session)) in allowed

        return inner

    assert _trials(template, trials_dir, args, check) >= MIN_MID_OPERATION


def test_kill_while_purging(template: Template, trials_dir: Path) -> None:
    """A kill during a purge: the person fully there, or fully gone from every page and snapshot."""
    gone = dict(template.counts)
    for table in ("persons", "interviews", "addenda", "follow_ups"):
        gone[table] -= 1
    gone["disclosures"] += 1  # the register entry, in the same transaction
    gone["vault_settings"] += 1  # the permanent list of erased persons (ids only)

    def check(folder: Path) -> Check:
        def inner(session: Session) -> None:
            counts = table_counts(database(session))
            assert counts in (template.counts, gone)
            # The sealed file commits after carnet.db; what a kill between the two
            # leaves is swept at the next unlock, so the two files agree here.
            assert session.counts().hypotheses == (1 if counts == gone else 2)
            if counts == gone:
                assert vault_canaries(session) == []
                for snap in snapshots.list_snapshots(session.paths):
                    assert snapshot_canaries(session, snap.path) == []

        return inner

    def args(folder: Path, _: int) -> list[str]:
        return _args("purge", folder, str(template.marked))

    assert ALL_CANARIES  # the scan looks for every field's canary
    assert _trials(template, trials_dir, args, check) >= MIN_MID_OPERATION
