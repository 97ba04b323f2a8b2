"""carnet-cli backup, restore, snapshots, past-term and purge, run as real processes."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import errors
from app.cli.confirm import NotConfirmed
from app.core import backup, snapshots
from app.core.caseload import Caseload
from app.core.session import stores
from app.core.vault import CreatedVault, unlock
from app.domain import errors as e
from tests.support import OTHER_PASSPHRASE, PASSPHRASE, REPO
from tests.support.backup_data import HYPOTHESIS_CANARY, Caseload2, canaries_in, populate
from tests.support.damage import DAMAGED_OFFSET, fill_pages, flip

BACKUP_PASS = "phrase de la clé USB, longue et à part"


def cli(
    vault: Path, stdin: str, *argv: str, backup_secret: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run carnet-cli with secrets on stdin (fd 0), the backup one on a pipe if given."""
    extra, pass_fds = [], []
    if backup_secret is not None:
        read, write = os.pipe()
        os.write(write, backup_secret.encode())
        os.close(write)
        extra, pass_fds = ["--backup-passphrase-fd", str(read)], [read]
    command = [
        sys.executable,
        "-m",
        "tests.support.cli_main",
        "--vault",
        str(vault),
        "--passphrase-fd",
        "0",
    ]
    try:
        return subprocess.run(
            [*command, *argv, *extra],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=REPO,
            pass_fds=pass_fds,
            env=dict(os.environ, PYTHONPATH=str(REPO)),
            check=False,
            timeout=120,
        )
    finally:
        for number in pass_fds:
            os.close(number)


@pytest.fixture
def closed(created_vault: CreatedVault) -> tuple[Path, Caseload2]:
    """A populated vault, locked, so the command line can open it."""
    ids = populate(Caseload(created_vault.session))
    snapshots.take_snapshot(created_vault.session, datetime(2024, 5, 1, tzinfo=UTC))
    created_vault.session.close()
    return created_vault.session.paths.folder, ids


def test_backup(closed: tuple[Path, Caseload2], tmp_path: Path) -> None:
    """`backup` writes a verified file and says the hypotheses are not in it."""
    vault, _ = closed
    out = tmp_path / "usb.carnet-backup"
    run = cli(vault, f"{PASSPHRASE}\n{BACKUP_PASS}\n", "--json", "backup", "--out", str(out))
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["hypotheses_included"] is False and report["counts"]["persons"] == 2
    assert backup.inspect_backup(out).size_bytes == report["size_bytes"]


def test_backup_passphrase_fd(closed: tuple[Path, Caseload2], tmp_path: Path) -> None:
    """--backup-passphrase-fd reads the backup passphrase from its own descriptor."""
    vault, _ = closed
    out = tmp_path / "b"
    run = cli(vault, f"{PASSPHRASE}\n", "backup", "--out", str(out),
              backup_secret=f"{BACKUP_PASS}\n")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "not in it" in run.stdout
    restored = cli(tmp_path / "new", f"{OTHER_PASSPHRASE}\n{BACKUP_PASS}\n",
                   "restore", str(out), "--yes")  # fmt: skip
    assert restored.returncode == 0, restored.stderr


def test_restore_on_a_new_computer(closed: tuple[Path, Caseload2], tmp_path: Path) -> None:
    """`restore` into an empty folder makes a vault, prints a recovery key, says what is missing."""
    vault, _ = closed
    out = tmp_path / "b"
    cli(vault, f"{PASSPHRASE}\n{BACKUP_PASS}\n", "backup", "--out", str(out))
    folder = tmp_path / "laptop"
    run = cli(folder, f"{OTHER_PASSPHRASE}\n{BACKUP_PASS}\n", "--json",
              "restore", str(out), "--yes")  # fmt: skip
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["kind"] == "external" and result["hypotheses_included"] is False
    assert result["recovery_key"]
    session = unlock(folder, OTHER_PASSPHRASE)
    try:
        assert session.counts().persons == 2 and session.counts().hypotheses == 0
    finally:
        session.close()


def test_restore_a_snapshot(closed: tuple[Path, Caseload2]) -> None:
    """`restore SNAPSHOT` needs only the vault passphrase and keeps the previous content."""
    vault, _ = closed
    [snap] = [p for p in sorted((vault / "snapshots").iterdir()) if ".hypotheses" not in p.name]
    run = cli(vault, f"{PASSPHRASE}\n", "restore", str(snap), "--yes")
    assert run.returncode == 0, run.stderr
    assert "previous content is kept" in run.stdout


