"""Make tests/data/vault-v1/: a vault at schema version 1, kept to test migrations.

Run once from the repository root (`.venv/bin/python tests/data/make_v1_vault.py`)
with the code of the time, then commit the folder; never regenerate it with a
newer Carnet, or it stops being a version-1 vault.

    passphrase:    carnet-v1-fixture
    recovery key:  the secret bytes(range(20)), printed by this script
    Argon2id:      TEST_PARAMS (8 MiB, t=1, p=1)

Rows are inserted with plain SQL against the frozen version-1 schema, so the
script keeps describing exactly what a version-1 Carnet wrote.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from app.crypto import keyfile as kf
from app.crypto.kdf import TEST_PARAMS
from app.crypto.recovery import format_recovery_key
from app.storage.connection import open_database
from app.storage.schema import migrate

PASSPHRASE = "carnet-v1-fixture"
RECOVERY_SECRET = bytes(range(20))
FOLDER = Path(__file__).resolve().parent / "vault-v1"

PERSONS = [
    (
        1,
        "Mme Aubépine Vernier",
        "Transports Rapides",
        "Deux enfants, garde alternée",
        "2023-01-10",
        None,
        "2023-01-10T09:00:00+00:00",
    ),
    (
        2,
        "M. Kofi Mensah",
        "Boulangerie du Port",
        "",
        "2023-02-01",
        "2023-11-30",
        "2023-02-01T09:00:00+00:00",
    ),
]
INTERVIEWS = [
    (
        1,
        1,
        "2023-01-10",
        "office",
        45,
        "housing,budget",
        "person",
        "Demande d'aide pour un dossier FSL ; loyer impayé depuis mars.",
        "finalised",
        "2023-01-10T11:00:00+00:00",
    ),
    (
        2,
        1,
        "2023-03-15",
        "phone",
        20,
        "health",
        "doctor",
        "Le médecin du travail signale un arrêt prolongé ; orientation vers la MDPH.",
        "draft",
        None,
    ),
    (
        3,
        2,
        "2023-02-01",
        "home_visit",
        90,
        "family,rights",
        "hr",
        "Visite à domicile : logement insalubre, signalement au bailleur envisagé.",
        "draft",
        None,
    ),
]
ADDENDA = [(1, 1, "2023-01-20T08:00:00+00:00", "Rectification : le loyer est impayé depuis avril.")]
HYPOTHESES = [
    (1, 1, 1, "Possible isolement social aggravé par le déménagement", "2023-01-10", "open"),
    (2, 2, 3, "Tensions probables avec le voisinage", "2023-02-01", "dropped"),
]
FOLLOW_UPS = [(1, 1, 1, "Relancer le FSL", "2023-02-10", 0)]


def build(folder: Path = FOLDER) -> str:
    """Write the version-1 vault into `folder` (replacing it) and return the recovery key."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(mode=0o700)
    data_key, vault_id = kf.new_data_key(), kf.new_vault_id()
    keyfile = kf.KeyFile(
        vault_id,
        (
            kf.passphrase_slot(data_key, vault_id, PASSPHRASE, TEST_PARAMS),
            kf.recovery_slot(data_key, vault_id, RECOVERY_SECRET),
        ),
    )
    kf.write_keyfile(folder / "carnet.key", keyfile)
    db = open_database(folder / "carnet.db", data_key)
    try:
        assert migrate(db, target=1) == 1
        stamp = "2023-03-15T12:00:00+00:00"
        with db.write() as conn:
            conn.executemany(
                "INSERT INTO persons (id, alias, organisation, details, case_opened,"
                " case_closed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(*p, stamp) for p in PERSONS],
            )
            conn.executemany(
                "INSERT INTO interviews (id, person_id, held_on, kind, duration_min, themes,"
                " requested_by, facts, status, finalised_at, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(*i, stamp, stamp) for i in INTERVIEWS],
            )
            conn.executemany(
                "INSERT INTO addenda (id, interview_id, created_at, text) VALUES (?, ?, ?, ?)",
                ADDENDA,
            )
            conn.executemany(
                "INSERT INTO hypotheses (id, person_id, interview_id, text, noted_on, status,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*h, stamp) for h in HYPOTHESES],
            )
            conn.executemany(
                "INSERT INTO follow_ups (id, person_id, interview_id, text, due_on, done)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                FOLLOW_UPS,
            )
    finally:
        db.close()
    return format_recovery_key(RECOVERY_SECRET)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER
    print(f"recovery key: {build(target)}")
