"""Tests for app/core/personal_words.py: the worker's dictionary lives in the vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.personal_words import (
    PERSONAL_WORDS_KEY,
    add_personal_word,
    personal_words,
    remove_personal_word,
)
from app.core.session import Session, stores
from app.core.vault import unlock
from app.domain.errors import InvalidInput
from tests.support import PASSPHRASE


def test_personal_words_are_kept_in_the_vault(session: Session, vault_dir: Path) -> None:
    """Added words survive locking and unlocking; removing one forgets it."""
    add_personal_word(session, "Quettier")
    add_personal_word(session, "  Zorbalinde ")
    assert stores(session).settings.get(PERSONAL_WORDS_KEY, "")  # stored in the vault's settings
    session.close()
    reopened = unlock(vault_dir, PASSPHRASE)
    try:
        assert personal_words(reopened) == {"Quettier", "Zorbalinde"}
        assert remove_personal_word(reopened, "Quettier") == {"Zorbalinde"}
    finally:
        reopened.close()


def test_a_dictionary_entry_is_one_word(session: Session) -> None:
    """Blank or multi-word entries are refused with a clear error, and nothing is stored."""
    for bad in ("", "   ", "deux mots", "x" * 200):
        with pytest.raises(InvalidInput):
            add_personal_word(session, bad)
    assert personal_words(session) == frozenset()


def test_purging_a_person_drops_the_words_of_their_name(session: Session) -> None:
    """A surname added to the dictionary does not outlive the person's erasure."""
    from app.core.caseload import Caseload
    from app.core.retention import PurgeKind, purge
    from app.domain.models import PersonDraft

    person = Caseload(session).add_person(PersonDraft("Mme Zwiebelkorn-Arbogast"))
    add_personal_word(session, "Zwiebelkorn-Arbogast")
    add_personal_word(session, "CCAS")
    purge(session, [person], "fin de la durée de conservation", PurgeKind.PAST_TERM)
    assert personal_words(session) == frozenset({"CCAS"})
