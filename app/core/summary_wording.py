"""The wording check of a summary, and the worker's edits to the summary's texts.

Every text the frame prints goes through the one checker (`app.core.wording`).
An edit is a `Replacement` of a span of one text: a name's initials, a sentence
attributed (« La personne indique que… »), a paragraph retyped by the worker,
or a paragraph left out (replaced by nothing, then dropped from the summary).
Every change is made to the Summary (a new one is returned); the note in the
vault is never touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.core.selection import PersonLabel, Replacement
from app.core.session import Session, stores
from app.core.wording import Finding, Lexicon, attributed_sentence, check_text
from app.domain.errors import InvalidInput
from app.domain.ids import PersonId
from app.domain.summary import FactSource, Frame, Summary

STALE = "The text changed since the wording check; check it again."

# Free texts each frame prints besides the items (facts, follow-ups, details).
_PRINTED_FIELDS: dict[Frame, tuple[str, ...]] = {
    Frame.LIAISON: ("purpose", "informed_reason"),
    Frame.COORDINATION: ("coordination_parties", "informed_reason"),
    Frame.CONCERN: (
        "purpose",
        "minor_identity",
        "danger_assessment",
        "actions_taken",
        "informed_reason",
        "parents_informed",
    ),
    Frame.PROSECUTOR: (
        "purpose",
        "minor_identity",
        "danger_assessment",
        "actions_taken",
        "informed_reason",
        "parents_informed",
    ),
    Frame.EMPLOYER: ("purpose", "informed_reason"),
    Frame.ATTESTATION: (),
    Frame.PERSON_COPY: ("purpose",),
}


@dataclass(frozen=True, slots=True)
class Flag:
    """A finding in one text of the summary (`target`)."""

    target: str
    finding: Finding
    is_item: bool  # a fact, follow-up or detail: it can be left out or retyped whole

    @property
    def is_name(self) -> bool:
        return self.finding.replacement is not None

    @property
    def can_omit(self) -> bool:
        return self.is_item and self.finding.can_omit

    def initials(self) -> Replacement:
        """The change that puts the name's initials in its place."""
        finding = self.finding
        if finding.replacement is None:
            raise InvalidInput(STALE)
        return Replacement(self.target, finding.start, finding.end, finding.text,
                           finding.replacement)  # fmt: skip

    def attribution(self, text: str, prefix: str) -> Replacement:
        """The change that reports the finding's sentence as said (`text`: the target's text)."""
        start, end = self.finding.sentence
        sentence = text[start:end]
        return Replacement(self.target, start, end, sentence, attributed_sentence(sentence, prefix))


def summary_texts(summary: Summary) -> list[tuple[str, str]]:
    """(target, text) of every free text the summary's frame prints, in document order."""
    fields = _PRINTED_FIELDS.get(summary.frame, ())
    # Items are only there when the frame carries them (the builder sees to it).
    texts = [(name, str(getattr(summary, name))) for name in fields] + _item_texts(summary)
    return [(target, text) for target, text in texts if text.strip()]


def wording_flags(summary: Summary, lexicon: Lexicon, known_names: Iterable[str]) -> list[Flag]:
    """Every finding of the wording check, text by text, for the summary's frame."""
    names = list(known_names)
    items = {target for target, _ in _item_texts(summary)}
    reported = {f.ref for f in summary.facts if f.source is FactSource.REPORTED}
    flags: list[Flag] = []
    for target, text in summary_texts(summary):
        findings = check_text(
            text, summary.frame.value, lexicon, known_names=names, reported=target in reported
        )
        flags += [Flag(target, finding, target in items) for finding in findings]
    return flags


def retyping(summary: Summary, target: str, new_text: str) -> Replacement:
    """The change that puts the worker's own words in place of a whole text of the summary."""
    old = _text_of(summary, target)
    if not new_text.strip():
        raise InvalidInput("Write the new text, or leave the paragraph out.")
    return Replacement(target, 0, len(old), old, new_text.strip())


def leaving_out(summary: Summary, target: str) -> Replacement:
    """The change that leaves a fact, follow-up or detail out of this summary."""
    if target not in {t for t, _ in _item_texts(summary)}:
        raise InvalidInput(STALE)
    old = _text_of(summary, target)
    return Replacement(target, 0, len(old), old, "")


def known_names(session: Session, person_id: PersonId, label: PersonLabel) -> list[str]:
    """Aliases of the other persons in the vault; the person's own too when shown as initials."""
    names = [
        row.alias
        for row in stores(session).persons.rows(date.today(), date.min)
        if row.id != person_id or label is PersonLabel.INITIALS
    ]
    return names


def apply_replacement(summary: Summary, change: Replacement) -> Summary:
    """The summary with one change made to one of its texts (an item emptied is dropped)."""
    text = _text_of(summary, change.target)
    if text[change.start : change.end] != change.original:
        raise InvalidInput(STALE)
    new_text = text[: change.start] + change.alternative + text[change.end :]
    return _with_text(summary, change.target, new_text)


def apply_replacements(summary: Summary, changes: Iterable[Replacement]) -> Summary:
    for change in changes:
        summary = apply_replacement(summary, change)
    return summary


def edited_targets(changes: Iterable[Replacement]) -> frozenset[str]:
    """The texts the worker changed at the wording step (recorded as edited)."""
    return frozenset(change.target for change in changes)


def _item_texts(summary: Summary) -> list[tuple[str, str]]:
    return (
        [(d.ref, d.value) for d in summary.details]
        + [(f.ref, f.text) for f in summary.facts]
        + [(u.ref, u.text) for u in summary.follow_ups]
    )


def _text_of(summary: Summary, target: str) -> str:
    for name, text in summary_texts(summary):
        if name == target:
            return text
    raise InvalidInput(STALE)


def _with_text(summary: Summary, target: str, text: str) -> Summary:
    if target in _PRINTED_FIELDS.get(summary.frame, ()):
        changes: dict[str, Any] = {target: text}
        return replace(summary, **changes)
    keep = bool(text.strip())  # an item replaced by nothing is left out
    return replace(
        summary,
        details=tuple(
            replace(d, value=text) if d.ref == target else d
            for d in summary.details
            if keep or d.ref != target
        ),
        facts=tuple(
            replace(f, text=text) if f.ref == target else f
            for f in summary.facts
            if keep or f.ref != target
        ),
        follow_ups=tuple(
            replace(u, text=text) if u.ref == target else u
            for u in summary.follow_ups
            if keep or u.ref != target
        ),
    )
