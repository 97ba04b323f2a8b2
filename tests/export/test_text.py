"""The canonical text of a summary: what each frame prints, and what it must not."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from app.domain.summary import (
    FactItem,
    FactSource,
    Frame,
    Informed,
    InterviewEntry,
    TransmissionItem,
)
from app.export import labels
from app.export.text import Block, BlockKind, blocks_text, summary_text
from tests.export.conftest import (
    ACTIONS_TEXT,
    DETAIL_VALUE,
    FOLLOW_UP_TEXT,
    PERSON_LABEL,
    fact_text,
    make_summary,
)

FRAMES_WITH_FACTS = (
    Frame.LIAISON,
    Frame.CONCERN,
    Frame.PROSECUTOR,
    Frame.EMPLOYER,
    Frame.PERSON_COPY,
)
FRAMES_WITHOUT_NOTES = (Frame.COORDINATION, Frame.ATTESTATION)


def test_every_frame_has_its_own_title_first() -> None:
    """Each frame opens with its own title, so a partner sees at once what the document is."""
    titles = [summary_text(make_summary(frame)).splitlines()[0] for frame in Frame]
    assert titles == [labels.frame_title(frame) for frame in Frame]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("frame", FRAMES_WITH_FACTS)
def test_frames_with_facts_print_every_fact_paragraph(frame: Frame) -> None:
    """Liaison, concern and person's copy print every chosen fact, follow-up and detail."""
    text = summary_text(make_summary(frame, fact_count=5))
    for index in range(5):
        assert fact_text(index) in text
    assert FOLLOW_UP_TEXT in text
    assert DETAIL_VALUE in text


@pytest.mark.parametrize("frame", FRAMES_WITHOUT_NOTES)
def test_coordination_and_attestation_print_nothing_from_the_notes(frame: Frame) -> None:
    """Even when the summary holds facts, details and follow-ups, these frames print none."""
    text = summary_text(make_summary(frame, fact_count=5, purpose="Motif très personnel"))
    for index in range(5):
        assert f"Fait numéro {index}" not in text
    for forbidden in (FOLLOW_UP_TEXT, DETAIL_VALUE, ACTIONS_TEXT, "Motif très personnel"):
        assert forbidden not in text
    assert labels.heading_facts() not in text


def test_coordination_states_who_and_from_when() -> None:
    """A coordination notice says that coordination is needed, between whom, from when."""
    text = summary_text(make_summary(Frame.COORDINATION))
    assert labels.coordination_statement(PERSON_LABEL) in text
    assert "service social du travail, CCAS" in text
    assert labels.format_date(date(2026, 12, 1)) in text


def test_attestation_states_only_support_and_since_when() -> None:
    """A certificate to the person names them once, with the date the support began."""
    text = summary_text(make_summary(Frame.ATTESTATION, informed=Informed.IS_RECIPIENT))
    statement = labels.attestation_statement(
        "Service social du travail", PERSON_LABEL, date(2024, 1, 15)
    )
    assert statement in text
    assert text.count(PERSON_LABEL) == 1
    assert labels.attestation_closing() in text
    assert labels.heading_informed() not in text


def test_an_attestation_to_someone_else_says_who_asked_and_whether_the_person_agreed() -> None:
    """Sent to a third party, a certificate no longer claims the person asked for it."""
    text = summary_text(make_summary(Frame.ATTESTATION, informed=Informed.AGREED))
    assert labels.attestation_closing() not in text
    requester = "Dr Claire Martin, médecin du travail, SIST Paris"
    assert labels.attestation_closing(requester) in text
    assert labels.informed_person(Informed.AGREED) in text


def test_an_employer_reply_carries_the_secrecy_paragraph_and_only_what_was_agreed() -> None:
    """The reply to an employer cites L. 411-3 CASF and 226-13 CP; support only if agreed."""
    plain = summary_text(make_summary(Frame.EMPLOYER, facts=(), details=(), follow_ups=()))
    assert labels.employer_secrecy() in plain
    assert "L. 411-3" in plain and "226-13" in plain
    assert labels.employer_support(PERSON_LABEL) not in plain
    agreed = summary_text(
        make_summary(Frame.EMPLOYER, facts=(), informed=Informed.AGREED, confirm_support=True)
    )
    assert labels.employer_support(PERSON_LABEL) in agreed


@pytest.mark.parametrize(
    ("frame", "references"),
    [(Frame.CONCERN, ("L. 226-2-1", "L. 226-2-2")), (Frame.PROSECUTOR, ("L. 226-4", "226-14"))],
)
def test_child_protection_states_the_danger_and_its_legal_basis(
    frame: Frame, references: tuple[str, ...]
) -> None:
    """The worker's assessment has its own section, and the legal basis is cited."""
    summary = make_summary(frame, danger_assessment="Danger immédiat pour l'enfant.")
    text = summary_text(summary)
    assert text.index(labels.heading_danger()) < text.index("Danger immédiat pour l'enfant.")
    assert labels.heading_legal_basis() in text
    assert all(reference in text for reference in references)
    adhere = summary_text(dataclasses.replace(summary, informed=Informed.AGREED))
    assert labels.informed_parents(Informed.AGREED) in adhere


