"""Shared GUI fixtures: isolated preferences, real vaults with cheap Argon2, the window.

Every GUI test gets its own QSettings location, so no test reads or writes the
developer's real preferences. Vaults are real SQLCipher files in tmp_path,
created with `TEST_PARAMS` (tests may import app.crypto; the interface may not).
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QSettings,
    QStandardPaths,
    Qt,
)
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS
from app.domain.ids import InterviewId, PersonId
from app.domain.models import InterviewDraft, PersonDraft
from app.ui.session.dbus_watch import SessionLockWatcher
from app.ui.shell.app import Translations
from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences import Language, Preferences
from app.ui.shell.tasks import wait_for_background
from tests.support.languages import reset_language

PASSPHRASE = "plume verte sous la pluie"
ALIAS_CANARY = "Zorbalinde Quettier"
NOTE_CANARY = "canari-note-7f3a91"
BACKGROUND_TIMEOUT_MS = 60_000


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point every QSettings (native and INI) at a fresh folder for this test."""
    folder = tmp_path_factory.mktemp("qsettings")
    QStandardPaths.setTestModeEnabled(True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))
    yield folder


@pytest.fixture(autouse=True)
def no_key_left_held(qapp: QApplication) -> Iterator[None]:
    """Release every modifier after each test, so the next one starts with no key held.

    A shortcut that moves the focus between a key press and its release (Ctrl+Shift+N
    opens the editor) leaves Qt believing Shift is still down; the next test that
    selects a table row would then extend a selection instead of making one. Which
    test runs next depends on how pytest-xdist shares the tests out.
    """
    yield
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        target = QWidget()
        for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            QTest.keyRelease(target, key)
        target.deleteLater()


@pytest.fixture
def french_interface() -> Iterator[None]:
    """The French catalogues (Carnet's and Qt's), English again afterwards."""
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply(Language.FRENCH)
    yield
    reset_language(translations)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "preferences" / "carnet.ini"


@pytest.fixture
def preferences(settings_file: Path) -> Preferences:
    """Preferences in a temporary INI file, interface in English."""
    prefs = Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
    prefs.set_language(Language.ENGLISH)
    return prefs


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def disconnected_bus() -> QDBusConnection:
    """A D-Bus connection object attached to no bus."""
    return QDBusConnection(f"carnet-none-{uuid.uuid4().hex}")


def quiet_watcher() -> SessionLockWatcher:
    """A lock watcher that listens to no bus (tests never touch the real ones)."""
    return SessionLockWatcher(system_bus=disconnected_bus(), session_bus=disconnected_bus())


@dataclass
class VaultOnDisk:
    folder: Path
    passphrase: str
    recovery_key: str
    person_id: PersonId
    interview_id: InterviewId


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def existing_vault(vault_dir: Path) -> VaultOnDisk:
    """A closed vault holding one person and one interview, both carrying canaries."""
    created = create_vault(vault_dir, PASSPHRASE, params=TEST_PARAMS)
    session = created.session
    try:
        caseload = Caseload(session)
        person = caseload.add_person(PersonDraft(ALIAS_CANARY, organisation="Acme"))
        interview = caseload.add_interview(
            person, InterviewDraft(held_on=date(2026, 3, 2)), f"Faits: {NOTE_CANARY}."
        )
    finally:
        session.close()
    assert created.recovery_key is not None
    return VaultOnDisk(vault_dir, PASSPHRASE, created.recovery_key, person, interview)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """Text at 150 %, as a worker's large-text setting gives; put back afterwards."""
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield
    qapp.setFont(font)


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, preferences: Preferences, clock: FakeClock
) -> Iterator[WindowFactory]:
    """Build the real main window on a vault folder; locked and closed at teardown."""
    windows: list[MainWindow] = []

    def build(folder: Path, **options: Any) -> MainWindow:
        options.setdefault("kdf_params", TEST_PARAMS)
        options.setdefault("clock", clock)
        options.setdefault("lock_watcher", quiet_watcher())
        window = MainWindow(folder, options.pop("preferences", preferences), **options)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        windows.append(window)
        return window

    yield build
    wait_for_background(BACKGROUND_TIMEOUT_MS)
    for window in windows:
        window.close()
        if window.session is not None:
            window.session.close()


def unlock_through_screen(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    """Type the passphrase, press Enter, wait for the background unlock to finish."""
    field = window.unlock_screen.passphrase
    field.setFocus()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, "\r")
    qtbot.waitUntil(lambda: not window.unlock_screen.is_busy(), timeout=BACKGROUND_TIMEOUT_MS)


def texts_in(root: QWidget) -> list[str]:
    """Every piece of text a widget tree shows or keeps: fields, editors, labels, item models."""
    found: list[str] = [root.windowTitle()]
    for edit in root.findChildren(QLineEdit):
        found += [edit.text(), edit.placeholderText()]
    for plain in root.findChildren(QPlainTextEdit):
        found.append(plain.toPlainText())
    for rich in root.findChildren(QTextEdit):
        found.append(rich.toPlainText())
    for label in root.findChildren(QLabel):
        found += [label.text(), label.toolTip(), label.accessibleName()]
    for view in root.findChildren(QAbstractItemView):
        found += model_texts(view)
    return found


def model_texts(view: QAbstractItemView) -> list[str]:
    """Display, tooltip and status-tip text of every cell of a view's model, tree included."""
    model = view.model()
    if model is None:
        return []
    found: list[str] = []
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop()
        column = 0
        while (cell := index.siblingAtColumn(column)).isValid():
            for role in (0, 3, 4):  # display, tooltip, status tip
                value = model.data(cell, role)
                if value is not None:
                    found.append(str(value))
            column += 1
        if not isinstance(model, QAbstractListModel | QAbstractTableModel) and model.hasChildren(
            index
        ):
            pending += [model.index(row, 0, index) for row in range(model.rowCount(index))]
    return found


def undo_holders(root: QWidget) -> list[QWidget]:
    """Widgets under `root` that could still undo back to earlier text."""
    holders: list[QWidget] = [e for e in root.findChildren(QLineEdit) if e.isUndoAvailable()]
    holders += [e for e in root.findChildren(QPlainTextEdit) if e.document().isUndoAvailable()]
    holders += [e for e in root.findChildren(QTextEdit) if e.document().isUndoAvailable()]
    return holders


@pytest.fixture
def bus_address() -> Iterator[str]:
    """Address of a private dbus-daemon of our own, killed at teardown (skips without one)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start")
        yield address
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
