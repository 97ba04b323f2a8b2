"""Put note text on the clipboard for a short while, marked as sensitive.

Clipboard managers and cloud clipboards keep a history of everything copied.
Carnet marks what it copies so the well-behaved ones skip it, and takes it back
after a delay (or when the vault locks) unless the worker has since copied
something else, which is theirs and must be left alone. The same holds for the
X11 PRIMARY selection (what is merely selected, pasted with the middle button):
`mark_selection` re-marks it and starts the same countdown, and the lock clears
it while Carnet still owns it. `sensitive_mime_data` is the one function that
builds everything Carnet hands to either.
"""

import hashlib
import hmac
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_CLEAR_AFTER_MS = 30_000

# KDE Klipper, GNOME extensions and most X11/Wayland clipboard managers honour this hint.
KDE_SECRET_HINT = "x-kde-passwordManagerHint"

# Windows clipboard formats, named through Qt's raw-format escape.
_WIN_FORMAT = 'application/x-qt-windows-mime;value="{}"'
WIN_EXCLUDE_FROM_MONITORS = _WIN_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing")
WIN_HISTORY = _WIN_FORMAT.format("CanIncludeInClipboardHistory")
WIN_CLOUD = _WIN_FORMAT.format("CanUploadToCloudClipboard")
_DWORD_ZERO = b"\x00\x00\x00\x00"

# macOS: the nspasteboard.org convention; `install_concealed_type` maps this MIME type to it.
MAC_CONCEALED_MIME = "application/x-nspasteboard-concealed-type"
MAC_CONCEALED_UTI = "org.nspasteboard.ConcealedType"

# Carnet's own mark, on every platform: data without it was not put there by Carnet's guard.
CARNET_MARK = "application/x-carnet-sensitive"


def sensitive_mime_data(text: str, platform: str = sys.platform) -> QMimeData:
    """Plain text plus the hints that ask clipboard history tools to ignore it."""
    data = QMimeData()
    data.setText(text)
    data.setData(CARNET_MARK, b"1")
    if platform.startswith("win"):
        data.setData(WIN_EXCLUDE_FROM_MONITORS, b"1")
        data.setData(WIN_HISTORY, _DWORD_ZERO)
        data.setData(WIN_CLOUD, _DWORD_ZERO)
    elif platform == "darwin":
        data.setData(MAC_CONCEALED_MIME, b"")
    else:
        data.setData(KDE_SECRET_HINT, b"secret")
    return data


def is_marked(data: QMimeData | None) -> bool:
    """Whether `data` was built by `sensitive_mime_data` (so it went through the guard)."""
    return data is not None and data.hasFormat(CARNET_MARK)


def install_concealed_type() -> object | None:
    """On macOS, teach Qt to write MAC_CONCEALED_MIME as org.nspasteboard.ConcealedType.

    Qt ≥ 6.5 has QUtiMimeConverter for this; where PySide6 does not offer it
    (every platform but macOS) nothing is installed and the timed clearing remains.
    """
    import PySide6.QtGui as gui

    base = getattr(gui, "QUtiMimeConverter", None)
    if base is None or sys.platform != "darwin":
        return None

    class _Concealed(base):  # type: ignore[misc, valid-type]
        def utiForMime(self, mime: str) -> str:
            return MAC_CONCEALED_UTI if mime == MAC_CONCEALED_MIME else ""

        def mimeForUti(self, uti: str) -> str:
            return MAC_CONCEALED_MIME if uti == MAC_CONCEALED_UTI else ""

        def convertFromMime(self, mime: str, data: object, uti: str) -> list[bytes]:
            return [b""]

        def convertToMime(self, mime: str, data: object, uti: str) -> bytes:
            return b""

    return _Concealed()


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class SensitiveClipboard(QObject):
    """Copies text marked sensitive and clears it later if it is still Carnet's."""

    copied = Signal()
    cleared = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clear_after_ms: int = DEFAULT_CLEAR_AFTER_MS,
        clipboard: QClipboard | None = None,
    ) -> None:
        super().__init__(parent)
        if clear_after_ms <= 0:
            raise ValueError("clear_after_ms must be positive")
        self._clipboard = clipboard or QGuiApplication.clipboard()
        # Only a digest is kept, so this object holds no copy of the note.
        self._ours: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._clipboard.dataChanged.connect(self._on_clipboard_changed)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(clear_after_ms)
        self._selection_timer.timeout.connect(self.clear_selection_if_ours)

    def clear_after_ms(self) -> int:
        """How long copied text stays on the clipboard, in milliseconds."""
        return self._timer.interval()

    def copy_text(self, text: str) -> None:
        """Put `text` on the clipboard, marked sensitive, and start the countdown."""
        if not text:
            return
        # Remember before setting: setMimeData emits dataChanged synchronously.
        self._ours = _digest(text)
        self._clipboard.setMimeData(sensitive_mime_data(text), QClipboard.Mode.Clipboard)
        self._timer.start()
        self.copied.emit()

    def holds_ours(self) -> bool:
        """Whether the clipboard still holds exactly what Carnet put there."""
        if self._ours is None:
            return False
        current = self._clipboard.text(QClipboard.Mode.Clipboard)
        return bool(current) and hmac.compare_digest(_digest(current), self._ours)

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds Carnet's text; used on timeout and on lock."""
        self._timer.stop()
        if not self.holds_ours():
            self._ours = None
            return False
        self._ours = None
        self._clipboard.clear(QClipboard.Mode.Clipboard)
        self.cleared.emit()
        return True

    def mark_selection(self, text: str) -> None:
        """The worker selected `text` in Carnet: mark the X11 selection and start its countdown."""
        if not text or not self._clipboard.supportsSelection():
            return
        mode = QClipboard.Mode.Selection
        if not is_marked(self._clipboard.mimeData(mode)):
            self._clipboard.setMimeData(sensitive_mime_data(text), mode)
        self._selection_timer.start()

    def clear_selection_if_ours(self) -> bool:
        """Empty the X11 selection while Carnet owns it (on timeout, at lock, or when refused)."""
        self._selection_timer.stop()
        if not self._clipboard.supportsSelection() or not self._clipboard.ownsSelection():
            return False
        self._clipboard.clear(QClipboard.Mode.Selection)
        return True

    def clear_all(self) -> None:
        """At lock: the clipboard if it holds Carnet's text, the selection if Carnet owns it."""
        self.clear_if_ours()
        self.clear_selection_if_ours()

    def _on_clipboard_changed(self) -> None:
        # Something else was copied since: it belongs to the worker, forget ours.
        if self._ours is not None and not self.holds_ours():
            self._ours = None
            self._timer.stop()
