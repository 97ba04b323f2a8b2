"""Tests for app/cli/commands_notes.py: persons, notes with hypotheses, search."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli.errors import EXIT_CODES
from app.cli.private_output import HypothesesNeedTerminal
from app.core.device import ENV_CONFIG_DIR
from tests.cli.conftest import CLI_PASSPHRASE as PASSPHRASE
from tests.cli.runner import assert_plain_error, run_cli, run_cli_on_terminal


@pytest.fixture
def vault(cli_vault: Path) -> Path:
    return cli_vault


def cli(vault: Path, *args: str, stdin_text: str | None = None) -> dict[str, object]:
    result = run_cli(vault, "--json", *args, secrets=[PASSPHRASE], stdin_text=stdin_text)
    assert result.code == 0, result.err
    return dict(result.json())


def test_hypotheses_are_found_only_on_request_and_clearly_marked(
    vault: Path, tmp_path: Path
) -> None:
    """A hypothesis hit needs --include-hypotheses and is labelled as private in both outputs."""
    person = cli(vault, "person", "add", "Karim B.", "--organisation", "Transports Lemoine")
    facts, hypotheses = tmp_path / "f.txt", tmp_path / "h.txt"
    facts.write_text("Entretien au bureau. Retard de loyer de deux mois.", encoding="utf-8")
    hypotheses.write_text("Hypothèse : épuisement lié à la situation d'aidant.", encoding="utf-8")
    cli(
        vault,
        "note",
        "add",
        str(person["id"]),
        "--date",
        "2024-05-02",
        "--kind",
        "phone",
        "--theme",
        "housing",
        "--facts-file",
        str(facts),
        "--hypotheses-file",
        str(hypotheses),
    )
    assert cli(vault, "search", "epuisement")["hits"] == []
    on_screen = run_cli_on_terminal(
        vault, "--json", "search", "epuisement", "--include-hypotheses", secrets=[PASSPHRASE]
    )
    hits = on_screen.json()["hits"]
    assert isinstance(hits, list) and len(hits) == 1
    assert hits[0]["source"] == "hypothesis" and hits[0]["date"] == "2024-05-02"
    text = run_cli_on_terminal(vault, "search", "epuis*", "--include-hypotheses",
                               secrets=[PASSPHRASE])  # fmt: skip
    assert "HYPOTHESIS (private" in text.out and "[épuisement]" in text.out
    for mode in ((), ("--json",)):  # into a pipe (| cat, > file): refused, nothing printed
        piped = run_cli(vault, *mode, "search", "epuis*", "--include-hypotheses",
                        secrets=[PASSPHRASE])  # fmt: skip
        assert piped.code == EXIT_CODES[HypothesesNeedTerminal]
        assert "pisement" not in piped.out + piped.err and "terminal" in piped.err


def test_on_another_computer_search_says_why(
    vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vault folder copied elsewhere: check passes, facts found, no hypothesis, and why."""
    person = cli(vault, "person", "add", "Karim B.")
    facts, hypotheses = tmp_path / "f.txt", tmp_path / "h.txt"
    facts.write_text("Retard de loyer, épuisement évoqué par lui-même.", encoding="utf-8")
    hypotheses.write_text("Hypothèse : épuisement lié à la situation d'aidant.", encoding="utf-8")
    cli(vault, "note", "add", str(person["id"]), "--facts-file", str(facts),
        "--hypotheses-file", str(hypotheses))  # fmt: skip
    copy = tmp_path / "copied-vault"
    shutil.copytree(vault, copy)
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "second-computer"))
    check = run_cli(copy, "check", secrets=[PASSPHRASE])
    assert check.code == 0 and "Integrity: ok" in check.out
    assert "sealed to the computer where they were written" in check.out
    found = cli(copy, "search", "aidant", "--include-hypotheses")
    assert found["hits"] == [] and "sealed" in str(found["hypotheses_not_searched"])
    facts_hits = cli(copy, "search", "epuisement", "--include-hypotheses")["hits"]
    assert isinstance(facts_hits, list) and [h["source"] for h in facts_hits] == ["facts"]
    text = run_cli(copy, "search", "aidant", "--include-hypotheses", secrets=[PASSPHRASE])
    assert "No match." in text.out and "were not searched: they are sealed" in text.out
    assert cli(copy, "seal-here")["started_new"] is True
    assert list(copy.glob("hypotheses.sealed-elsewhere-*.db"))
    assert "hypotheses_not_searched" not in cli(copy, "search", "aidant")


