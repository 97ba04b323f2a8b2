"""A vault as Carnet made it before the hypotheses were sealed: all in carnet.db."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.core.paths import ensure_private_folder
from app.crypto import keyfile as kf
from app.crypto.kdf import TEST_PARAMS
from app.domain.models import PersonDraft
from app.storage.connection import open_database
from app.storage.hypotheses import HypothesisStore
from app.storage.interviews import InterviewStore
from app.storage.persons import PersonStore
from app.storage.schema import migrate
from tests.support import PASSPHRASE, draft


def legacy_text(number: int) -> str:
    return f"qzlegacy{number:04d} hypothèse de travail n°{number}, isolement probable"


def make_legacy_vault(folder: Path, persons: int = 3, per_person: int = 2) -> bytes:
    """Build it through storage only (no sealing step); returns the data key."""
    ensure_private_folder(folder)
    data_key, vault_id = kf.new_data_key(), kf.new_vault_id()
    db = open_database(folder / "carnet.db", data_key)
    try:
        migrate(db)
        people, notes, thoughts = PersonStore(db), InterviewStore(db), HypothesisStore(db)
        number = 0
        for index in range(persons):
            person = people.add(PersonDraft(f"Personne {index}"))
            interview = notes.add(person, draft(), f"qzfait{index} loyer impayé")
            for _ in range(per_person):
                thoughts.add(person, legacy_text(number), date(2024, 1, 2), interview)
                number += 1
    finally:
        db.close()
    slot = kf.passphrase_slot(data_key, vault_id, PASSPHRASE, TEST_PARAMS)
    kf.write_keyfile(folder / "carnet.key", kf.KeyFile(vault_id, (slot,)))
    return data_key
