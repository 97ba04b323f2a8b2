"""Tests for app/ui/session/dbus_watch.py, against a private dbus-daemon (never the real buses)."""

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from app.ui.session.dbus_watch import (
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SERVICE,
    SCREEN_SAVERS,
    ScreenSaver,
    SessionLockWatcher,
)


class Bus:
    """Named connections to the private bus, closed at teardown."""

    def __init__(self, address: str) -> None:
        self._address = address
        self._names: list[str] = []

    def connect(self) -> QDBusConnection:
        name = f"carnet-test-{uuid.uuid4().hex}"
        self._names.append(name)
        connection = QDBusConnection.connectToBus(self._address, name)
        assert connection.isConnected(), connection.lastError().message()
        return connection

    def close(self) -> None:
        for name in self._names:
            QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def bus(qtbot: QtBot, bus_address: str) -> Iterator[Bus]:
    """A factory of connections to the private bus."""
    connections = Bus(bus_address)
    yield connections
    connections.close()


def disconnected() -> QDBusConnection:
    """A connection object that is attached to no bus."""
    return QDBusConnection(f"carnet-none-{uuid.uuid4().hex}")


def emit(connection: QDBusConnection, path: str, interface: str, name: str, value: bool) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments([value])
    assert connection.send(message)


def sync(connection: QDBusConnection) -> None:
    """A round trip, so the bus has handled the match rules sent before it."""
    connection.interface().isServiceRegistered("org.freedesktop.DBus")


@pytest.mark.parametrize("saver", SCREEN_SAVERS, ids=lambda s: f"{s.service}{s.path}")
def test_screen_saver_activation_requests_lock(qtbot: QtBot, bus: Bus, saver: ScreenSaver) -> None:
    """ActiveChanged(true) from a screen saver on the session bus requests a lock."""
    emitter = bus.connect()
    assert emitter.registerService(saver.service)
    session = bus.connect()
    watcher = SessionLockWatcher(system_bus=disconnected(), session_bus=session)
    assert watcher.start()
    assert watcher.available() and not watcher.watches_sleep()
    sync(session)
    received: list[None] = []
    watcher.lock_requested.connect(lambda: received.append(None))
    with qtbot.waitSignal(watcher.lock_requested, timeout=5_000):
        emit(emitter, saver.path, saver.interface, "ActiveChanged", False)
        emit(emitter, saver.path, saver.interface, "ActiveChanged", True)
    # Signals from one sender arrive in order: the "false" came first and did nothing.
    assert len(received) == 1
    watcher.stop()


def test_prepare_for_sleep_requests_lock(qtbot: QtBot, bus: Bus) -> None:
    """PrepareForSleep(true) from logind on the system bus requests a lock."""
    emitter = bus.connect()
    assert emitter.registerService(LOGIN1_SERVICE)
    system = bus.connect()
    watcher = SessionLockWatcher(system_bus=system, session_bus=disconnected())
    assert watcher.start()
    assert watcher.watches_sleep()
    sync(system)
    received: list[None] = []
    watcher.lock_requested.connect(lambda: received.append(None))
    with qtbot.waitSignal(watcher.lock_requested, timeout=5_000):
        emit(emitter, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)
        emit(emitter, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    assert len(received) == 1
    watcher.stop()


def test_stopped_watcher_ignores_signals(qtbot: QtBot, bus: Bus) -> None:
    """After stop(), a screen-saver activation no longer requests a lock."""
    emitter = bus.connect()
    assert emitter.registerService("org.gnome.ScreenSaver")
    session = bus.connect()
    watcher = SessionLockWatcher(system_bus=disconnected(), session_bus=session)
    watcher.start()
    watcher.stop()
    assert not watcher.available()
    sync(session)
    with qtbot.assertNotEmitted(watcher.lock_requested, wait=300):
        emit(emitter, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)


def test_without_any_bus_it_is_silently_unavailable(qtbot: QtBot) -> None:
    """With no bus at all, start() reports unavailable and nothing fails."""
    watcher = SessionLockWatcher(system_bus=disconnected(), session_bus=disconnected())
    assert watcher.start() is False
    assert not watcher.available()
    watcher.stop()
