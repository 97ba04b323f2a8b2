"""The privacy audit's walker: try every way of taking text out of every visible widget.

Nothing here names a Carnet widget. `Audit.sweep()` walks `QApplication.allWidgets()`,
so a view added later is visited without changing the tests. On each visible widget
it tries what a worker could: select all, copy (keyboard), every copy entry of a
context menu, and a drag start; after each try it records what the clipboard (and,
where the platform has one, the X11 selection) holds, and what a drag would carry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QClipboard, QContextMenuEvent, QDrag, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QMenu,
    QMenuBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

MAX_ROWS = 20
MAX_COLUMNS = 6
_COPY_NAMES = frozenset({"edit-copy", "link-copy"})
# A press on these would click or open something rather than start a drag of text.
_NO_MOUSE = (QAbstractButton, QComboBox, QMenu, QMenuBar)


def clipboard_texts() -> list[str]:
    """What the clipboard holds now, in every mode the platform has."""
    board = QApplication.clipboard()
    texts = [board.text(QClipboard.Mode.Clipboard)]
    if board.supportsSelection():
        texts.append(board.text(QClipboard.Mode.Selection))
    return [t for t in texts if t]


def _is_copy_action(action: object) -> bool:
    name = getattr(action, "objectName", lambda: "")()
    if name in _COPY_NAMES:
        return True
    shortcut = getattr(action, "shortcut", None)
    copy = QKeySequence(QKeySequence.StandardKey.Copy)
    exact = QKeySequence.SequenceMatch.ExactMatch
    return shortcut is not None and shortcut().matches(copy) == exact


@dataclass
class Audit:
    """Collects everything that left a widget; `leaks(canaries)` says which canaries did."""

    qtbot: QtBot
    seen: list[str] = field(default_factory=list)
    visited: int = 0
    menus_opened: int = 0
    drags_started: int = 0

    def record(self, texts: Iterable[str]) -> None:
        self.seen.extend(t for t in texts if t)

    def leaks(self, canaries: Iterable[str]) -> list[str]:
        wanted = [c.casefold() for c in canaries]
        return [t for t in self.seen if any(c in t.casefold() for c in wanted)]

    # --- the sweep --------------------------------------------------------------------------
    def sweep(self, window: QWidget) -> None:
        """Every visible widget of `window` (found through the application), tried in every way."""
        for widget in list(QApplication.allWidgets()):
            if isinstance(widget, QMenu) or not _alive_and_visible(widget):
                continue
            if widget.window() is not window:
                continue
            self.visited += 1
            self.try_widget(widget)

    def try_widget(self, widget: QWidget) -> None:
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self._try_each_cell(widget)
        self._keys(widget, QKeySequence.StandardKey.SelectAll)
        self._keys(widget, QKeySequence.StandardKey.Copy)
        if not _alive_and_visible(widget):
            return
        self._context_menu(widget)
        if _alive_and_visible(widget) and not isinstance(widget, _NO_MOUSE):
            self._drag(widget)

    def _try_each_cell(self, view: QAbstractItemView) -> None:
        model = view.model()
        for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
            for column in range(MAX_COLUMNS):
                index = model.index(row, column)  # list models have one column: invalid beyond
                if index.isValid() and _alive_and_visible(view):
                    view.setCurrentIndex(index)
                    self._keys(view, QKeySequence.StandardKey.Copy)

    # --- one way each -----------------------------------------------------------------------
    def _keys(self, widget: QWidget, standard: QKeySequence.StandardKey) -> None:
        combination = QKeySequence(standard)[0]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())
        self.record(clipboard_texts())

    def _context_menu(self, widget: QWidget) -> None:
        target = _mouse_target(widget)
        centre = target.rect().center()
        # Armed first: a menu run with exec() blocks, and this timer runs inside its loop.
        QTimer.singleShot(0, self._use_open_menus)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, centre, target.mapToGlobal(centre)
        )
        QApplication.sendEvent(target, event)
        QApplication.processEvents()
        self._use_open_menus()
        self.record(clipboard_texts())

    def _use_open_menus(self) -> None:
        for menu in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu)]:
            if not menu.isVisible():
                continue
            self.menus_opened += 1
            for action in menu.actions():
                if action.isEnabled() and action.isVisible() and _is_copy_action(action):
                    action.trigger()
                    self.record(clipboard_texts())
            menu.close()

    def _drag(self, widget: QWidget) -> None:
        target = _mouse_target(widget)
        start = _press_point(widget, target)
        sources = [o for o in (target, widget, widget.parentWidget()) if o is not None]
        # A started drag runs its own event loop until dropped (X11): this timer fires in
        # it, records what the drag carries and cancels it. Without a platform drag
        # (offscreen) exec() returns at once and the QDrag waits for deletion: caught after.
        catcher = QTimer()
        catcher.setInterval(20)
        catcher.timeout.connect(lambda: self._catch_drags(sources))
        catcher.start()
        try:
            _mouse(target, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
            distance = QApplication.startDragDistance() * 3
            for step in (1, 2, 3):
                if not _alive_and_visible(target):
                    break
                point = start + QPoint(distance * step // 3, distance * step // 6)
                _mouse(target, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton)
                self._catch_drags(sources)
            if _alive_and_visible(target):
                _mouse(target, QEvent.Type.MouseButtonRelease, start, Qt.MouseButton.LeftButton)
        finally:
            catcher.stop()
        QApplication.processEvents()
        self.record(clipboard_texts())

    def _catch_drags(self, sources: list[QWidget]) -> None:
        for source in sources:
            try:
                drags = source.findChildren(QDrag, "", Qt.FindChildOption.FindDirectChildrenOnly)
            except RuntimeError:  # deleted meanwhile
                continue
            for drag in drags:
                if drag.property("auditSeen"):
                    continue
                drag.setProperty("auditSeen", True)
                self.drags_started += 1
                data = drag.mimeData()
                if data is not None:
                    self.record([data.text()])
                    for fmt in data.formats():
                        self.record(_decodings(bytes(data.data(fmt).data())))
                QDrag.cancel()


def _decodings(raw: bytes) -> list[str]:
    """A format's bytes read as UTF-8 and as UTF-16 (item models serialise QStrings so)."""
    return [
        raw.decode("utf-8", "replace"),
        raw.decode("utf-16-be", "replace"),
        raw[1:].decode("utf-16-be", "replace"),
    ]


def _alive_and_visible(widget: QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # the C++ widget was deleted meanwhile
        return False


def _mouse_target(widget: QWidget) -> QWidget:
    """Scroll areas take the mouse and the context menu on their viewport."""
    if isinstance(widget, QAbstractScrollArea):
        return widget.viewport()
    return widget


def _press_point(widget: QWidget, target: QWidget) -> QPoint:
    """On the current item of a view (where a drag would start), else near the text's start."""
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        return widget.visualRect(widget.currentIndex()).center()
    height = target.fontMetrics().height()
    return QPoint(min(target.width() // 2, height * 2), min(target.height() // 2, height))


def _mouse(target: QWidget, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton) -> None:
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else (
        Qt.MouseButton.LeftButton)  # fmt: skip
    local = QPointF(pos)
    event = QMouseEvent(
        kind, local, QPointF(target.mapToGlobal(pos)), button, held, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, event)
