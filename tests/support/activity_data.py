"""A caseload with known activity counts for 2026, and canaries to look for in any output.

Counts in 2026 (the period the tests use):
- persons: Zqanne (3 interviews: office/housing/person ×2, phone/budget/hr),
  Zqbruno (4 interviews: office ×4, health; doctor ×1, person ×3),
  Zqchloe (1 interview: home_visit, family+housing, manager), Zqdenis (none in 2026).
- persons followed 3, interviews 8, new cases 2 (Anne, Chloé), closed 1 (Bruno).
- a hypothesis canary on Anne; note words "zqnote…" in every text field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.caseload import Caseload
from app.domain.ids import PersonId
from app.domain.models import InterviewDraft, InterviewKind, PersonDraft, Requester, Theme

CANARIES = ("Zqanne", "Zqbruno", "Zqchloe", "Zqdenis", "zqnote", "zqdetail", "zqhypo", "zqsuivi")
H, B, HE, F = Theme.HOUSING, Theme.BUDGET, Theme.HEALTH, Theme.FAMILY


@dataclass(frozen=True)
class KnownCaseload:
    anne: PersonId
    bruno: PersonId
    chloe: PersonId
    denis: PersonId


def _note(caseload: Caseload, person: PersonId, draft: InterviewDraft, n: int) -> None:
    interview = caseload.add_interview(person, draft, f"zqnote{n} : entretien du jour.")
    caseload.finalise(interview)
    caseload.add_addendum(interview, f"zqnote-ajout{n}")


def build_known_caseload(caseload: Caseload) -> KnownCaseload:
    """The caseload described in this module's docstring."""
    add = caseload.add_person
    anne = add(PersonDraft("Mme Zqanne", "Usine", "zqdetail1", case_opened=date(2026, 2, 1)))
    bruno = add(
        PersonDraft("M. Zqbruno", "", "zqdetail2", date(2024, 5, 1), case_closed=date(2026, 6, 30))
    )
    chloe = add(PersonDraft("Mme Zqchloe", "", "zqdetail3", case_opened=date(2026, 9, 1)))
    denis = add(PersonDraft("M. Zqdenis", "", "zqdetail4", case_opened=date(2023, 1, 1)))
    office, phone = InterviewKind.OFFICE, InterviewKind.PHONE
    _note(caseload, anne, InterviewDraft(date(2026, 2, 3), office, 45, (H,), Requester.PERSON), 1)
    _note(caseload, anne, InterviewDraft(date(2026, 3, 5), office, 30, (H,), Requester.PERSON), 2)
    _note(caseload, anne, InterviewDraft(date(2026, 3, 9), phone, 10, (B,), Requester.HR), 3)
    for n, requester in enumerate((Requester.DOCTOR, *(Requester.PERSON,) * 3), start=4):
        draft = InterviewDraft(date(2026, 4, n), office, 60, (HE,), requester)
        _note(caseload, bruno, draft, n)
    visit = InterviewDraft(
        date(2026, 9, 2), InterviewKind.HOME_VISIT, 90, (F, H), Requester.MANAGER
    )
    _note(caseload, chloe, visit, 8)
    _note(caseload, denis, InterviewDraft(date(2025, 12, 31)), 9)
    caseload.add_hypothesis(anne, "zqhypo : fragile", date(2026, 3, 9))
    caseload.add_follow_up(anne, "zqsuivi : rappeler", date(2026, 3, 20))
    return KnownCaseload(anne, bruno, chloe, denis)
