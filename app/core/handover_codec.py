"""The handover document as JSON, and back; only the fields of `app.domain.handover`."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from app.domain.errors import HandoverInvalid
from app.domain.handover import (
    HandedAddendum,
    HandedFollowUp,
    HandedInterview,
    HandedPerson,
    Handover,
)
from app.domain.models import InterviewKind, Requester, Theme


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def encode_handover(handover: Handover) -> bytes:
    """UTF-8 JSON of everything but the id (which the file's header carries)."""
    doc = {
        "sender": handover.sender,
        "recipient": handover.recipient,
        "handed_over_on": handover.handed_over_on.isoformat(),
        "persons": [
            {
                "alias": p.alias,
                "organisation": p.organisation,
                "details": p.details,
                "case_opened": _day(p.case_opened),
                "interviews": [
                    {
                        "held_on": i.held_on.isoformat(),
                        "kind": i.kind.value,
                        "duration_min": i.duration_min,
                        "themes": [t.value for t in i.themes],
                        "requested_by": i.requested_by.value,
                        "facts": i.facts,
                        "addenda": [
                            {"written_at": a.written_at.isoformat(), "text": a.text}
                            for a in i.addenda
                        ],
                    }
                    for i in p.interviews
                ],
                "follow_ups": [{"text": f.text, "due_on": _day(f.due_on)} for f in p.follow_ups],
            }
            for p in handover.persons
        ],
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _opt_day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _interview(doc: dict[str, Any]) -> HandedInterview:
    return HandedInterview(
        held_on=date.fromisoformat(doc["held_on"]),
        kind=InterviewKind(doc["kind"]),
        duration_min=None if doc["duration_min"] is None else int(doc["duration_min"]),
        themes=tuple(Theme(t) for t in doc["themes"]),
        requested_by=Requester(doc["requested_by"]),
        facts=str(doc["facts"]),
        addenda=tuple(
            HandedAddendum(datetime.fromisoformat(a["written_at"]), str(a["text"]))
            for a in doc["addenda"]
        ),
    )


def _person(doc: dict[str, Any]) -> HandedPerson:
    return HandedPerson(
        alias=str(doc["alias"]),
        organisation=str(doc["organisation"]),
        details=str(doc["details"]),
        case_opened=_opt_day(doc["case_opened"]),
        interviews=tuple(_interview(i) for i in doc["interviews"]),
        follow_ups=tuple(
            HandedFollowUp(str(f["text"]), _opt_day(f["due_on"])) for f in doc["follow_ups"]
        ),
    )


def decode_handover(handover_id: str, data: bytes) -> Handover:
    """The handover read back; anything malformed is HandoverInvalid."""
    try:
        doc = json.loads(data.decode("utf-8"))
        return Handover(
            handover_id=handover_id,
            sender=str(doc["sender"]),
            recipient=str(doc["recipient"]),
            handed_over_on=date.fromisoformat(doc["handed_over_on"]),
            persons=tuple(_person(p) for p in doc["persons"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise HandoverInvalid("The handover's content is not readable.") from exc
