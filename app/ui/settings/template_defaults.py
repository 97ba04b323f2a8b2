"""Default texts of the three interview templates, in the interface language.

A template the worker never edited is not stored, so it follows these
defaults (and the language). The interview editor starts a new note from
`load_template(session, kind, default_templates()[kind])`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.templates import TemplateKind

translate = QCoreApplication.translate


def template_title(kind: TemplateKind) -> str:
    titles = {
        TemplateKind.FIRST_INTERVIEW: translate("Templates", "First interview"),
        TemplateKind.HOME_VISIT: translate("Templates", "Home visit"),
        TemplateKind.PHONE_CALL: translate("Templates", "Phone call"),
    }
    return titles[kind]


def default_templates() -> dict[TemplateKind, str]:
    """Headings that ask for facts: what was said, seen, done and agreed."""
    return {
        TemplateKind.FIRST_INTERVIEW: translate(
            "Templates",
            "Reason for the interview:\n\n"
            "Situation as described by the person:\n\n"
            "What the person asks for:\n\n"
            "Information given:\n\n"
            "What was agreed:\n\n"
            "Next steps:\n",
        ),
        TemplateKind.HOME_VISIT: translate(
            "Templates",
            "Purpose of the visit:\n\n"
            "People present:\n\n"
            "What was seen and said:\n\n"
            "What was agreed:\n\n"
            "Next steps:\n",
        ),
        TemplateKind.PHONE_CALL: translate(
            "Templates",
            "Who called, and why:\n\nWhat was said:\n\nWhat was agreed:\n\nNext steps:\n",
        ),
    }
