"""Tests for app/cli/commands_export.py: `export` writes and records, `register` lists."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from app.cli import main as cli_main
from app.cli.commands_export import add_commands
from app.core.caseload import Caseload
from app.core.session import Session, stores
from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import InvalidInput
from tests.cli.runner import cli_env, run_cli
from tests.support import PASSPHRASE, REPO, draft
from tests.support.disclosure_data import (
    ADDENDUM_TEXT,
    FOLLOW_UP_TEXT,
    HYPOTHESIS_CANARY,
    PARAGRAPHS,
    SeededPerson,
    seed_person,
)


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """In-process runs share the test application (the command makes one when alone)."""


@pytest.fixture
def seeded(caseload: Caseload) -> SeededPerson:
    return seed_person(caseload)


def run(session: Session, *argv: str) -> str:
    """Parses like carnet-cli does after `--vault V`, runs the handler, returns stdout."""
    parser = argparse.ArgumentParser(prog="carnet-cli")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    out = io.StringIO()
    assert args.handler(args, session, out) == 0
    return out.getvalue()


def run_main(session: Session, *argv: str) -> str:
    """Parses with carnet-cli's own parser (global options included), runs the handler."""
    args = cli_main.build_parser().parse_args(list(argv))
    out = io.StringIO()
    assert args.handler(args, session, out) == 0
    return out.getvalue()


def export_args(seeded: SeededPerson, out: Path, *extra: str) -> list[str]:
    first, second = seeded.interviews
    return [
        "export", str(seeded.person_id), "--frame", "liaison",
        "--interviews", f"{first},{second}#p2", "--follow-ups",
        "--recipient", "Dr Claire Martin", "--purpose", "Préparer la reprise",
        "--informed", "yes", "--author", "Service social", "--format", "pdf",
        "--out", str(out), *extra,
    ]  # fmt: skip


