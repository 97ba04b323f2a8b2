"""Lock the vault after some minutes without the worker touching the keyboard or mouse.

Idle time is measured on the wall clock, not with a countdown timer: Qt timers
(and the monotonic clock) stop while the laptop sleeps, so a countdown would
resume where it left off on wake and leave notes open after an hour in a bag.
Comparing the wall clock to the last activity locks on the first tick after wake.
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

DEFAULT_MINUTES = 5
MIN_MINUTES = 1
MAX_MINUTES = 60
DEFAULT_TICK_MS = 5_000

# What counts as the worker being there. Mouse moves count: reading a long
# note while scrolling or pointing is activity too.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


def validate_minutes(minutes: int) -> int:
    """`minutes` if it is a whole number from 1 to 60, otherwise ValueError."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError("the idle delay must be a whole number of minutes")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(f"the idle delay must be between {MIN_MINUTES} and {MAX_MINUTES} minutes")
    return minutes


class IdleLockTimer(QObject):
    """Emits `lock_requested` once the worker has been away for the chosen minutes."""

    lock_requested = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        minutes: int = DEFAULT_MINUTES,
        clock: Callable[[], float] = time.time,
        tick_ms: int = DEFAULT_TICK_MS,
    ) -> None:
        super().__init__(parent)
        self._minutes = validate_minutes(minutes)
        self._clock = clock
        self._last_activity = clock()
        self._filtering: QCoreApplication | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(tick_ms)
        self._ticker.timeout.connect(self.check_now)

    def minutes(self) -> int:
        """The idle delay in minutes."""
        return self._minutes

    def set_minutes(self, minutes: int) -> None:
        """Change the idle delay (1 to 60 minutes); takes effect at the next tick."""
        self._minutes = validate_minutes(minutes)

    def is_running(self) -> bool:
        """Whether the timer is watching for idleness."""
        return self._ticker.isActive()

    def start(self) -> None:
        """Start watching, counting from now (call when the vault is unlocked)."""
        self._last_activity = self._clock()
        app = QCoreApplication.instance()
        if app is not None and self._filtering is None:
            app.installEventFilter(self)
            self._filtering = app
        self._ticker.start()

    def stop(self) -> None:
        """Stop watching (call when the vault is locked)."""
        self._ticker.stop()
        if self._filtering is not None:
            self._filtering.removeEventFilter(self)
            self._filtering = None

    def note_activity(self) -> None:
        """Count now as activity (also done for every key and mouse event)."""
        self._last_activity = self._clock()

    def idle_seconds(self) -> float:
        """Seconds since the last activity, by the wall clock."""
        return self._clock() - self._last_activity

    def check_now(self) -> None:
        """Compare the clock with the last activity; lock if the delay has passed."""
        idle = self.idle_seconds()
        if idle < 0:
            # The clock was set back: restart the count rather than never locking.
            self._last_activity = self._clock()
            return
        if idle >= self._minutes * 60:
            self.stop()
            self.lock_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self._last_activity = self._clock()
        return False