def test_restore_refusals(closed: tuple[Path, Caseload2], tmp_path: Path) -> None:
    """Wrong backup passphrase and damaged files have their own exit codes."""
    vault, _ = closed
    out = tmp_path / "b"
    cli(vault, f"{PASSPHRASE}\n{BACKUP_PASS}\n", "backup", "--out", str(out))
    wrong = cli(vault, f"{PASSPHRASE}\nmauvaise phrase\n", "restore", str(out), "--yes")
    assert wrong.returncode == errors.EXIT_CODES[e.WrongBackupPassphrase]
    junk = tmp_path / "junk"
    junk.write_bytes(os.urandom(9000))
    damaged = cli(vault, f"{PASSPHRASE}\n", "restore", str(junk), "--yes")
    assert damaged.returncode == errors.EXIT_CODES[e.BackupInvalid]
    assert "Traceback" not in damaged.stderr


def test_snapshots_listing(closed: tuple[Path, Caseload2]) -> None:
    """`snapshots --json` lists the snapshot files with their dates."""
    vault, _ = closed
    run = cli(vault, f"{PASSPHRASE}\n", "--json", "snapshots")
    assert run.returncode == 0, run.stderr
    [snap] = json.loads(run.stdout)
    assert snap["kind"] == "auto" and snap["taken_at"].startswith("2024-05-01")


def test_past_term(closed: tuple[Path, Caseload2]) -> None:
    """`past-term` lists whoever's last contact is older than the term."""
    vault, ids = closed
    run = cli(vault, f"{PASSPHRASE}\n", "--json", "past-term", "--today", "2024-05-01")
    assert run.returncode == 0, run.stderr
    assert [row["id"] for row in json.loads(run.stdout)] == [ids.marked]


def test_purge(closed: tuple[Path, Caseload2]) -> None:
    """`purge` erases the person and records the register entry; an unknown id is NotFound."""
    vault, ids = closed
    run = cli(vault, f"{PASSPHRASE}\n", "--json", "purge", str(ids.marked), "--reason",
              "Demande de la personne", "--yes")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["person_ids"] == [ids.marked]
    missing = cli(vault, f"{PASSPHRASE}\n", "purge", "999", "--reason", "x", "--yes")
    assert missing.returncode == errors.EXIT_CODES[e.NotFound]
    session = unlock(vault, PASSPHRASE)
    try:
        assert stores(session).persons.ids() == [ids.other]
        assert stores(session).disclosures.list(person_id=ids.marked)[0].frame == "purge"
    finally:
        session.close()


def test_purge_at_a_terminal_asks_on_stderr_and_keeps_json_clean(
    closed: tuple[Path, Caseload2],
) -> None:
    """At a terminal the person's id is asked on stderr; stdout stays one JSON document."""
    vault, ids = closed
    terminal, typing_end = pty.openpty()
    read, write = os.pipe()
    os.write(write, f"{PASSPHRASE}\n".encode())
    os.close(write)
    os.write(
        terminal, f"{ids.marked}\n".encode()
    )  # waits in the terminal's line buffer for the question
    command = [sys.executable, "-m", "tests.support.cli_main", "--vault", str(vault),
               "--passphrase-fd", str(read), "--json", "purge", str(ids.marked),
               "--reason", "Demande"]  # fmt: skip
    try:
        run = subprocess.run(
            command, stdin=typing_end, capture_output=True, text=True, cwd=REPO, pass_fds=(read,),
            env=dict(os.environ, PYTHONPATH=str(REPO)), check=False, timeout=120,
        )  # fmt: skip
    finally:
        for number in (terminal, typing_end, read):
            os.close(number)
    assert run.returncode == 0, run.stderr
    assert f"Type {ids.marked} to confirm" in run.stderr
    assert json.loads(run.stdout)["person_ids"] == [ids.marked]


def test_close_case(closed: tuple[Path, Caseload2]) -> None:
    """`close-case` closes and destroys the hypotheses (in snapshots too)."""
    vault, ids = closed
    run = cli(vault, f"{PASSPHRASE}\n", "--json", "close-case", str(ids.marked), "--date",
              "2024-05-01", "--yes")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["hypotheses_destroyed"] == 1
    session = unlock(vault, PASSPHRASE)
    try:
        assert stores(session).hypotheses.for_person(ids.marked) == []
        for snap in snapshots.list_snapshots(session.paths):
            assert HYPOTHESIS_CANARY not in canaries_in(snap.path, session.data_key())
    finally:
        session.close()


