"""Tests for app/ui/widgets/new_passphrase.py: a new passphrase, its strength, typed twice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from app.core import passphrase_policy as policy
from app.messages.passphrase import reason_text
from app.ui.shell.truncation import truncated
from app.ui.widgets.new_passphrase import NewPassphraseFields

STRONG = "cheval violet marche sous pluie"


@pytest.fixture
def fields(qtbot: QtBot) -> NewPassphraseFields:
    widget = NewPassphraseFields()
    widget.set_label("&New passphrase")
    qtbot.addWidget(widget)
    return widget


def shown(qtbot: QtBot, widget: QWidget) -> None:
    """Shown and active, so that it can take the keyboard focus."""
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()


def core_reasons(text: str) -> str:
    """The core policy's reasons for `text`, in the interface language."""
    return " ".join(reason_text(reason) for reason in policy.assess(text).reasons)


def test_a_weak_passphrase_is_refused_with_the_core_reasons(
    qtbot: QtBot, fields: NewPassphraseFields
) -> None:
    """A common password typed twice is refused, and the refusal gives the core's reasons."""
    qtbot.keyClicks(fields.passphrase, "azerty123")
    qtbot.keyClicks(fields.confirm, "azerty123")
    assert not fields.is_acceptable() and fields.chosen() == ""
    assert fields.refusal() == f"This passphrase is too weak: {core_reasons('azerty123')}"
    assert "common" in fields.refusal()
    assert fields.strength.verdict_text() == "Very weak"


def test_a_different_confirmation_is_refused_then_emptied_and_focused(
    qtbot: QtBot, fields: NewPassphraseFields
) -> None:
    """Strong but typed differently: "different" is said; the confirmation gets the cursor."""
    shown(qtbot, fields)
    qtbot.keyClicks(fields.passphrase, STRONG)
    qtbot.keyClicks(fields.confirm, STRONG + "x")
    assert not fields.is_acceptable()
    assert fields.refusal() == "The two passphrases are different."
    fields.focus_refused()
    assert fields.confirm.text() == "" and not fields.confirm.isUndoAvailable()
    assert fields.confirm.hasFocus()


def test_a_weak_passphrase_puts_the_cursor_back_in_it(
    qtbot: QtBot, fields: NewPassphraseFields
) -> None:
    """Refused as weak, the cursor goes to the passphrase and the confirmation is kept."""
    shown(qtbot, fields)
    qtbot.keyClicks(fields.passphrase, "motdepasse")
    qtbot.keyClicks(fields.confirm, "motdepasse")
    fields.focus_refused()
    assert fields.passphrase.hasFocus() and fields.confirm.text() == "motdepasse"


def test_strong_and_equal_is_acceptable(qtbot: QtBot, fields: NewPassphraseFields) -> None:
    """The choice becomes acceptable on the last matching key, and stops being on a change."""
    qtbot.keyClicks(fields.passphrase, STRONG)
    qtbot.keyClicks(fields.confirm, STRONG[:-1])
    assert not fields.is_acceptable()
    qtbot.keyClicks(fields.confirm, STRONG[-1])
    assert fields.is_acceptable() and fields.refusal() == ""
    assert fields.chosen() == STRONG
    qtbot.keyClicks(fields.passphrase, "!")
    assert not fields.is_acceptable() and fields.chosen() == ""


def test_tab_goes_from_the_passphrase_to_the_confirmation(
    qtbot: QtBot, fields: NewPassphraseFields
) -> None:
    """Tab leads from the passphrase straight to its confirmation (the bar takes no focus)."""
    shown(qtbot, fields)
    fields.passphrase.setFocus()
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields.confirm


