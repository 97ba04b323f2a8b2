"""The wording check's questions and category names, translated (context "Wording").

The core asks in English source text (`app.core.wording.QUESTIONS`); they are
listed here so that lupdate collects them, and the editor, the export wizard
and carnet-cli translate them with `QCoreApplication.translate("Wording", …)`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.wording import Finding

QUESTION_TEXTS = (
    QT_TRANSLATE_NOOP(
        "Wording",
        "A judgement about the person. What did you see or hear that made you write it?"
        " Describe that instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Wording",
        "A guess or an opinion. What was seen or said? Write that, or keep the guess"
        " among your working hypotheses.",
    ),
    QT_TRANSLATE_NOOP(
        "Wording", "Is this needed for this recipient? If not, leave the paragraph out."
    ),
    QT_TRANSLATE_NOOP(
        "Wording",
        "Is this needed for this recipient? If it is, keep it exact: a serious fact is never"
        " softened.",
    ),
    QT_TRANSLATE_NOOP(
        "Wording",
        "A serious fact: keep it exact. Say whether you saw it or who reported it to you.",
    ),
    QT_TRANSLATE_NOOP("Wording", "Who said this? Attribute the words to the person who said them."),
    QT_TRANSLATE_NOOP(
        "Wording", "The name of another person. Is it needed? Initials may be enough."
    ),
)


def question(finding: Finding) -> str:
    """The finding's question in the interface language."""
    return QCoreApplication.translate("Wording", finding.question)


def category_name(category: str) -> str:
    """A lexicon category as the worker reads it (an edited lexicon's own name otherwise)."""
    names = {
        "judgement": QCoreApplication.translate("Wording", "judgement"),
        "health": QCoreApplication.translate("Wording", "health"),
        "violence": QCoreApplication.translate("Wording", "violence"),
        "justice": QCoreApplication.translate("Wording", "justice"),
        "immigration": QCoreApplication.translate("Wording", "immigration status"),
        "addiction": QCoreApplication.translate("Wording", "addiction"),
        "suicide": QCoreApplication.translate("Wording", "suicide"),
        "reported-speech": QCoreApplication.translate("Wording", "reported speech"),
        "name": QCoreApplication.translate("Wording", "another person's name"),
    }
    return names.get(category, category)


def attribution_prefix() -> str:
    """How an attributed sentence starts (« La personne indique que… »)."""
    return QCoreApplication.translate("Wording", "The person says that")
