"""Translated words of the export wizard and the register: frames, reasons, formats, columns."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.summary_builder import BuilderTexts
from app.domain.summary import REFUSED_FRAME, ExportFormat, FactSource, Frame, Informed
from app.export.labels import format_date, frame_title, interview_description

# The core's refusals about disclosures, listed so that lupdate collects them in the
# "Errors" context, where app.messages.errors translates an InvalidInput's text.
EXPORT_VALIDATION_TEXTS = (
    QT_TRANSLATE_NOOP("Errors", "A transmission needs a recipient."),
    QT_TRANSLATE_NOOP("Errors", "A transmission needs a purpose."),
    QT_TRANSLATE_NOOP(
        "Errors", "A transmission needs the name of the worker or service sending it."
    ),
    QT_TRANSLATE_NOOP("Errors", "This kind of document carries nothing from the notes."),
    QT_TRANSLATE_NOOP("Errors", "Say why the transmission is made without informing."),
    QT_TRANSLATE_NOOP("Errors", "A concern report needs the identity of the minor."),
    QT_TRANSLATE_NOOP("Errors", "A coordination notice needs the professionals involved."),
    QT_TRANSLATE_NOOP("Errors", "An interview chosen belongs to another person."),
    QT_TRANSLATE_NOOP("Errors", "A paragraph chosen no longer exists in the note."),
    QT_TRANSLATE_NOOP("Errors", "An addendum chosen does not belong to this interview."),
    QT_TRANSLATE_NOOP("Errors", "A follow-up chosen belongs to another person."),
    QT_TRANSLATE_NOOP("Errors", "A detail chosen is no longer in the person's file."),
    QT_TRANSLATE_NOOP("Errors", "The text changed since the wording check; check it again."),
    QT_TRANSLATE_NOOP("Errors", "Write the new text, or leave the paragraph out."),
    QT_TRANSLATE_NOOP("Errors", "The end of the period is before its start."),
    QT_TRANSLATE_NOOP("Errors", "A correction needs a recipient and a purpose."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The recipient is not the person: say whether the person was informed and agreed,"
        " informed and did not agree, or not informed (and why) before anything is written.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say whether the parents were informed and adhere to the approach, informed and do not,"
        " or not informed (and why, in the child's interest) before anything is written.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A copy for the person is written only to the person. For anyone else, choose another"
        " kind of document.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "A child-protection report goes to the authority, not to the person."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Without the person's agreement, a reply to an employer states nothing about them"
        " beyond professional secrecy.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Say for each paragraph whether you observed it or it was reported to you."
    ),
    QT_TRANSLATE_NOOP("Errors", "Only the person's own copy can hold everything Carnet keeps."),
    QT_TRANSLATE_NOOP("Errors", "A report to the prosecutor needs your assessment of the danger."),
    QT_TRANSLATE_NOOP("Errors", "A refused request needs who asked and for what."),
    QT_TRANSLATE_NOOP("Errors", "Give the file to write with --out, or use --preview."),
    QT_TRANSLATE_NOOP("Errors", "The output file exists already; add --force to replace it."),
    QT_TRANSLATE_NOOP("Errors", "Give --author the first time (it is then remembered)."),
    QT_TRANSLATE_NOOP("Errors", "A paragraph cannot be both observed and reported."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The recipient is not the person: say with --informed agreed, not-agreed or no (with"
        " --reason) whether they were informed and agreed; add --to-person if the recipient is"
        " the person. Nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say for each paragraph whether you observed it (--observed) or it was reported to you"
        " (--reported). Nothing was written.",
    ),
)


class ReasonKind(StrEnum):
    """Why a disclosure is made without informing: the grounds the worker states."""

    DANGER = "danger"
    CHILD_INTEREST = "child_interest"
    UNREACHABLE = "unreachable"
    OTHER = "other"


def frame_name(frame: Frame) -> str:
    """The frame as listed in the first step (the document's own title)."""
    return frame_title(frame)


def frame_hint(frame: Frame) -> str:
    """One line on when the frame applies and what it may carry."""
    hints = {
        Frame.LIAISON: QCoreApplication.translate(
            "ExportWizard", "To a partner, for a purpose the person knows: only the facts you tick."
        ),
        Frame.COORDINATION: QCoreApplication.translate(
            "ExportWizard",
            "States that coordination is needed, between whom and from when;"
            " nothing from the notes.",
        ),
        Frame.CONCERN: QCoreApplication.translate(
            "ExportWizard",
            "To the departmental unit (CRIP): facts observed or reported, actions taken,"
            " whether the parents were informed.",
        ),
        Frame.PROSECUTOR: QCoreApplication.translate(
            "ExportWizard",
            "To the public prosecutor, for a serious danger (art. L. 226-4 CASF, 226-14 CP):"
            " facts observed or reported, your assessment, the parents' position.",
        ),
        Frame.EMPLOYER: QCoreApplication.translate(
            "ExportWizard",
            "To an employer, HR or management: only what the person agreed to, and a paragraph"
            " on professional secrecy.",
        ),
        Frame.ATTESTATION: QCoreApplication.translate(
            "ExportWizard", "Certifies that the person is supported, and since when; nothing else."
        ),
        Frame.PERSON_COPY: QCoreApplication.translate(
            "ExportWizard",
            "For the person only: the items you tick, or everything Carnet holds about them"
            " (right of access).",
        ),
    }
    return hints[frame]


def reason_label(kind: ReasonKind) -> str:
    labels = {
        ReasonKind.DANGER: QCoreApplication.translate(
            "ExportWizard", "Informing would put someone in danger"
        ),
        ReasonKind.CHILD_INTEREST: QCoreApplication.translate(
            "ExportWizard", "Against the child's interest"
        ),
        ReasonKind.UNREACHABLE: QCoreApplication.translate(
            "ExportWizard", "The person could not be reached"
        ),
        ReasonKind.OTHER: QCoreApplication.translate("ExportWizard", "Another reason"),
    }
    return labels[kind]


def informed_choice(informed: Informed, parents: bool) -> str:
    """A choice of the 'who knows' step, about the person or, in a concern, the parents."""
    if parents:
        labels = {
            Informed.AGREED: QCoreApplication.translate(
                "ExportWizard", "The parents have been informed and adhere to the approach"
            ),
            Informed.NOT_AGREED: QCoreApplication.translate(
                "ExportWizard", "The parents have been informed and do not adhere to it"
            ),
            Informed.NOT_INFORMED: QCoreApplication.translate(
                "ExportWizard", "The parents have not been informed"
            ),
        }
    else:
        labels = {
            Informed.AGREED: QCoreApplication.translate(
                "ExportWizard", "The person has been informed and agrees"
            ),
            Informed.NOT_AGREED: QCoreApplication.translate(
                "ExportWizard", "The person has been informed and does not agree"
            ),
            Informed.NOT_INFORMED: QCoreApplication.translate(
                "ExportWizard", "The person has not been informed"
            ),
        }
    return labels.get(informed, "")


def source_label(source: FactSource) -> str:
    labels = {
        FactSource.OBSERVED: QCoreApplication.translate("ExportWizard", "Observed by me"),
        FactSource.REPORTED: QCoreApplication.translate("ExportWizard", "Reported to me"),
    }
    return labels[source]


def format_label(fmt: ExportFormat) -> str:
    labels = {
        ExportFormat.PDF: QCoreApplication.translate("ExportWizard", "PDF document"),
        ExportFormat.ODT: QCoreApplication.translate("ExportWizard", "OpenDocument text (ODT)"),
        ExportFormat.TXT: QCoreApplication.translate("ExportWizard", "Plain text"),
    }
    return labels[fmt]


def format_filter(fmt: ExportFormat) -> str:
    """The file dialog's filter for one format."""
    return f"{format_label(fmt)} (*.{fmt.value})"


def builder_texts() -> BuilderTexts:
    """The words the summary prints for the person's details, in the interface language."""
    return BuilderTexts(
        organisation=QCoreApplication.translate("ExportWizard", "Organisation"),
        case_opened=QCoreApplication.translate("ExportWizard", "Supported since"),
        detail=QCoreApplication.translate("ExportWizard", "Detail"),
        format_date=format_date,
        describe_interview=interview_description,
    )


def register_labels() -> dict[str, str]:
    """Column titles of the register, as shown and as exported to CSV or text."""
    labels = {
        "id": QCoreApplication.translate("ExportWizard", "Entry"),
        "kind": QCoreApplication.translate("ExportWizard", "Kind"),
        "date": QCoreApplication.translate("ExportWizard", "Date"),
        "person": QCoreApplication.translate("ExportWizard", "Person (id)"),
        "recipient": QCoreApplication.translate("ExportWizard", "Recipient"),
        "frame": QCoreApplication.translate("ExportWizard", "Frame"),
        "purpose": QCoreApplication.translate("ExportWizard", "Purpose"),
        "informed": QCoreApplication.translate("ExportWizard", "Informed"),
        "reason": QCoreApplication.translate("ExportWizard", "Reason"),
        "items": QCoreApplication.translate("ExportWizard", "Items"),
        "format": QCoreApplication.translate("ExportWizard", "Format"),
        "sha256": QCoreApplication.translate("ExportWizard", "SHA-256"),
        "corrects": QCoreApplication.translate("ExportWizard", "Corrects entry"),
        "answer": QCoreApplication.translate("ExportWizard", "Answer given"),
    }
    return labels


def informed_short(code: str) -> str:
    """The register's informed code as a word ('yes' → 'Informed')."""
    words = {
        Informed.INFORMED.value: QCoreApplication.translate("ExportWizard", "Informed"),
        Informed.AGREED.value: QCoreApplication.translate("ExportWizard", "Agreed"),
        Informed.NOT_INFORMED.value: QCoreApplication.translate("ExportWizard", "Not informed"),
        Informed.NOT_AGREED.value: QCoreApplication.translate("ExportWizard", "Did not agree"),
        Informed.IS_RECIPIENT.value: QCoreApplication.translate(
            "ExportWizard", "Sent to the person"
        ),
    }
    return words.get(code, code)


def frame_short(code: str) -> str:
    """The register's frame code as the document title, when known."""
    if code == REFUSED_FRAME:
        return QCoreApplication.translate("ExportWizard", "Refused request")
    try:
        return frame_title(Frame(code))
    except ValueError:
        return code
