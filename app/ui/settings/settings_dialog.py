"""Settings: language, idle lock, privacy mode, templates, security, retention.

Language, idle delay and privacy mode are preferences of this computer
(QSettings, no case data). Templates and the retention term belong to the
vault and are stored encrypted through the core. OK applies; Cancel forgets,
except for the security actions, which act at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.caseload import Caseload
from app.core.session import Session
from app.domain.errors import CarnetError
from app.ui.backups.backups_page import BackupsPage
from app.ui.settings.settings_security import SecurityTab
from app.ui.settings.settings_templates import TemplatesTab
from app.ui.shell.app import Translations, effective_language
from app.ui.shell.errors import show_error
from app.ui.shell.preferences import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, Language, Preferences
from app.ui.shell.shell_parts import paragraph
from app.ui.widgets.fit import grow_to_fit
from app.ui.widgets.spelling import spell_service

MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 50


class SettingsDialog(QDialog):
    idle_minutes_changed = Signal(int)
    privacy_mode_changed = Signal(bool)
    spell_check_changed = Signal(bool)
    language_changed = Signal(str)
    restore_requested = Signal(object)  # RestoreRequest, confirmed by the worker
    rekey_requested = Signal(str)  # the passphrase, confirmed by the worker

    def __init__(
        self,
        session: Session,
        caseload: Caseload,
        preferences: Preferences,
        parent: QWidget | None = None,
        *,
        translations: Translations | None = None,
        kdf_params: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._session = session
        self._caseload = caseload
        self._preferences = preferences
        self._translations = translations
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_general(), "")
        self.templates = TemplatesTab(session, self)
        self.tabs.addTab(self.templates, "")
        self.security = SecurityTab(session, self, kdf_params=kdf_params)
        self.security.rekey_requested.connect(self._forward_rekey)
        self.tabs.addTab(self.security, "")
        self.tabs.addTab(self._build_retention(), "")
        self.backups = BackupsPage(session, self, kdf_params=kdf_params)
        self.backups.restore_requested.connect(self._forward_restore)
        self.tabs.addTab(self.backups, "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.apply_and_close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self.finished.connect(self._wipe)
        self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    def _build_general(self) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        self.language.setObjectName("language")
        for language in Language:
            self.language.addItem("", language.value)
        self.language.setCurrentIndex(list(Language).index(self._preferences.language()))
        self.idle_minutes = QSpinBox(page)
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(self._preferences.idle_minutes())
        self.privacy = QCheckBox(page)
        self.privacy.setObjectName("privacy_mode")
        self.privacy.setChecked(self._preferences.privacy_mode())
        self._privacy_help = paragraph(page)
        self.spell_check = QCheckBox(page)
        self.spell_check.setObjectName("spell_check")
        self.spell_check.setChecked(self._preferences.spell_check())
        self._spelling_note = paragraph(page)
        self._spelling_note.setObjectName("spelling_note")
        self._spelling_note.setVisible(spell_service().dictionaries_missing())
        self._language_label, self._idle_label = QLabel(page), QLabel(page)
        self._language_label.setBuddy(self.language)
        self._idle_label.setBuddy(self.idle_minutes)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self._language_label, self.language)
        form.addRow(self._idle_label, self.idle_minutes)
        form.addRow(self.privacy)
        form.addRow(self._privacy_help)
        form.addRow(self.spell_check)
        form.addRow(self._spelling_note)
        return page

    def _build_retention(self) -> QWidget:
        page = QWidget(self)
        self._retention_help = paragraph(page)
        self.retention_years = QSpinBox(page)
        self.retention_years.setObjectName("retention_years")
        self.retention_years.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.retention_years.setValue(self._caseload.retention_years())
        self._retention_label = QLabel(page)
        self._retention_label.setBuddy(self.retention_years)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self._retention_help)
        form.addRow(self._retention_label, self.retention_years)
        return page

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for index, title in enumerate((self.tr("General"), self.tr("Templates"),
                                       self.tr("Security"), self.tr("Retention"),
                                       self.tr("Backups"))):  # fmt: skip
            self.tabs.setTabText(index, title)
        names = {Language.SYSTEM: self.tr("As the system (%1)"), Language.FRENCH: "Français",
                 Language.ENGLISH: "English"}  # fmt: skip
        system_name = "Français" if effective_language(Language.SYSTEM) is Language.FRENCH \
            else "English"  # fmt: skip
        for index, language in enumerate(Language):
            self.language.setItemText(index, names[language].replace("%1", system_name))
        self._language_label.setText(self.tr("&Language"))
        self._idle_label.setText(self.tr("&Lock after"))
        self.idle_minutes.setSuffix(self.tr(" min without activity"))
        self.privacy.setText(self.tr("&Privacy mode"))
        self.spell_check.setText(self.tr("Check &spelling as I type (French and English)"))
        self._spelling_note.setText(self.tr(
            "No dictionary was found, so spelling is not checked. Install the Hunspell "
            "dictionaries (on Debian or Ubuntu: hunspell-fr and hunspell-en-us) and "
            "restart Carnet."))  # fmt: skip
        self._privacy_help.setText(self.tr(
            "Privacy mode hides names on screen, for when a visitor or a shared screen "
            "could see it."))  # fmt: skip
        self._retention_help.setText(self.tr(
            "How long a record is kept after the last contact. The CNIL guidance for social "
            "support is 2 years; Carnet then shows what is past its term and deletes it only "
            "when you confirm."))  # fmt: skip
        self._retention_label.setText(self.tr("&Keep for"))
        self.retention_years.setSuffix(self.tr(" years"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _forward_restore(self, request: object) -> None:
        # The window empties itself and restores; this dialog must not outlive it.
        self.reject()
        self.restore_requested.emit(request)

    def _forward_rekey(self, passphrase: str) -> None:
        """The session is replaced: this dialog, which holds it, closes first."""
        self.reject()
        self.rekey_requested.emit(passphrase)

    def apply_and_close(self) -> None:
        if self.security.is_busy():
            return  # as reject(): Enter reaches OK while the key file is being rewritten
        if not self._session.is_open:
            self.reject()
            return
        try:
            self.templates.save()
            if self.retention_years.value() != self._caseload.retention_years():
                self._caseload.set_retention_years(self.retention_years.value())
        except CarnetError as exc:
            show_error(self, exc)
            return
        self._apply_preferences()
        self.accept()

    def _apply_preferences(self) -> None:
        minutes = self.idle_minutes.value()
        if minutes != self._preferences.idle_minutes():
            self._preferences.set_idle_minutes(minutes)
            self.idle_minutes_changed.emit(minutes)
        privacy = self.privacy.isChecked()
        if privacy != self._preferences.privacy_mode():
            self.privacy_mode_changed.emit(privacy)
        self._preferences.set_privacy_mode(privacy)
        spelling = self.spell_check.isChecked()
        if spelling != self._preferences.spell_check():
            self._preferences.set_spell_check(spelling)
            self.spell_check_changed.emit(spelling)
        language = Language(self.language.currentData())
        if language is not self._preferences.language():
            self._preferences.set_language(language)
            if self._translations is not None:
                self._translations.apply(effective_language(language))
            self.language_changed.emit(language.value)
        self._preferences.sync()

    def _wipe(self, _result: int = 0) -> None:
        # Closed (applied, cancelled or locked): keep no text or undo history behind.
        self.templates.clear()
        self.security.clear()
        self.backups.clear()

    def reject(self) -> None:
        if self.security.is_busy():
            return  # the key file is being rewritten; wait for the result
        self.security.clear()
        super().reject()
