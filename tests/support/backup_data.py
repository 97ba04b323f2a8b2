"""Small caseloads for the backup, restore and erasure tests, with canaries to look for.

Every canary starts with "zq", which no other word in these vaults does: in a
search index a word is stored after the shared prefix of the previous word,
so a unique prefix keeps each canary whole on disk, where a scan can see it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core.caseload import Caseload
from app.core.session import Session
from app.domain.ids import PersonId
from app.domain.models import InterviewDraft, PersonDraft
from app.storage import sealed
from tests.support.pages import decrypted_bytes, scan_for

ALIAS = "Mme Zqalias-Éloïse"
DETAILS = "zqdetails, rue des Lilas"
FACTS = "zqfaits : loyer impayé depuis mars, courrier du bailleur."
ADDENDUM = "zqajout : précision datée du lendemain."
HYPOTHESIS = "zqhypothese : isolement possible, à vérifier."
FOLLOW_UP = "zqsuivi : rappeler la CAF."
# What each canary leaves on disk (search indexes fold case and accents).
PERSON_CANARIES = ("Zqalias-Éloïse", "zqdetails", "zqfaits", "zqajout", "zqsuivi")
HYPOTHESIS_CANARY = "zqhypothese"
ALL_CANARIES = (*PERSON_CANARIES, HYPOTHESIS_CANARY)
OTHER_FACTS = "Entretien ordinaire : budget, logement, emploi."


@dataclass(frozen=True, slots=True)
class Caseload2:
    """The ids of the two persons `populate` adds."""

    marked: PersonId  # carries every canary
    other: PersonId


def populate(caseload: Caseload, held_on: date = date(2021, 3, 4)) -> Caseload2:
    """One person with a canary in every field, and one ordinary person."""
    marked = caseload.add_person(PersonDraft(ALIAS, organisation="Usine Nord", details=DETAILS))
    interview = caseload.add_interview(marked, InterviewDraft(held_on), FACTS)
    caseload.finalise(interview)
    caseload.add_addendum(interview, ADDENDUM)
    caseload.add_hypothesis(marked, HYPOTHESIS, held_on, interview)
    caseload.add_follow_up(marked, FOLLOW_UP, held_on, interview)
    other = caseload.add_person(PersonDraft("M. Ordinaire", details="rien de particulier"))
    caseload.add_interview(other, InterviewDraft(date(2024, 1, 10)), OTHER_FACTS)
    caseload.add_hypothesis(other, "une hypothèse ordinaire", date(2024, 1, 10))
    return Caseload2(marked, other)


def canaries_in(path: Path, key: bytes, canaries: tuple[str, ...] = ALL_CANARIES) -> list[str]:
    """The canaries readable in any page of the database at `path` or its WAL."""
    blob = decrypted_bytes(path, key)
    return [c for c in canaries if scan_for(blob, c)]


def snapshot_canaries(
    session: Session, snapshot: Path, canaries: tuple[str, ...] = ALL_CANARIES
) -> list[str]:
    """The canaries readable in a snapshot and in its sealed companion (hypotheses)."""
    found = canaries_in(snapshot, session.data_key(), canaries)
    companion, sealed_key = sealed.companion(snapshot), session.sealed_key()
    if sealed_key is not None and companion.exists():
        found += canaries_in(companion, sealed_key, canaries)
    return found


def vault_canaries(session: Session, canaries: tuple[str, ...] = ALL_CANARIES) -> list[str]:
    """The canaries readable in carnet.db (data key) and hypotheses.db (its own key)."""
    found = canaries_in(session.paths.database, session.data_key(), canaries)
    sealed_key = session.sealed_key()
    if sealed_key is not None and session.paths.hypotheses.exists():
        found += canaries_in(session.paths.hypotheses, sealed_key, canaries)
    return found
