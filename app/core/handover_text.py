"""The handover's exact content as plain text: the preview the worker reads before sealing."""

from __future__ import annotations

from app.domain.handover import Handover


def handover_text(handover: Handover) -> str:
    """Every word the file will carry, in order (no hypothesis: the type has none)."""
    lines = [
        f"Handover to: {handover.recipient}",
        f"From: {handover.sender or '-'}",
        f"Date: {handover.handed_over_on.isoformat()}",
    ]
    for person in handover.persons:
        lines += ["", f"== {person.alias}"]
        if person.organisation:
            lines.append(f"Organisation: {person.organisation}")
        if person.case_opened:
            lines.append(f"Supported since: {person.case_opened.isoformat()}")
        if person.details:
            lines.append(f"Details: {person.details}")
        for interview in person.interviews:
            lines += ["", f"-- Interview of {interview.held_on.isoformat()}", interview.facts]
            lines += [
                f"   Addendum ({a.written_at.date().isoformat()}): {a.text}"
                for a in interview.addenda
            ]
        for follow_up in person.follow_ups:
            due = follow_up.due_on.isoformat() if follow_up.due_on else "-"
            lines.append(f"Follow-up (due {due}): {follow_up.text}")
    return "\n".join(lines) + "\n"
