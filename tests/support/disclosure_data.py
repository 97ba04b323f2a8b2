"""A person with facts, addenda, follow-ups and private hypotheses, for the export tests.

Every hypothesis carries `HYPOTHESIS_CANARY`, so a test can prove it appears in
no file, widget or register line; every fact paragraph is distinct and findable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.caseload import Caseload
from app.core.selection import Selection
from app.domain.ids import FollowUpId, InterviewId, PersonId
from app.domain.models import InterviewDraft, InterviewKind, PersonDraft
from app.domain.summary import Frame, Informed, Recipient

HYPOTHESIS_CANARY = "hypocanari-Xq7Zw"
ALIAS = "Mme Zoé Quellec"
ORGANISATION = "Transports Rapides"
OTHER_ALIAS = "Gaspard Ollivier"
PARAGRAPHS = (
    (
        "Mme Q. indique que le bail a pris fin le 30 septembre ; une demande de logement"
        " social est déposée.",
        "Elle a obtenu un rendez-vous avec le bailleur pour le 12 novembre.",
        "Dossier FSL remis complet, copie conservée.",
    ),
    (
        "Reprise du travail à mi-temps thérapeutique évoquée avec le médecin du travail.",
        "Elle souhaite un aménagement de poste et demande un appui.",
    ),
)
FOLLOW_UP_TEXT = "Relancer la commission d'attribution"
ADDENDUM_TEXT = "Correction : le rendez-vous est fixé au 14 novembre."


@dataclass(frozen=True, slots=True)
class SeededPerson:
    person_id: PersonId
    other_person_id: PersonId
    interviews: tuple[InterviewId, ...]  # oldest first, as in PARAGRAPHS
    follow_up: FollowUpId


def seed_person(caseload: Caseload) -> SeededPerson:
    """Two interviews (the first finalised with an addendum), one follow-up, hypotheses."""
    person = caseload.add_person(
        PersonDraft(
            ALIAS,
            organisation=ORGANISATION,
            details="Employeur : Entrepôt Nord\nTéléphone : 06 00 00 00 00",
            case_opened=date(2025, 9, 1),
        )
    )
    other = caseload.add_person(PersonDraft(OTHER_ALIAS))
    interviews = []
    for index, paragraphs in enumerate(PARAGRAPHS):
        draft = InterviewDraft(held_on=date(2026, 3, 2 + 7 * index), kind=InterviewKind.OFFICE)
        interview = caseload.add_interview(person, draft, "\n\n".join(paragraphs))
        caseload.add_hypothesis(
            person, f"{HYPOTHESIS_CANARY} piste {index}", date(2026, 3, 3), interview
        )
        interviews.append(interview)
    caseload.finalise(interviews[0])
    caseload.add_addendum(interviews[0], ADDENDUM_TEXT)
    caseload.add_hypothesis(person, f"{HYPOTHESIS_CANARY} générale", date(2026, 3, 4))
    follow_up = caseload.add_follow_up(person, FOLLOW_UP_TEXT, date(2026, 12, 2))
    return SeededPerson(person, other, tuple(interviews), follow_up)


def base_selection(
    seeded: SeededPerson, frame: Frame = Frame.LIAISON, **changes: object
) -> Selection:
    """A selection with recipient, purpose and author, and nothing ticked."""
    fields: dict[str, object] = {
        "person_id": seeded.person_id,
        "frame": frame,
        "recipient": Recipient("Dr Claire Martin", "médecin du travail", "SIST Paris"),
        "purpose": "Préparer la reprise du travail",
        "author": "Service social du travail",
        "informed": Informed.AGREED,
        "issued_on": date(2026, 11, 22),
    }
    fields.update(changes)
    return Selection(**fields)  # type: ignore[arg-type]
