"""Tests for app/ui/activity/chart_widget.py: the bar chart on screen, in any palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from app.domain.activity import FigureTable
from app.ui.activity.chart_widget import BarChart


def _colours(chart: BarChart) -> set[str]:
    image = chart.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
    }


def test_labels_take_the_palette_text_colour(qtbot: QtBot) -> None:
    """On a dark palette the labels are drawn in its light text colour, not the paper's dark."""
    chart = BarChart(FigureTable((("office", 12), ("phone", "<3")), None), 3)
    qtbot.addWidget(chart)
    palette = QPalette(QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    chart.setPalette(palette)
    chart.resize(360, 60)
    colours = _colours(chart)
    assert "#f0f0f0" in colours
    assert "#202020" not in colours
