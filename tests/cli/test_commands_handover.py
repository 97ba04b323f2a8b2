"""`carnet-cli handover export|import` between two vaults, as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core.caseload import Caseload
from app.core.passphrase_policy import WeakPassphrase, assess
from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS
from app.messages.errors import one_line_message
from app.ui.widgets.passphrase_strength import assess_passphrase
from tests.support import PASSPHRASE, REPO, folder_digest
from tests.support.backup_data import FACTS, HYPOTHESIS_CANARY, populate

HANDOVER_PASS = "phrase de passation, longue et à part"


def cli(
    vault: Path, *argv: str, handover_secret: str = HANDOVER_PASS
) -> subprocess.CompletedProcess[str]:
    """carnet-cli with the vault passphrase on stdin and the handover one on its own pipe."""
    read, write = os.pipe()
    os.write(write, (handover_secret + "\n").encode())
    os.close(write)
    command = [sys.executable, "-m", "tests.support.cli_main", "--vault", str(vault)]
    command += ["--passphrase-fd", "0", *argv]
    if "handover" in argv:
        command += ["--handover-passphrase-fd", str(read)]
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    try:
        return subprocess.run(
            command, input=PASSPHRASE + "\n", capture_output=True, text=True, pass_fds=[read],
            env=env, timeout=120, check=False,
        )  # fmt: skip
    finally:
        os.close(read)


def _vault(folder: Path) -> int:
    created = create_vault(folder, PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    try:
        return int(populate(Caseload(created.session)).marked)
    finally:
        created.session.close()


def test_export_then_import_then_import_again(tmp_path: Path) -> None:
    """The file goes from one vault to another; one register entry; a second import adds nothing."""
    first, second = tmp_path / "first", tmp_path / "second"
    marked = _vault(first)
    create_vault(second, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session.close()
    out = tmp_path / "passation.carnet-handover"
    made = cli(first, "--json", "handover", "export", str(marked), "--to", "Mme Suite",
               "--out", str(out), "--informed", "agreed")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert len(json.loads(made.stdout)["entries"]) == 1
    assert HYPOTHESIS_CANARY.encode() not in out.read_bytes()
    register = cli(first, "--json", "register")
    [entry] = [e for e in json.loads(register.stdout) if e["frame"] == "passation"]
    assert entry["recipient"] == "Mme Suite" and entry["purpose"] == "continuité du suivi"
    taken = cli(second, "--json", "handover", "import", str(out))
    assert taken.returncode == 0, taken.stderr
    assert len(json.loads(taken.stdout)["added"]) == 1
    again = cli(second, "--json", "handover", "import", str(out))
    assert json.loads(again.stdout) == {"added": [], "already_imported": True}
    listing = cli(second, "--json", "search", "zqfaits")
    assert listing.returncode == 0 and FACTS.split()[0].lower() in listing.stdout.lower()


def test_no_consent_answer_writes_nothing_and_a_wrong_passphrase_changes_nothing(
    tmp_path: Path,
) -> None:
    """No --informed: nothing written; a wrong handover passphrase: the vault unchanged."""
    first, second = tmp_path / "first", tmp_path / "second"
    marked = _vault(first)
    create_vault(second, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session.close()
    out = tmp_path / "p.carnet-handover"
    refused = cli(first, "handover", "export", str(marked), "--to", "X", "--out", str(out))
    assert refused.returncode == 17 and "--informed" in refused.stderr and not out.exists()
    cli(
        first, "handover", "export", str(marked), "--to", "X", "--out", str(out), "--informed", "no"
    )
    before = folder_digest(second)
    wrong = cli(second, "handover", "import", str(out), handover_secret="pas la bonne phrase")
    assert wrong.returncode == 29 and "handover" in wrong.stderr
    assert folder_digest(second) == before


def test_a_weak_handover_passphrase_is_refused_with_the_gui_reason(tmp_path: Path) -> None:
    """A handover passphrase the GUI refuses: exit 17, the shared table's words, nothing written."""
    first = tmp_path / "first"
    marked = _vault(first)
    out = tmp_path / "p.carnet-handover"
    # Nine letters: past the eight-character minimum the wizard and export_handover had;
    # carnet-cli already refused it (SecretSource.ask_new), and still must.
    weak = "passation"
    refused = cli(first, "handover", "export", str(marked), "--to", "X", "--out", str(out),
                  "--informed", "agreed", handover_secret=weak)  # fmt: skip
    assert refused.returncode == 17, refused.stderr
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in refused.stderr
    assert one_line_message(WeakPassphrase(assess(weak))) in lines[0]
    assert assess_passphrase(weak).reasons[0] in lines[0]
    assert not out.exists()
    register = cli(first, "--json", "register")
    assert [e for e in json.loads(register.stdout) if e["frame"] == "passation"] == []
