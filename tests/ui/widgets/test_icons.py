"""Tests for app/ui/widgets/icons.py: the bundled icons, drawn in the palette's colours."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.ui.widgets.icons import (
    clear_icon,
    followed,
    icon_names,
    icons_dir,
    set_icon,
    themed_icon,
)

APP = Path(__file__).resolve().parents[3] / "app"


def _ink(image: QImage) -> set[str]:
    """The colours of the icon's opaque pixels."""
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[None]:
    palette = QPalette(qapp.palette())
    yield
    qapp.setPalette(palette)


def test_licence_and_only_used_icons_are_bundled() -> None:
    """The ISC licence sits beside the SVGs, and every SVG bundled is named in the code."""
    assert "ISC License" in (icons_dir() / "LICENSE").read_text(encoding="utf-8")
    source = "\n".join(p.read_text(encoding="utf-8") for p in APP.rglob("*.py"))
    named = set(re.findall(r'"([a-z0-9-]+)"', source))
    assert icon_names(), "no icon bundled"
    assert [name for name in icon_names() if name not in named] == []


def test_every_bundled_icon_renders() -> None:
    """Each SVG draws something at toolbar and menu sizes, in the palette's text colour."""
    text = QApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    for name in icon_names():
        icon = themed_icon(name)
        small = icon.pixmap(16, 16).toImage()
        assert any(small.pixelColor(x, y).alpha() for x in range(16) for y in range(16)), name
        assert text in _ink(icon.pixmap(24, 24).toImage()), name


def test_an_unknown_icon_is_an_error() -> None:
    """A typo in an icon's name fails loudly rather than drawing an empty square."""
    with pytest.raises(KeyError):
        themed_icon("no-such-icon")


def test_icons_follow_a_palette_change(
    qtbot: QtBot, qapp: QApplication, restore_palette: None
) -> None:
    """Switching to a dark palette redraws a button's icon in the new (light) text colour."""
    button = QPushButton("Lock")
    qtbot.addWidget(button)
    set_icon(button, "lock")
    light = QPalette(QColor("#f0f0f0"))
    qapp.setPalette(light)
    assert _ink(button.icon().pixmap(24, 24).toImage()) <= {
        light.color(QPalette.ColorRole.ButtonText).name()
    }
    dark = QPalette(QColor("#303030"))
    qapp.setPalette(dark)
    ink = _ink(button.icon().pixmap(24, 24).toImage())
    assert ink == {dark.color(QPalette.ColorRole.ButtonText).name()}
    assert dark.color(QPalette.ColorRole.ButtonText).lightness() > 128


def test_disabled_icons_use_the_disabled_colour(qapp: QApplication) -> None:
    """A disabled action's icon is drawn in the palette's disabled text colour."""
    palette = qapp.palette()
    icon = themed_icon("search", palette)
    disabled = _ink(icon.pixmap(24, 24, QIcon.Mode.Disabled).toImage())
    colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    assert disabled == {colour}


def test_setting_again_replaces_and_clearing_forgets(qtbot: QtBot) -> None:
    """A button given icons many times is followed once; a cleared one is no longer followed."""
    button = QPushButton("Add")
    qtbot.addWidget(button)
    set_icon(button, "plus")
    count = followed()
    for _ in range(5):
        set_icon(button, "user-plus")
    assert followed() == count
    clear_icon(button)
    assert button.icon().isNull() and followed() == count - 1
