"""Every translated word the exported documents print, in one place.

Each string is a literal inside `QCoreApplication.translate("Export", …)` so that
`pyside6-lupdate` can extract it; the English source is the key, French lives in
`resources/translations/carnet_fr.ts`. Functions (not module constants) so that a
translator installed after import is honoured.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.models import InterviewKind, Theme
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
        Frame.PROSECUTOR: QCoreApplication.translate("Export", "Report to the public prosecutor"),
        Frame.EMPLOYER: QCoreApplication.translate("Export", "Reply to an employer's request"),
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
    return QCoreApplication.translate("Export", "transmission")


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


def heading_child() -> str:
    return QCoreApplication.translate("Export", "The child")


def heading_danger() -> str:
    return QCoreApplication.translate("Export", "The worker's assessment of the danger")


def heading_legal_basis() -> str:
    return QCoreApplication.translate("Export", "Legal basis")


def heading_secrecy() -> str:
    return QCoreApplication.translate("Export", "Professional secrecy")


def heading_interviews() -> str:
    return QCoreApplication.translate("Export", "Interviews")


def heading_transmissions() -> str:
    return QCoreApplication.translate("Export", "Transmissions made")


def heading_working_notes() -> str:
    return QCoreApplication.translate("Export", "Working notes")


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
            "Export", "The person has been informed of this transmission."
        ),
        Informed.AGREED: QCoreApplication.translate(
            "Export", "The person has been informed of this transmission and agrees to it."
        ),
        Informed.NOT_AGREED: QCoreApplication.translate(
            "Export", "The person has been informed of this transmission and does not agree to it."
        ),
        Informed.NOT_INFORMED: QCoreApplication.translate(
            "Export", "The person has not been informed of this transmission."
        ),
    }
    return sentences.get(informed, "")


def informed_parents(informed: Informed) -> str:
    """Whether the holders of parental authority know about a concern report."""
    sentences = {
        Informed.INFORMED: QCoreApplication.translate(
            "Export", "The holders of parental authority have been informed of this report."
        ),
        Informed.AGREED: QCoreApplication.translate(
            "Export",
            "The holders of parental authority have been informed of this report and adhere"
            " to the approach.",
        ),
        Informed.NOT_AGREED: QCoreApplication.translate(
            "Export",
            "The holders of parental authority have been informed of this report and do not"
            " adhere to the approach.",
        ),
        Informed.NOT_INFORMED: QCoreApplication.translate(
            "Export",
            "The holders of parental authority have not been informed of this report, in the"
            " interest of the child.",
        ),
    }
    return sentences.get(informed, "")


def coordination_statement(person: str) -> str:
    """The whole substance of a coordination notice (art. L. 121-6-2 CASF)."""
    text = QCoreApplication.translate(
        "Export",
        "The situation of {person} requires coordinated action by the professionals"
        " involved, under article L. 121-6-2 of the Code de l'action sociale et des familles.",
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


def attestation_closing(requester: str = "") -> str:
    """Who asked for the certificate: the person, or (named) the recipient who asked."""
    if not requester:
        return QCoreApplication.translate(
            "Export",
            "This certificate is issued at the request of the person concerned, to serve as"
            " required.",
        )
    text = QCoreApplication.translate(
        "Export", "This certificate is issued at the request of {requester}, to serve as required."
    )
    return text.format(requester=requester)


def legal_basis(prosecutor: bool) -> str:
    """The legal ground of a child-protection document (Légifrance style references)."""
    if prosecutor:
        return QCoreApplication.translate(
            "Export",
            "Report made to the public prosecutor under article L. 226-4 of the Code de"
            " l'action sociale et des familles. Article 226-14 of the Code pénal lifts"
            " professional secrecy for this report. The president of the departmental council"
            " (CRIP) is sent a copy.",
        )
    return QCoreApplication.translate(
        "Export",
        "Information transmitted to the departmental unit (CRIP) under article L. 226-2-1 of"
        " the Code de l'action sociale et des familles. Only the information strictly"
        " necessary to assess the situation and to protect the child is shared, as article"
        " L. 226-2-2 of the same code provides.",
    )


def employer_support(person: str) -> str:
    """What an employer may be told, with the person's agreement: that a follow-up exists."""
    text = QCoreApplication.translate(
        "Export",
        "With their agreement, I can confirm that {person} is supported by the social service.",
    )
    return text.format(person=person)


