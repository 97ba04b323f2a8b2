"""Tests for app/ui/session/idle.py: idle lock measured on the wall clock."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.session.idle import DEFAULT_MINUTES, IdleLockTimer

START = 1_700_000_000.0


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    """A fake wall clock."""
    return FakeClock()


@pytest.fixture
def timer(qtbot: QtBot, clock: FakeClock) -> Iterator[IdleLockTimer]:
    """A started 5-minute idle timer on the fake clock (its own ticks kept slow)."""
    idle = IdleLockTimer(minutes=5, clock=clock, tick_ms=3_600_000)
    idle.start()
    yield idle
    idle.stop()


def test_no_lock_before_the_delay(qtbot: QtBot, timer: IdleLockTimer, clock: FakeClock) -> None:
    """Just under five minutes of inactivity does not lock."""
    clock.advance(5 * 60 - 1)
    with qtbot.assertNotEmitted(timer.lock_requested):
        timer.check_now()
    assert timer.is_running()


def test_lock_after_the_delay(qtbot: QtBot, timer: IdleLockTimer, clock: FakeClock) -> None:
    """Five minutes without activity requests a lock, and the timer then stops."""
    clock.advance(5 * 60)
    with qtbot.waitSignal(timer.lock_requested, timeout=1_000):
        timer.check_now()
    assert not timer.is_running()


def test_key_press_resets_the_count(qtbot: QtBot, timer: IdleLockTimer, clock: FakeClock) -> None:
    """A real key press anywhere in the application counts as activity."""
    field = QLineEdit()
    qtbot.addWidget(field)
    clock.advance(4 * 60)
    qtbot.keyClick(field, Qt.Key.Key_A)
    clock.advance(4 * 60)
    with qtbot.assertNotEmitted(timer.lock_requested):
        timer.check_now()
    clock.advance(60)
    with qtbot.waitSignal(timer.lock_requested, timeout=1_000):
        timer.check_now()


def test_mouse_click_resets_the_count(qtbot: QtBot, timer: IdleLockTimer, clock: FakeClock) -> None:
    """A real mouse click counts as activity."""
    field = QLineEdit()
    qtbot.addWidget(field)
    clock.advance(4 * 60)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    clock.advance(4 * 60)
    with qtbot.assertNotEmitted(timer.lock_requested):
        timer.check_now()


def test_sleeping_an_hour_locks_on_the_next_tick(qtbot: QtBot, clock: FakeClock) -> None:
    """When the clock jumps an hour (laptop asleep), the next real tick locks."""
    idle = IdleLockTimer(minutes=30, clock=clock, tick_ms=10)
    idle.start()
    clock.advance(3600)
    with qtbot.waitSignal(idle.lock_requested, timeout=5_000):
        pass
    assert not idle.is_running()


def test_clock_set_back_restarts_the_count(
    qtbot: QtBot, timer: IdleLockTimer, clock: FakeClock
) -> None:
    """A clock moved backwards neither locks nor disables locking."""
    clock.advance(-3600)
    with qtbot.assertNotEmitted(timer.lock_requested):
        timer.check_now()
    clock.advance(5 * 60)
    with qtbot.waitSignal(timer.lock_requested, timeout=1_000):
        timer.check_now()


def test_activity_after_stop_is_not_watched(
    qtbot: QtBot, timer: IdleLockTimer, clock: FakeClock
) -> None:
    """Once stopped, the timer neither ticks nor listens to events."""
    field = QLineEdit()
    qtbot.addWidget(field)
    timer.stop()
    clock.advance(60)
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert timer.idle_seconds() == 60
    assert not timer.is_running()


def test_set_minutes_accepts_one_to_sixty(timer: IdleLockTimer) -> None:
    """Delays from 1 to 60 whole minutes are accepted; the default is 5."""
    assert DEFAULT_MINUTES == 5 and timer.minutes() == 5
    timer.set_minutes(1)
    assert timer.minutes() == 1
    timer.set_minutes(60)
    assert timer.minutes() == 60


@pytest.mark.parametrize("bad", [0, 61, -5, 1.5, True])
def test_set_minutes_refuses_out_of_range(timer: IdleLockTimer, bad: object) -> None:
    """Zero, more than an hour, fractions and booleans are refused."""
    with pytest.raises(ValueError):
        timer.set_minutes(bad)  # type: ignore[arg-type]
    assert timer.minutes() == 5


def test_shorter_delay_applies_at_next_check(
    qtbot: QtBot, timer: IdleLockTimer, clock: FakeClock
) -> None:
    """Lowering the delay to 1 minute locks once a minute has passed."""
    timer.set_minutes(1)
    clock.advance(61)
    with qtbot.waitSignal(timer.lock_requested, timeout=1_000):
        timer.check_now()
