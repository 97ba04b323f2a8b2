"""Tests for app/core/summary_builder.py: exactly the ticked items, the frame's rules enforced."""

from __future__ import annotations

import ast
import dataclasses
from datetime import date
from pathlib import Path

import pytest

from app.core import summary_builder
from app.core.caseload import Caseload
from app.core.outward import outward_reader
from app.core.selection import (
    ConcernFields,
    CoordinationFields,
    DetailChoice,
    DetailKey,
    InterviewChoice,
    PersonLabel,
    Replacement,
)
from app.core.session import Session, stores
from app.core.summary_builder import (
    build_summary,
    detail_options,
    person_items,
)
from app.domain.errors import InvalidInput
from app.domain.models import InterviewDraft, PersonDraft
from app.domain.summary import ExportFormat, FactSource, Frame, Informed, Summary
from app.export.writers import render_summary
from tests.support.disclosure_data import (
    ADDENDUM_TEXT,
    ALIAS,
    FOLLOW_UP_TEXT,
    HYPOTHESIS_CANARY,
    ORGANISATION,
    PARAGRAPHS,
    SeededPerson,
    base_selection,
    seed_person,
)


@pytest.fixture
def seeded(caseload: Caseload) -> SeededPerson:
    return seed_person(caseload)


def every_text(summary: Summary) -> str:
    """All the strings a summary holds, joined, to search for what must not be there."""
    return repr(dataclasses.asdict(summary))


def test_nothing_ticked_gives_a_summary_without_items(
    session: Session, seeded: SeededPerson
) -> None:
    """A selection starts empty, and an empty selection carries no fact, follow-up or detail."""
    summary = build_summary(outward_reader(session), base_selection(seeded))
    assert (summary.facts, summary.follow_ups, summary.details) == ((), (), ())
    assert summary.person_label == ALIAS
    assert summary.item_refs() == ()


def test_ticked_paragraphs_only_in_note_order_oldest_interview_first(
    session: Session, seeded: SeededPerson
) -> None:
    """Paragraphs come out exactly as ticked, oldest interview first, refs counted from 1."""
    first, second = seeded.interviews
    selection = base_selection(
        seeded,
        interviews=(InterviewChoice(second, (1,)), InterviewChoice(first, (2, 0))),
    )
    summary = build_summary(outward_reader(session), selection)
    assert [f.text for f in summary.facts] == [
        PARAGRAPHS[0][0],
        PARAGRAPHS[0][2],
        PARAGRAPHS[1][1],
    ]
    assert [f.ref for f in summary.facts] == [
        f"interview:{first}#p1",
        f"interview:{first}#p3",
        f"interview:{second}#p2",
    ]
    assert PARAGRAPHS[0][1] not in every_text(summary)


def test_addenda_follow_ups_and_details_when_ticked(session: Session, seeded: SeededPerson) -> None:
    """An addendum, a follow-up and details are included only once ticked, with their refs."""
    items = person_items(outward_reader(session), seeded.person_id)
    addendum = items.interviews[-1].addenda[0]
    selection = base_selection(
        seeded,
        interviews=(InterviewChoice(seeded.interviews[0], addenda=(addendum.id,)),),
        follow_ups=(seeded.follow_up,),
        details=(DetailChoice(DetailKey.ORGANISATION), DetailChoice(DetailKey.DETAILS_LINE, 1)),
    )
    summary = build_summary(outward_reader(session), selection)
    assert [f.text for f in summary.facts] == [ADDENDUM_TEXT]
    assert [u.text for u in summary.follow_ups] == [FOLLOW_UP_TEXT]
    assert [(d.label, d.value) for d in summary.details] == [
        ("Organisation", ORGANISATION),
        ("Téléphone", "06 00 00 00 00"),
    ]
    assert summary.item_refs() == (
        f"person:{seeded.person_id}#organisation",
        f"person:{seeded.person_id}#details:2",
        f"addendum:{addendum.id}",
        f"follow-up:{seeded.follow_up}",
    )


def test_person_items_list_facts_follow_ups_details_and_never_hypotheses(
    session: Session, seeded: SeededPerson
) -> None:
    """What the wizard may offer holds every paragraph, but no hypothesis at all."""
    items = person_items(outward_reader(session), seeded.person_id)
    assert [i.paragraphs for i in items.interviews] == [PARAGRAPHS[1], PARAGRAPHS[0]]
    assert [f.id for f in items.follow_ups] == [seeded.follow_up]
    assert items.details[0].value == ORGANISATION
    assert HYPOTHESIS_CANARY not in repr(items)
    assert not any("hypoth" in f.name for f in dataclasses.fields(items))


def test_builder_source_never_names_hypotheses() -> None:
    """The builder's code does not even mention hypotheses: it cannot read them."""
    path = Path(summary_builder.__file__)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name)]
    names += [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)]
    names += [a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names]
    assert not [name for name in names if "hypothes" in name.lower()]
    assert "hypotheses" not in path.read_text(encoding="utf-8").replace("hypotheses field", "")