def test_a_leading_row_comes_first_in_the_form_and_in_tab_order(qtbot: QtBot) -> None:
    """In a form, the screen's own row (the current passphrase) is above and tabbed first."""
    parent = QWidget()
    qtbot.addWidget(parent)
    fields = NewPassphraseFields(parent, in_form=True)
    current = QLineEdit(parent)  # made after the fields: the order is set, not inherited
    after = QLineEdit(parent)
    label = QLabel("C&urrent passphrase", parent)
    fields.add_leading_row(label, current)
    layout = QVBoxLayout(parent)
    layout.addWidget(fields)
    layout.addWidget(after)
    shown(qtbot, parent)
    assert current.y() < fields.passphrase.y() < fields.strength.y() < fields.confirm.y()
    assert label.x() == fields.label.x()  # the labels line up
    current.setFocus()
    qtbot.keyClick(current, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields.passphrase
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields.confirm
    qtbot.keyClick(fields.confirm, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after


def test_labels_name_the_hidden_fields(fields: NewPassphraseFields) -> None:
    """Both fields are hidden as typed and named by their labels, access keys included."""
    for field in (fields.passphrase, fields.confirm):
        assert field.echoMode() == QLineEdit.EchoMode.Password
    assert fields.label.buddy() is fields.passphrase
    assert fields.passphrase.accessibleName() == "New passphrase"
    assert fields.confirm.accessibleName() == "Type it again"
    confirm_label = next(
        label for label in fields.findChildren(QLabel) if label.buddy() is fields.confirm
    )
    assert confirm_label.text() == "&Type it again"


def test_clear_forgets_both_passphrases(qtbot: QtBot, fields: NewPassphraseFields) -> None:
    """After clear() both fields are empty, with nothing to undo, and the choice is refused."""
    qtbot.keyClicks(fields.passphrase, STRONG)
    qtbot.keyClicks(fields.confirm, STRONG)
    fields.clear()
    for field in (fields.passphrase, fields.confirm):
        assert field.text() == "" and not field.isUndoAvailable()
    assert not fields.is_acceptable()


@pytest.mark.usefixtures("french_interface")
def test_french_labels_and_refusals(qtbot: QtBot) -> None:
    """In French: the confirmation's label, the weak refusal with its reasons, the mismatch."""
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    confirm_label = next(
        label for label in fields.findChildren(QLabel) if label.buddy() is fields.confirm
    )
    assert confirm_label.text() == "Re&tapez-la"
    fields.passphrase.setText("azerty")
    fields.confirm.setText("azerty")
    assert fields.refusal().startswith("Cette phrase de passe est trop faible")
    assert core_reasons("azerty") in fields.refusal()
    assert "courants" in fields.refusal()
    fields.passphrase.setText(STRONG)
    assert fields.refusal() == "Les deux phrases de passe sont différentes."


def test_a_dialog_grows_to_show_the_reasons(qtbot: QtBot) -> None:
    """Typed into an open dialog, the reasons' extra lines make it taller: nothing is cut."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fields = NewPassphraseFields(dialog)
    QVBoxLayout(dialog).addWidget(fields)
    dialog.show()
    qtbot.waitExposed(dialog)
    opened = dialog.height()
    fields.passphrase.setText("azerty")
    assert dialog.height() > opened
    assert truncated(dialog) == []


def test_a_screen_can_give_the_confirmation_its_own_label(qtbot: QtBot) -> None:
    """set_again_label replaces "&Type it again" and a language change keeps the screen's label."""
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.set_again_label("Ty&pe it again")
    confirm_label = next(
        label for label in fields.findChildren(QLabel) if label.buddy() is fields.confirm
    )
    assert confirm_label.text() == "Ty&pe it again"
    assert fields.confirm.accessibleName() == "Type it again"
    QApplication.sendEvent(fields, QEvent(QEvent.Type.LanguageChange))
    assert confirm_label.text() == "Ty&pe it again"


def _in_dialog(qtbot: QtBot, default: bool) -> tuple[QDialog, NewPassphraseFields]:
    """The fields above an OK button: the dialog's explicit default, or only autoDefault."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fields = NewPassphraseFields(dialog)
    ok = QPushButton("OK", dialog)
    ok.setDefault(default)  # without it Qt makes the first autoDefault button the default
    ok.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(fields)
    layout.addWidget(ok)
    shown(qtbot, dialog)
    fields.passphrase.setFocus()
    return dialog, fields


@pytest.mark.parametrize("default", [True, False], ids=["default", "autoDefault"])
def test_enter_in_the_passphrase_moves_to_the_empty_confirmation_in_a_dialog(
    qtbot: QtBot, default: bool
) -> None:
    """Enter in the first field goes to the confirmation; the dialog's OK is not pressed."""
    dialog, fields = _in_dialog(qtbot, default)
    qtbot.keyClicks(fields.passphrase, STRONG)
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is fields.confirm
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    qtbot.keyClicks(fields.confirm, STRONG)
    qtbot.keyClick(fields.confirm, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_enter_in_the_passphrase_submits_once_the_confirmation_is_typed(qtbot: QtBot) -> None:
    """With both typed, Enter in the first field reaches the dialog's default button again."""
    dialog, fields = _in_dialog(qtbot, default=True)
    fields.confirm.setText(STRONG)
    qtbot.keyClicks(fields.passphrase, STRONG)
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_in_the_passphrase_stays_on_a_wizard_page(qtbot: QtBot) -> None:
    """On a wizard's last page Enter goes to the confirmation, not Finish; then Finish."""
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = QWizardPage(wizard)
    fields = NewPassphraseFields(page)
    QVBoxLayout(page).addWidget(fields)
    wizard.addPage(page)
    shown(qtbot, wizard)
    fields.passphrase.setFocus()
    qtbot.keyClicks(fields.passphrase, STRONG)
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is fields.confirm and wizard.isVisible()
    qtbot.keyClicks(fields.confirm, STRONG)
    qtbot.keyClick(fields.confirm, Qt.Key.Key_Return)
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_enter_in_the_passphrase_of_a_plain_widget_is_not_a_return(
    qtbot: QtBot, fields: NewPassphraseFields
) -> None:
    """Outside a dialog too: focus to the confirmation, and no returnPressed for a screen."""
    shown(qtbot, fields)
    fields.passphrase.setFocus()
    pressed: list[str] = []
    fields.passphrase.returnPressed.connect(lambda: pressed.append("passphrase"))
    fields.confirm.returnPressed.connect(lambda: pressed.append("confirm"))
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is fields.confirm and pressed == []
    qtbot.keyClick(fields.confirm, Qt.Key.Key_Return)
    assert pressed == ["confirm"]


def _leading_field(dialog: QDialog, fields: NewPassphraseFields) -> QLineEdit:
    """A screen's own field shown above the passphrase (a current one), given to enter_from."""
    leading = QLineEdit(dialog)
    leading.show()
    fields.enter_from(leading)
    return leading


def test_enter_in_a_leading_field_moves_to_the_first_empty_one_below(qtbot: QtBot) -> None:
    """Enter in a field given to enter_from skips a typed passphrase to the empty confirmation."""
    dialog, fields = _in_dialog(qtbot, default=True)
    leading = _leading_field(dialog, fields)
    fields.passphrase.setText(STRONG)
    leading.setFocus()
    qtbot.keyClick(leading, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is fields.confirm and dialog.isVisible()
    fields.confirm.setText(STRONG)
    qtbot.keyClick(leading, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted  # nothing empty: on to the dialog


def test_submit_on_enter_takes_enter_from_the_dialogs_default_button(qtbot: QtBot) -> None:
    """With submit_on_enter, Enter that would go on runs the action instead of the dialog's OK."""
    dialog, fields = _in_dialog(qtbot, default=True)
    leading = _leading_field(dialog, fields)
    submitted: list[str] = []
    fields.submit_on_enter(lambda: submitted.append(fields.chosen()))
    leading.setFocus()
    qtbot.keyClick(leading, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is fields.passphrase and submitted == []
    qtbot.keyClicks(fields.passphrase, STRONG)
    qtbot.keyClick(fields.passphrase, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is fields.confirm and submitted == []
    qtbot.keyClicks(fields.confirm, STRONG)
    for field in (fields.confirm, fields.passphrase, leading):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert submitted == [STRONG] * 3
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
