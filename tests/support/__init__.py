"""Helpers shared by the test suite: constants, vault folders, file digests."""

from __future__ import annotations

import hashlib
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.core.session import database
from app.domain.errors import NotFound
from app.domain.models import InterviewDraft, InterviewKind, Requester, Theme

PASSPHRASE = "cheval agrafe batterie correcte"
OTHER_PASSPHRASE = "une autre phrase de passe, plus longue"
REPO = Path(__file__).resolve().parents[2]
VENV_PYTHON = Path(sys.executable)
WORKERS = REPO / "tests" / "reliability" / "workers"


def folder_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder`, keyed by relative path: proof nothing changed."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def raw_files(folder: Path) -> dict[str, bytes]:
    """The raw bytes of every file in the vault folder, as a thief copying it would get them."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def draft(held_on: date | None = None) -> InterviewDraft:
    """An ordinary office interview on `held_on` (today by default)."""
    return InterviewDraft(
        held_on=held_on or date.today(),
        kind=InterviewKind.OFFICE,
        duration_min=45,
        themes=(Theme.HOUSING, Theme.BUDGET),
        requested_by=Requester.PERSON,
    )


def sql_delete(session: Any, table: str, row_id: int) -> None:
    """A bare DELETE of one row, to test the schema's cascades and triggers (no public
    function deletes person data outside the purge path)."""
    with database(session).write() as conn:
        if conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,)).rowcount == 0:
            raise NotFound()
