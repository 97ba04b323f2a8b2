"""PDF, ODT and text files: same words as the preview, headers on every page, atomic writes."""

from __future__ import annotations

import contextlib
import hashlib
import re
import sys
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from app.core.selection import CONTENT_FRAMES
from app.domain.errors import ExportFailed
from app.domain.summary import ExportFormat, Frame, Summary
from app.export.text import summary_text
from app.export.writers import (
    NAME_ALPHABET,
    neutral_file_name,
    page_footer,
    page_header,
    write_summary,
)
from tests.export.conftest import PERSON_LABEL, fact_text, make_summary
from tests.support.folders import read_only

FRAMES_WITH_FACTS = set(CONTENT_FRAMES)
LONG = 24  # fact paragraphs: enough for at least three A4 pages

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and limits")


def squash(text: str) -> str:
    """Text without any whitespace, so line wrapping and cell spacing do not matter."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def odt_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        root = ElementTree.fromstring(archive.read("content.xml"))
    body = root.find("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}body")
    assert body is not None
    return "".join(body.itertext())


def pdf_body(summary: Summary, path: Path) -> str:
    """The squashed PDF text with each page's header and footer checked and removed."""
    pages = pdf_pages(path)
    header = squash("".join(page_header(summary)))
    body = []
    for number, page in enumerate(pages, start=1):
        text = squash(page)
        footer = squash(page_footer(number, len(pages)))
        assert text.startswith(header), f"page {number} lacks the header"
        assert text.endswith(footer), f"page {number} lacks its footer"
        body.append(text[len(header) : len(text) - len(footer)])
    return "".join(body)


def extracted_body(summary: Summary, fmt: ExportFormat, path: Path) -> str:
    """The squashed document text of any format, without its header (and footers)."""
    if fmt is ExportFormat.PDF:
        return pdf_body(summary, path)
    text = odt_text(path) if fmt is ExportFormat.ODT else path.read_text(encoding="utf-8")
    header = squash("".join(page_header(summary)))
    assert squash(text).startswith(header)
    return squash(text)[len(header) :]


@pytest.mark.parametrize("fmt", list(ExportFormat))
@pytest.mark.parametrize("frame", list(Frame))
def test_every_frame_and_format_writes_exactly_the_preview(
    frame: Frame, fmt: ExportFormat, tmp_path: Path
) -> None:
    """Each frame in each format holds the preview's words, and only those."""
    summary = make_summary(frame, fact_count=LONG)
    path = tmp_path / f"out.{fmt.value}"
    write_summary(summary, fmt, path)
    body = extracted_body(summary, fmt, path)
    assert body == squash(summary_text(summary))
    for index in range(LONG):
        present = squash(fact_text(index)) in body
        assert present is (frame in FRAMES_WITH_FACTS)


@pytest.mark.parametrize("frame", list(Frame))
def test_every_pdf_page_carries_header_and_footer(frame: Frame, tmp_path: Path) -> None:
    """A long summary spans several pages, each with the confidentiality header and page N / M."""
    summary = make_summary(frame, fact_count=LONG)
    result = write_summary(summary, ExportFormat.PDF, tmp_path / "out.pdf")
    pages = pdf_pages(tmp_path / "out.pdf")
    assert result.pages == len(pages)
    if frame in FRAMES_WITH_FACTS:
        assert len(pages) >= 3
    pdf_body(summary, tmp_path / "out.pdf")  # asserts header and footer on every page


@pytest.mark.parametrize("frame", [Frame.COORDINATION, Frame.ATTESTATION])
@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_frames_without_notes_leak_no_fact_in_any_file(
    frame: Frame, fmt: ExportFormat, tmp_path: Path
) -> None:
    """Coordination and attestation files contain no fact, even from a summary holding some."""
    path = tmp_path / f"out.{fmt.value}"
    write_summary(make_summary(frame, fact_count=LONG), fmt, path)
    text = squash(extracted_body(make_summary(frame), fmt, path))
    assert squash("Fait numéro") not in text
    assert squash("logement social") not in text


def test_text_file_is_header_then_preview_byte_for_byte(tmp_path: Path) -> None:
    """The .txt file is the header lines, a blank line, then exactly the preview, in UTF-8."""
    summary = make_summary(Frame.CONCERN)
    path = tmp_path / "out.txt"
    write_summary(summary, ExportFormat.TXT, path)
    expected = "\n".join(page_header(summary)) + "\n\n" + summary_text(summary)
    assert path.read_bytes() == expected.encode("utf-8")


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_returned_hash_is_the_hash_of_the_file(fmt: ExportFormat, tmp_path: Path) -> None:
    """The SHA-256 kept in the disclosure register is that of the bytes on disk."""
    path = tmp_path / f"out.{fmt.value}"
    result = write_summary(make_summary(Frame.LIAISON), fmt, path)
    assert result.path == path
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_pdf_metadata_never_names_the_person(tmp_path: Path) -> None:
    """The PDF's title and author fields carry the frame, never the person's label."""
    write_summary(make_summary(Frame.LIAISON), ExportFormat.PDF, tmp_path / "out.pdf")
    metadata = PdfReader(tmp_path / "out.pdf").metadata
    assert metadata is not None and metadata.title
    assert all(PERSON_LABEL not in str(value) for value in metadata.values())


@posix_only
@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_read_only_folder_raises_export_failed_and_leaves_nothing(
    fmt: ExportFormat, tmp_path: Path
) -> None:
    """Exporting into a read-only folder fails cleanly and creates no file at all."""
    folder = tmp_path / "out"
    folder.mkdir()
    with read_only(folder), pytest.raises(ExportFailed):
        write_summary(make_summary(Frame.LIAISON), fmt, folder / f"x.{fmt.value}")
    assert list(folder.iterdir()) == []


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """A real write failure part-way through a file: the kernel refuses to grow it further."""
    import resource
    import signal

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


@posix_only
@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_failed_write_keeps_the_previous_file_and_leaves_no_temp(
    fmt: ExportFormat, tmp_path: Path
) -> None:
    """A write cut short (as on a full disk) raises ExportFailed; the old file stays intact."""
    path = tmp_path / f"x.{fmt.value}"
    path.write_bytes(b"previous export")
    with file_size_limit(64), pytest.raises(ExportFailed):
        write_summary(make_summary(Frame.LIAISON), fmt, path)
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_missing_folder_raises_export_failed(tmp_path: Path) -> None:
    """A folder that has gone (unplugged USB key) gives ExportFailed, not an OSError."""
    with pytest.raises(ExportFailed):
        write_summary(make_summary(Frame.LIAISON), ExportFormat.TXT, tmp_path / "gone" / "x.txt")


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_neutral_file_name_says_nothing_about_the_person(fmt: ExportFormat) -> None:
    """Names are prefix-date-code.ext, with an unambiguous random code and no person label."""
    summary = make_summary(Frame.LIAISON)
    names = {neutral_file_name(summary.issued_on, fmt) for _ in range(50)}
    pattern = re.compile(rf"^[a-z0-9-]+-2026-11-22-[{NAME_ALPHABET}]{{4}}\.{fmt.value}$")
    for name in names:
        assert pattern.match(name), name
        assert PERSON_LABEL.lower() not in name.lower()
        assert all(word.lower() not in name.lower() for word in PERSON_LABEL.split()[1:])
    assert len(names) > 1
