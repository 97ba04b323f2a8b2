"""Turns a Selection into a Summary, reading from the vault only the items ticked.

This module reads persons, interviews (facts and addenda) and follow-ups, and
nothing else: the private notes of the worker are not among its inputs, and the
Summary it returns has no field that could carry them. The frame's rules are
checked here, so the desktop wizard and the command line refuse the same things.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from app.core.caseload import check_text
from app.core.selection import (
    CONTENT_FRAMES,
    INFORMED_FRAMES,
    DetailChoice,
    DetailKey,
    InterviewChoice,
    PersonLabel,
    Selection,
    addendum_ref,
    detail_ref,
    follow_up_ref,
    paragraph_ref,
)
from app.core.session import Session, stores
from app.core.summary_wording import apply_replacements
from app.core.wording import to_initials
from app.domain.errors import InvalidInput
from app.domain.ids import InterviewId, PersonId
from app.domain.models import Addendum, FollowUp, InterviewKind, Person
from app.domain.summary import (
    DetailItem,
    FactItem,
    FollowUpItem,
    Frame,
    Informed,
    Summary,
)
from app.domain.text import paragraphs


@dataclass(frozen=True, slots=True)
class BuilderTexts:
    """Words the builder prints in details; the interface passes them translated."""

    organisation: str = "Organisation"
    case_opened: str = "Supported since"
    detail: str = "Detail"
    format_date: Callable[[date], str] = date.isoformat


ENGLISH = BuilderTexts()


@dataclass(frozen=True, slots=True)
class InterviewItems:
    """One interview as the wizard lists it: its paragraphs and addenda, whole."""

    interview_id: InterviewId
    held_on: date
    kind: InterviewKind
    paragraphs: tuple[str, ...]
    addenda: tuple[Addendum, ...]


@dataclass(frozen=True, slots=True)
class DetailOption:
    """A detail that can be ticked, with the label and value it would print."""

    choice: DetailChoice
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class PersonItems:
    """Everything of one person that a summary may include, for the wizard's lists."""

    person: Person
    interviews: tuple[InterviewItems, ...]  # newest first, as in the person's file
    follow_ups: tuple[FollowUp, ...]  # open ones only
    details: tuple[DetailOption, ...]


def person_label(person: Person, label: PersonLabel) -> str:
    """The alias, or its initials (the alias itself if it has no letters to take)."""
    if label is PersonLabel.INITIALS:
        return to_initials(person.alias) or person.alias
    return person.alias


def detail_options(person: Person, texts: BuilderTexts = ENGLISH) -> tuple[DetailOption, ...]:
    """The organisation, the case opening date and each line of the free details."""
    options: list[DetailOption] = []
    if person.organisation.strip():
        choice = DetailChoice(DetailKey.ORGANISATION)
        options.append(DetailOption(choice, texts.organisation, person.organisation.strip()))
    if person.case_opened is not None:
        choice = DetailChoice(DetailKey.CASE_OPENED)
        options.append(
            DetailOption(choice, texts.case_opened, texts.format_date(person.case_opened))
        )
    for index, line in enumerate(person.details.splitlines()):
        if line.strip():
            label, value = _split_detail(line, texts.detail)
            options.append(DetailOption(DetailChoice(DetailKey.DETAILS_LINE, index), label, value))
    return tuple(options)


def _split_detail(line: str, default_label: str) -> tuple[str, str]:
    """ "Employer: Acme" → ("Employer", "Acme"); a line without a colon gets a plain label."""
    label, colon, value = line.partition(":")
    if colon and label.strip() and value.strip() and len(label) <= 40:
        return label.strip(), value.strip()
    return default_label, line.strip()


def person_items(
    session: Session, person_id: PersonId, texts: BuilderTexts = ENGLISH
) -> PersonItems:
    """What the wizard may offer for one person: facts, open follow-ups, details."""
    person = stores(session).persons.get(person_id)
    interviews = []
    for row in stores(session).interviews.timeline(person_id):
        interview = stores(session).interviews.get(row.id)
        interviews.append(
            InterviewItems(
                interview.id,
                interview.held_on,
                interview.kind,
                paragraphs(interview.facts),
                interview.addenda,
            )
        )
    follow_ups = tuple(f for f in stores(session).follow_ups.for_person(person_id) if not f.done)
    return PersonItems(person, tuple(interviews), follow_ups, detail_options(person, texts))


