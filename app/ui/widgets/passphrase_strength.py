"""How strong a passphrase is, said in plain words, and a bar that shows it.

The vault's passphrase is the only thing between a stolen laptop and the
notes, so very weak ones are refused and the others get advice the worker can
act on ("four words or more"), not an entropy figure.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.resources import resources_dir

# lupdate finds strings in calls named translate("Context", "text").
translate = QCoreApplication.translate

MIN_LENGTH = 12
GOOD_LENGTH = 16
GOOD_WORDS = 4
MAX_SCORE = 4

_LEET = str.maketrans({"@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "0": "o", "$": "s",
                       "5": "s", "7": "t"})  # fmt: skip
_KEYBOARD_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_SEQUENCE_LENGTH = 4


@dataclass(frozen=True)
class Assessment:
    """A score from 0 (very weak) to 4 (very strong), whether it is accepted, and why."""

    score: int
    acceptable: bool
    reasons: list[str]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _core(text: str) -> str:
    """Without leading/trailing digits and symbols: "Azerty123!" -> "azerty"."""
    return re.sub(r"^[\W\d_]+|[\W\d_]+$", "", text)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The shipped list of very common passwords, compacted for comparison."""
    path = resources_dir() / "lexicons" / "common_passwords.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    entries = (_compact(_fold(line.strip())) for line in lines if not line.startswith("#"))
    return frozenset(entry for entry in entries if entry)


def _variants(text: str) -> set[str]:
    """The forms compared with the common list: as typed, without the digits or
    symbols around it, and with symbol-for-letter swaps undone ("P@ssw0rd!")."""
    folded = _fold(text)
    forms = (folded, _core(folded), folded.translate(_LEET), _core(folded).translate(_LEET))
    variants = {_compact(form) for form in forms}
    variants.discard("")
    return variants


def _is_common(text: str) -> bool:
    return bool(_variants(text) & common_passwords())


def _contains_common(text: str) -> bool:
    common = common_passwords()
    return any(
        entry in variant for variant in _variants(text) for entry in common if len(entry) >= 6
    )


def _words(text: str) -> list[str]:
    """Tokens between spaces or word separators that hold at least two letters."""
    tokens = re.split(r"[\s\-_.,;:/+]+", _fold(text))
    return [t for t in tokens if sum(ch.isalpha() for ch in t) >= 2]


def _character_classes(text: str) -> int:
    checks = (str.islower, str.isupper, str.isdigit)
    classes = sum(any(check(ch) for ch in text) for check in checks)
    symbols = any(not ch.isalnum() and not ch.isspace() for ch in text)
    return classes + int(symbols)


def _has_repetition(text: str) -> bool:
    folded = _fold(text)
    if re.search(r"(.)\1\1", folded) or re.fullmatch(r"(.+?)\1+", folded):
        return True
    words = _words(text)
    return len(words) >= 3 and len(set(words)) * 2 <= len(words)


def _has_sequence(text: str) -> bool:
    folded = _compact(_fold(text))
    for i in range(len(folded) - _SEQUENCE_LENGTH + 1):
        chunk = folded[i : i + _SEQUENCE_LENGTH]
        steps = {ord(b) - ord(a) for a, b in pairwise(chunk)}
        if steps in ({1}, {-1}):
            return True
        if any(chunk in row or chunk[::-1] in row for row in _KEYBOARD_ROWS):
            return True
    return False


def _base_score(length: int, unique_words: int, classes: int) -> int:
    if length < 8:
        return 0
    if length < MIN_LENGTH:
        return 1
    if unique_words >= GOOD_WORDS + 1 or (length >= 20 and classes >= 2):
        return 4
    if unique_words >= GOOD_WORDS or length >= GOOD_LENGTH:
        return 3
    return 2


def _weaknesses(text: str, is_phrase: bool, classes: int) -> list[str]:
    """One plain-words reason per weakness found; each costs a point."""
    found = []
    if not is_phrase and classes == 1:
        found.append(
            translate(
                "PassphraseStrength",
                "Only one kind of character. Add capitals, digits or symbols, or more words.",
            )
        )
    if _has_repetition(text):
        found.append(
            translate(
                "PassphraseStrength",
                "Repetitions (like “aaa”, “abcabc” or the same word again) are easy to guess.",
            )
        )
    if _has_sequence(text):
        found.append(
            translate(
                "PassphraseStrength",
                "Sequences (like “1234”, “abcd” or “azerty”) are easy to guess.",
            )
        )
    if not is_phrase and _contains_common(text):
        found.append(translate("PassphraseStrength", "It contains a very common password."))
    return found


def assess_passphrase(text: str) -> Assessment:
    """Score `text`, refuse it if very weak (short or common), and explain why."""
    if not text:
        return Assessment(0, False, [translate("PassphraseStrength", "Type a passphrase.")])
    if _is_common(text):
        reason = translate(
            "PassphraseStrength",
            "This is one of the most common passwords: it would be guessed at once.",
        )
        return Assessment(0, False, [reason])

    length = len(text)
    unique_words = len(set(_words(text)))
    is_phrase = unique_words >= GOOD_WORDS
    classes = _character_classes(text)
    weaknesses = _weaknesses(text, is_phrase, classes)
    score = max(0, min(MAX_SCORE, _base_score(length, unique_words, classes) - len(weaknesses)))
    acceptable = length >= MIN_LENGTH and score >= 2

    if length < MIN_LENGTH:
        # Length is the one thing to fix first; the rest would only be noise.
        reasons = [translate("PassphraseStrength", "Too short: at least 12 characters are needed.")]
    else:
        reasons = weaknesses
    if score < 3:
        reasons.append(
            translate(
                "PassphraseStrength",
                "Tip: four or more unrelated words, or 16 characters or more, are much stronger.",
            )
        )
    elif not reasons:
        reasons.append(
            translate(
                "PassphraseStrength",
                "Good: several unrelated words are hard to guess and easy to remember.",
            )
            if is_phrase
            else translate("PassphraseStrength", "Good: long and varied.")
        )
    return Assessment(score, acceptable, reasons)


def score_label(score: int) -> str:
    """A one- or two-word verdict for a score."""
    labels = (
        translate("PassphraseStrength", "Very weak"),
        translate("PassphraseStrength", "Weak"),
        translate("PassphraseStrength", "Fair"),
        translate("PassphraseStrength", "Strong"),
        translate("PassphraseStrength", "Very strong"),
    )
    return labels[max(0, min(MAX_SCORE, score))]


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
    acceptable_changed = Signal(bool)

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
        was_acceptable = self._assessment.acceptable
        self._assessment = assess_passphrase(text)
        self._show(self._assessment, has_text=bool(text))
        self.assessment_changed.emit(self._assessment)
        if self._assessment.acceptable != was_acceptable:
            self.acceptable_changed.emit(self._assessment.acceptable)

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
