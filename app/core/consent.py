"""What a selection must state before anything is written: consent asked, never assumed.

The wizard and the command line both go through `check_selection`, so they refuse
the same things with the same words. Whenever the recipient is not the person, the
worker must say whether the person (in child protection: the parents) was informed
and agreed, informed and did not agree, or was not informed, and then why.
The frames meant for the person are written only to the person.
"""

from __future__ import annotations

from app.core.caseload import check_text
from app.core.selection import CONTENT_FRAMES, INFORMED_FRAMES, PERSON_ONLY_FRAMES, Selection
from app.domain.errors import InvalidInput
from app.domain.summary import CHILD_FRAMES, Frame, Informed

# The answers a worker can give; `INFORMED` ("yes") stays readable in old entries only.
ANSWERS = frozenset(
    {Informed.AGREED, Informed.NOT_AGREED, Informed.NOT_INFORMED, Informed.INFORMED}
)

ASK_PERSON = (
    "The recipient is not the person: say whether the person was informed and agreed,"
    " informed and did not agree, or not informed (and why) before anything is written."
)
ASK_PARENTS = (
    "Say whether the parents were informed and adhere to the approach, informed and do not,"
    " or not informed (and why, in the child's interest) before anything is written."
)
PERSON_ONLY = (
    "A copy for the person is written only to the person. For anyone else, choose another"
    " kind of document."
)
NOT_TO_PERSON = "A child-protection report goes to the authority, not to the person."
EMPLOYER_NEEDS_AGREEMENT = (
    "Without the person's agreement, a reply to an employer states nothing about them"
    " beyond professional secrecy."
)
SOURCE_MISSING = "Say for each paragraph whether you observed it or it was reported to you."


def asks_informed(selection: Selection) -> bool:
    """Whether the worker must answer the consent question for this selection."""
    return selection.frame in INFORMED_FRAMES or not selection.to_person


def summary_informed(selection: Selection) -> Informed:
    """The answer printed and recorded: the worker's, or "the person is the recipient"."""
    if asks_informed(selection) and selection.informed is not None:
        return selection.informed
    return Informed.IS_RECIPIENT


def check_consent(selection: Selection) -> None:
    """Refuses a third-party recipient without an explicit answer, and a person-only frame
    addressed to anyone else."""
    child = selection.frame in CHILD_FRAMES
    if child and selection.to_person:
        raise InvalidInput(NOT_TO_PERSON)
    if not asks_informed(selection):
        return
    if selection.informed not in ANSWERS:
        raise InvalidInput(ASK_PARENTS if child else ASK_PERSON)
    if selection.frame in PERSON_ONLY_FRAMES and not selection.to_person:
        raise InvalidInput(PERSON_ONLY)
    if selection.informed is Informed.NOT_INFORMED and not selection.informed_reason.strip():
        raise InvalidInput("Say why the transmission is made without informing.")
    content = selection.has_content() or selection.confirm_support
    if selection.frame is Frame.EMPLOYER and selection.informed is not Informed.AGREED and content:
        raise InvalidInput(EMPLOYER_NEEDS_AGREEMENT)


def check_selection(selection: Selection, *, consent: bool = True) -> None:
    """Refuses what no frame allows: no recipient, no purpose, content in a notice…

    `consent=False` leaves the consent question for later: the wizard's wording check
    reads the texts before the worker is asked, and nothing is written from it.
    """
    for text in (
        selection.purpose,
        selection.author,
        selection.informed_reason,
        selection.concern.danger_assessment,
    ):
        check_text(text)
    if not selection.recipient.name.strip():
        raise InvalidInput("A transmission needs a recipient.")
    if not selection.purpose.strip():
        raise InvalidInput("A transmission needs a purpose.")
    if not selection.author.strip():
        raise InvalidInput("A transmission needs the name of the worker or service sending it.")
    if selection.frame not in CONTENT_FRAMES and selection.has_content():
        raise InvalidInput("This kind of document carries nothing from the notes.")
    if selection.everything and selection.frame is not Frame.PERSON_COPY:
        raise InvalidInput("Only the person's own copy can hold everything Carnet keeps.")
    if consent:
        check_consent(selection)
    _check_child_protection(selection)
    if selection.frame is Frame.COORDINATION and not selection.coordination.parties.strip():
        raise InvalidInput("A coordination notice needs the professionals involved.")


def _check_child_protection(selection: Selection) -> None:
    if selection.frame not in CHILD_FRAMES:
        return
    if not selection.concern.minor_identity.strip():
        raise InvalidInput("A concern report needs the identity of the minor.")
    if selection.frame is Frame.PROSECUTOR and not selection.concern.danger_assessment.strip():
        raise InvalidInput("A report to the prosecutor needs your assessment of the danger.")
