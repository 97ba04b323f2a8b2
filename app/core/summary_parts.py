"""Pieces shared by the summary builder and the access copy: paragraphs and details."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.builder_texts import ENGLISH, BuilderTexts
from app.core.selection import DetailChoice, DetailKey
from app.domain.models import Person
from app.domain.text import paragraphs


@dataclass(frozen=True, slots=True)
class DetailOption:
    """A detail that can be ticked, with the label and value it would print."""

    choice: DetailChoice
    label: str
    value: str


def note_paragraphs(text: str) -> tuple[str, ...]:
    """Facts cut as the documents print them (the one splitter, in app.domain.text)."""
    return paragraphs(text)


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
