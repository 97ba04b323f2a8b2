"""The register view: per person or whole vault, filters, corrections, a content-free export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core import retention
from app.core.caseload import Caseload
from app.core.disclosure import export_summary
from app.core.outward import outward_reader
from app.core.register import RegisterFormat
from app.core.selection import InterviewChoice
from app.core.session import Session
from app.core.summary_builder import build_summary
from app.domain.models import PersonDraft
from app.domain.summary import ExportFormat, Recipient
from app.export.writers import write_summary
from app.ui.export.correction_dialog import CorrectionDialog
from app.ui.records.register_view import RegisterDialog, RegisterView
from tests.support.disclosure_data import (
    ALIAS,
    HYPOTHESIS_CANARY,
    OTHER_ALIAS,
    PARAGRAPHS,
    SeededPerson,
    base_selection,
    seed_person,
)
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS, texts_in


@pytest.fixture
def seeded(session: Session, tmp_path: Path) -> SeededPerson:
    """A person with two exports (CAF, doctor) and another person with one (CCAS)."""
    seeded = seed_person(Caseload(session))
    for recipient, person in (
        ("CAF du Rhône", seeded.person_id),
        ("Médecin du travail", seeded.person_id),
        ("CCAS", seeded.other_person_id),
    ):
        own = person == seeded.person_id
        selection = base_selection(
            seeded,
            person_id=person,
            recipient=Recipient(recipient),
            interviews=(InterviewChoice(seeded.interviews[0], (0,)),) if own else (),
        )
        summary = build_summary(outward_reader(session), selection)
        path = tmp_path / f"{recipient}.txt"
        export_summary(session, selection, summary, ExportFormat.TXT, path, write_summary)
    return seeded


def make_view(
    qtbot: QtBot, session: Session, seeded: SeededPerson, **options: object
) -> RegisterView:
    view = RegisterView(session, seeded.person_id, **options)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.show()
    return view


def recipients(view: RegisterView) -> list[str]:
    return [entry.recipient for entry in view.model.entries]


def test_one_person_then_the_whole_vault(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """The view opens on the person's entries; 'everyone' adds the others, with aliases."""
    view = make_view(qtbot, session, seeded)
    assert recipients(view) == ["Médecin du travail", "CAF du Rhône"]
    view.scope.setCurrentIndex(1)
    assert recipients(view) == ["CCAS", "Médecin du travail", "CAF du Rhône"]
    shown = texts_in(view)
    assert OTHER_ALIAS in shown and ALIAS in shown
    view.set_privacy(True)
    assert ALIAS not in texts_in(view) and "M. Z. Q." in texts_in(view)


