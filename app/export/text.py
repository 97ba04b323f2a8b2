"""The canonical content of an exported summary, as a list of blocks and as plain text.

Every output format is drawn from the same `summary_blocks()`: the plain text
(the preview, and the body of a .txt export) joins them with newlines, and
`app.export.document` lays them out in a QTextDocument for PDF and ODT. So the
preview the worker approves is exactly the text that leaves the device.

Frame rules live here. A coordination notice and a certificate of support
print no facts, follow-ups or details whatever the Summary holds: those frames
only ever state that a coordination is needed, or that a person is supported.
Child-protection documents state their legal basis; a reply to an employer
always carries the paragraph on professional secrecy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum
from itertools import groupby

from app.domain.summary import FactItem, FactSource, Frame, Informed, Summary
from app.domain.text import paragraphs
from app.export import labels


class BlockKind(Enum):
    TITLE = "title"
    META = "meta"  # a "label: value" row of the metadata block
    HEADING = "heading"
    SUBHEADING = "subheading"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # one line of a list


ITEM_MARK = "–"  # printed as text (not a list bullet) so every format shows the same character

# Kinds that stay on the line right after the previous block of the same kind.
_TIGHT = {BlockKind.META, BlockKind.ITEM}


@dataclass(frozen=True, slots=True)
class Block:
    """One printable block; `label` is only used by META rows."""

    kind: BlockKind
    text: str
    label: str = ""

    def plain(self) -> str:
        """The block as it reads in plain text."""
        if self.kind is BlockKind.META:
            return f"{self.label} {self.text}"
        if self.kind is BlockKind.ITEM:
            return f"{ITEM_MARK} {self.text}"
        return self.text


def summary_text(summary: Summary) -> str:
    """The plain text of the document body: the preview, and the body of every format."""
    return blocks_text(summary_blocks(summary))


def blocks_text(blocks: tuple[Block, ...]) -> str:
    """Joins blocks: one newline inside a metadata block, list or after a subheading, else two."""
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if previous is not None:
            tight = block.kind is previous.kind and block.kind in _TIGHT
            parts.append("\n" if tight or previous.kind is BlockKind.SUBHEADING else "\n\n")
        parts.append(block.plain())
        previous = block
    return "".join(parts) + "\n"


def summary_blocks(summary: Summary) -> tuple[Block, ...]:
    """The blocks of the document, in order, according to the summary's frame."""
    body = {
        Frame.LIAISON: _liaison,
        Frame.COORDINATION: _coordination,
        Frame.CONCERN: _child_protection,
        Frame.PROSECUTOR: _child_protection,
        Frame.EMPLOYER: _employer,
        Frame.ATTESTATION: _attestation,
        Frame.PERSON_COPY: _person_copy,
    }[summary.frame]
    return (Block(BlockKind.TITLE, labels.frame_title(summary.frame)), *body(summary))


def _meta(label: str, value: str) -> Iterator[Block]:
    if value.strip():
        yield Block(BlockKind.META, " ".join(value.split()), label)


def _letterhead(summary: Summary, *, person: bool, purpose: bool) -> Iterator[Block]:
    yield from _meta(labels.label_from(), summary.author)
    yield from _meta(labels.label_to(), labels.recipient_text(summary.recipient))
    yield from _meta(labels.label_date(), labels.format_date(summary.issued_on))
    if person:
        yield from _meta(labels.label_person(), summary.person_label)
    if purpose:
        yield from _meta(labels.label_purpose(), summary.purpose)


def _section(heading: str, text: str) -> Iterator[Block]:
    chunks = paragraphs(text)
    if chunks:
        yield Block(BlockKind.HEADING, heading)
        for chunk in chunks:
            yield Block(BlockKind.PARAGRAPH, chunk)


def _details(summary: Summary) -> Iterator[Block]:
    rows = [d for d in summary.details if d.value.strip()]
    if rows:
        yield Block(BlockKind.HEADING, labels.heading_details())
        for detail in rows:
            yield from _meta(labels.label_detail(detail.label), detail.value)


def _facts(facts: tuple[FactItem, ...], *, with_source: bool) -> Iterator[Block]:
    kept = [fact for fact in facts if paragraphs(fact.text)]
    if not kept:
        return
    yield Block(BlockKind.HEADING, labels.heading_facts())

    # Consecutive paragraphs of the same interview (and, in a concern, source) share a line.
    def key(fact: FactItem) -> tuple[date, FactSource | None]:
        return fact.held_on, fact.source if with_source else None

    for (held_on, source), group in groupby(kept, key=key):
        yield Block(BlockKind.SUBHEADING, labels.fact_heading(held_on, source, with_source))
        for fact in group:
            for chunk in paragraphs(fact.text):
                yield Block(BlockKind.PARAGRAPH, chunk)


def _follow_ups(summary: Summary) -> Iterator[Block]:
    items = [u for u in summary.follow_ups if u.text.strip()]
    if items:
        yield Block(BlockKind.HEADING, labels.heading_follow_ups())
        for item in items:
            yield Block(BlockKind.ITEM, labels.follow_up(" ".join(item.text.split()), item.due_on))


