"""The preview's page images: the PDF's own pagination, drawn from the same painters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

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
def test_as_many_pages_as_the_pdf(frame: Frame, facts: int, tmp_path: Path) -> None:
    """The preview shows the number of pages the PDF will have, each with ink on it."""
    summary = make_summary(frame, fact_count=facts)
    result = write_summary(summary, ExportFormat.PDF, tmp_path / "out.pdf")
    images = render_pages(summary, 600)
    assert len(images) == result.pages
    assert all(image.width() == 600 and ink(image) > 50 for image in images)
    assert abs(images[0].height() / images[0].width() - 297 / 210) < 0.01  # A4
