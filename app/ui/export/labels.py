"""Translated words of the export wizard and the register: frames, reasons, formats, columns."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.summary_builder import BuilderTexts
from app.domain.summary import ExportFormat, FactSource, Frame, Informed
from app.export.labels import format_date, frame_title

# The core's refusals about disclosures, listed so that lupdate collects them in the
# "Errors" context, where app.ui.errors translates an InvalidInput's text.
EXPORT_VALIDATION_TEXTS = (
    QT_TRANSLATE_NOOP("Errors", "A disclosure needs a recipient."),
    QT_TRANSLATE_NOOP("Errors", "A disclosure needs a purpose."),
    QT_TRANSLATE_NOOP("Errors", "A disclosure needs the name of the worker or service sending it."),
    QT_TRANSLATE_NOOP("Errors", "This kind of document carries nothing from the notes."),
    QT_TRANSLATE_NOOP("Errors", "Say why the disclosure is made without informing."),
    QT_TRANSLATE_NOOP("Errors", "A concern report needs the identity of the minor."),
    QT_TRANSLATE_NOOP("Errors", "A coordination notice needs the professionals involved."),
    QT_TRANSLATE_NOOP("Errors", "An interview chosen belongs to another person."),
    QT_TRANSLATE_NOOP("Errors", "A paragraph chosen no longer exists in the note."),
    QT_TRANSLATE_NOOP("Errors", "An addendum chosen does not belong to this interview."),
    QT_TRANSLATE_NOOP("Errors", "A follow-up chosen belongs to another person."),
    QT_TRANSLATE_NOOP("Errors", "A detail chosen is no longer in the person's file."),
    QT_TRANSLATE_NOOP("Errors", "The text changed since the wording check; check it again."),
    QT_TRANSLATE_NOOP("Errors", "The end of the period is before its start."),
    QT_TRANSLATE_NOOP("Errors", "A correction needs a recipient and a purpose."),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportWizard", text)


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
        Frame.LIAISON: _t("To a partner, for a purpose the person knows: only the facts you tick."),
        Frame.COORDINATION: _t(
            "States that coordination is needed, between whom and from when;"
            " nothing from the notes."
        ),
        Frame.CONCERN: _t(
            "To the departmental unit (CRIP): facts observed or reported, actions taken,"
            " whether the parents were informed."
        ),
        Frame.ATTESTATION: _t(
            "Certifies that the person is supported, and since when; nothing else."
        ),
        Frame.PERSON_COPY: _t("For the person themselves: the items you tick."),
    }
    return hints[frame]


def reason_label(kind: ReasonKind) -> str:
    labels = {
        ReasonKind.DANGER: _t("Informing would put someone in danger"),
        ReasonKind.CHILD_INTEREST: _t("Against the child's interest"),
        ReasonKind.UNREACHABLE: _t("The person could not be reached"),
        ReasonKind.OTHER: _t("Another reason"),
    }
    return labels[kind]


def informed_choice(informed: Informed, parents: bool) -> str:
    """A choice of the 'who knows' step, about the person or, in a concern, the parents."""
    if parents:
        labels = {
            Informed.INFORMED: _t("The parents have been informed"),
            Informed.AGREED: _t("The parents have been informed and agree"),
            Informed.NOT_INFORMED: _t("The parents have not been informed"),
        }
    else:
        labels = {
            Informed.INFORMED: _t("The person has been informed"),
            Informed.AGREED: _t("The person has been informed and agrees"),
            Informed.NOT_INFORMED: _t("The person has not been informed"),
        }
    return labels[informed]


def source_label(source: FactSource) -> str:
    labels = {
        FactSource.OBSERVED: _t("Observed by me"),
        FactSource.REPORTED: _t("Reported to me"),
    }
    return labels[source]


def format_label(fmt: ExportFormat) -> str:
    labels = {
        ExportFormat.PDF: _t("PDF document"),
        ExportFormat.ODT: _t("OpenDocument text (ODT)"),
        ExportFormat.TXT: _t("Plain text"),
    }
    return labels[fmt]


def format_filter(fmt: ExportFormat) -> str:
    """The file dialog's filter for one format."""
    return f"{format_label(fmt)} (*.{fmt.value})"


def builder_texts() -> BuilderTexts:
    """The words the summary prints for the person's details, in the interface language."""
    return BuilderTexts(
        organisation=_t("Organisation"),
        case_opened=_t("Supported since"),
        detail=_t("Detail"),
        format_date=format_date,
    )


def register_labels() -> dict[str, str]:
    """Column titles of the register, as shown and as exported to CSV or text."""
    labels = {
        "id": _t("Entry"),
        "date": _t("Date (UTC)"),
        "person": _t("Person (id)"),
        "recipient": _t("Recipient"),
        "frame": _t("Frame"),
        "purpose": _t("Purpose"),
        "informed": _t("Informed"),
        "reason": _t("Reason"),
        "items": _t("Items"),
        "format": _t("Format"),
        "sha256": _t("SHA-256"),
        "corrects": _t("Corrects entry"),
    }
    return labels


def informed_short(code: str) -> str:
    """The register's informed code as a word ('yes' → 'Informed')."""
    words = {
        Informed.INFORMED.value: _t("Informed"),
        Informed.AGREED.value: _t("Agreed"),
        Informed.NOT_INFORMED.value: _t("Not informed"),
    }
    return words.get(code, code)


def frame_short(code: str) -> str:
    """The register's frame code as the document title, when known."""
    try:
        return frame_title(Frame(code))
    except ValueError:
        return code