def _piped(vault: Path, stdin: str, *argv: str) -> subprocess.CompletedProcess[str]:
    """carnet-cli with the passphrase on its own descriptor and `stdin` piped in."""
    read, write = os.pipe()
    os.write(write, f"{PASSPHRASE}\n".encode())
    os.close(write)
    command = [sys.executable, "-m", "tests.support.cli_main", "--vault", str(vault),
               "--passphrase-fd", str(read), *argv]  # fmt: skip
    try:
        return subprocess.run(
            command, input=stdin, capture_output=True, text=True, cwd=REPO, pass_fds=(read,),
            env=dict(os.environ, PYTHONPATH=str(REPO)), check=False, timeout=120,
        )  # fmt: skip
    finally:
        os.close(read)


@pytest.mark.parametrize(
    "argv",
    [("purge", "{id}", "--reason", "x"), ("close-case", "{id}"), ("restore", "{snap}")],
    ids=["purge", "close-case", "restore"],
)
def test_piped_answer_never_confirms(closed: tuple[Path, Caseload2], argv: tuple[str, ...]) -> None:
    """`echo o | carnet-cli purge ID` (close-case, restore) changes nothing and says --yes."""
    vault, ids = closed
    [snap] = [p for p in sorted((vault / "snapshots").iterdir()) if ".hypotheses" not in p.name]
    before = {p.name: p.read_bytes() for p in vault.iterdir() if p.name.startswith("carnet.")}
    args = [a.format(id=ids.marked, snap=snap) for a in argv]
    run = _piped(vault, f"o\n{ids.marked}\nRESTORE\n", *args)
    assert run.returncode == errors.EXIT_CODES[NotConfirmed], run.stderr
    assert "--yes" in run.stderr and "Traceback" not in run.stderr
    session = unlock(vault, PASSPHRASE)
    try:
        assert stores(session).persons.ids() == [ids.marked, ids.other]
        assert len(stores(session).hypotheses.for_person(ids.marked)) == 1
        assert stores(session).persons.get(ids.marked).case_closed is None
    finally:
        session.close()
    assert before["carnet.key"] == (vault / "carnet.key").read_bytes()


def test_wrong_answer_at_a_terminal_erases_nothing(closed: tuple[Path, Caseload2]) -> None:
    """At a terminal, typing anything but the person's id (here "o") erases nothing."""
    vault, ids = closed
    terminal, typing_end = pty.openpty()
    read, write = os.pipe()
    os.write(write, f"{PASSPHRASE}\n".encode())
    os.close(write)
    os.write(terminal, b"o\n")
    command = [sys.executable, "-m", "tests.support.cli_main", "--vault", str(vault),
               "--passphrase-fd", str(read), "purge", str(ids.marked), "--reason", "x"]  # fmt: skip
    try:
        run = subprocess.run(
            command, stdin=typing_end, capture_output=True, text=True, cwd=REPO, pass_fds=(read,),
            env=dict(os.environ, PYTHONPATH=str(REPO)), check=False, timeout=120,
        )  # fmt: skip
    finally:
        for number in (terminal, typing_end, read):
            os.close(number)
    assert run.returncode == errors.EXIT_CODES[NotConfirmed], run.stderr
    session = unlock(vault, PASSPHRASE)
    try:
        assert ids.marked in stores(session).persons.ids()
    finally:
        session.close()


def test_restore_rescues_a_damaged_database(created_vault: CreatedVault) -> None:
    """`restore SNAPSHOT` on a vault whose database is damaged keeps it aside and reopens."""
    session = created_vault.session
    fill_pages(Caseload(session))
    snap = snapshots.take_snapshot(session, datetime(2024, 5, 1, tzinfo=UTC))
    session.close()
    folder = session.paths.folder
    flip(folder / "carnet.db", DAMAGED_OFFSET)
    with pytest.raises(e.VaultCorrupted):
        unlock(folder, PASSPHRASE)
    run = cli(folder, f"{PASSPHRASE}\n", "--json", "restore", str(snap.path), "--yes")
    assert run.returncode == 0, run.stderr
    kept = Path(json.loads(run.stdout)["damaged_copy"])
    assert kept.parent == folder and kept.name.startswith("carnet.db.damaged-")
    reopened = unlock(folder, PASSPHRASE)
    try:
        assert reopened.counts().interviews == 40
    finally:
        reopened.close()