def employer_secrecy() -> str:
    """The standard paragraph on professional secrecy in a reply to an employer."""
    return QCoreApplication.translate(
        "Export",
        "Social workers are bound by professional secrecy (article L. 411-3 of the Code de"
        " l'action sociale et des familles; article 226-13 of the Code pénal). Secrecy protects"
        " the person, not the institution: nothing about their situation can be shared without"
        " their agreement, whoever asks. This reply states only what the person agreed to share.",
    )


def access_intro() -> str:
    return QCoreApplication.translate(
        "Export",
        "In answer to your request (article 15 of the GDPR), this document sets out everything"
        " Carnet holds about you: the details noted, every interview with its facts and"
        " addenda, the next steps, and the transmissions made about you.",
    )


def working_notes_position() -> str:
    """The position on working notes, stated in every access copy."""
    return QCoreApplication.translate(
        "Export",
        "Your social worker may also keep working notes: provisional thoughts, which are not"
        " facts. They stay on this computer only, are never sent to anyone and are destroyed"
        " when your support ends; they are not included here. If the data protection officer"
        " decides otherwise, they will be given to you. You may ask for any fact to be"
        " corrected (article 16) or erased (article 17).",
    )


def interview_heading(held_on: date, description: str) -> str:
    text = QCoreApplication.translate("Export", "Interview of {date} — {description}")
    return text.format(date=format_date(held_on), description=description)


def no_facts() -> str:
    return QCoreApplication.translate("Export", "No facts written for this interview.")


def addendum(written_on: date, text: str) -> str:
    line = QCoreApplication.translate("Export", "Addendum of {date}: {text}")
    return line.format(date=format_date(written_on), text=text)


def transmission(made_on: date, recipient: str, purpose: str) -> str:
    line = QCoreApplication.translate("Export", "{date} — to {recipient} — {purpose}")
    return line.format(date=format_date(made_on), recipient=recipient, purpose=purpose)


def no_transmission() -> str:
    return QCoreApplication.translate("Export", "No transmission about you has been recorded.")


def interview_description(kind: InterviewKind, themes: tuple[Theme, ...]) -> str:
    """An interview's kind and themes in words, for the person's access copy."""
    kinds = {
        InterviewKind.OFFICE: QCoreApplication.translate("Export", "at the office"),
        InterviewKind.PHONE: QCoreApplication.translate("Export", "by phone"),
        InterviewKind.HOME_VISIT: QCoreApplication.translate("Export", "home visit"),
        InterviewKind.VIDEO: QCoreApplication.translate("Export", "by video"),
        InterviewKind.OTHER: QCoreApplication.translate("Export", "other"),
    }
    names = {
        Theme.HOUSING: QCoreApplication.translate("Export", "housing"),
        Theme.BUDGET: QCoreApplication.translate("Export", "budget"),
        Theme.HEALTH: QCoreApplication.translate("Export", "health"),
        Theme.EMPLOYMENT: QCoreApplication.translate("Export", "employment"),
        Theme.FAMILY: QCoreApplication.translate("Export", "family"),
        Theme.RIGHTS: QCoreApplication.translate("Export", "rights"),
        Theme.OTHER: QCoreApplication.translate("Export", "other"),
    }
    if not themes:
        return kinds[kind]
    text = QCoreApplication.translate("Export", "{kind}; themes: {themes}")
    return text.format(kind=kinds[kind], themes=", ".join(names[t] for t in themes))
