"""Render the main screens offscreen, in French and English, to PNG files.

    QT_QPA_PLATFORM=offscreen python -m app.ui.shell.screenshots OUTDIR [--size 1280x720]
        [--text-scale 1.5] [--suffix _1366x768] [--dark] [--strict]

`--size` is the screen the window fills (dialogs are kept inside it) and
`--text-scale` enlarges the font as a worker's "large text" setting does, to
check that every title, label and button still fits: each image's window is
walked (app/ui/shell/truncation.py) and every text cut is printed as a
"TRUNCATED" line (`--strict`: exit 1 if there is one). `--dark` renders with
the Fusion style and a dark palette, as a desktop in dark mode would.

Vaults are made in a temporary folder with the real key derivation (a few
seconds each) and fictional persons; nothing of the worker's own is read, and
the preferences used are a temporary file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.core.caseload import Caseload
from app.core.demo import import_demo
from app.core.register import register_entries
from app.core.session import Session
from app.core.vault import create_vault
from app.core.workspace_queries import get_interview, get_person, timeline
from app.domain.ids import InterviewId, PersonId
from app.domain.models import FactsStatus
from app.domain.summary import ExportFormat, Frame, Informed
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.shell.app import Translations, create_application
from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences import Language, Preferences
from app.ui.shell.tasks import wait_for_background
from app.ui.shell.truncation import truncated

PASSPHRASE = "lanterne cerise violon marée"
TIMEOUT_S = 120.0


def wait_until(condition: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    settle()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def fill_demo(session: Session, today: date, persons: int) -> InterviewId | None:
    """The demo caseload generator's persons; returns the interview to show.

    The picture shows an open case seen recently, and a note still in draft if
    there is one, as a worker would see their day.
    """
    import_demo(session, persons, persons * 8, seed=3, today=today)
    rows = [r for r in Caseload(session).person_rows(today) if r.last_contact and not r.case_closed]
    if not rows:
        return None
    person = max(rows, key=lambda r: r.last_contact or today).id
    notes = timeline(session, person)
    drafts = [row for row in notes if row.status is FactsStatus.DRAFT]
    return (drafts or notes)[0].id if notes else None


class Shooter:
    def __init__(self, out: Path, work: Path, size: tuple[int, int], suffix: str = "") -> None:
        self.out, self.work, self.size, self.suffix = out, work, size, suffix
        self.saved: list[Path] = []
        self.problems: list[str] = []  # text cut or elided, per image

    def fit(self, widget: QWidget, width: int, height: int) -> None:
        """Resize a dialog to the wished size, but never past the screen, nor below its hint."""
        hint = widget.minimumSizeHint()
        widget.resize(max(min(width, self.size[0]), hint.width()),
                      max(min(height, self.size[1] - 40), hint.height()))  # fmt: skip

    def window(self, folder: Path, language: Language) -> MainWindow:
        settings = QSettings(str(self.work / f"prefs-{language.value}.ini"),
                             QSettings.Format.IniFormat)  # fmt: skip
        prefs = Preferences(settings)
        prefs.set_language(language)
        window = MainWindow(folder, prefs)
        window.resize(*self.size)
        window.show()
        settle()
        return window

    def shoot(self, widget: QWidget, name: str) -> None:
        self.saved.append(save(widget, self.out, name + self.suffix))
        for problem in truncated(widget.window()):
            self.problems.append(f"{name}{self.suffix}: {problem}")

    def first_run(self, language: Language) -> None:
        window = self.window(self.work / f"new-{language.value}", language)
        wizard = window.wizard
        assert wizard is not None
        wizard.passphrase.setText(PASSPHRASE)
        wizard.confirm.setText(PASSPHRASE)
        self.shoot(window, f"first-run_{language.value}")
        wizard.create_button.click()
        wait_until(lambda: wizard.current_step() == 1)
        self.shoot(window, f"recovery-key_{language.value}")
        wizard.written_button.click()
        wizard.group_field.setText(wizard.key_view.groups()[wizard._asked_group - 1])
        wizard.finish_button.click()
        wait_until(lambda: window.workspace is not None and window.workspace.rows_loaded > 0)
        self.shoot(window, f"workspace-empty_{language.value}")  # every list's empty state
        window.lock.lock()
        window.close()

    def unlocked(self, folder: Path, language: Language, interview: InterviewId | None) -> None:
        window = self.window(folder, language)
        self.shoot(window, f"unlock_{language.value}")
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.try_unlock()
        wait_until(lambda: window.session is not None and window.workspace is not None)
        workspace = window.workspace
        assert workspace is not None
        wait_until(lambda: workspace.rows_loaded > 0)
        session = window.session
        if interview is not None and session is not None:
            workspace.open_person(get_interview(session, interview).person_id)
        self.shoot(window, f"workspace_{language.value}")
        if interview is not None:
            workspace.open_interview(interview)
            self.shoot(window, f"interview_{language.value}")
        self._search(window, language)
        self._person_dialog(window, language)
        self._settings(window, language)
        if interview is not None and session is not None:
            person = get_interview(session, interview).person_id
            self._activity(session, language)
            self._export_and_register(session, person, language)
            self._past_term(window, language)
        window.lock.lock()
        window.close()

    def _search(self, window: MainWindow, language: Language) -> None:
        workspace = window.workspace
        assert workspace is not None
        workspace.show_search(in_file=False)
        panel = workspace.search_panel
        panel.field.setText("loyer")
        wait_until(panel.is_settled)
        self.shoot(window, f"search_{language.value}")

    def _person_dialog(self, window: MainWindow, language: Language) -> None:
        from app.ui.workspace.person_dialog import PersonDialog

        dialog = PersonDialog(window)
        dialog.show()
        self.shoot(dialog, f"person-new_{language.value}")
        dialog.reject()

    def _settings(self, window: MainWindow, language: Language) -> None:
        window.open_settings()
        dialogs = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
        for index, name in enumerate(("settings", "settings-templates", "settings-security")):
            dialogs[0].tabs.setCurrentIndex(index)
            self.shoot(dialogs[0], f"{name}_{language.value}")
        dialogs[0].tabs.setCurrentWidget(dialogs[0].backups)
        self.shoot(dialogs[0], f"settings-backups_{language.value}")
        for dialog in window.findChildren(QDialog):
            dialog.reject()

    def _export_and_register(self, session: Session, person: PersonId, language: Language) -> None:
        """The export wizard (items, preview), two real exports, then the register they made.

        The texts typed are French in both languages, as a worker in France would type them.
        """
        from app.ui.export.wizard import ExportWizard
        from app.ui.records.register_view import RegisterDialog

        exports = self.work / f"exports-{language.value}"
        exports.mkdir(exist_ok=True)

        def chooser(_parent: QWidget, file_name: str, _fmt: ExportFormat) -> Path:
            return exports / file_name

        wizard = ExportWizard(session, person, choose_path=chooser)
        self.fit(wizard, 1000, 700)  # room for the preview's page at its own width
        wizard.show()
        page = wizard.recipient_page
        page.set_frame(Frame.LIAISON)
        page.recipient_name.setText("Dr Claire Martin")
        page.recipient_role.setText("médecin du travail")
        page.recipient_org.setText("Service de prévention et de santé au travail")
        page.purpose.setText("Préparer la visite de reprise du travail")
        page.author.setText("Service social du travail — Anne Bernard")
        wizard.next()
        picker = wizard.items_page.facts
        # The newest interview whole, and one paragraph of the newest that has several.
        picker.interviews.item(0).setCheckState(Qt.CheckState.Checked)
        for number in range(picker.interviews.count()):
            picker.interviews.setCurrentRow(number)
            if len(picker.rows) > 1:
                picker.rows[0].check.setChecked(True)
                break
        else:
            picker.interviews.setCurrentRow(0)
        follow_ups = wizard.items_page.follow_ups
        if follow_ups.count() and follow_ups.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable:
            follow_ups.item(0).setCheckState(Qt.CheckState.Checked)
        self.shoot(wizard, f"export-items_{language.value}")
        wizard.next()  # the wording check
        if wizard.wording_page.rows:
            self.shoot(wizard, f"export-wording_{language.value}")
        wizard.next()  # does the person know?
        wizard.informed_page.choices[Informed.AGREED].click()
        wizard.next()
        wait_until(wizard.preview_page.is_ready)
        self.shoot(wizard, f"export-preview_{language.value}")
        if register_entries(session):  # written by the run in the other language
            wizard.reject()
        else:
            wizard.next()
            wizard.accept()
            wait_until(lambda: wizard.outcome is not None)
            self._certificate(session, person, chooser)
        register = RegisterDialog(session, None)
        self.fit(register, 1400, 600)
        register.show()
        register.view.table.selectRow(1)  # the liaison note (newest first), with its items
        self.shoot(register, f"register_{language.value}")
        register.reject()

    def _certificate(
        self, session: Session, person: PersonId, chooser: Callable[..., Path]
    ) -> None:
        """A certificate of support, so the register shows two kinds of document."""
        from app.ui.export.wizard import ExportWizard

        wizard = ExportWizard(session, person, choose_path=chooser)
        wizard.show()
        page = wizard.recipient_page
        page.set_frame(Frame.ATTESTATION)
        page.recipient_name.setText(get_person(session, person).alias)  # given to the person
        page.to_person.setChecked(True)
        page.purpose.setText("Justificatif demandé par la CAF")
        page.author.setText("Service social du travail — Anne Bernard")
        wizard.next()  # the certificate's date
        wizard.next()
        wait_until(wizard.preview_page.is_ready)
        wizard.next()
        wizard.accept()
        wait_until(lambda: wizard.outcome is not None)

    def _activity(self, session: Session, language: Language) -> None:
        """Activity figures, the handover wizard and the take-over dialog."""
        from app.ui.activity import screenshots as shots

        shots.shoot_statistics(session, self.shoot, wait_until, language.value)
        shots.shoot_handover(session, self.shoot, language.value)
        shots.shoot_take_over(session, self.shoot, language.value)

    def _past_term(self, window: MainWindow, language: Language) -> None:
        """The records past their retention term, as the Notes menu shows them."""
        workspace = window.workspace
        assert workspace is not None
        workspace.records.show_past_term()
        view = workspace.records.past_term
        if view is not None and view.table.rowCount():
            view.table.selectRow(0)
        self.shoot(window, f"past-term_{language.value}")


def use_dark_palette(application: QApplication) -> None:
    """Fusion with a dark palette, as a desktop in dark mode gives Carnet."""
    application.setStyle("Fusion")
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for which, colour in (
        (role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"), (role.ToolTipBase, "#2b2b2b"),
        (role.ToolTipText, "#e6e6e6"), (role.PlaceholderText, "#8c8c8c"),
        (role.Text, "#e6e6e6"), (role.Button, "#353535"), (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff6e6e"), (role.Link, "#6eaaff"), (role.Highlight, "#3d6fb4"),
        (role.HighlightedText, "#ffffff"), (role.Light, "#4a4a4a"), (role.Midlight, "#3c3c3c"),
        (role.Mid, "#2f2f2f"), (role.Dark, "#1a1a1a"), (role.Shadow, "#000000"),
    ):  # fmt: skip
        palette.setColor(which, QColor(colour))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, which, QColor("#7a7a7a"))
    application.setPalette(palette)


def parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render Carnet's screens to PNG files.")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", type=parse_size, default=(1280, 720))
    parser.add_argument("--languages", default="fr,en")
    parser.add_argument("--demo-persons", type=int, default=40)
    parser.add_argument("--text-scale", type=float, default=1.0)
    parser.add_argument("--suffix", default="")
    parser.add_argument("--dark", action="store_true", help="a dark palette (Fusion style)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any text is cut")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    application = create_application([sys.argv[0]])
    translations = Translations(application)
    if args.dark:
        use_dark_palette(application)
    if args.text_scale != 1.0:
        font = application.font()
        font.setPointSizeF(font.pointSizeF() * args.text_scale)
        application.setFont(font)
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="carnet-shots-") as tmp:
        work = Path(tmp)
        demo = work / "demo"
        created = create_vault(demo, PASSPHRASE)
        try:
            interview = fill_demo(created.session, date.today(), args.demo_persons)
        finally:
            created.session.close()
        shooter = Shooter(args.outdir, work, args.size, args.suffix)
        for code in args.languages.split(","):
            language = Language(code.strip())
            translations.apply(language)
            shooter.first_run(language)
            shooter.unlocked(demo, language, interview)
        wait_for_background()
    for path in shooter.saved:
        print(path)
    for problem in shooter.problems:
        print(f"TRUNCATED {problem}")
    return 1 if shooter.problems and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
