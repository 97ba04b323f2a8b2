"""The preview's page images: the PDF's own pagination, drawn from the same painters."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.domain.summary import ExportFormat, Frame
from app.export.writers import write_summary
from app.ui.export.page_images import render_pages
from tests.export.conftest import make_summary


def ink(image: QImage) -> int:
    """How many sampled pixels are not white: a blank page has none."""
    white = QColor("white").rgb()
    return sum(
        1
        for y in range(0, image.height(), 7)
        for x in range(0, image.width(), 7)
        if image.pixel(x, y) != white
    )


@pytest.mark.parametrize(("frame", "facts"), [(Frame.LIAISON, 24), (Frame.ATTESTATION, 0)])
def test_as_many_pages_as_the_pdf(
    frame: Frame, facts: int, tmp_path: Path, qapp: QApplication
) -> None:
    """The preview shows the number of pages the PDF will have, each with ink on it."""
    summary = make_summary(frame, fact_count=facts)
    result = write_summary(summary, ExportFormat.PDF, tmp_path / "out.pdf")
    images = render_pages(summary, 600)
    assert len(images) == result.pages
    assert all(image.width() == 600 and ink(image) > 50 for image in images)
    assert abs(images[0].height() / images[0].width() - 297 / 210) < 0.01  # A4


def _rasterise_pdf(pdf: Path, width: int, height: int) -> list[QImage]:
    """Every page of a PDF as poppler draws it, `width` × `height` pixels."""
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-scale-to-x", str(width), "-scale-to-y", str(height),
         str(pdf), str(prefix)],
        check=True, timeout=120,
    )  # fmt: skip
    return [QImage(str(path)) for path in sorted(pdf.parent.glob(f"{prefix.name}-*.png"))]


def _rows(image: QImage, smoothing: int = 4) -> list[float]:
    """How much ink each pixel row holds, summed over a few neighbouring rows."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    ink_per_row = [
        float(sum(255 - QColor(grey.pixel(x, y)).red() for x in range(0, grey.width(), 2)))
        for y in range(grey.height())
    ]
    return [
        sum(ink_per_row[max(0, y - smoothing) : y + smoothing + 1]) for y in range(len(ink_per_row))
    ]


def _likeness(a: list[float], b: list[float]) -> float:
    """Pearson correlation of two row profiles: 1 when the lines of text fall alike."""
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    spread_a = sum((x - mean_a) ** 2 for x in a) ** 0.5
    spread_b = sum((y - mean_b) ** 2 for y in b) ** 0.5
    return cov / (spread_a * spread_b)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_preview_rasterises_like_the_pdf_written(tmp_path: Path, qapp: QApplication) -> None:
    """Each preview page has its lines where poppler draws the written PDF's page, not another's."""
    summary = make_summary(Frame.LIAISON, fact_count=24)
    write_summary(summary, ExportFormat.PDF, tmp_path / "out.pdf")
    previews = render_pages(summary, 600)
    printed = _rasterise_pdf(tmp_path / "out.pdf", previews[0].width(), previews[0].height())
    assert len(printed) == len(previews) >= 2
    shown, written = [_rows(image) for image in previews], [_rows(image) for image in printed]
    for i, preview in enumerate(shown):
        for j, page in enumerate(written):
            likeness = _likeness(preview, page)
            assert likeness > 0.9 if i == j else likeness < 0.85, (i, j, likeness)


def test_the_interface_uses_no_private_name_of_the_export_package() -> None:
    """app.ui imports only public names from app.export (no copy of the writer's insides)."""
    import ast

    from tests.support import REPO

    private = [
        (path.name, alias.name)
        for path in (REPO / "app" / "ui").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app.export")
        for alias in node.names
        if alias.name.startswith("_")
    ]
    assert private == []
