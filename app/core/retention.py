"""Retention and erasure: what is past its term, closing a case, purging for good.

A person's last contact is their latest interview (their creation date if
they have none); past `Caseload.retention_years()` after it (2 by default,
the CNIL guidance), the record is past its term and offered for purge.

A purge (past term, or one person's request: the right to erasure) deletes
the rows in one transaction with a register entry per person (the reason, no
content), checks the search indexes, rewrites every on-device snapshot that
still holds the person, then VACUUMs and truncates the WAL. Afterwards the
person's text is on no page of the database, the WAL or any snapshot. External
backups already made are outside the device: the confirmation says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.core.caseload import Caseload
from app.core.personal_words import forget_words_of
from app.core.session import Session, database, stores
from app.core.snapshots import finish_pending_erasure, housekeeping, snapshots_holding
from app.domain.errors import CarnetError, InvalidInput, NotFound
from app.domain.ids import DisclosureId, PersonId
from app.domain.models import PersonDraft, PersonRow
from app.storage import purge as store

MAX_REASON = 500


class PurgeKind(StrEnum):
    PAST_TERM = "past-term"
    REQUEST = "erasure-request"


@dataclass(frozen=True, slots=True)
class PersonErasure:
    """Everything a purge of this person destroys, for the confirmation."""

    person_id: PersonId
    alias: str
    last_contact: date | None
    interviews: int
    addenda: int
    hypotheses: int
    follow_ups: int
    register_entries_kept: int


@dataclass(frozen=True, slots=True)
class PurgePreview:
    persons: tuple[PersonErasure, ...]
    snapshots: int  # on-device snapshots that hold them and will be rewritten


@dataclass(frozen=True, slots=True)
class PurgeReport:
    person_ids: tuple[PersonId, ...]
    register_ids: tuple[DisclosureId, ...]
    warnings: tuple[CarnetError, ...]


def past_term(session: Session, today: date) -> list[PersonRow]:
    """Persons whose last contact is older than the retention term."""
    return Caseload(session).past_term(today)


def close_case(
    session: Session, person_id: PersonId, closed_on: date, destroy_hypotheses: bool = True
) -> int:
    """Close a case (the only way to); by default its hypotheses are destroyed here and
    in every file under the vault key, through the same erasure as a purge."""
    caseload = Caseload(session)
    person = stores(session).persons.get(person_id)
    draft = PersonDraft(
        person.alias, person.organisation, person.details, person.case_opened, closed_on
    )
    if not destroy_hypotheses:
        caseload.update_person(person_id, draft)
        return 0
    store.mark_hypotheses_scrub(database(session), person_id)
    caseload.update_person(person_id, draft)
    destroyed = store.destroy_hypotheses(database(session), person_id)
    finish_pending_erasure(session)
    return destroyed


_COUNTS = {
    "interviews": "SELECT count(*) FROM interviews WHERE person_id = ?",
    # The addendum being written goes too: it counts with the others.
    "addenda": "SELECT count(*) FROM (SELECT interview_id FROM addenda"
    " UNION ALL SELECT interview_id FROM addendum_drafts) a"
    " JOIN interviews i ON i.id = a.interview_id WHERE i.person_id = ?",
    "hypotheses": "SELECT count(*) FROM hypotheses WHERE person_id = ?",
    "follow_ups": "SELECT count(*) FROM follow_ups WHERE person_id = ?",
    "register_entries_kept": "SELECT count(*) FROM disclosures WHERE person_id = ?",
}


def preview_purge(session: Session, person_ids: list[PersonId]) -> PurgePreview:
    """What exactly a purge of these persons destroys (and what it keeps)."""
    found = []
    ids = list(dict.fromkeys(person_ids))
    for pid in ids:
        person = stores(session).persons.get(pid)
        counts = {name: int(database(session).scalar(sql, (pid,))) for name, sql in _COUNTS.items()}
        found.append(PersonErasure(pid, person.alias, person.last_contact, **counts))
    scrubs = store.person_scrubs(database(session), [int(i) for i in ids], store.ALL)
    return PurgePreview(tuple(found), snapshots_holding(session, scrubs))


def _clean_reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise InvalidInput("A purge needs a reason for the register.")
    if len(cleaned) > MAX_REASON:
        raise InvalidInput(f"The reason has at most {MAX_REASON} characters.")
    return cleaned


def purge(
    session: Session, person_ids: list[PersonId], reason: str, kind: PurgeKind
) -> PurgeReport:
    """Erase these persons for good. Raises before any change if one does not exist."""
    text = _clean_reason(reason)
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise NotFound()
    warnings = list(housekeeping(session))
    names = [stores(session).persons.get(pid).alias for pid in ids]
    register = store.purge_persons(database(session), [int(i) for i in ids], kind.value, text)
    store.clean_indexes(database(session))
    forget_words_of(session, names)
    try:
        warnings += finish_pending_erasure(session)
    except CarnetError as exc:  # e.g. disk full during VACUUM: finished at the next unlock
        warnings.append(exc)
    return PurgeReport(tuple(ids), tuple(DisclosureId(r) for r in register), tuple(warnings))
