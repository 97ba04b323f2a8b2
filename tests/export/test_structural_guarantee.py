"""Hypotheses never leave the device: by construction, and proven on real files.

Facts and hypotheses are drawn from two disjoint vocabularies and written into a
real vault; random selections are exported in every frame and format through the
same path the wizard and the command line use (build → write → record); the
written files are read back with real parsers (pypdf, the ODT's content.xml, the
text itself). No hypothesis word appears, every ticked fact does, no unticked one.
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import typing
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app.export
from app.core import access_copy, outward, summary_builder
from app.core.caseload import Caseload
from app.core.disclosure import export_summary
from app.core.outward import OutwardReader, outward_reader
from app.core.register import RefusedRequest, RegisterFormat, record_refusal, register_document
from app.core.selection import (
    CONTENT_FRAMES,
    ConcernFields,
    CoordinationFields,
    DetailChoice,
    InterviewChoice,
    Selection,
)
from app.core.session import Session, stores
from app.core.summary_builder import build_summary, person_items
from app.domain import summary as summary_module
from app.domain.ids import PersonId
from app.domain.models import InterviewDraft, PersonDraft
from app.domain.summary import (
    CHILD_FRAMES,
    ExportFormat,
    FactSource,
    Frame,
    Informed,
    Recipient,
    Summary,
)
from app.export.text import summary_text
from app.export.writers import write_summary
from tests.export.test_writers import extracted_body, odt_text, pdf_pages, squash

# List A (facts) and list B (hypotheses): no word of one is inside a word of the other.
FACT_WORDS = (
    "logement", "bailleur", "dossier", "rendez-vous", "commission", "travail", "horaires",
    "salaire", "facture", "caisse", "mutuelle", "retraite", "formation", "transport",
    "banque", "courrier", "attestation", "demande", "agence", "quittance", "contrat",
    "mairie", "cantine", "crèche", "pension", "loyer", "garage", "planning", "visite",
)  # fmt: skip
HYPOTHESIS_WORDS = (
    "qwyrmz", "zblorfk", "xquindv", "vyxtrapq", "jozzwek", "kwazplox", "fyqqurn",
    "wubzix", "plyxkov", "zqavrub", "hyxxomp", "kvoqzeth", "qazzibor", "xwvyltk",
)  # fmt: skip
NAMES = ("Zoé Quellec", "Henri Dabrowski", "Awa Konaté", "Lucie Martin", "Ibrahim Sow")
FRAMES_WITH_FACTS = CONTENT_FRAMES


def marker(person: int, interview: int, paragraph: int) -> str:
    """A unique, unambiguous tag opening each fact paragraph (never a prefix of another)."""
    return f"Fait-P{person:03d}I{interview:02d}N{paragraph:02d}-fin"


sentences = st.lists(st.sampled_from(FACT_WORDS), min_size=3, max_size=14).map(" ".join)
hypothesis_texts = st.lists(st.sampled_from(HYPOTHESIS_WORDS), min_size=1, max_size=8).map(" ".join)
interviews_strategy = st.lists(st.lists(sentences, min_size=1, max_size=4), min_size=1, max_size=3)


def test_the_hypothesis_vocabularies_are_disjoint() -> None:
    """No hypothesis word hides inside a fact word, a name or a printed label, nor the reverse."""
    for word in HYPOTHESIS_WORDS:
        assert not any(word in other or other in word for other in FACT_WORDS)
        assert not any(word in name.lower() for name in NAMES)


def test_the_summary_type_has_no_field_for_hypotheses() -> None:
    """Summary and every item type it holds have no field that could carry a hypothesis."""
    types = [summary_module.Summary, summary_module.FactItem, summary_module.FollowUpItem]
    types += [summary_module.DetailItem, summary_module.Recipient]
    types += [summary_module.InterviewEntry, summary_module.TransmissionItem]
    for kind in types:
        assert not [f.name for f in dataclasses.fields(kind) if "hypoth" in f.name.lower()]


def imported_modules(package_dir: Path) -> set[str]:
    """Every module named by an import statement anywhere in a package."""
    found: set[str] = set()
    for path in package_dir.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return found


def test_export_code_imports_only_the_domain_qt_and_stdlib() -> None:
    """app.export can import nothing that reads the vault: only app.domain among app modules."""
    modules = imported_modules(Path(app.export.__file__).parent)
    ours = {m for m in modules if m == "app" or m.startswith("app.")}
    assert ours and all(m.startswith(("app.domain", "app.export")) for m in ours), ours
    assert not any(m.startswith(("sqlcipher3", "sqlite3")) for m in modules)
    text = "".join(p.read_text() for p in Path(app.export.__file__).parent.rglob("*.py"))
    assert "hypothes" not in text.lower().replace("no hypotheses field", "")


def test_the_builder_never_names_hypotheses() -> None:
    """The modules that read the vault for a summary have no reference to hypotheses."""
    for module in (summary_builder, access_copy, outward):
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        assert "hypothes" not in source.lower().replace("name hypotheses", ""), module


def test_the_builder_reads_through_the_narrow_reader_only() -> None:
    """build_summary and person_items take an OutwardReader, never a Session."""
    for function in (summary_builder.build_summary, summary_builder.person_items):
        hints = typing.get_type_hints(function)
        assert hints["reader"] is OutwardReader
        assert Session not in hints.values()


def seed(
    caseload: Caseload, index: int, interviews: list[list[str]], hypotheses: list[str]
) -> PersonId:
    """A person whose facts are tagged sentences and whose hypotheses use list B only."""
    person = caseload.add_person(
        PersonDraft(
            NAMES[index % len(NAMES)], organisation="Entreprise du port", details="Poste : cariste"
        )
    )
    for number, paragraphs in enumerate(interviews):
        text = "\n\n".join(
            f"{marker(index, number, p)} {sentence}." for p, sentence in enumerate(paragraphs)
        )
        interview = caseload.add_interview(
            person, InterviewDraft(held_on=date(2026, 1, 5 + number)), text
        )
        for hypothesis in hypotheses:
            caseload.add_hypothesis(person, hypothesis, date(2026, 1, 6), interview)
    for hypothesis in hypotheses:
        caseload.add_hypothesis(person, hypothesis, date(2026, 1, 7))
    caseload.add_follow_up(person, "Envoyer le dossier à la caisse", date(2026, 2, 1))
    return person


def selection_for(
    session: Session, person: PersonId, frame: Frame, ticks: st.DataObject
) -> Selection:
    """A random choice of paragraphs, follow-ups and details (none for notices)."""
    items = person_items(outward_reader(session), person)
    chosen: list[InterviewChoice] = []
    details: tuple[DetailChoice, ...] = ()
    follow_ups = ()
    if frame in CONTENT_FRAMES:
        for interview in items.interviews:
            indexes = range(len(interview.paragraphs))
            picked = ticks.draw(st.lists(st.sampled_from(indexes), unique=True))
            chosen.append(InterviewChoice(interview.interview_id, tuple(picked)))
        details = tuple(o.choice for o in items.details if ticks.draw(st.booleans()))
        follow_ups = tuple(f.id for f in items.follow_ups if ticks.draw(st.booleans()))
    to_person = frame is Frame.PERSON_COPY
    # A reply to an employer carries items only with the person's agreement.
    informed = Informed.AGREED if frame is Frame.EMPLOYER else Informed.NOT_INFORMED
    return Selection(
        person_id=person,
        frame=frame,
        recipient=Recipient("Dr Claire Martin", "médecin du travail", "SIST"),
        purpose="Préparer la reprise",
        author="Service social du travail",
        informed=None if to_person else informed,
        informed_reason="Personne injoignable",
        to_person=to_person,
        everything=to_person and bool(ticks.draw(st.booleans())),
        confirm_support=frame is Frame.EMPLOYER and bool(ticks.draw(st.booleans())),
        interviews=tuple(chosen),
        details=details,
        follow_ups=follow_ups,
        sources=_sources(chosen, frame),
        concern=ConcernFields(
            "Léa Quellec, née le 3 mai 2015", "Orientation vers la PMI", "", "Danger grave"
        ),
        coordination=CoordinationFields("CCAS, service social du travail", date(2026, 3, 1)),
        supported_since=date(2025, 9, 1),
    )


def _sources(chosen: list[InterviewChoice], frame: Frame) -> dict[str, FactSource]:
    if frame not in CHILD_FRAMES:
        return {}
    return {
        f"interview:{c.interview_id}#p{i + 1}": FactSource.REPORTED
        if i % 2
        else FactSource.OBSERVED
        for c in chosen
        for i in c.paragraphs
    }


def file_text(summary: Summary, fmt: ExportFormat, path: Path) -> str:
    """The whole text of a written file, as a real parser reads it."""
    if fmt is ExportFormat.PDF:
        return "\n".join(pdf_pages(path))
    if fmt is ExportFormat.ODT:
        return odt_text(path)
    return path.read_text(encoding="utf-8")


def check_file(
    session: Session, summary: Summary, fmt: ExportFormat, path: Path, tagged: dict[str, str]
) -> None:
    text = file_text(summary, fmt, path)
    squashed, lowered = squash(text), text.lower()
    assert not [w for w in HYPOTHESIS_WORDS if w in lowered or w in squashed.lower()]
    printed = {fact.text for fact in summary.facts} if summary.frame in FRAMES_WITH_FACTS else set()
    printed |= {p for entry in summary.interviews for p in entry.paragraphs}
    for tag, paragraph in tagged.items():
        if paragraph in printed:
            assert squash(paragraph) in squashed, tag
        else:
            assert tag not in squashed, tag
    # The preview is the file, modulo whitespace and the page furniture.
    assert extracted_body(summary, fmt, path) == squash(summary_text(summary))
    [entry, *_] = stores(session).disclosures.list()
    assert entry.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_no_hypothesis_reaches_any_file_and_ticked_facts_all_do(
    caseload: Caseload, tmp_path_factory: pytest.TempPathFactory, fmt: ExportFormat
) -> None:
    """For random persons and selections, each frame's file has the ticked facts, no hypothesis."""
    session = caseload.session
    counter = iter(range(10_000))

    @settings(
        max_examples=15,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(
        interviews=interviews_strategy,
        hypotheses=st.lists(hypothesis_texts, min_size=1, max_size=3),
        ticks=st.data(),
    )
    def check(interviews: list[list[str]], hypotheses: list[str], ticks: st.DataObject) -> None:
        index = next(counter)
        person = seed(caseload, index, interviews, hypotheses)
        tagged = {
            marker(index, number, p): f"{marker(index, number, p)} {sentence}."
            for number, paragraphs in enumerate(interviews)
            for p, sentence in enumerate(paragraphs)
        }
        folder = tmp_path_factory.mktemp("out")
        for frame in Frame:
            selection = selection_for(session, person, frame, ticks)
            summary = build_summary(outward_reader(session), selection)
            before = len(stores(session).disclosures.list())
            path = folder / f"{frame.value}.{fmt.value}"
            export_summary(session, selection, summary, fmt, path, write_summary)
            assert len(stores(session).disclosures.list()) == before + 1
            check_file(session, summary, fmt, path, tagged)
        refusal = RefusedRequest("DRH Exemple", "Nouvelles du salarié", "Secret opposé")
        record_refusal(session, person, refusal)
        for register_format in RegisterFormat:
            register = register_document(stores(session).disclosures.list(), register_format)
            lowered = register.decode("utf-8").lower()
            assert not [w for w in HYPOTHESIS_WORDS if w in lowered]
            assert "refused" in lowered or register_format is not RegisterFormat.JSON

    check()


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_a_coordination_notice_holds_no_text_from_any_note(
    caseload: Caseload, tmp_path: Path, fmt: ExportFormat
) -> None:
    """An avis de coordination carries no fact, follow-up, detail or hypothesis text at all."""
    person = seed(
        caseload, 0, [["logement bailleur dossier", "caisse mutuelle"]], ["qwyrmz zblorfk"]
    )
    selection = dataclasses.replace(
        selection_for(caseload.session, person, Frame.COORDINATION, _NoDraws()),
        purpose="Motif confidentiel xquindv",
    )
    summary = build_summary(outward_reader(caseload.session), selection)
    path = tmp_path / f"notice.{fmt.value}"
    export_summary(caseload.session, selection, summary, fmt, path, write_summary)
    text = squash(file_text(summary, fmt, path))
    for forbidden in ("Fait-P", "logementbailleur", "cariste", "Entrepriseduport", "caisse"):
        assert squash(forbidden) not in text
    assert "qwyrmz" not in text.lower() and "xquindv" not in text.lower()


class _NoDraws:
    """Stands in for hypothesis' data object where a frame draws nothing."""

    def draw(self, strategy: object) -> object:
        raise AssertionError("a coordination notice must not choose any item")
