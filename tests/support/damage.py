"""Real damage to a vault's database: many pages of notes, then one flipped byte.

The vault is closed first (everything checkpointed into the main file), so
flipping a byte of a later page makes unlocking, or the page check after it,
raise VaultCorrupted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.core.caseload import Caseload
from app.domain.models import PersonDraft
from tests.support import draft

PAGE = 4096
DAMAGED_OFFSET = 39 * PAGE + 2000  # page 40 holds interview text once `fill_pages` ran


def flip(path: Path, offset: int) -> None:
    """Flip one bit of the byte at `offset` (from the end when negative)."""
    data = bytearray(path.read_bytes())
    data[offset if offset >= 0 else len(data) + offset] ^= 0x10
    path.write_bytes(bytes(data))


def fill_pages(caseload: Caseload, persons: int = 10) -> None:
    """Enough long notes for many pages, so page 40 holds interview text."""
    for index in range(persons):
        person = caseload.add_person(PersonDraft(f"Personne {index}", "Org"))
        for note in range(4):
            caseload.add_interview(person, draft(date(2023, 1, 2)), f"note {note} " + "mot " * 500)
