"""The wording check of a summary: flag sensitive terms and names, apply the worker's changes.

Every change is made to the Summary (a new one is returned); the note in the
vault is never touched. Only the texts the frame actually prints are checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.core.selection import PersonLabel, Replacement
from app.core.session import Session, stores
from app.core.wording import (
    Lexicon,
    NameMatch,
    WordingMatch,
    find_other_names,
    find_sensitive_terms,
    replace_term,
)
from app.domain.errors import InvalidInput
from app.domain.ids import PersonId
from app.domain.summary import Frame, Summary

# Free texts each frame prints (items are added for the frames that carry them).
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
_ITEM_FRAMES = frozenset(
    {Frame.LIAISON, Frame.CONCERN, Frame.PROSECUTOR, Frame.EMPLOYER, Frame.PERSON_COPY}
)


@dataclass(frozen=True, slots=True)
class Flag:
    """A term or a name found in one text of the summary (`target`)."""

    target: str
    match: WordingMatch | NameMatch

    @property
    def is_name(self) -> bool:
        return isinstance(self.match, NameMatch)

    def replacement(self, alternative: str) -> Replacement:
        """The change that puts `alternative` in place of the flagged words."""
        match = self.match
        return Replacement(self.target, match.start, match.end, match.text, alternative)


def summary_texts(summary: Summary) -> list[tuple[str, str]]:
    """(target, text) of every free text the summary's frame prints, in document order."""
    texts = [(name, str(getattr(summary, name))) for name in _PRINTED_FIELDS[summary.frame]]
    if summary.frame in _ITEM_FRAMES:
        texts += [(d.ref, d.value) for d in summary.details]
        texts += [(f.ref, f.text) for f in summary.facts]
        texts += [(u.ref, u.text) for u in summary.follow_ups]
    return [(target, text) for target, text in texts if text.strip()]


def wording_flags(summary: Summary, lexicon: Lexicon, known_names: Iterable[str]) -> list[Flag]:
    """Every sensitive term and probable name of another person, text by text."""
    names = list(known_names)
    flags: list[Flag] = []
    for target, text in summary_texts(summary):
        found: list[WordingMatch | NameMatch] = [*find_sensitive_terms(text, lexicon)]
        terms = [(m.start, m.end) for m in found]
        for name in find_other_names(text, names):
            if not any(name.start < end and start < name.end for start, end in terms):
                found.append(name)
        flags += [Flag(target, match) for match in sorted(found, key=lambda m: m.start)]
    return flags


def known_names(session: Session, person_id: PersonId, label: PersonLabel) -> list[str]:
    """Aliases of the other persons in the vault; the person's own too when shown as initials."""
    names = [
        row.alias
        for row in stores(session).persons.rows(date.today(), date.min)
        if row.id != person_id or label is PersonLabel.INITIALS
    ]
    return names


def apply_replacement(summary: Summary, change: Replacement) -> Summary:
    """The summary with one change made to one of its texts."""
    text = _text_of(summary, change.target)
    match = WordingMatch(change.start, change.end, change.original, "", "", "")
    try:
        new_text = replace_term(text, match, change.alternative)
    except ValueError as exc:
        raise InvalidInput("The text changed since the wording check; check it again.") from exc
    return _with_text(summary, change.target, new_text)


def apply_replacements(summary: Summary, changes: Iterable[Replacement]) -> Summary:
    for change in changes:
        summary = apply_replacement(summary, change)
    return summary


def _text_of(summary: Summary, target: str) -> str:
    for name, text in summary_texts(summary):
        if name == target:
            return text
    raise InvalidInput("The text changed since the wording check; check it again.")


def _with_text(summary: Summary, target: str, text: str) -> Summary:
    if target in _PRINTED_FIELDS[summary.frame]:
        changes: dict[str, Any] = {target: text}
        return replace(summary, **changes)
    return replace(
        summary,
        details=tuple(replace(d, value=text) if d.ref == target else d for d in summary.details),
        facts=tuple(replace(f, text=text) if f.ref == target else f for f in summary.facts),
        follow_ups=tuple(
            replace(u, text=text) if u.ref == target else u for u in summary.follow_ups
        ),
    )
