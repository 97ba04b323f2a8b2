"""Turns a Selection into a Summary, reading from the vault only the items ticked.

This module reads through an `OutwardReader` (persons, interviews with their
facts and addenda, follow-ups, the register) and nothing else: the worker's
private notes cannot be named from it, and the Summary it returns has no field
that could carry them. The frame's rules are
checked here, so the desktop wizard and the command line refuse the same things.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from app.core.access_copy import access_copy
from app.core.builder_texts import ENGLISH, BuilderTexts
from app.core.consent import SOURCE_MISSING, check_selection, summary_informed
from app.core.outward import OutwardReader
from app.core.selection import (
    CONTENT_FRAMES,
    InterviewChoice,
    PersonLabel,
    Selection,
    addendum_ref,
    detail_ref,
    follow_up_ref,
    paragraph_ref,
)
from app.core.summary_parts import DetailOption, detail_options
from app.core.summary_wording import apply_replacements
from app.core.wording import to_initials
from app.domain.errors import InvalidInput
from app.domain.ids import InterviewId, PersonId
from app.domain.models import Addendum, FollowUp, InterviewKind, Person
from app.domain.summary import (
    CHILD_FRAMES,
    DetailItem,
    FactItem,
    FactSource,
    FollowUpItem,
    Frame,
    Informed,
    Summary,
)
from app.domain.text import paragraphs

__all__ = ["ENGLISH", "BuilderTexts", "build_summary", "check_selection", "person_items"]


@dataclass(frozen=True, slots=True)
class InterviewItems:
    """One interview as the wizard lists it: its paragraphs and addenda, whole."""

    interview_id: InterviewId
    held_on: date
    kind: InterviewKind
    paragraphs: tuple[str, ...]
    addenda: tuple[Addendum, ...]


@dataclass(frozen=True, slots=True)
class PersonItems:
    """Everything of one person that a summary may include, for the wizard's lists."""

    person: Person
    interviews: tuple[InterviewItems, ...]  # newest first, as in the person's file
    follow_ups: tuple[FollowUp, ...]  # open ones only
    details: tuple[DetailOption, ...]


def person_label(person: Person, label: PersonLabel) -> str:
    """The pseudonym, or its initials (the pseudonym itself if it has no letters to take)."""
    if label is PersonLabel.INITIALS:
        return to_initials(person.alias) or person.alias
    return person.alias


def person_items(
    reader: OutwardReader, person_id: PersonId, texts: BuilderTexts = ENGLISH
) -> PersonItems:
    """What the wizard may offer for one person: facts, open follow-ups, details."""
    person = reader.person(person_id)
    interviews = []
    for interview in reader.interviews(person_id):
        interviews.append(
            InterviewItems(
                interview.id,
                interview.held_on,
                interview.kind,
                paragraphs(interview.facts),
                interview.addenda,
            )
        )
    follow_ups = tuple(f for f in reader.follow_ups(person_id) if not f.done)
    return PersonItems(person, tuple(interviews), follow_ups, detail_options(person, texts))


def build_summary(
    reader: OutwardReader,
    selection: Selection,
    texts: BuilderTexts = ENGLISH,
    *,
    consent: bool = True,
) -> Summary:
    """The minimal summary: exactly the ticked items, then the accepted wording changes.

    `consent=False` builds a draft for the wording check, before consent is asked; what
    is previewed and written is always built with the consent check.
    """
    check_selection(selection, consent=consent)
    person = reader.person(selection.person_id)
    content = selection.frame in CONTENT_FRAMES
    child = selection.frame in CHILD_FRAMES
    summary = Summary(
        frame=selection.frame,
        issued_on=selection.issued_on,
        recipient=selection.recipient,
        purpose=selection.purpose.strip(),
        person_label=person_label(person, selection.label),
        author=selection.author.strip(),
        informed=summary_informed(selection),
        informed_reason=_reason(selection),
        details=tuple(_details(person, selection, texts)) if content else (),
        facts=tuple(_facts(reader, selection)) if content else (),
        follow_ups=tuple(_follow_ups(reader, selection)) if content else (),
        actions_taken=selection.concern.actions_taken.strip() if child else "",
        parents_informed=selection.concern.parents_comment.strip() if child else "",
        minor_identity=selection.concern.minor_identity.strip() if child else "",
        danger_assessment=selection.concern.danger_assessment.strip() if child else "",
        confirm_support=selection.confirm_support and selection.frame is Frame.EMPLOYER,
        supported_since=selection.supported_since if selection.frame is Frame.ATTESTATION else None,
        coordination_parties=_coordination_parties(selection),
        coordination_from=(
            selection.coordination.starting if selection.frame is Frame.COORDINATION else None
        ),
    )
    if selection.everything:
        # The access right: everything held, as held; no wording change applies to it.
        return access_copy(reader, summary, person, texts)
    return apply_replacements(summary, selection.replacements)


def _reason(selection: Selection) -> str:
    if summary_informed(selection) is Informed.NOT_INFORMED:
        return selection.informed_reason.strip()
    return ""


def _coordination_parties(selection: Selection) -> str:
    return selection.coordination.parties.strip() if selection.frame is Frame.COORDINATION else ""


def _facts(reader: OutwardReader, selection: Selection) -> list[FactItem]:
    """Ticked paragraphs and addenda, oldest interview first, in the note's order."""
    chosen = [c for c in selection.interviews if c.paragraphs or c.addenda]
    loaded = [(reader.interview(c.interview_id), c) for c in chosen]
    loaded.sort(key=lambda pair: (pair[0].held_on, pair[0].id))
    items: list[FactItem] = []
    for interview, choice in loaded:
        if interview.person_id != selection.person_id:
            raise InvalidInput("An interview chosen belongs to another person.")
        for ref, text in _chosen_texts(interview.facts, interview.addenda, choice):
            source = _source(selection, ref)
            items.append(FactItem(ref, interview.held_on, text, source))
    return items


def _source(selection: Selection, ref: str) -> FactSource | None:
    """A child-protection paragraph's source as the worker marked it; required there."""
    if selection.frame not in CHILD_FRAMES:
        return None
    source = selection.sources.get(ref)
    if source is None:
        raise InvalidInput(SOURCE_MISSING)
    return source


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


def _follow_ups(reader: OutwardReader, selection: Selection) -> list[FollowUpItem]:
    items = []
    for follow_up_id in dict.fromkeys(selection.follow_ups):
        follow_up = reader.follow_up(follow_up_id)
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
