"""The person's access right (RGPD art. 15): everything Carnet holds about them.

Built from the narrow `OutwardReader`: identity fields, every interview with its
date, kind, themes, facts and addenda, every follow-up, and the transmissions
made (date, recipient, purpose) from the register. The worker's working notes are
kept apart and are not in it; the document says so in a paragraph of its own.
"""

from __future__ import annotations

import dataclasses

from app.core.builder_texts import BuilderTexts
from app.core.outward import OutwardReader
from app.core.selection import DetailChoice, detail_ref, follow_up_ref
from app.core.summary_parts import detail_options, note_paragraphs
from app.domain.models import Disclosure, Interview, Person
from app.domain.summary import (
    DetailItem,
    FollowUpItem,
    InterviewEntry,
    Summary,
    TransmissionItem,
)

# Register frames that record a file leaving the device (not erasures or refusals).
_NOT_TRANSMISSIONS = frozenset({"purge", "demande-refusee"})


def access_copy(
    reader: OutwardReader, summary: Summary, person: Person, texts: BuilderTexts
) -> Summary:
    """`summary` (the person's copy) filled with everything held about the person."""
    return dataclasses.replace(
        summary,
        complete=True,
        details=_all_details(person, texts),
        facts=(),
        interviews=tuple(
            _entry(i, texts) for i in sorted(reader.interviews(person.id), key=_oldest_first)
        ),
        follow_ups=tuple(
            FollowUpItem(follow_up_ref(f.id), f.text, f.due_on)
            for f in reader.follow_ups(person.id)
        ),
        transmissions=_transmissions(reader.register(person.id)),
    )


def _oldest_first(interview: Interview) -> tuple[object, int]:
    return interview.held_on, int(interview.id)


def _all_details(person: Person, texts: BuilderTexts) -> tuple[DetailItem, ...]:
    return tuple(
        DetailItem(_ref(person, option.choice), option.label, option.value)
        for option in detail_options(person, texts)
    )


def _ref(person: Person, choice: DetailChoice) -> str:
    return detail_ref(person.id, choice.key, choice.line)


def _entry(interview: Interview, texts: BuilderTexts) -> InterviewEntry:
    return InterviewEntry(
        ref=f"interview:{interview.id}",
        held_on=interview.held_on,
        description=texts.describe_interview(interview.kind, interview.themes),
        paragraphs=note_paragraphs(interview.facts),
        addenda=tuple(
            (a.created_at.astimezone().date(), a.text.strip())
            for a in interview.addenda
            if a.text.strip()
        ),
    )


def _transmissions(entries: list[Disclosure]) -> tuple[TransmissionItem, ...]:
    """Files that left the device, oldest first; a corrected entry shows as corrected."""
    corrected = {e.corrects for e in entries if e.corrects is not None}
    kept = [e for e in entries if e.frame not in _NOT_TRANSMISSIONS and e.id not in corrected]
    return tuple(_transmission(e) for e in reversed(kept))


def _transmission(entry: Disclosure) -> TransmissionItem:
    return TransmissionItem(
        ref=f"disclosure:{entry.id}",
        made_on=entry.created_at.astimezone().date(),
        recipient=entry.recipient,
        purpose=entry.purpose,
    )
