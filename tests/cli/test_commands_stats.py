"""`carnet-cli stats`: right counts, small ones as "<3", and no name or note word in any format."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from app.cli import main as cli_main
from app.core.caseload import Caseload
from app.core.session import Session
from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import InvalidInput
from tests.cli.runner import run_cli
from tests.support import PASSPHRASE
from tests.support.activity_data import CANARIES, build_known_caseload

PERIOD = ("--from", "2026-01-01", "--to", "2026-12-31")


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """A QApplication first: the command would otherwise make a QGuiApplication of its own."""


def run_main(session: Session, *argv: str) -> str:
    """Parses with carnet-cli's own parser (global options included), runs the handler."""
    args = cli_main.build_parser().parse_args(list(argv))
    out = io.StringIO()
    assert args.handler(args, session, out) == 0
    return out.getvalue()


def _ods_text(path: Path) -> str:
    from odf.opendocument import load
    from odf.table import TableCell
    from odf.teletype import extractText

    document = load(str(path))
    return "\n".join(extractText(cell) for cell in document.getElementsByType(TableCell))


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_json_gives_the_known_counts_with_small_ones_as_strings(tmp_path: Path) -> None:
    """`carnet-cli --json stats --from … --to …` in a real process: exact counts, "<3" below 3."""
    folder = tmp_path / "vault"
    created = create_vault(folder, PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    build_known_caseload(Caseload(created.session))
    created.session.close()
    result = run_cli(folder, "--json", "stats", *PERIOD, secrets=[PASSPHRASE])
    assert result.code == 0, result.err
    doc = result.json()
    assert doc["persons_followed"] == 3 and doc["interviews_total"] == 8
    assert doc["new_cases"] == "<3" and doc["closed_cases"] == "<3"
    assert doc["interviews_by_kind"]["phone"] == "<3"
    assert (
        doc["interviews_by_theme"]["housing"] == 3 and doc["interviews_by_theme"]["budget"] == "<3"
    )
    assert doc["interviews_by_requester"]["hr"] == "<3"
    assert doc["transmissions_by_frame"]["liaison"] == 0
    assert not any(c.lower() in result.out.lower() for c in CANARIES)


def test_no_name_or_note_word_in_any_format(
    session: Session, caseload: Caseload, tmp_path: Path
) -> None:
    """txt, csv, json, pdf (read back with pypdf) and ods (read back) carry no canary."""
    build_known_caseload(caseload)
    texts = {
        "txt": run_main(session, "stats", *PERIOD),
        "csv": run_main(session, "stats", *PERIOD, "--format", "csv"),
        "json": run_main(session, "--json", "stats", *PERIOD),
    }
    for fmt in ("pdf", "ods"):
        path = tmp_path / f"figures.{fmt}"
        run_main(session, "stats", *PERIOD, "--format", fmt, "--out", str(path))
        texts[fmt] = _pdf_text(path) if fmt == "pdf" else _ods_text(path)
        if fmt == "ods":
            assert (
                zipfile.ZipFile(path).read("mimetype")
                == b"application/vnd.oasis.opendocument.spreadsheet"
            )
    for fmt, text in texts.items():
        assert "Interviews" in text or "interviews_total" in text, fmt
        found = [c for c in CANARIES if c.lower() in text.lower()]
        assert found == [], (fmt, found)
    assert "<3" in texts["pdf"] and "<3" in texts["ods"] and "<3" in texts["csv"]


def test_a_period_is_required_and_pdf_needs_a_file(session: Session) -> None:
    """No dates: a clear error; PDF without --out: a clear error; --year works alone."""
    with pytest.raises(InvalidInput, match="--from"):
        run_main(session, "stats")
    with pytest.raises(InvalidInput, match="--out"):
        run_main(session, "stats", *PERIOD, "--format", "pdf")
    assert "2026-04-01" in run_main(session, "--json", "stats", "--year", "2026", "--quarter", "2")
