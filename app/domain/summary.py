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
    ATTESTATION = "attestation"
    PERSON_COPY = "copie-personne"


class Informed(StrEnum):
    INFORMED = "yes"
    AGREED = "agreed"
    NOT_INFORMED = "no"


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
class Summary:
    """A minimal summary, already reduced to exactly what will be written."""

    frame: Frame
    issued_on: date
    recipient: Recipient
    purpose: str
    person_label: str  # alias, or initials, as the worker chose
    author: str  # the worker or service signing the document
    informed: Informed
    informed_reason: str = ""
    details: tuple[DetailItem, ...] = ()
    facts: tuple[FactItem, ...] = ()
    follow_ups: tuple[FollowUpItem, ...] = ()
    actions_taken: str = ""  # information préoccupante only
    parents_informed: str = ""  # information préoccupante only
    minor_identity: str = ""  # information préoccupante only
    supported_since: date | None = None  # attestation only
    coordination_parties: str = ""  # avis de coordination only
    coordination_from: date | None = None  # avis de coordination only

    def item_refs(self) -> tuple[str, ...]:
        """Ids of every item included, for the disclosure register."""
        return (
            tuple(d.ref for d in self.details)
            + tuple(f.ref for f in self.facts)
            + tuple(u.ref for u in self.follow_ups)
        )