def build_summary(session: Session, selection: Selection, texts: BuilderTexts = ENGLISH) -> Summary:
    """The minimal summary: exactly the ticked items, then the accepted wording changes."""
    check_selection(selection)
    person = stores(session).persons.get(selection.person_id)
    content = selection.frame in CONTENT_FRAMES
    concern = selection.frame is Frame.CONCERN
    summary = Summary(
        frame=selection.frame,
        issued_on=selection.issued_on,
        recipient=selection.recipient,
        purpose=selection.purpose.strip(),
        person_label=person_label(person, selection.label),
        author=selection.author.strip(),
        informed=_informed(selection),
        informed_reason=_reason(selection),
        details=tuple(_details(person, selection, texts)) if content else (),
        facts=tuple(_facts(session, selection)) if content else (),
        follow_ups=tuple(_follow_ups(session, selection)) if content else (),
        actions_taken=selection.concern.actions_taken.strip() if concern else "",
        parents_informed=selection.concern.parents_comment.strip() if concern else "",
        minor_identity=selection.concern.minor_identity.strip() if concern else "",
        supported_since=selection.supported_since if selection.frame is Frame.ATTESTATION else None,
        coordination_parties=_coordination_parties(selection),
        coordination_from=(
            selection.coordination.starting if selection.frame is Frame.COORDINATION else None
        ),
    )
    return apply_replacements(summary, selection.replacements)


def check_selection(selection: Selection) -> None:
    """Refuses what no frame allows: no recipient, no purpose, content in a notice…"""
    for text in (selection.purpose, selection.author, selection.informed_reason):
        check_text(text)
    if not selection.recipient.name.strip():
        raise InvalidInput("A disclosure needs a recipient.")
    if not selection.purpose.strip():
        raise InvalidInput("A disclosure needs a purpose.")
    if not selection.author.strip():
        raise InvalidInput("A disclosure needs the name of the worker or service sending it.")
    if selection.frame not in CONTENT_FRAMES and selection.has_content():
        raise InvalidInput("This kind of document carries nothing from the notes.")
    if (
        selection.frame in INFORMED_FRAMES
        and selection.informed is Informed.NOT_INFORMED
        and not selection.informed_reason.strip()
    ):
        raise InvalidInput("Say why the disclosure is made without informing.")
    if selection.frame is Frame.CONCERN and not selection.concern.minor_identity.strip():
        raise InvalidInput("A concern report needs the identity of the minor.")
    if selection.frame is Frame.COORDINATION and not selection.coordination.parties.strip():
        raise InvalidInput("A coordination notice needs the professionals involved.")


def _informed(selection: Selection) -> Informed:
    # A certificate and the person's own copy are made at the person's request.
    return selection.informed if selection.frame in INFORMED_FRAMES else Informed.AGREED


def _reason(selection: Selection) -> str:
    if selection.frame in INFORMED_FRAMES and selection.informed is Informed.NOT_INFORMED:
        return selection.informed_reason.strip()
    return ""


def _coordination_parties(selection: Selection) -> str:
    return selection.coordination.parties.strip() if selection.frame is Frame.COORDINATION else ""


def _facts(session: Session, selection: Selection) -> list[FactItem]:
    """Ticked paragraphs and addenda, oldest interview first, in the note's order."""
    chosen = [c for c in selection.interviews if c.paragraphs or c.addenda]
    loaded = [(stores(session).interviews.get(c.interview_id), c) for c in chosen]
    loaded.sort(key=lambda pair: (pair[0].held_on, pair[0].id))
    items: list[FactItem] = []
    for interview, choice in loaded:
        if interview.person_id != selection.person_id:
            raise InvalidInput("An interview chosen belongs to another person.")
        for ref, text in _chosen_texts(interview.facts, interview.addenda, choice):
            source = selection.sources.get(ref) if selection.frame is Frame.CONCERN else None
            items.append(FactItem(ref, interview.held_on, text, source))
    return items


def _chosen_texts(
    facts: str, addenda: tuple[Addendum, ...], choice: InterviewChoice
) -> Iterator[tuple[str, str]]:
    chunks = paragraphs(facts)
    for index in sorted(set(choice.paragraphs)):
        if not 0 <= index < len(chunks):
            raise InvalidInput("A paragraph chosen no longer exists in the note.")
        yield paragraph_ref(choice.interview_id, index), chunks[index]
    by_id = {addendum.id: addendum for addendum in addenda}
    for addendum_id in sorted(set(choice.addenda)):
        if addendum_id not in by_id:
            raise InvalidInput("An addendum chosen does not belong to this interview.")
        yield addendum_ref(addendum_id), by_id[addendum_id].text.strip()


def _follow_ups(session: Session, selection: Selection) -> list[FollowUpItem]:
    items = []
    for follow_up_id in dict.fromkeys(selection.follow_ups):
        follow_up = stores(session).follow_ups.get(follow_up_id)
        if follow_up.person_id != selection.person_id:
            raise InvalidInput("A follow-up chosen belongs to another person.")
        items.append(FollowUpItem(follow_up_ref(follow_up.id), follow_up.text, follow_up.due_on))
    return items


def _details(person: Person, selection: Selection, texts: BuilderTexts) -> list[DetailItem]:
    offered = {option.choice: option for option in detail_options(person, texts)}
    items = []
    for choice in dict.fromkeys(selection.details):
        option = offered.get(choice)
        if option is None:
            raise InvalidInput("A detail chosen is no longer in the person's file.")
        ref = detail_ref(person.id, choice.key, choice.line)
        items.append(DetailItem(ref, option.label, option.value))
    return items
