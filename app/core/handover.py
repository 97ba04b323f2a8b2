"""Handing persons over to a successor, and taking a handover in.

Export: the worker's choices (`HandoverChoice`, nothing ticked in advance) are
read through the `OutwardReader` (which cannot reach the hypotheses) into a
`Handover`, sealed under the handover passphrase (`app.crypto.handover_format`,
the external backup's construction; the passphrase must pass the policy a
vault's or a backup's does) and written atomically; then one register
entry per person (recipient: the successor, purpose: « continuité du suivi »).

Import: the file is opened and checked in full before anything is written; the
persons arrive with new ids, marked as taken over, every note keeps its date and
gains an addendum with the handover date; all in one transaction, and a file
already taken in adds nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from app.core.caseload import check_text
from app.core.handover_codec import decode_handover, encode_handover
from app.core.outward import OutwardReader, outward_reader
from app.core.passphrase_policy import require_acceptable
from app.core.session import Session, database, stores
from app.crypto.handover_format import open_sealed, seal
from app.crypto.kdf import KdfParams, calibrate
from app.domain.atomic import atomic_write
from app.domain.errors import ExportFailed, HandoverInvalid, InvalidInput
from app.domain.handover import (
    HANDOVER_FORMAT,
    HANDOVER_FRAME,
    HANDOVER_PURPOSE,
    IDENTITY_FIELDS,
    HandedAddendum,
    HandedFollowUp,
    HandedInterview,
    HandedPerson,
    Handover,
    HandoverChoice,
)
from app.domain.ids import DisclosureId, PersonId
from app.domain.models import Disclosure
from app.domain.summary import Informed
from app.storage.handover_store import import_handover

MAX_HANDOVER_BYTES = 256 * 1024 * 1024
DEFAULT_MARK = "Taken over from {sender} on {day} (handover)."
DEFAULT_NOTE = "Handed over on {day}."


@dataclass(frozen=True, slots=True)
class HandoverOutcome:
    path: Path
    handover_id: str
    entries: tuple[DisclosureId, ...]


def everything(reader: OutwardReader, person_id: PersonId) -> HandoverChoice:
    """Every field, interview, addendum and open follow-up of a person: an explicit choice
    (the command line's `handover export` names the persons, so it takes their whole file)."""
    return HandoverChoice(
        person_id=person_id,
        fields=frozenset(IDENTITY_FIELDS),
        interviews=tuple(i.id for i in reversed(reader.interviews(person_id))),
        with_addenda=True,
        follow_ups=tuple(f.id for f in reader.follow_ups(person_id) if not f.done),
    )


def _handed_person(reader: OutwardReader, choice: HandoverChoice) -> HandedPerson:
    person = reader.person(choice.person_id)
    interviews = []
    for interview_id in choice.interviews:
        interview = reader.interview(interview_id)
        if interview.person_id != choice.person_id:
            raise InvalidInput("An interview chosen belongs to another person.")
        addenda = interview.addenda if choice.with_addenda else ()
        interviews.append(
            HandedInterview(
                interview.held_on,
                interview.kind,
                interview.duration_min,
                interview.themes,
                interview.requested_by,
                interview.facts,
                tuple(HandedAddendum(a.created_at, a.text) for a in addenda),
            )
        )
    follow_ups = []
    for follow_up_id in choice.follow_ups:
        follow_up = reader.follow_up(follow_up_id)
        if follow_up.person_id != choice.person_id or follow_up.done:
            raise InvalidInput("A follow-up chosen is done or belongs to another person.")
        follow_ups.append(HandedFollowUp(follow_up.text, follow_up.due_on))
    return HandedPerson(
        alias=person.alias,
        organisation=person.organisation if "organisation" in choice.fields else "",
        details=person.details if "details" in choice.fields else "",
        case_opened=person.case_opened if "case_opened" in choice.fields else None,
        interviews=tuple(interviews),
        follow_ups=tuple(follow_ups),
    )


def build_handover(
    reader: OutwardReader,
    choices: Sequence[HandoverChoice],
    sender: str,
    recipient: str,
    today: date,
) -> Handover:
    """Exactly what the file will hold (the preview shows this)."""
    if not choices:
        raise InvalidInput("Choose at least one person to hand over.")
    if not recipient.strip():
        raise InvalidInput("Say who takes over (the successor's name).")
    persons = tuple(_handed_person(reader, choice) for choice in choices)
    return Handover("", check_text(sender.strip()), check_text(recipient.strip()), today, persons)


def _entry(choice: HandoverChoice, handover: Handover, informed: Informed, sha: str) -> Disclosure:
    refs = [f"interview:{i}" for i in choice.interviews]
    refs += [f"follow_up:{f}" for f in choice.follow_ups]
    refs += [f"detail:{name}" for name in sorted(choice.fields)]
    return Disclosure(
        id=DisclosureId(0),
        created_at=datetime.now(UTC),
        person_id=choice.person_id,
        recipient=handover.recipient,
        frame=HANDOVER_FRAME,
        purpose=HANDOVER_PURPOSE,
        informed=informed.value,
        reason="",
        item_refs=tuple(refs),
        output_format=HANDOVER_FORMAT,
        sha256=sha,
    )


def export_handover(
    session: Session,
    choices: Sequence[HandoverChoice],
    handover: Handover,
    informed: Informed | None,
    path: Path,
    passphrase: str,
    params: KdfParams | None = None,
) -> HandoverOutcome:
    """Seal `handover` (the one previewed) into `path`, then record one entry per person.

    A passphrase the policy refuses raises WeakPassphrase before anything is
    written: the file carries a whole caseload's facts, as a backup does."""
    if informed is None or informed is Informed.IS_RECIPIENT:
        raise InvalidInput(
            "Say whether each person was told of the handover (agreed, informed, or not)"
            " before anything is written."
        )
    require_acceptable(passphrase)
    sealed = seal(encode_handover(handover), passphrase, params or calibrate(), datetime.now(UTC))
    try:
        atomic_write(path, sealed.data)
        on_disk = path.read_bytes()
    except OSError as exc:
        raise ExportFailed("The handover file could not be written.") from exc
    sha = hashlib.sha256(sealed.data).hexdigest()
    if hashlib.sha256(on_disk).hexdigest() != sha:
        raise ExportFailed("The file on disk is not the one that was written.")
    register = stores(session).disclosures
    entries = tuple(register.record(_entry(c, handover, informed, sha)) for c in choices)
    return HandoverOutcome(path, sealed.handover_id, entries)


def read_handover(path: Path, passphrase: str) -> Handover:
    """The decrypted handover, checked in full; nothing is written."""
    try:
        if path.stat().st_size > MAX_HANDOVER_BYTES:
            raise HandoverInvalid("The handover file is too large.")
        data = path.read_bytes()
    except OSError as exc:
        raise HandoverInvalid("The handover file cannot be read.") from exc
    sealed, document = open_sealed(data, passphrase)
    return decode_handover(sealed.handover_id, document)


def take_over(
    session: Session,
    handover: Handover,
    mark: str = DEFAULT_MARK,
    note: str = DEFAULT_NOTE,
) -> list[PersonId]:
    """Add the handover's persons (new ids) in one transaction; [] if taken in before.

    `mark` (on each person) and `note` (an addendum on each interview) are
    translated templates with {sender} and {day}."""
    day = handover.handed_over_on.isoformat()
    sender = handover.sender or "?"
    return import_handover(
        database(session),
        handover,
        mark.format(sender=sender, day=day),
        note.format(sender=sender, day=day),
    )


def import_handover_file(session: Session, path: Path, passphrase: str) -> list[PersonId]:
    return take_over(session, read_handover(path, passphrase))


def session_reader(session: Session) -> OutwardReader:
    return outward_reader(session)