def test_an_interview_of_another_person_is_refused(
    caseload: Caseload, seeded: SeededPerson
) -> None:
    """Ticking an interview that belongs to someone else is refused, not silently printed."""
    from tests.support import draft

    foreign = caseload.add_interview(seeded.other_person_id, draft(date(2026, 1, 5)), "Autre")
    selection = base_selection(seeded, interviews=(InterviewChoice(foreign, (0,)),))
    with pytest.raises(InvalidInput):
        build_summary(outward_reader(caseload.session), selection)


def test_a_paragraph_that_no_longer_exists_is_refused(
    session: Session, seeded: SeededPerson
) -> None:
    """An index past the note's last paragraph raises instead of printing something else."""
    selection = base_selection(seeded, interviews=(InterviewChoice(seeded.interviews[1], (9,)),))
    with pytest.raises(InvalidInput):
        build_summary(outward_reader(session), selection)


@pytest.mark.parametrize("frame", [Frame.COORDINATION, Frame.ATTESTATION])
def test_frames_without_content_refuse_ticked_items(
    session: Session, seeded: SeededPerson, frame: Frame
) -> None:
    """A coordination notice or certificate cannot be given items from the notes."""
    selection = base_selection(
        seeded,
        frame,
        interviews=(InterviewChoice(seeded.interviews[0], (0,)),),
        coordination=CoordinationFields("CCAS, service social"),
    )
    with pytest.raises(InvalidInput, match="nothing from the notes"):
        build_summary(outward_reader(session), selection)


def test_coordination_carries_only_parties_and_date(session: Session, seeded: SeededPerson) -> None:
    """A coordination notice holds who and from when; no fact, follow-up or detail."""
    coordination = CoordinationFields("CCAS, service social du travail", date(2026, 12, 1))
    summary = build_summary(
        outward_reader(session),
        base_selection(seeded, Frame.COORDINATION, coordination=coordination),
    )
    assert summary.coordination_parties == "CCAS, service social du travail"
    assert summary.coordination_from == date(2026, 12, 1)
    assert summary.item_refs() == ()
    for paragraph in (*PARAGRAPHS[0], *PARAGRAPHS[1]):
        assert paragraph not in every_text(summary)


def test_not_informed_needs_a_reason(session: Session, seeded: SeededPerson) -> None:
    """Disclosing without informing the person is refused unless the worker says why."""
    selection = base_selection(seeded, informed=Informed.NOT_INFORMED)
    with pytest.raises(InvalidInput, match="why"):
        build_summary(outward_reader(session), selection)
    reasoned = dataclasses.replace(selection, informed_reason="Danger immédiat")
    assert build_summary(outward_reader(session), reasoned).informed_reason == "Danger immédiat"


@pytest.mark.parametrize(
    ("field", "value"),
    [("recipient_name", ""), ("purpose", "  "), ("author", "")],
)
def test_recipient_purpose_and_author_are_required(
    session: Session, seeded: SeededPerson, field: str, value: str
) -> None:
    """No disclosure without saying to whom, why, and from whom."""
    selection = base_selection(seeded)
    if field == "recipient_name":
        selection = dataclasses.replace(
            selection, recipient=dataclasses.replace(selection.recipient, name=value)
        )
    else:
        selection = dataclasses.replace(selection, **{field: value})
    with pytest.raises(InvalidInput):
        build_summary(outward_reader(session), selection)


def test_concern_report_marks_each_fact_observed_or_reported(
    session: Session, seeded: SeededPerson
) -> None:
    """In a concern report each fact keeps the source the worker set; minor and sources required."""
    first = seeded.interviews[0]
    selection = base_selection(
        seeded,
        Frame.CONCERN,
        interviews=(InterviewChoice(first, (0, 1)),),
        sources={f"interview:{first}#p1": FactSource.OBSERVED},
    )
    with pytest.raises(InvalidInput, match="minor"):
        build_summary(outward_reader(session), selection)
    concern = ConcernFields("L. Q., née en 2015", "Orientation PMI", "Mère informée le 3 mars")
    selection = dataclasses.replace(selection, concern=concern)
    with pytest.raises(InvalidInput, match="observed it or it was reported"):
        build_summary(outward_reader(session), selection)
    sources = {**selection.sources, f"interview:{first}#p2": FactSource.REPORTED}
    summary = build_summary(
        outward_reader(session), dataclasses.replace(selection, sources=sources)
    )
    assert [f.source for f in summary.facts] == [FactSource.OBSERVED, FactSource.REPORTED]
    assert (summary.minor_identity, summary.actions_taken, summary.parents_informed) == (
        "L. Q., née en 2015",
        "Orientation PMI",
        "Mère informée le 3 mars",
    )


