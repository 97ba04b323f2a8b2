"""Tests for app/ui/session/clipboard_guard.py: sensitive, self-clearing clipboard."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.ui.session.clipboard_guard import (
    DEFAULT_CLEAR_AFTER_MS,
    KDE_SECRET_HINT,
    WIN_CLOUD,
    WIN_EXCLUDE_FROM_MONITORS,
    WIN_HISTORY,
    SensitiveClipboard,
    is_marked,
    sensitive_mime_data,
)

NOTE = "Mme D. a remis l'avis d'expulsion."
SHORT_MS = 30


@pytest.fixture(autouse=True)
def empty_clipboard() -> Iterator[None]:
    """Each test starts and ends with an empty clipboard."""
    QGuiApplication.clipboard().clear()
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def guard(qtbot: QtBot) -> SensitiveClipboard:
    """A guard with a shortened clearing delay."""
    return SensitiveClipboard(clear_after_ms=SHORT_MS)


def test_copy_sets_text_and_sensitivity_hint(guard: SensitiveClipboard) -> None:
    """Copied text is on the clipboard with x-kde-passwordManagerHint = secret."""
    guard.copy_text(NOTE)
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == NOTE
    assert bytes(data.data(KDE_SECRET_HINT).data()) == b"secret"
    assert guard.holds_ours()


def test_windows_mime_data_excludes_history_and_cloud() -> None:
    """On Windows the text is kept out of clipboard monitors, history and cloud sync."""
    data = sensitive_mime_data(NOTE, platform="win32")
    assert data.text() == NOTE
    assert data.hasFormat(WIN_EXCLUDE_FROM_MONITORS)
    assert bytes(data.data(WIN_HISTORY).data()) == b"\x00\x00\x00\x00"
    assert bytes(data.data(WIN_CLOUD).data()) == b"\x00\x00\x00\x00"
    assert not data.hasFormat(KDE_SECRET_HINT)


def test_clears_after_delay_when_unchanged(qtbot: QtBot, guard: SensitiveClipboard) -> None:
    """After the (shortened) delay the clipboard no longer holds the note."""
    with qtbot.waitSignal(guard.cleared, timeout=5_000):
        guard.copy_text(NOTE)
    assert QGuiApplication.clipboard().text() == ""
    assert not guard.holds_ours()


def test_leaves_the_workers_own_copy_alone(qtbot: QtBot, guard: SensitiveClipboard) -> None:
    """If something else was copied meanwhile, the delay passes without clearing it."""
    guard.copy_text(NOTE)
    QGuiApplication.clipboard().setText("the worker's own text")
    with qtbot.assertNotEmitted(guard.cleared, wait=SHORT_MS * 5):
        pass
    assert QGuiApplication.clipboard().text() == "the worker's own text"
    assert guard.clear_if_ours() is False
    assert QGuiApplication.clipboard().text() == "the worker's own text"


def test_clear_if_ours_on_lock(guard: SensitiveClipboard) -> None:
    """Locking clears Carnet's text at once, before the delay."""
    guard.copy_text(NOTE)
    assert guard.clear_if_ours() is True
    assert QGuiApplication.clipboard().text() == ""
    assert guard.clear_if_ours() is False


def test_empty_text_is_not_copied(guard: SensitiveClipboard) -> None:
    """Copying nothing leaves the clipboard as it was."""
    QGuiApplication.clipboard().setText("before")
    guard.copy_text("")
    assert QGuiApplication.clipboard().text() == "before"


def test_delay_defaults_to_thirty_seconds_and_must_be_positive(qtbot: QtBot) -> None:
    """The default delay is 30 s; zero or negative delays are refused."""
    assert DEFAULT_CLEAR_AFTER_MS == 30_000
    assert SensitiveClipboard().clear_after_ms() == 30_000
    with pytest.raises(ValueError):
        SensitiveClipboard(clear_after_ms=0)


@pytest.mark.xcb
def test_the_selection_is_marked_then_cleared_after_the_delay(
    qtbot: QtBot, guard: SensitiveClipboard
) -> None:
    """On X11, text selected in Carnet is re-marked sensitive and gone after the delay."""
    board = QGuiApplication.clipboard()
    if not board.supportsSelection():
        pytest.skip("no X11 selection on this platform")
    board.setText(NOTE, board.Mode.Selection)
    guard.mark_selection(NOTE)
    assert is_marked(board.mimeData(board.Mode.Selection))
    qtbot.waitUntil(lambda: board.text(board.Mode.Selection) == "", timeout=5_000)


def test_clear_all_leaves_a_selection_carnet_does_not_own(guard: SensitiveClipboard) -> None:
    """clear_all() touches the selection only while Carnet owns it (never offscreen)."""
    board = QGuiApplication.clipboard()
    guard.copy_text(NOTE)
    guard.clear_all()
    assert board.text() == ""
    assert guard.clear_selection_if_ours() is board.ownsSelection()
