"""Settings → Templates: edit the three interview templates (stored encrypted)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.session import Session
from app.core.templates import TemplateKind, load_templates, save_templates
from app.ui.settings.template_defaults import default_templates, template_title
from app.ui.shell.shell_parts import paragraph
from app.ui.widgets.checked_edit import CheckedTextEdit


class TemplatesTab(QWidget):
    """One editor; a list picks which template it shows. Saved by `save()`."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templates_tab")
        self._session = session
        self._defaults = default_templates()
        self._texts = load_templates(session, self._defaults)
        self._current = TemplateKind.FIRST_INTERVIEW
        self._intro = paragraph(self)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("template_chooser")
        for kind in TemplateKind:
            self.chooser.addItem("", kind.value)
        self.editor = CheckedTextEdit(self)
        self.editor.setObjectName("template_editor")
        self.editor.setTabChangesFocus(True)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("reset_template")
        self.reset_button.clicked.connect(self.reset_current)
        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        self.chooser.currentIndexChanged.connect(self._switch)
        self.editor.setPlainText(self._texts[self._current])
        self._retranslate()

    def _retranslate(self) -> None:
        self._intro.setText(self.tr(
            "A new interview note starts from its template. Keep to headings that ask for "
            "facts: what was said, seen, done and agreed."))  # fmt: skip
        for index, kind in enumerate(TemplateKind):
            self.chooser.setItemText(index, template_title(kind))
        self.reset_button.setText(self.tr("Restore the &default"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _switch(self, index: int) -> None:
        self._texts[self._current] = self.editor.toPlainText()
        self._current = TemplateKind(self.chooser.itemData(index, Qt.ItemDataRole.UserRole))
        self.editor.setPlainText(self._texts[self._current])

    def select(self, kind: TemplateKind) -> None:
        self.chooser.setCurrentIndex(list(TemplateKind).index(kind))

    def reset_current(self) -> None:
        self.editor.setPlainText(self._defaults[self._current])

    def texts(self) -> dict[TemplateKind, str]:
        self._texts[self._current] = self.editor.toPlainText()
        return dict(self._texts)

    def save(self) -> None:
        save_templates(self._session, self.texts(), self._defaults)

    def clear(self) -> None:
        self.editor.setPlainText("")
        self._texts = {kind: "" for kind in TemplateKind}