def test_facts_can_come_from_stdin(vault: Path) -> None:
    """`--facts-file -` reads the note from standard input, accents intact."""
    person = cli(vault, "person", "add", "Léa D.")
    note = cli(
        vault,
        "note",
        "add",
        str(person["id"]),
        "--facts-file",
        "-",
        stdin_text="Visite à domicile : humidité signalée au bailleur.",
    )
    hits = cli(vault, "search", "humidite")["hits"]
    assert isinstance(hits, list) and hits[0]["interview_id"] == note["interview_id"]


def test_a_note_for_an_unknown_person_writes_nothing(vault: Path, tmp_path: Path) -> None:
    """An unknown person id exits 16 and the vault still has no interview."""
    facts = tmp_path / "f.txt"
    facts.write_text("texte", encoding="utf-8")
    result = run_cli(vault, "note", "add", "999", "--facts-file", str(facts), secrets=[PASSPHRASE])
    assert_plain_error(result, 16, "does not exist")
    counts = cli(vault, "check")["counts"]
    assert isinstance(counts, dict) and counts["interviews"] == 0


def test_an_unreadable_facts_file_is_a_plain_error(vault: Path, tmp_path: Path) -> None:
    """A missing file is reported by name, exit 17."""
    person = cli(vault, "person", "add", "Léa D.")
    missing = tmp_path / "absent.txt"
    result = run_cli(
        vault, "note", "add", str(person["id"]), "--facts-file", str(missing), secrets=[PASSPHRASE]
    )
    assert_plain_error(result, 17, "absent.txt")


def test_person_list_shows_each_person_once(vault: Path) -> None:
    """Listed in text with id, alias and organisation; in JSON as objects."""
    cli(vault, "person", "add", "Amina K.", "--organisation", "Clinique des Tilleuls")
    cli(vault, "person", "add", "Hugo T.")
    listing = cli(vault, "person", "list")["persons"]
    assert isinstance(listing, list)
    assert sorted(p["alias"] for p in listing) == ["Amina K.", "Hugo T."]
    text = run_cli(vault, "person", "list", secrets=[PASSPHRASE]).out
    assert "Amina K.  [Clinique des Tilleuls]" in text


def test_search_limit_out_of_range_is_refused(vault: Path) -> None:
    """--limit outside 1..500 is an input error, not a silent clamp."""
    result = run_cli(vault, "search", "loyer", "--limit", "0", secrets=[PASSPHRASE])
    assert_plain_error(result, 17, "--limit")


def _interviews(vault: Path) -> int:
    counts = cli(vault, "check")["counts"]
    assert isinstance(counts, dict)
    return int(counts["interviews"])


def test_a_refused_hypotheses_file_leaves_no_interview(vault: Path, tmp_path: Path) -> None:
    """A 21 MB hypotheses file is refused (exit 17) and no interview was saved: retry is safe."""
    person = cli(vault, "person", "add", "Nadia K.")
    facts, big = tmp_path / "f.txt", tmp_path / "h.txt"
    facts.write_text("Entretien au bureau.", encoding="utf-8")
    big.write_bytes(b"a" * (21 * 1024 * 1024))
    result = run_cli(vault, "note", "add", str(person["id"]), "--facts-file", str(facts),
                     "--hypotheses-file", str(big), secrets=[PASSPHRASE])  # fmt: skip
    assert_plain_error(result, 17, "larger than 1024 KiB")
    assert _interviews(vault) == 0


def test_facts_from_dev_zero_are_refused_at_once(vault: Path) -> None:
    """`--facts-file /dev/zero` reads at most 1 MiB and is refused; nothing is saved."""
    person = cli(vault, "person", "add", "Paul R.")
    result = run_cli(vault, "note", "add", str(person["id"]), "--facts-file", "/dev/zero",
                     secrets=[PASSPHRASE])  # fmt: skip
    assert_plain_error(result, 17, "/dev/zero")
    assert _interviews(vault) == 0


def test_bad_encoding_in_hypotheses_leaves_no_interview(vault: Path, tmp_path: Path) -> None:
    """Hypotheses that are not UTF-8 are refused before the facts are written."""
    person = cli(vault, "person", "add", "Inès T.")
    facts, latin = tmp_path / "f.txt", tmp_path / "h.txt"
    facts.write_text("Entretien au bureau.", encoding="utf-8")
    latin.write_bytes("hypothèse".encode("latin-1"))
    result = run_cli(vault, "note", "add", str(person["id"]), "--facts-file", str(facts),
                     "--hypotheses-file", str(latin), secrets=[PASSPHRASE])  # fmt: skip
    assert_plain_error(result, 17, "UTF-8")
    assert _interviews(vault) == 0