def test_export_writes_the_pdf_and_records_one_entry(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """A whole interview, one paragraph of another and the follow-ups, in a real PDF."""
    path = tmp_path / "note.pdf"
    printed = run(session, *export_args(seeded, path))
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    squashed = "".join(text.split())
    for paragraph in (*PARAGRAPHS[0], PARAGRAPHS[1][1], ADDENDUM_TEXT, FOLLOW_UP_TEXT):
        assert "".join(paragraph.split()) in squashed
    assert "".join(PARAGRAPHS[1][0].split()) not in squashed
    assert HYPOTHESIS_CANARY not in text
    [entry] = stores(session).disclosures.list()
    assert entry.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert entry.sha256 in printed and str(path) in printed
    assert f"interview:{seeded.interviews[1]}#p2" in entry.item_refs


def test_preview_prints_the_text_and_the_wording_check_and_writes_nothing(
    session: Session, seeded: SeededPerson, caseload: Caseload, tmp_path: Path
) -> None:
    """--preview shows exactly the body and the check's questions; no file, no register entry."""
    sensitive = caseload.add_interview(
        seeded.person_id, draft(date(2026, 4, 1)), "Elle évoque des violences conjugales."
    )
    argv = export_args(seeded, tmp_path / "x.pdf", "--preview")
    argv[argv.index("--interviews") + 1] = str(sensitive)
    printed = run(session, *argv)
    assert "Elle évoque des violences conjugales." in printed
    assert "«violences conjugales» — Is this needed for this recipient?" in printed
    assert "relations intrafamiliales" not in printed
    assert not (tmp_path / "x.pdf").exists()
    assert stores(session).disclosures.list() == []


def test_the_signature_is_remembered_for_next_time(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """--author is needed once; the next export reuses it from the vault."""
    run(session, *export_args(seeded, tmp_path / "a.pdf"))
    argv = export_args(seeded, tmp_path / "b.txt")
    del argv[argv.index("--author") : argv.index("--author") + 2]
    argv[argv.index("--format") + 1] = "txt"
    run(session, *argv)
    assert "Service social" in (tmp_path / "b.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("--informed", "no"), "why"),
        (("--interviews", "999"), "No interview"),
        (("--interviews", "1#p9"), "no paragraph"),
        (("--frame", "coordination", "--parties", "CCAS"), "nothing from the notes"),
    ],
)
def test_refusals_write_and_record_nothing(
    session: Session, seeded: SeededPerson, tmp_path: Path, change: tuple[str, ...], message: str
) -> None:
    """Invalid choices are refused with a plain message; no file, no register entry."""
    argv = export_args(seeded, tmp_path / "x.pdf")
    for flag, value in zip(change[::2], change[1::2], strict=True):
        if flag in argv:
            argv[argv.index(flag) + 1] = value
        else:
            argv += [flag, value]
    with pytest.raises(InvalidInput, match=message):
        run(session, *argv)
    assert not (tmp_path / "x.pdf").exists()
    assert stores(session).disclosures.list() == []


def test_an_existing_file_is_kept_without_force(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """The command never replaces a file unless told to with --force."""
    path = tmp_path / "x.pdf"
    path.write_bytes(b"previous")
    with pytest.raises(InvalidInput, match="--force"):
        run(session, *export_args(seeded, path))
    assert path.read_bytes() == b"previous"
    run(session, *export_args(seeded, path, "--force"))
    assert path.read_bytes().startswith(b"%PDF")


def test_certificate_and_coordination_from_the_command_line(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """The frames without content need no --interviews; a certificate to the person no
    --informed."""
    base = ["export", str(seeded.person_id), "--recipient", "Mme Q.", "--purpose", "Demande"]
    base += ["--author", "Service social", "--format", "txt"]
    run(session, *base, "--frame", "attestation", "--to-person", "--out", str(tmp_path / "a.txt"))
    assert "1 September 2025" in (tmp_path / "a.txt").read_text(encoding="utf-8")
    coordination = ["--frame", "coordination", "--parties", "CCAS", "--informed", "yes"]
    run(session, *base, *coordination, "--out", str(tmp_path / "c.txt"))
    text = (tmp_path / "c.txt").read_text(encoding="utf-8")
    assert "CCAS" in text
    assert not any(p in text for p in (*PARAGRAPHS[0], *PARAGRAPHS[1]))
    assert [e.item_refs for e in stores(session).disclosures.list()] == [(), ()]


def test_register_lists_entries_as_json_without_note_content(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """`register --json` gives the entries, filterable by person, with no note text."""
    run(session, *export_args(seeded, tmp_path / "a.pdf"))
    rows = json.loads(run(session, "register", "--json"))
    assert [r["recipient"] for r in rows] == ["Dr Claire Martin"]
    assert rows[0]["person"] == seeded.person_id
    assert (
        json.loads(run(session, "register", "--person", str(seeded.other_person_id), "--json"))
        == []
    )
    text = run(session, "register")
    assert "Dr Claire Martin" in text and "liaison" in text
    for output in (text, run(session, "register", "--csv")):
        assert not any(p in output for p in PARAGRAPHS[0])


def test_the_global_json_flag_gives_the_register_as_json(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """`carnet-cli --json register` prints JSON; `--json register --csv` still gives CSV."""
    run(session, *export_args(seeded, tmp_path / "a.pdf"))
    rows = json.loads(run_main(session, "--json", "register"))
    assert [r["recipient"] for r in rows] == ["Dr Claire Martin"]
    assert json.loads(run_main(session, "--json", "register", "--json")) == rows
    csv = run_main(session, "--json", "register", "--csv")
    assert csv.splitlines()[0].count(",") > 3 and "Dr Claire Martin" in csv
    assert "Dr Claire Martin" in run_main(session, "register")


def test_the_global_json_flag_gives_the_preview_as_json(
    session: Session, seeded: SeededPerson, caseload: Caseload, tmp_path: Path
) -> None:
    """`--json export --preview` is one JSON document: the exact text and the wording check."""
    sensitive = caseload.add_interview(
        seeded.person_id, draft(date(2026, 4, 1)), "Elle évoque des violences conjugales."
    )
    argv = export_args(seeded, tmp_path / "x.pdf", "--preview")
    argv[argv.index("--interviews") + 1] = str(sensitive)
    printed = json.loads(run_main(session, "--json", *argv))
    assert printed["text"] == run(session, *argv).split("Wording check:")[0]
    [flag] = printed["wording_flags"]
    assert (flag["text"], flag["category"], flag["replacement"]) == (
        "violences conjugales",
        "violence",
        None,
    )
    assert not (tmp_path / "x.pdf").exists() and stores(session).disclosures.list() == []


def test_without_a_display_the_command_uses_qt_offscreen(tmp_path: Path) -> None:
    """Run alone with no display, the command starts Qt's offscreen platform by itself."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    code = (
        "from app.cli.commands_export import ensure_gui_application as e; e(); "
        "from PySide6.QtGui import QGuiApplication as G; print(G.platformName())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "offscreen", result.stderr


def test_through_carnet_cli_in_a_subprocess(vault_dir: Path, tmp_path: Path) -> None:
    """The real command, vault unlocked by main: a PDF, one entry, and the register as JSON."""
    session = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    try:
        seeded = seed_person(Caseload(session))
    finally:
        session.close()
    path = tmp_path / "note.pdf"
    exported = run_cli(vault_dir, "--json", *export_args(seeded, path), secrets=[PASSPHRASE])
    assert exported.code == 0, exported.err
    written = exported.json()
    assert written["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    listed = run_cli(vault_dir, "register", "--json", secrets=[PASSPHRASE])
    assert listed.code == 0, listed.err
    [row] = json.loads(listed.out)
    assert row["sha256"] == written["sha256"] and row["id"] == written["entry"]
    globally = run_cli(vault_dir, "--json", "register", secrets=[PASSPHRASE])
    assert globally.code == 0, globally.err
    assert globally.json() == [row]
    refused = run_cli(vault_dir, *export_args(seeded, path), secrets=[PASSPHRASE])
    assert refused.code == 17 and "--force" in refused.err and "Traceback" not in refused.err


def test_a_third_party_copy_without_a_consent_answer_writes_nothing(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """A copy for the person addressed to HR, with or without --informed, is refused."""
    argv = export_args(seeded, tmp_path / "c.txt")
    argv[argv.index("--frame") + 1] = "copie-personne"
    argv[argv.index("--recipient") + 1] = "DRH Exemple"
    del argv[argv.index("--informed") : argv.index("--informed") + 2]
    with pytest.raises(InvalidInput, match="--informed"):
        run(session, *argv)
    with pytest.raises(InvalidInput, match="only to the person"):
        run(session, *argv, "--informed", "agreed")
    assert not (tmp_path / "c.txt").exists() and stores(session).disclosures.list() == []


def test_register_refuse_records_a_refused_entry_without_a_file(
    session: Session, seeded: SeededPerson
) -> None:
    """`register refuse` records who asked, for what and the answer, as kind `refused`."""
    argv = ["register", "refuse", str(seeded.person_id), "--requester", "DRH Exemple"]
    run(session, *argv, "--purpose", "Nouvelles du salarié", "--answer", "Secret opposé")
    [row] = json.loads(run(session, "register", "--json"))
    assert row["kind"] == "refused" and row["answer"] == "Secret opposé"
    assert row["items"] == [] and row["sha256"] == "" and row["format"] == "none"


def test_the_access_copy_lists_every_interview_and_earlier_recipients(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """`--frame copie-personne --all` holds every interview and every earlier recipient."""
    run(session, *export_args(seeded, tmp_path / "a.pdf"))
    argv = ["export", str(seeded.person_id), "--frame", "copie-personne", "--all", "--to-person"]
    argv += ["--recipient", "Mme Quellec", "--purpose", "Droit d'accès", "--format", "txt"]
    run(session, *argv, "--author", "Service social", "--out", str(tmp_path / "all.txt"))
    text = (tmp_path / "all.txt").read_text(encoding="utf-8")
    assert all(p in text for p in (*PARAGRAPHS[0], *PARAGRAPHS[1]))
    assert "Dr Claire Martin" in text and HYPOTHESIS_CANARY not in text


def test_child_protection_keeps_each_paragraph_source(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """--observed and --reported mark paragraphs one by one; an unmarked one is refused."""
    first = seeded.interviews[0]
    argv = export_args(seeded, tmp_path / "ip.txt")
    argv[argv.index("--frame") + 1] = "information-preoccupante"
    argv[argv.index("--interviews") + 1] = f"{first}#p1,{first}#p2"
    argv[argv.index("--format") + 1] = "txt"
    argv += ["--minor", "Léa Quellec, née le 3 mai 2015", "--danger", "Danger grave"]
    with pytest.raises(InvalidInput, match="--reported"):
        run(session, *argv, "--observed", f"{first}#p1")
    run(session, *argv, "--observed", f"{first}#p1", "--reported", f"{first}#p2")
    text = (tmp_path / "ip.txt").read_text(encoding="utf-8")
    observed = text.index("observed by the worker")
    reported = text.index("reported to the worker")
    assert observed < text.index(PARAGRAPHS[0][0]) < reported < text.index(PARAGRAPHS[0][1])
    assert "L. 226-2-1" in text and "Danger grave" in text


def test_a_french_locale_writes_a_french_document(vault_dir: Path, tmp_path: Path) -> None:
    """Under LANG=fr_FR.UTF-8 the command's messages and the liaison note are in French."""
    session = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    try:
        seeded = seed_person(Caseload(session))
    finally:
        session.close()
    path = tmp_path / "note.txt"
    argv = export_args(seeded, path)
    argv[argv.index("--format") + 1] = "txt"
    env = cli_env(LANG="fr_FR.UTF-8")
    result = run_cli(vault_dir, *argv, secrets=[PASSPHRASE], env=env)
    assert result.code == 0, result.err
    assert "Écrit" in result.out
    text = path.read_text(encoding="utf-8")
    assert "Note de liaison" in text and "Destinataire" in text
    assert "Liaison note" not in text and "Interview of" not in text
    english = run_cli(vault_dir, "--lang", "en", *argv, "--force", secrets=[PASSPHRASE], env=env)
    assert english.code == 0, english.err
    assert "Liaison note" in path.read_text(encoding="utf-8")


def test_register_text_shows_items_in_words(
    session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """`register` (text) reads "Interview of DD/MM/YYYY, § N", never an internal ref."""
    run(session, *export_args(seeded, tmp_path / "a.pdf"))
    text = run(session, "register")
    assert "Interview of " in text and ", § " in text
    assert "interview:" not in text