def test_filters_by_recipient_and_dates(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """Typing part of a recipient narrows the list; a period after today empties it."""
    view = make_view(qtbot, session, seeded)
    view.recipient.setText("médecin")
    assert recipients(view) == ["Médecin du travail"]
    view.recipient.clear()
    from datetime import date, timedelta

    view.since.set_value(date.today() + timedelta(days=1))
    assert recipients(view) == []


def test_the_register_shows_no_note_text(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """Rows and details carry register data only: no fact, no hypothesis; items read as
    "Interview of <day>, § 1", never as internal refs."""
    view = make_view(qtbot, session, seeded)
    view.table.selectRow(0)
    shown = "\n".join(texts_in(view))
    assert "Interview of " in shown and ", § 1" in shown
    assert f"interview:{seeded.interviews[0]}#p1" not in shown
    assert PARAGRAPHS[0][0] not in shown and HYPOTHESIS_CANARY not in shown


def test_a_correction_is_a_new_entry(qtbot: QtBot, session: Session, seeded: SeededPerson) -> None:
    """'Record a correction…' appends an entry pointing at the one selected, which stays."""
    view = make_view(qtbot, session, seeded)
    view.table.selectionModel().select(
        view.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    original = view.selected()
    assert original is not None and original.recipient == "CAF du Rhône"

    def correct() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CorrectionDialog))
        dialog.recipient.setText("CAF de Lyon")
        dialog.record()

    QTimer.singleShot(50, correct)
    with qtbot.waitSignal(view.correction_recorded, timeout=5_000):
        view.record_correction()
    assert recipients(view) == ["CAF de Lyon", "Médecin du travail", "CAF du Rhône"]
    newest = view.model.entries[0]
    assert newest.corrects == original.id and newest.sha256 == original.sha256
    assert view.model.entries[2] == original


@pytest.mark.parametrize("fmt", list(RegisterFormat))
def test_export_the_register_as_a_content_free_list(
    qtbot: QtBot, session: Session, seeded: SeededPerson, tmp_path: Path, fmt: RegisterFormat
) -> None:
    """The list written holds the entries shown, with hashes and refs, and no note text."""
    target = tmp_path / "register-out"
    target.mkdir()
    chosen: list[str] = []

    def chooser(_parent: object, name: str, chosen_fmt: RegisterFormat) -> Path:
        chosen.append(name)
        return target / name

    view = make_view(qtbot, session, seeded, choose_path=chooser)
    view.export(fmt)
    qtbot.waitUntil(lambda: "written" in view.message.text(), timeout=BACKGROUND_TIMEOUT_MS)
    [path] = list(target.iterdir())
    text = path.read_text(encoding="utf-8-sig")
    assert all(entry.sha256 in text for entry in view.model.entries)
    for forbidden in (*PARAGRAPHS[0], HYPOTHESIS_CANARY, ALIAS):
        assert forbidden not in text
    assert chosen[0].startswith("disclosure-register-") and ALIAS not in chosen[0]


def test_clear_forgets_everything(qtbot: QtBot, session: Session, seeded: SeededPerson) -> None:
    """On lock the view drops the vault and every row."""
    view = make_view(qtbot, session, seeded)
    view.clear()
    assert view.model.rowCount() == 0 and view.session is None
    view.refresh()
    assert view.model.rowCount() == 0


def test_the_dialog_title_names_no_one(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """The register window's title is generic."""
    dialog = RegisterDialog(session, seeded.person_id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Disclosure register"


def test_a_long_recipient_needs_no_horizontal_scrolling(
    qtbot: QtBot, session: Session, seeded: SeededPerson, tmp_path: Path
) -> None:
    """At 1440×900 with a very long recipient, the table fits its width (tooltip keeps it all)."""
    long_name = "Service de prévention et de santé au travail interentreprises " * 3
    selection = base_selection(seeded, recipient=Recipient(long_name.strip()))
    summary = build_summary(outward_reader(session), selection)
    export_summary(session, selection, summary, ExportFormat.TXT, tmp_path / "long.txt",
                   write_summary)  # fmt: skip
    view = make_view(qtbot, session, seeded)
    view.resize(1400, 600)
    qtbot.waitUntil(lambda: long_name.strip() in recipients(view))
    table = view.table
    QApplication.processEvents()
    assert not table.horizontalScrollBar().isVisible()
    assert table.horizontalHeader().length() <= table.viewport().width()


def test_an_erased_person_reads_as_erased_never_as_a_newcomer(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """After a purge the person column says "person erased on …", and a person created
    afterwards is not named on the old entries."""
    retention.purge(session, [seeded.person_id], "Demande", retention.PurgeKind.REQUEST)
    Caseload(session).add_person(PersonDraft("M. Nouveau Venu"))
    view = make_view(qtbot, session, seeded)
    shown = "\n".join(texts_in(view))
    assert "person erased on" in shown
    assert "Nouveau Venu" not in shown


def test_empty_register_says_nothing_has_left(qtbot: QtBot, session: Session) -> None:
    """A vault with no export: the register says nothing has left, with no button to press."""
    view = RegisterView(session, None)
    qtbot.addWidget(view)
    view.show()
    assert view.empty_state.is_shown()
    assert view.empty_state.label.text().startswith("Nothing has left this computer yet.")
    assert not view.empty_state.button.isVisibleTo(view.empty_state)


def test_filters_matching_nothing_can_be_lifted(
    qtbot: QtBot, session: Session, seeded: SeededPerson
) -> None:
    """A recipient no entry has empties the table; the button shows every transmission again."""
    view = make_view(qtbot, session, seeded)
    assert not view.empty_state.is_shown()
    view.recipient.setText("zzz")
    assert view.empty_state.is_shown()
    assert view.empty_state.label.text() == "No transmission matches these filters."
    view.empty_state.button.click()
    assert view.recipient.text() == "" and view.scope.currentData() is None
    assert sorted(recipients(view)) == ["CAF du Rhône", "CCAS", "Médecin du travail"]
    assert not view.empty_state.is_shown()


def test_details_follow_french_typography(
    qtbot: QtBot, qapp: QApplication, session: Session, seeded: SeededPerson
) -> None:
    """In French each detail line reads « Inscription : 1 », a no-break space before the colon."""
    from app.ui.shell.app import Translations
    from app.ui.shell.preferences import Language
    from tests.support.languages import reset_language

    translations = Translations(qapp)
    translations.apply(Language.FRENCH)
    try:
        view = make_view(qtbot, session, seeded)
        view.table.selectRow(0)
        lines = view.details.text().splitlines()
    finally:
        reset_language(translations)
    assert lines and all("\u00a0: " in line for line in lines)
    assert not [line for line in lines if ": " in line.replace("\u00a0: ", "")]
