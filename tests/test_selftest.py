"""Tests for app/selftest.py: reading exported files back without pypdf.

The whole self-test runs in a subprocess in tests/core/test_selftest.py; here
the readers it relies on are checked against pypdf and against planted canaries.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from app.domain.summary import ExportFormat, FactItem, Frame, Informed, Recipient, Summary
from app.export.writers import render_summary, write_summary
from app.selftest import odt_parts, odt_text, parse_to_unicode, pdf_streams, pdf_text

WORD = "motunique4f7q"


def summary_with(text: str, count: int = 1) -> Summary:
    """A liaison note whose facts are `text`, repeated `count` times."""
    facts = tuple(FactItem(f"interview:{i}", date(2026, 11, 24), text) for i in range(count))
    return Summary(
        frame=Frame.LIAISON,
        issued_on=date(2026, 11, 24),
        recipient=Recipient("Dr Claire Martin"),
        purpose="Reprise du travail",
        person_label="M. T.",
        author="Service social",
        informed=Informed.INFORMED,
        facts=facts,
    )


def squash(text: str) -> str:
    return "".join(text.split())


def test_pdf_text_reads_what_pypdf_reads(qapp: QApplication, tmp_path: Path) -> None:
    """The glyph-by-glyph reading finds the same words as pypdf, accents included."""
    text = f"La personne évoque {WORD} et un rendez-vous à la CAF."
    data = render_summary(summary_with(text, count=30), ExportFormat.PDF).data
    ours = pdf_text(data)
    path = tmp_path / "s.pdf"
    path.write_bytes(data)
    theirs = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert squash(text) in squash(ours)
    assert ours.count(WORD) == theirs.count(WORD) == 30


def test_pdf_text_would_see_a_leaked_canary(qapp: QApplication) -> None:
    """A word that does reach a PDF is found, so its absence in the self-test means something."""
    data = render_summary(summary_with(f"hypothèse {WORD}"), ExportFormat.PDF).data
    assert WORD in pdf_text(data)
    assert not any(WORD.encode() in stream for stream in pdf_streams(data))  # glyphs, not text


def test_odt_text_reads_the_document_words(qapp: QApplication, tmp_path: Path) -> None:
    """The ODT reading (zip parts, tags dropped) finds the fact's words."""
    path = tmp_path / "s.odt"
    write_summary(summary_with(f"Un fait {WORD}."), ExportFormat.ODT, path)
    assert WORD in odt_text(odt_parts(path))


def test_to_unicode_map_reads_ranges_and_single_codes() -> None:
    """bfrange with an array or an offset, and bfchar, all map glyphs to text."""
    cmap = (
        b"2 beginbfrange\n<0001> <0002> [<0041> <00E9>]\n<0010> <0012> <0061>\nendbfrange\n"
        b"1 beginbfchar\n<0020> <00660069>\nendbfchar\n"
    )
    mapping = parse_to_unicode(cmap)
    assert mapping == {1: "A", 2: "é", 16: "a", 17: "b", 18: "c", 32: "fi"}


def test_prepare_display_sets_offscreen_only_without_a_display(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No DISPLAY or WAYLAND_DISPLAY: offscreen; a display or an explicit platform is kept."""
    from app.selftest import prepare_display

    if sys.platform in ("win32", "darwin"):
        pytest.skip("Windows and macOS always have their own platform plugin")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    prepare_display()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    prepare_display()
    assert "QT_QPA_PLATFORM" not in os.environ