def test_the_access_copy_lists_interviews_transmissions_and_the_working_notes_position() -> None:
    """Every interview with its description, each earlier recipient, and the working-notes note."""
    interviews = (
        InterviewEntry("interview:1", date(2026, 3, 1), "au bureau", ("Premier fait.",)),
        InterviewEntry("interview:2", date(2026, 4, 1), "par téléphone", ()),
    )
    sent = (TransmissionItem("disclosure:1", date(2026, 3, 5), "CAF de Lyon", "Dossier"),)
    summary = make_summary(
        Frame.PERSON_COPY,
        facts=(),
        informed=Informed.IS_RECIPIENT,
        complete=True,
        interviews=interviews,
        transmissions=sent,
    )
    text = summary_text(summary)
    assert labels.interview_heading(date(2026, 4, 1), "par téléphone") in text
    assert labels.no_facts() in text and "Premier fait." in text
    assert labels.transmission(date(2026, 3, 5), "CAF de Lyon", "Dossier") in text
    assert labels.working_notes_position() in text


def test_concern_marks_each_fact_observed_or_reported() -> None:
    """In a concern report every fact line says whether it was seen or reported."""
    facts = (
        FactItem(
            "interview:1#p1", date(2026, 3, 1), "Vu : ecchymose au bras.", FactSource.OBSERVED
        ),
        FactItem("interview:1#p2", date(2026, 3, 1), "Dit : cris la nuit.", FactSource.REPORTED),
    )
    text = summary_text(make_summary(Frame.CONCERN, facts=facts))
    day = date(2026, 3, 1)
    observed = labels.fact_heading(day, FactSource.OBSERVED, with_source=True)
    reported = labels.fact_heading(day, FactSource.REPORTED, with_source=True)
    assert text.index(observed) < text.index("Vu : ecchymose") < text.index(reported)
    assert text.index(reported) < text.index("Dit : cris la nuit.")
    assert "L. Q., née en 2015" in text
    assert ACTIONS_TEXT in text


def test_concern_says_why_parents_were_not_informed() -> None:
    """When the parents were not told, the report says so and gives the reason."""
    summary = make_summary(
        Frame.CONCERN, informed=Informed.NOT_INFORMED, informed_reason="Danger pour l'enfant."
    )
    text = summary_text(summary)
    assert labels.informed_parents(Informed.NOT_INFORMED) in text
    assert f"{labels.label_reason()} Danger pour l'enfant." in text


def test_reason_is_printed_only_when_the_person_was_not_informed() -> None:
    """A stale reason left in the summary is not printed once the person has been informed."""
    text = summary_text(make_summary(Frame.LIAISON, informed_reason="Ancienne raison"))
    assert labels.informed_person(Informed.INFORMED) in text
    assert "Ancienne raison" not in text


def test_liaison_letterhead_lists_recipient_date_person_and_purpose() -> None:
    """The metadata block of a liaison note has one line per field, in a fixed order."""
    lines = summary_text(make_summary(Frame.LIAISON)).splitlines()
    assert lines[2:7] == [
        f"{labels.label_from()} Service social du travail",
        f"{labels.label_to()} Dr Claire Martin, médecin du travail, SIST Paris",
        f"{labels.label_date()} {labels.format_date(date(2026, 11, 22))}",
        f"{labels.label_person()} {PERSON_LABEL}",
        f"{labels.label_purpose()} Préparer la reprise du travail",
    ]


def test_paragraphs_of_one_interview_share_one_date_line() -> None:
    """Two paragraphs from the same interview appear under a single date line."""
    text = summary_text(make_summary(Frame.LIAISON, fact_count=2))
    heading = labels.fact_heading(date(2026, 3, 1), None, with_source=False)
    assert text.count(heading) == 1


def test_person_copy_prints_no_disclosure_status() -> None:
    """The person's own copy does not tell them whether they were informed of it."""
    text = summary_text(make_summary(Frame.PERSON_COPY))
    assert labels.heading_informed() not in text


def test_blocks_text_keeps_metadata_and_lists_tight() -> None:
    """Metadata rows and list items follow each other on consecutive lines."""
    blocks = (
        Block(BlockKind.TITLE, "T"),
        Block(BlockKind.META, "x", "A:"),
        Block(BlockKind.META, "y", "B:"),
        Block(BlockKind.SUBHEADING, "S"),
        Block(BlockKind.PARAGRAPH, "p"),
        Block(BlockKind.ITEM, "i"),
        Block(BlockKind.ITEM, "j"),
    )
    assert blocks_text(blocks) == "T\n\nA: x\nB: y\n\nS\np\n\n– i\n– j\n"


def test_text_has_no_trailing_spaces_and_ends_with_a_newline() -> None:
    """The preview is clean text: no trailing blanks, one final newline."""
    for frame in Frame:
        text = summary_text(make_summary(frame))
        assert text.endswith("\n") and not text.endswith("\n\n")
        assert all(line == line.rstrip() for line in text.splitlines())


def test_french_dates_write_the_first_of_the_month_as_1er() -> None:
    """In French, 1 March is printed "1er mars", as French documents write it."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert labels.format_date(date(2026, 3, 1)) == "1er mars 2026"
        assert labels.format_date(date(2026, 3, 2)) == "2 mars 2026"
    finally:
        QLocale.setDefault(previous)
