"""`carnet-cli wording`: the wording check of a file, as JSON, without a vault."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.commands_wording import MAX_BYTES
from app.cli.main import main


def wording(capsys: pytest.CaptureFixture[str], frame: str, path: Path) -> list[dict[str, object]]:
    assert main(["wording", "--frame", frame, "--file", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert isinstance(result, list)
    return result


def test_a_death_threat_is_never_replaced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Done when: no finding on the threat has a replacement that drops or softens it."""
    path = tmp_path / "ip.txt"
    path.write_text("Mme indique avoir reçu des menaces de mort de son ex-conjoint.\n", "utf-8")
    findings = wording(capsys, "information-preoccupante", path)
    assert findings, "the threat is asked about"
    for finding in findings:
        assert finding["replacement"] is None
        assert "omit" not in finding["offers"]  # type: ignore[operator]
    [threat] = findings
    assert (threat["term"], threat["category"], threat["serious"]) == (
        "menaces de mort",
        "violence",
        True,
    )
    assert (threat["start"], threat["end"]) == (27, 42)


def test_a_label_is_a_judgement_with_a_question(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Done when: « Mme est manipulatrice. » → judgement, a question, replacement null."""
    path = tmp_path / "note.txt"
    path.write_text("Mme est manipulatrice.", "utf-8")
    [finding] = wording(capsys, "liaison", path)
    assert finding["category"] == "judgement" and finding["replacement"] is None
    assert isinstance(finding["question"], str) and finding["question"].endswith("instead.")
    assert set(finding) >= {"term", "category", "start", "end", "question", "replacement"}


def test_attribution_is_offered_as_a_whole_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An unattributed sensitive sentence comes with its attributed form, every word kept."""
    path = tmp_path / "rh.txt"
    path.write_text("Il a pensé au suicide.", "utf-8")
    [finding] = wording(capsys, "reponse-employeur", path)
    assert finding["category"] == "suicide"
    assert finding["attributed"] == "The person says that il a pensé au suicide."


def test_the_global_json_flag_works_too(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`carnet-cli --json wording …` gives the same JSON list."""
    path = tmp_path / "note.txt"
    path.write_text("Il semble fatigué.", "utf-8")
    assert main(["--json", "wording", "--frame", "liaison", "--file", str(path)]) == 0
    [finding] = json.loads(capsys.readouterr().out)
    assert finding["term"] == "il semble"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\xff\xfe\x00bad", "not UTF-8"), (b"a" * (MAX_BYTES + 1), "larger than")],
)
def test_bad_files_get_a_clear_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, message: str
) -> None:
    """Not UTF-8, too big or missing: one plain line, the input-error exit code."""
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["wording", "--frame", "liaison", "--file", str(path)]) == 17
    assert message in capsys.readouterr().err
    assert main(["wording", "--frame", "liaison", "--file", str(tmp_path / "none")]) == 17
    assert "Cannot read" in capsys.readouterr().err


def test_through_carnet_cli_in_a_subprocess(tmp_path: Path) -> None:
    """The installed entry point runs the check without any vault."""
    path = tmp_path / "note.txt"
    path.write_text("Elle est défaillante.", "utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli.main",
            "wording",
            "--frame",
            "liaison",
            "--file",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    assert "«défaillante» [judgement]" in done.stdout
