"""Every translated word the exported documents print, in one place.

Each string is a literal inside `QCoreApplication.translate("Export", …)` so that
`pyside6-lupdate` can extract it; the English source is the key, French lives in
`resources/translations/carnet_fr.ts`. Functions (not module constants) so that a
translator installed after import is honoured.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.summary import FactSource, Frame, Informed, Recipient


def format_date(day: date) -> str:
    """A date written out in the current locale: "22 November 2026", "1er mars 2026"."""
    locale = QLocale()
    text = locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
    if day.day == 1 and locale.language() == QLocale.Language.French:
        text = "1er" + text[1:]  # French writes the first of the month as an ordinal
    return text


def frame_title(frame: Frame) -> str:
    """The document title for a legal frame."""
    titles = {
        Frame.LIAISON: QCoreApplication.translate("Export", "Liaison note"),
        Frame.COORDINATION: QCoreApplication.translate("Export", "Coordination notice"),
        Frame.CONCERN: QCoreApplication.translate("Export", "Child-protection concern report"),
        Frame.ATTESTATION: QCoreApplication.translate("Export", "Certificate of support"),
        Frame.PERSON_COPY: QCoreApplication.translate("Export", "Copy for the person"),
    }
    return titles[frame]


def confidential() -> str:
    """The mention printed at the top of every page."""
    return QCoreApplication.translate("Export", "Confidential — professional secrecy")


def page_number(page: int, pages: int) -> str:
    """The footer of a PDF page, counting from 1."""
    text = QCoreApplication.translate("Export", "page {page} / {pages}")
    return text.format(page=page, pages=pages)


def header_recipient(recipient: Recipient) -> str:
    """The recipient line of the page header."""
    text = QCoreApplication.translate("Export", "Recipient: {recipient}")
    return text.format(recipient=recipient_text(recipient))


def recipient_text(recipient: Recipient) -> str:
    """Name, role and organisation of the recipient on one line."""
    parts = (recipient.name, recipient.role, recipient.organisation)
    return ", ".join(part.strip() for part in parts if part.strip())


def file_prefix() -> str:
    """First word of an exported file's neutral name (French: "transmission")."""
    return QCoreApplication.translate("Export", "disclosure")


# Labels of the metadata block; each includes its colon, whose spacing differs in French.
def label_from() -> str:
    return QCoreApplication.translate("Export", "From:")


def label_to() -> str:
    return QCoreApplication.translate("Export", "To:")


def label_date() -> str:
    return QCoreApplication.translate("Export", "Date:")


def label_person() -> str:
    return QCoreApplication.translate("Export", "Person concerned:")


def label_purpose() -> str:
    return QCoreApplication.translate("Export", "Purpose:")


def label_minor() -> str:
    return QCoreApplication.translate("Export", "Minor concerned:")


def label_parties() -> str:
    return QCoreApplication.translate("Export", "Professionals involved:")


def label_coordination_from() -> str:
    return QCoreApplication.translate("Export", "Coordination needed from:")


def label_reason() -> str:
    return QCoreApplication.translate("Export", "Reason:")


def label_detail(label: str) -> str:
    """A worker-chosen detail label followed by its colon."""
    return QCoreApplication.translate("Export", "{label}:").format(label=label.strip())


# Section headings.
def heading_details() -> str:
    return QCoreApplication.translate("Export", "About the person")


def heading_facts() -> str:
    return QCoreApplication.translate("Export", "Facts")


def heading_follow_ups() -> str:
    return QCoreApplication.translate("Export", "Next steps")


def heading_actions() -> str:
    return QCoreApplication.translate("Export", "Actions already taken")


def heading_informed() -> str:
    return QCoreApplication.translate("Export", "Information of the person")


def heading_parents() -> str:
    return QCoreApplication.translate("Export", "Information of the parents")


def fact_heading(held_on: date, source: FactSource | None, with_source: bool) -> str:
    """The line above the facts of one interview; a concern report states their source."""
    day = format_date(held_on)
    if not with_source:
        text = QCoreApplication.translate("Export", "Interview of {date}")
    elif source is FactSource.OBSERVED:
        text = QCoreApplication.translate("Export", "Interview of {date} — observed by the worker")
    elif source is FactSource.REPORTED:
        text = QCoreApplication.translate("Export", "Interview of {date} — reported to the worker")
    else:
        text = QCoreApplication.translate("Export", "Interview of {date} — source not stated")
    return text.format(date=day)


def follow_up(text: str, due_on: date | None) -> str:
    """One next step, with its due date when there is one."""
    if due_on is None:
        return text
    line = QCoreApplication.translate("Export", "{text} (by {date})")
    return line.format(text=text, date=format_date(due_on))


def informed_person(informed: Informed) -> str:
    """Whether the person supported knows about this disclosure."""
    sentences = {
        Informed.INFORMED: QCoreApplication.translate(
            "Export", "The person has been informed of this disclosure."
        ),
        Informed.AGREED: QCoreApplication.translate(
            "Export", "The person has been informed of this disclosure and agrees to it."
        ),
        Informed.NOT_INFORMED: QCoreApplication.translate(
            "Export", "The person has not been informed of this disclosure."
        ),
    }
    return sentences[informed]


def informed_parents(informed: Informed) -> str:
    """Whether the holders of parental authority know about a concern report."""
    sentences = {
        Informed.INFORMED: QCoreApplication.translate(
            "Export", "The holders of parental authority have been informed of this report."
        ),
        Informed.AGREED: QCoreApplication.translate(
            "Export",
            "The holders of parental authority have been informed of this report and agree to it.",
        ),
        Informed.NOT_INFORMED: QCoreApplication.translate(
            "Export", "The holders of parental authority have not been informed of this report."
        ),
    }
    return sentences[informed]


def coordination_statement(person: str) -> str:
    """The whole substance of a coordination notice (article L121-6-2 CASF)."""
    text = QCoreApplication.translate(
        "Export",
        "The situation of {person} requires coordinated action by the professionals"
        " involved, under article L121-6-2 of the Code de l'action sociale et des familles.",
    )
    return text.format(person=person)


def attestation_statement(author: str, person: str, since: date | None) -> str:
    """The whole substance of a certificate of support."""
    if since is None:
        text = QCoreApplication.translate(
            "Export",
            "The undersigned, {author}, certifies that {person} is supported by the"
            " social service.",
        )
        return text.format(author=author, person=person)
    text = QCoreApplication.translate(
        "Export",
        "The undersigned, {author}, certifies that {person} has been supported by the"
        " social service since {date}.",
    )
    return text.format(author=author, person=person, date=format_date(since))


def attestation_closing() -> str:
    return QCoreApplication.translate(
        "Export",
        "This certificate is issued at the request of the person concerned, to serve as required.",
    )
