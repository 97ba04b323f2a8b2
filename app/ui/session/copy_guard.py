"""One guard for every way text leaves Carnet's widgets: copy, cut, menus, drag, selection.

Working hypotheses must never reach the clipboard, the X11 selection or a drag;
facts and names may be copied, always marked sensitive and taken back later.
Rather than patch each widget, the main window installs one `CopyGuard` as an
event filter on the whole application, so it sees every key press, context
menu and mouse press before any widget does, including widgets written later.

How private text is recognised, structurally:

- Item views (lists, tables, trees) are *default-deny*. Qt's item views copy the
  current cell on Ctrl+C and can drag their rows; here a view copies only what
  its model answers for `COPY_ROLE` on that index, and never drags. The models
  that show hypotheses give nothing for a hypothesis (the hypotheses list never
  answers; search answers only for facts), and a new view copies nothing until
  its author decides what it may give.
- Text widgets (line edits, text editors, selectable labels, spin boxes) hold
  what the worker typed or may read out, so they copy, but under a widget marked
  with `mark_private()` they refuse copy, cut, drag and the selection. The
  hypotheses editor and the hypotheses list mark themselves; anything placed
  inside them is private too.

What is allowed goes through `SensitiveClipboard` (marked for clipboard
managers, cleared after 30 s and at lock). As a net under all of this, any text
that lands on the clipboard or the selection while Carnet owns it, without
Carnet's mark, came by a path the guard does not know: it is removed at once
(where the platform says who owns the clipboard: X11, Wayland, Windows, macOS).
A refusal is announced by `refused`, which the main window shows in its status bar.

`disable(check)` exists for the audit test only, to prove each check matters.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QClipboard,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.ui.session.clipboard_guard import SensitiveClipboard, is_marked

COPY_ROLE = int(Qt.ItemDataRole.UserRole) + 900  # the text an item view may copy for this index
PRIVATE_PROPERTY = "carnetPrivate"
_COPY_ACTIONS = frozenset({"edit-copy", "link-copy"})
_CUT_ACTIONS = frozenset({"edit-cut"})
_KEYS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
_PRESS = QEvent.Type.MouseButtonPress
_MOUSE = (_PRESS, QEvent.Type.MouseMove)


class Check(StrEnum):
    KEYS = "keys"  # Copy/Cut shortcuts
    MENUS = "menus"  # Copy/Cut entries of Qt's standard context menus
    DRAGS = "drags"  # drag starts
    SELECTION = "selection"  # the X11 PRIMARY selection
    UNMARKED = "unmarked"  # the net: unmarked text Carnet owns is removed


def mark_private(widget: QWidget) -> None:
    """`widget` and everything inside it show private text: nothing of it may be copied."""
    widget.setProperty(PRIVATE_PROPERTY, True)


def is_private(widget: QObject | None) -> bool:
    """Whether `widget` or one of its parents is marked private."""
    while widget is not None:
        if widget.property(PRIVATE_PROPERTY) is True:
            return True
        widget = widget.parent()
    return False


def _owns(board: QClipboard, mode: QClipboard.Mode) -> bool:
    # Platforms that cannot tell (offscreen) answer False: the net then stands down.
    return board.ownsSelection() if mode == QClipboard.Mode.Selection else board.ownsClipboard()


def _item_view(widget: QObject | None) -> QAbstractItemView | None:
    """The item view `widget` is, or whose viewport it is."""
    if isinstance(widget, QAbstractItemView):
        return widget
    parent = widget.parent() if widget is not None else None
    if isinstance(parent, QAbstractItemView) and widget is parent.viewport():
        return parent
    return None


def _text_widget(widget: QObject | None) -> QWidget | None:
    """The widget holding selectable text for `widget` (a spin box's or combo's line edit)."""
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        return widget.findChild(QLineEdit)
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QLabel):
        return widget
    return None


def selected_text(widget: QWidget) -> str:
    """The selection of a text widget, as plain text ("" when nothing may be copied)."""
    if isinstance(widget, QLineEdit):
        return widget.selectedText() if widget.echoMode() == QLineEdit.EchoMode.Normal else ""
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        text = widget.textCursor().selection().toPlainText()
        return text.replace("\u2029", "\n").replace("\u2028", "\n")
    if isinstance(widget, QLabel):
        return widget.selectedText()
    return ""


def _remove_selection(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        widget.del_()
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
        cursor = widget.textCursor()
        cursor.removeSelectedText()
        widget.setTextCursor(cursor)


class CopyGuard(QObject):
    """The application-wide event filter described above; one per main window."""

    refused = Signal(str)

    def __init__(self, clipboard: SensitiveClipboard, window: QWidget) -> None:
        super().__init__(window)
        self._clipboard = clipboard
        self._window = window
        self._checks: set[Check] = set()  # none until installed
        self._source: QObject | None = None  # the widget handling input right now
        board = QGuiApplication.clipboard()
        board.dataChanged.connect(self._on_clipboard_changed)
        board.selectionChanged.connect(self._on_selection_changed)

    def install(self) -> None:
        """Start guarding: every event of the application passes here first."""
        self._checks = set(Check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        """The window is closing for good: stop guarding."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._checks.clear()

    def disable(self, check: Check) -> None:
        """Test hook: switch one check off, to prove the audit then fails."""
        self._checks.discard(check)

    # --- the filter ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._checks:
            return False
        kind = event.type()
        if kind in _KEYS or kind in _MOUSE or kind == QEvent.Type.MouseButtonRelease:
            self._source = watched
        if kind in _KEYS and isinstance(event, QKeyEvent) and Check.KEYS in self._checks:
            return self._on_key(watched, event)
        if kind == QEvent.Type.Show and isinstance(watched, QMenu) and Check.MENUS in self._checks:
            self._guard_menu(watched)
        elif kind in _MOUSE and Check.DRAGS in self._checks and isinstance(watched, QWidget):
            return self._on_mouse(watched, event)
        return False

    def _on_key(self, watched: QObject, event: QKeyEvent) -> bool:
        cut = event.matches(QKeySequence.StandardKey.Cut)
        if not cut and not event.matches(QKeySequence.StandardKey.Copy):
            return False
        if not isinstance(watched, QWidget) or not self._decides(watched):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no window-level Copy action fires instead
        else:
            self.copy_from(watched, cut=cut)
        return True

    def _decides(self, widget: QWidget) -> bool:
        """Whether the guard, not the widget, handles copying from `widget`."""
        return (
            _item_view(widget) is not None or is_private(widget) or _text_widget(widget) is not None
        )

    # --- copying --------------------------------------------------------------------------
    def copy_from(self, widget: QWidget, *, cut: bool = False) -> None:
        """Copy (or cut) what `widget` has selected, if it may be copied; refuse otherwise."""
        if is_private(widget):
            self._refuse_private()
            return
        view = _item_view(widget)
        if view is not None:
            text = view.currentIndex().data(COPY_ROLE) if view.currentIndex().isValid() else None
            if isinstance(text, str) and text:
                self._clipboard.copy_text(text)
            else:
                self.refused.emit(self.tr("Copy refused: this list cannot be copied."))
            return
        holder = _text_widget(widget)
        if holder is None:
            return
        text = selected_text(holder)
        if text:
            self._clipboard.copy_text(text)
            if cut:
                _remove_selection(holder)

    def _refuse_private(self) -> None:
        self.refused.emit(self.tr("Copy refused: the hypotheses stay here."))

    def _guard_menu(self, menu: QMenu) -> None:
        owner = menu.parent()
        if not isinstance(owner, QWidget) or menu.property("carnetGuarded"):
            return
        menu.setProperty("carnetGuarded", True)
        for action in menu.actions():
            name = action.objectName()
            if name not in _COPY_ACTIONS and name not in _CUT_ACTIONS:
                continue
            if is_private(owner):
                menu.removeAction(action)
            else:
                self._reroute(action, owner, cut=name in _CUT_ACTIONS)

    def _reroute(self, action: QAction, owner: QWidget, *, cut: bool) -> None:
        # Qt wires these straight to its own, unmarked clipboard code.
        action.triggered.disconnect()
        action.triggered.connect(lambda: self.copy_from(owner, cut=cut))

    # --- drags ----------------------------------------------------------------------------
    def _on_mouse(self, widget: QWidget, event: QEvent) -> bool:
        kind = event.type()
        view = _item_view(widget)
        if view is not None:
            view.setDragEnabled(False)  # no drag out of any list, whatever its model
            return False
        if not is_private(widget):
            return False
        holder = _text_widget(widget) or _text_widget(widget.parent())
        if isinstance(holder, QLineEdit):
            holder.setDragEnabled(False)
        elif isinstance(holder, QPlainTextEdit | QTextEdit) and kind is _PRESS:
            # A press on selected text would start a drag: drop the selection first.
            cursor = holder.textCursor()
            if cursor.hasSelection():
                cursor.clearSelection()
                holder.setTextCursor(cursor)
        elif isinstance(holder, QLabel) and isinstance(event, QMouseEvent):
            # A label's selected text would be dragged; hovering stays free.
            return bool(event.buttons() & Qt.MouseButton.LeftButton)
        return False

    # --- the clipboard and the selection themselves ---------------------------------------
    def _on_clipboard_changed(self) -> None:
        board = QGuiApplication.clipboard()
        mode = QClipboard.Mode.Clipboard
        if Check.UNMARKED not in self._checks or not _owns(board, mode):
            return
        data = board.mimeData(mode)
        if data is not None and data.hasText() and not is_marked(data):
            board.clear(mode)
            if is_private(self._source):
                self._refuse_private()

    def _on_selection_changed(self) -> None:
        board = QGuiApplication.clipboard()
        mode = QClipboard.Mode.Selection
        if not board.supportsSelection() or not board.ownsSelection():
            return
        data = board.mimeData(mode)
        if data is None or is_marked(data):
            return
        if Check.SELECTION in self._checks and is_private(self._source):
            board.clear(mode)  # hypotheses never set the selection
        elif Check.UNMARKED in self._checks:
            self._clipboard.mark_selection(data.text())
