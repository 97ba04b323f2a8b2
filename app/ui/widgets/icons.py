"""Icons of the main actions, from the bundled Lucide set, in the palette's colours.

The SVG files (resources/icons/lucide/, ISC licence beside them) are drawn with
`currentColor`. Each icon is a small QIconEngine that draws its SVG only when
Qt asks for a size and a mode, in the colour the palette gives that mode at
that moment: nothing is drawn ahead (building the workspace used to draw 24
images per icon, over 50 ms on the GUI thread), and a switch to a dark palette
needs no redrawing pass, since widgets repaint on a palette change and the
icon reads the new colour. Rendering goes through QtSvg directly, not an image
plugin, so the offscreen platform and the PyInstaller bundle draw them alike.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from app.domain.resources import resources_dir

_CACHE_LIMIT = 512  # drawn pixmaps kept: a few sizes × modes × the icons on screen


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


_drawn: dict[tuple[str, int, int, int], QPixmap] = {}


def _render(name: str, colour: QColor, size: QSize) -> QPixmap:
    key = (name, colour.rgba(), size.width(), size.height())
    pixmap = _drawn.get(key)
    if pixmap is None:
        data = _svg(name).replace(b"currentColor", colour.name().encode("ascii"))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)  # transparent
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(QByteArray(data)).render(painter, QRectF(image.rect()))
        painter.end()
        if len(_drawn) >= _CACHE_LIMIT:
            _drawn.clear()
        pixmap = _drawn[key] = QPixmap.fromImage(image)
    return pixmap


def _colour(palette: QPalette, mode: QIcon.Mode) -> QColor:
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    if mode == QIcon.Mode.Disabled:
        return palette.color(group.Disabled, role.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(group.Active, role.HighlightedText)
    return palette.color(group.Active, role.ButtonText)


class _SvgIconEngine(QIconEngine):
    """Draws one bundled SVG on demand, in a fixed palette or the application's."""

    def __init__(self, name: str, palette: QPalette | None) -> None:
        super().__init__()
        self._name = name
        self._palette = QPalette(palette) if palette is not None else None

    def _current(self) -> QPalette:
        return self._palette if self._palette is not None else QGuiApplication.palette()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if size.isEmpty():
            return QPixmap()
        return _render(self._name, _colour(self._current(), mode), size)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.pixmap(rect.size() * ratio, mode, state)
        painter.drawPixmap(rect, pixmap)

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, self._palette)

    def key(self) -> str:
        return "carnet-svg"


def themed_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon `name` in the palette's text colours (the application's, as it is when drawn)."""
    _svg(name)  # a typo fails here, not as an empty square later
    return QIcon(_SvgIconEngine(name, palette))


def set_icon(target: HasIcon, name: str) -> None:
    """Give an action or a button the bundled icon `name`, kept in the palette's colours."""
    target.setIcon(themed_icon(name))


def clear_icon(target: HasIcon) -> None:
    """Take the icon away."""
    target.setIcon(QIcon())


def drawn_count() -> int:
    """How many pixmaps have been drawn and kept (for tests)."""
    return len(_drawn)
