"""Lock when the computer goes to sleep or the desktop's screen locker starts (Linux).

logind announces `PrepareForSleep(true)` on the system bus just before suspend;
desktop screen savers announce `ActiveChanged(true)` on the session bus. Either
means the worker has stepped away. When there is no D-Bus (Windows, macOS, a
minimal session) nothing is said to the worker: the idle timer still applies.
"""

import sys
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"


@dataclass(frozen=True)
class ScreenSaver:
    """Where a desktop publishes its screen saver on the session bus."""

    service: str
    path: str
    interface: str


SCREEN_SAVERS = (
    ScreenSaver("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver"),
    # KDE also exports the same object at /ScreenSaver.
    ScreenSaver("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ScreenSaver("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ScreenSaver("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver",
                "org.cinnamon.ScreenSaver"),
    ScreenSaver("org.mate.ScreenSaver", "/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
)  # fmt: skip

# PySide6's stubs type the slot as bytes, but the binding only accepts the str
# that SLOT() returns; the cast keeps mypy quiet without changing the value.
_SLOT_SLEEP = cast(bytes, SLOT("_on_prepare_for_sleep(bool)"))
_SLOT_SCREEN_SAVER = cast(bytes, SLOT("_on_screen_saver_active(bool)"))


def _default_bus(kind: QDBusConnection.BusType) -> QDBusConnection | None:
    if not sys.platform.startswith("linux"):
        return None
    if kind == QDBusConnection.BusType.SystemBus:
        return QDBusConnection.systemBus()
    return QDBusConnection.sessionBus()


class SessionLockWatcher(QObject):
    """Emits `lock_requested` when the system sleeps or the screen locker starts."""

    lock_requested = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._system = (
            system_bus
            if system_bus is not None
            else _default_bus(QDBusConnection.BusType.SystemBus)
        )
        self._session = (
            session_bus
            if session_bus is not None
            else _default_bus(QDBusConnection.BusType.SessionBus)
        )
        self._watching_sleep = False
        self._screen_savers: list[ScreenSaver] = []

    def available(self) -> bool:
        """Whether at least one source is being watched (after `start`)."""
        return self._watching_sleep or bool(self._screen_savers)

    def watches_sleep(self) -> bool:
        """Whether logind's sleep announcements are being watched."""
        return self._watching_sleep

    def start(self) -> bool:
        """Subscribe to every source that exists; returns `available()`. Silent on failure."""
        self.stop()
        if self._system is not None and self._system.isConnected():
            self._watching_sleep = self._system.connect(
                LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep",
                self, _SLOT_SLEEP,
            )  # fmt: skip
        if self._session is not None and self._session.isConnected():
            for saver in SCREEN_SAVERS:
                if self._session.connect(
                    saver.service, saver.path, saver.interface, "ActiveChanged",
                    self, _SLOT_SCREEN_SAVER,
                ):  # fmt: skip
                    self._screen_savers.append(saver)
        return self.available()

    def stop(self) -> None:
        """Unsubscribe from everything."""
        if self._watching_sleep and self._system is not None:
            self._system.disconnect(
                LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep",
                self, _SLOT_SLEEP,
            )  # fmt: skip
        self._watching_sleep = False
        if self._session is not None:
            for saver in self._screen_savers:
                self._session.disconnect(
                    saver.service, saver.path, saver.interface, "ActiveChanged",
                    self, _SLOT_SCREEN_SAVER,
                )  # fmt: skip
        self._screen_savers.clear()

    @Slot(bool)
    def _on_prepare_for_sleep(self, starting: bool) -> None:
        # False is the wake-up announcement: already locked by then.
        if starting:
            self.lock_requested.emit()

    @Slot(bool)
    def _on_screen_saver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()