def _informed(summary: Summary, sentence: str, heading: str) -> Iterator[Block]:
    if not sentence:  # the document goes to the person themself: nothing to state
        return
    yield Block(BlockKind.HEADING, heading)
    yield Block(BlockKind.PARAGRAPH, sentence)
    if summary.informed is Informed.NOT_INFORMED and summary.informed_reason.strip():
        yield from _meta(labels.label_reason(), summary.informed_reason)


def _person_informed(summary: Summary) -> Iterator[Block]:
    yield from _informed(
        summary, labels.informed_person(summary.informed), labels.heading_informed()
    )


def _liaison(summary: Summary) -> Iterator[Block]:
    yield from _letterhead(summary, person=True, purpose=True)
    yield from _details(summary)
    yield from _facts(summary.facts, with_source=False)
    yield from _follow_ups(summary)
    yield from _person_informed(summary)


def _coordination(summary: Summary) -> Iterator[Block]:
    # L. 121-6-2 CASF: only that a coordination is needed, between whom, from when.
    yield from _letterhead(summary, person=True, purpose=False)
    yield Block(BlockKind.PARAGRAPH, labels.coordination_statement(summary.person_label))
    yield from _meta(labels.label_parties(), summary.coordination_parties)
    if summary.coordination_from is not None:
        yield from _meta(
            labels.label_coordination_from(), labels.format_date(summary.coordination_from)
        )
    yield from _person_informed(summary)


def _child_protection(summary: Summary) -> Iterator[Block]:
    """Information préoccupante (L. 226-2-1 CASF) or signalement (L. 226-4 CASF)."""
    yield from _letterhead(summary, person=True, purpose=True)
    yield from _section(labels.heading_child(), summary.minor_identity)
    yield from _details(summary)
    yield from _facts(summary.facts, with_source=True)
    yield from _section(labels.heading_danger(), summary.danger_assessment)
    yield from _section(labels.heading_actions(), summary.actions_taken)
    yield from _follow_ups(summary)
    # Here `informed` is about the holders of parental authority.
    yield from _informed(
        summary, labels.informed_parents(summary.informed), labels.heading_parents()
    )
    for chunk in paragraphs(summary.parents_informed):
        yield Block(BlockKind.PARAGRAPH, chunk)
    yield Block(BlockKind.HEADING, labels.heading_legal_basis())
    yield Block(BlockKind.PARAGRAPH, labels.legal_basis(summary.frame is Frame.PROSECUTOR))


def _employer(summary: Summary) -> Iterator[Block]:
    # Only what the person agreed to, then why nothing else can be said (226-13 CP).
    yield from _letterhead(summary, person=True, purpose=True)
    if summary.confirm_support:
        yield Block(BlockKind.PARAGRAPH, labels.employer_support(summary.person_label))
    yield from _details(summary)
    yield from _facts(summary.facts, with_source=False)
    yield from _follow_ups(summary)
    yield Block(BlockKind.HEADING, labels.heading_secrecy())
    yield Block(BlockKind.PARAGRAPH, labels.employer_secrecy())
    yield from _person_informed(summary)


def _attestation(summary: Summary) -> Iterator[Block]:
    # Only that the person is supported, and since when: nothing from the notes.
    yield from _letterhead(summary, person=False, purpose=False)
    yield Block(
        BlockKind.PARAGRAPH,
        labels.attestation_statement(summary.author, summary.person_label, summary.supported_since),
    )
    to_person = summary.informed is Informed.IS_RECIPIENT
    requester = "" if to_person else labels.recipient_text(summary.recipient)
    yield Block(BlockKind.PARAGRAPH, labels.attestation_closing(requester))
    yield from _person_informed(summary)


def _person_copy(summary: Summary) -> Iterator[Block]:
    yield from _letterhead(summary, person=True, purpose=True)
    if summary.complete:
        yield Block(BlockKind.PARAGRAPH, labels.access_intro())
    yield from _details(summary)
    yield from _facts(summary.facts, with_source=False)
    yield from _interviews(summary)
    yield from _follow_ups(summary)
    if summary.complete:
        yield from _transmissions(summary)
        yield Block(BlockKind.HEADING, labels.heading_working_notes())
        yield Block(BlockKind.PARAGRAPH, labels.working_notes_position())


def _interviews(summary: Summary) -> Iterator[Block]:
    """Every interview of an access copy, with its kind and themes, even one without facts."""
    if not summary.interviews:
        return
    yield Block(BlockKind.HEADING, labels.heading_interviews())
    for entry in summary.interviews:
        yield Block(
            BlockKind.SUBHEADING, labels.interview_heading(entry.held_on, entry.description)
        )
        chunks = [c for text in entry.paragraphs for c in paragraphs(text)]
        for chunk in chunks or [labels.no_facts()]:
            yield Block(BlockKind.PARAGRAPH, chunk)
        for written_on, text in entry.addenda:
            yield Block(BlockKind.PARAGRAPH, labels.addendum(written_on, text))


def _transmissions(summary: Summary) -> Iterator[Block]:
    yield Block(BlockKind.HEADING, labels.heading_transmissions())
    if not summary.transmissions:
        yield Block(BlockKind.PARAGRAPH, labels.no_transmission())
    for item in summary.transmissions:
        line = labels.transmission(item.made_on, item.recipient, " ".join(item.purpose.split()))
        yield Block(BlockKind.ITEM, line)
