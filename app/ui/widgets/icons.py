"""Icons of the main actions, from the bundled Lucide set, in the palette's colours.

The SVG files (resources/icons/lucide/, ISC licence beside them) are drawn with
`currentColor`; each is recoloured at load to the palette's text colour (and
the disabled and selected colours), so the icons follow a light or a dark
palette. Rendering goes through QtSvg directly, not an image plugin, so the
offscreen platform and the PyInstaller bundle draw them alike.

`set_icon(target, name)` remembers the target and draws its icon again when the
application's palette changes (the desktop switched to a dark theme).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.domain.resources import resources_dir

SIZES = (16, 20, 24, 32, 48, 64)


class HasIcon(Protocol):
    def setIcon(self, icon: QIcon) -> None: ...


def icons_dir() -> Path:
    return resources_dir() / "icons" / "lucide"


def icon_names() -> list[str]:
    """Every bundled icon, by file name without ".svg"."""
    return sorted(path.stem for path in icons_dir().glob("*.svg"))


@cache
def _svg(name: str) -> bytes:
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no bundled icon named {name!r}")
    return path.read_bytes()


def _render(svg: bytes, colour: QColor, size: int) -> QPixmap:
    data = svg.replace(b"currentColor", colour.name().encode("ascii"))
    renderer = QSvgRenderer(QByteArray(data))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def themed_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon `name` drawn in the palette's text colours (the application's by default)."""
    palette = palette or QGuiApplication.palette()
    svg = _svg(name)
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    colours = {
        QIcon.Mode.Normal: palette.color(group.Active, role.ButtonText),
        QIcon.Mode.Active: palette.color(group.Active, role.ButtonText),
        QIcon.Mode.Disabled: palette.color(group.Disabled, role.ButtonText),
        QIcon.Mode.Selected: palette.color(group.Active, role.HighlightedText),
    }
    icon = QIcon()
    for mode, colour in colours.items():
        for size in SIZES:
            icon.addPixmap(_render(svg, colour, size), mode)
    return icon


class _Follower(QObject):
    """Draws the remembered icons again when the application palette changes."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[tuple[HasIcon, str]] = []

    def on_palette_changed(self, _palette: QPalette) -> None:
        self.refresh()

    def refresh(self) -> None:
        alive = [(t, n) for t, n in self.targets if shiboken6.isValid(t)]
        self.targets = alive
        for target, name in alive:
            target.setIcon(themed_icon(name))


_follower: _Follower | None = None


def _follow(target: HasIcon, name: str) -> None:
    global _follower
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    if _follower is None or not shiboken6.isValid(_follower):
        _follower = _Follower()
        # The signal Qt emits with ApplicationPaletteChange (a desktop theme switch
        # too), not an event filter on the application: that one would see every
        # event of every object, in Python, and slow every window down.
        app.paletteChanged.connect(_follower.on_palette_changed)
    _follower.targets = [
        (t, n) for t, n in _follower.targets if shiboken6.isValid(t) and t is not target
    ]
    _follower.targets.append((target, name))


def set_icon(target: HasIcon, name: str) -> None:
    """Give an action or a button the bundled icon `name`, kept in the palette's colours."""
    target.setIcon(themed_icon(name))
    _follow(target, name)


def clear_icon(target: HasIcon) -> None:
    """Take the icon away (and stop redrawing it)."""
    target.setIcon(QIcon())
    if _follower is not None and shiboken6.isValid(_follower):
        _follower.targets = [(t, n) for t, n in _follower.targets if t is not target]


def followed() -> int:
    """How many icons are kept in the palette's colours (for tests)."""
    if _follower is None or not shiboken6.isValid(_follower):
        return 0
    return len(_follower.targets)


def refresh_icons() -> None:
    """Draw every remembered icon again (the palette changed)."""
    if _follower is not None and shiboken6.isValid(_follower):
        _follower.refresh()