def test_sources_are_ignored_outside_a_concern_report(
    session: Session, seeded: SeededPerson
) -> None:
    """Only a concern report prints observed/reported; a liaison note keeps facts plain."""
    first = seeded.interviews[0]
    selection = base_selection(
        seeded,
        interviews=(InterviewChoice(first, (0,)),),
        sources={f"interview:{first}#p1": FactSource.REPORTED},
        concern=ConcernFields("X"),
    )
    summary = build_summary(outward_reader(session), selection)
    assert summary.facts[0].source is None
    assert summary.minor_identity == ""


def test_attestation_states_since_when_and_nothing_else(
    session: Session, seeded: SeededPerson
) -> None:
    """A certificate carries the start date only; written to the person it asks no consent."""
    selection = base_selection(
        seeded,
        Frame.ATTESTATION,
        supported_since=date(2025, 9, 1),
        informed=None,
        to_person=True,
    )
    summary = build_summary(outward_reader(session), selection)
    assert summary.supported_since == date(2025, 9, 1)
    assert summary.informed is Informed.IS_RECIPIENT
    assert summary.informed_reason == ""


def test_initials_instead_of_the_alias(session: Session, seeded: SeededPerson) -> None:
    """The worker may name the person by initials only."""
    summary = build_summary(
        outward_reader(session), base_selection(seeded, label=PersonLabel.INITIALS)
    )
    assert summary.person_label == "M. Z. Q."


def test_replacements_change_the_summary_and_never_the_note(
    session: Session, seeded: SeededPerson
) -> None:
    """An accepted wording change is in the summary; the note in the vault is unchanged."""
    first = seeded.interviews[0]
    before = stores(session).interviews.get(first).facts
    start = PARAGRAPHS[0][0].index("bail")
    change = Replacement(f"interview:{first}#p1", start, start + 4, "bail", "contrat de location")
    selection = base_selection(
        seeded, interviews=(InterviewChoice(first, (0,)),), replacements=(change,)
    )
    summary = build_summary(outward_reader(session), selection)
    assert "le contrat de location a pris fin" in summary.facts[0].text
    assert stores(session).interviews.get(first).facts == before


def test_a_stale_replacement_is_refused(session: Session, seeded: SeededPerson) -> None:
    """A change whose words are no longer where it says is refused, never misapplied."""
    first = seeded.interviews[0]
    change = Replacement(f"interview:{first}#p1", 0, 4, "XXXX", "y")
    selection = base_selection(
        seeded, interviews=(InterviewChoice(first, (0,)),), replacements=(change,)
    )
    with pytest.raises(InvalidInput):
        build_summary(outward_reader(session), selection)


def test_detail_options_split_labelled_lines(session: Session, seeded: SeededPerson) -> None:
    """Each line of the free details is its own item; 'Label : value' lines keep their label."""
    options = detail_options(stores(session).persons.get(seeded.person_id))
    assert [(o.choice.key, o.label, o.value) for o in options] == [
        (DetailKey.ORGANISATION, "Organisation", ORGANISATION),
        (DetailKey.CASE_OPENED, "Supported since", "2025-09-01"),
        (DetailKey.DETAILS_LINE, "Employeur", "Entrepôt Nord"),
        (DetailKey.DETAILS_LINE, "Téléphone", "06 00 00 00 00"),
    ]


def test_a_template_note_exports_each_section_as_its_own_paragraph(
    session: Session, caseload: Caseload, seeded: SeededPerson
) -> None:
    """Answers typed on the line under each heading: four sections, four paragraphs in the file."""
    sections = [
        ("Motif de l’entretien\u00a0:", "Loyer impayé depuis mars."),
        ("Situation décrite par la personne\u00a0:", "Elle vit seule avec deux enfants."),
        ("Ce que la personne demande\u00a0:", "Une aide pour le loyer."),
        ("Prochaines étapes\u00a0:", "Dossier FSL à monter."),
    ]
    note = "\n".join(f"{heading}\n{answer}" for heading, answer in sections) + "\n"
    person = caseload.add_person(PersonDraft("Mme Sections"))
    interview = caseload.add_interview(person, InterviewDraft(held_on=date(2026, 3, 2)), note)
    listed = person_items(outward_reader(session), person).interviews[0].paragraphs
    assert listed == tuple(f"{heading}\n{answer}" for heading, answer in sections)
    selection = dataclasses.replace(
        base_selection(seeded), person_id=person,
        interviews=(InterviewChoice(interview, (0, 2)),),
    )  # fmt: skip
    summary = build_summary(outward_reader(session), selection)
    assert [fact.text for fact in summary.facts] == [listed[0], listed[2]]
    written = render_summary(summary, ExportFormat.TXT).data.decode("utf-8")
    assert f"{listed[0]}\n\n{listed[2]}" in written.replace("\r\n", "\n")
    assert sections[1][1] not in written and sections[3][1] not in written
