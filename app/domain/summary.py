"""The only input the export code ever receives.

Structural guarantee: these types have no field for hypotheses, so a summary
cannot carry one. Summaries are built in app.core from items the worker ticked
one by one, and rendered by app.export, which imports nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Frame(StrEnum):
    """The legal frame of a disclosure; it decides which items are allowed."""

    LIAISON = "liaison"
    COORDINATION = "coordination"
    CONCERN = "information-preoccupante"
    PROSECUTOR = "signalement-procureur"
    EMPLOYER = "reponse-employeur"
    ATTESTATION = "attestation"
    PERSON_COPY = "copie-personne"


class Informed(StrEnum):
    """The worker's explicit answer on consent; never assumed.

    In a child-protection document the answer is about the holders of parental
    authority: AGREED reads "informed, they adhere to the approach".
    `INFORMED` ("yes") is kept for entries recorded before agreement was asked.
    """

    AGREED = "agreed"
    NOT_AGREED = "not-agreed"
    NOT_INFORMED = "no"
    INFORMED = "yes"
    IS_RECIPIENT = "recipient"  # the document goes to the person themself


class EntryKind(StrEnum):
    """What a register entry records: a file that left, a refused request, an erasure."""

    EXPORT = "export"
    REFUSED = "refused"
    ERASURE = "erasure"


# The register's frame code for a refused request (no file, no item, no hash).
REFUSED_FRAME = "demande-refusee"
ERASURE_FRAME = "purge"


def entry_kind(frame_code: str) -> EntryKind:
    """The kind of a register entry, from the frame code it was recorded with."""
    if frame_code == REFUSED_FRAME:
        return EntryKind.REFUSED
    if frame_code == ERASURE_FRAME:
        return EntryKind.ERASURE
    return EntryKind.EXPORT


# Frames about a child in danger: the informed answer is about the parents.
CHILD_FRAMES = frozenset({Frame.CONCERN, Frame.PROSECUTOR})


class ExportFormat(StrEnum):
    PDF = "pdf"
    ODT = "odt"
    TXT = "txt"


class FactSource(StrEnum):
    """For a child-protection concern: was a fact seen by the worker or reported to them."""

    OBSERVED = "observed"
    REPORTED = "reported"


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    role: str = ""
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class FactItem:
    """A paragraph (or whole text) of facts from one interview, as it will be printed."""

    ref: str  # e.g. "interview:12#p2" — recorded in the register, never printed
    held_on: date
    text: str
    source: FactSource | None = None


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    ref: str
    text: str
    due_on: date | None


@dataclass(frozen=True, slots=True)
class DetailItem:
    """A detail about the person (label and value), e.g. organisation."""

    ref: str
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class InterviewEntry:
    """One interview as the person's access copy lists it: metadata, facts and addenda."""

    ref: str
    held_on: date
    description: str  # kind and themes, already in words
    paragraphs: tuple[str, ...]
    addenda: tuple[tuple[date, str], ...] = ()


@dataclass(frozen=True, slots=True)
class TransmissionItem:
    """An earlier transmission, from the register: when, to whom, why (RGPD art. 15(1)(c))."""

    ref: str
    made_on: date
    recipient: str
    purpose: str


@dataclass(frozen=True, slots=True)
class Summary:
    """A minimal summary, already reduced to exactly what will be written."""

    frame: Frame
    issued_on: date
    recipient: Recipient
    purpose: str
    person_label: str  # pseudonym, or initials, as the worker chose
    author: str  # the worker or service signing the document
    informed: Informed
    informed_reason: str = ""
    details: tuple[DetailItem, ...] = ()
    facts: tuple[FactItem, ...] = ()
    follow_ups: tuple[FollowUpItem, ...] = ()
    actions_taken: str = ""  # child-protection frames only
    parents_informed: str = ""  # child-protection frames only
    minor_identity: str = ""  # child-protection frames only
    danger_assessment: str = ""  # child-protection frames only: the worker's own section
    confirm_support: bool = False  # employer reply: the person agreed to say a follow-up exists
    complete: bool = False  # person's copy: everything Carnet holds (access right)
    interviews: tuple[InterviewEntry, ...] = ()  # access copy only
    transmissions: tuple[TransmissionItem, ...] = ()  # access copy only
    supported_since: date | None = None  # attestation only
    coordination_parties: str = ""  # avis de coordination only
    coordination_from: date | None = None  # avis de coordination only

    def item_refs(self) -> tuple[str, ...]:
        """Ids of every item included, for the disclosure register."""
        return (
            tuple(d.ref for d in self.details)
            + tuple(f.ref for f in self.facts)
            + tuple(u.ref for u in self.follow_ups)
            + tuple(i.ref for i in self.interviews)
        )
