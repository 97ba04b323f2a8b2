"""A bar that shows how strong a passphrase is, and says why in plain words.

The rules are `app.core.passphrase_policy`'s (carnet-cli applies the same);
the words are `app.messages.passphrase`'s.
"""

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core import passphrase_policy as policy
from app.core.passphrase_policy import MAX_SCORE, MIN_LENGTH, common_passwords
from app.messages.passphrase import reason_text, score_label

__all__ = [
    "MIN_LENGTH",
    "Assessment",
    "PassphraseStrengthBar",
    "assess_passphrase",
    "common_passwords",
    "score_label",
]


@dataclass(frozen=True)
class Assessment:
    """A score from 0 (very weak) to 4 (very strong), whether it is accepted, and why."""

    score: int
    acceptable: bool
    reasons: list[str]


def assess_passphrase(text: str) -> Assessment:
    """The core policy's verdict on `text`, its reasons in the interface language."""
    verdict = policy.assess(text)
    return Assessment(
        verdict.score, verdict.acceptable, [reason_text(reason) for reason in verdict.reasons]
    )


# Muted colours: a verdict, not an alarm.
_SCORE_COLOURS = ("#b0443a", "#b0443a", "#c08a1e", "#4a8f5a", "#2f7a45")


class _Meter(QWidget):
    """Four segments, filled according to the score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filled = 0
        self._colour = QColor(_SCORE_COLOURS[0])
        self.setFixedHeight(6)

    def set_level(self, filled: int, colour: QColor) -> None:
        self._filled = filled
        self._colour = colour
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        gap = 4.0
        width = (self.width() - gap * (MAX_SCORE - 1)) / MAX_SCORE
        empty = self.palette().color(QPalette.ColorRole.Mid)
        for i in range(MAX_SCORE):
            painter.setBrush(self._colour if i < self._filled else empty)
            rect = QRectF(i * (width + gap), 0, width, self.height())
            painter.drawRoundedRect(rect, 2, 2)
        painter.end()


class PassphraseStrengthBar(QWidget):
    """A strength bar and its explanation, following what is typed in a line edit."""

    assessment_changed = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, *, line_edit: QLineEdit | None = None
    ) -> None:
        super().__init__(parent)
        self._meter = _Meter(self)
        self._meter.setAccessibleName(self.tr("Passphrase strength"))
        self._verdict = QLabel(self)
        font = self._verdict.font()
        font.setBold(True)
        self._verdict.setFont(font)
        self._reasons = QLabel(self)
        self._reasons.setWordWrap(True)
        self._reasons.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._meter)
        layout.addWidget(self._verdict)
        layout.addWidget(self._reasons)
        self._assessment = assess_passphrase("")
        self._show(self._assessment, has_text=False)
        if line_edit is not None:
            self.attach(line_edit)

    def attach(self, line_edit: QLineEdit) -> None:
        """Follow `line_edit`: the bar updates as the worker types."""
        line_edit.textChanged.connect(self.update_for)
        self.update_for(line_edit.text())

    def assessment(self) -> Assessment:
        """The assessment of the last text seen."""
        return self._assessment

    def verdict_text(self) -> str:
        """The verdict shown above the reasons."""
        return self._verdict.text()

    def reasons_text(self) -> str:
        """The explanation shown under the bar."""
        return self._reasons.text()

    def update_for(self, text: str) -> None:
        """Assess `text` and show the result."""
        self._assessment = assess_passphrase(text)
        self._show(self._assessment, has_text=bool(text))
        self.assessment_changed.emit(self._assessment)

    def _show(self, assessment: Assessment, *, has_text: bool) -> None:
        colour = QColor(_SCORE_COLOURS[assessment.score])
        # Even a very weak passphrase fills one segment, so the bar visibly reacts.
        filled = max(assessment.score, 1) if has_text else 0
        self._meter.set_level(filled, colour)
        verdict = score_label(assessment.score) if has_text else ""
        self._verdict.setText(verdict)
        self._verdict.setVisible(has_text)
        self._reasons.setText("\n".join(assessment.reasons))
        self._meter.setAccessibleDescription(verdict)
