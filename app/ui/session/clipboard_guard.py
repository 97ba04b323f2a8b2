"""Put note text on the clipboard for a short while, marked as sensitive.

Clipboard managers and cloud clipboards keep a history of everything copied.
Carnet marks what it copies so the well-behaved ones skip it, and takes it back
after a delay (or when the vault locks) unless the worker has since copied
something else, which is theirs and must be left alone.
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


def sensitive_mime_data(text: str, platform: str = sys.platform) -> QMimeData:
    """Plain text plus the hints that ask clipboard history tools to ignore it."""
    data = QMimeData()
    data.setText(text)
    if platform.startswith("win"):
        data.setData(WIN_EXCLUDE_FROM_MONITORS, b"1")
        data.setData(WIN_HISTORY, _DWORD_ZERO)
        data.setData(WIN_CLOUD, _DWORD_ZERO)
    elif platform != "darwin":
        # macOS needs a native UTI converter for its concealed type, which
        # PySide6 cannot register; the timed clearing still applies there.
        data.setData(KDE_SECRET_HINT, b"secret")
    return data


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

    def _on_clipboard_changed(self) -> None:
        # Something else was copied since: it belongs to the worker, forget ours.
        if self._ours is not None and not self.holds_ours():
            self._ours = None
            self._timer.stop()
