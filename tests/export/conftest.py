"""Shared pieces of the export tests: a running Qt application and sample summaries.

Test modules import the helpers (`make_summary`, `fact_text`…) from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.summary import (
    DetailItem,
    FactItem,
    FactSource,
    FollowUpItem,
    Frame,
    Informed,
    Recipient,
    Summary,
)

PERSON_LABEL = "Mme Zoé Quellec"
DETAIL_VALUE = "Entreprise Transports Rapides"
FOLLOW_UP_TEXT = "Prendre rendez-vous avec le bailleur social"
ACTIONS_TEXT = "Orientation vers la PMI du secteur."


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> Iterator[None]:
    """Fonts and text layout need a running (offscreen) Qt application."""
    yield


def fact_text(index: int) -> str:
    """A distinct, realistic fact paragraph; its number makes every one findable."""
    return (
        f"Fait numéro {index} : la personne indique que la situation de logement reste "
        "précaire depuis la fin du bail ; une demande de logement social est déposée et "
        "une réponse de la commission est attendue. Elle souhaite être accompagnée pour "
        "constituer le dossier du fonds de solidarité logement."
    )


def make_summary(frame: Frame, fact_count: int = 3, **changes: object) -> Summary:
    """A summary of the given frame holding facts, details and follow-ups."""
    facts = tuple(
        FactItem(
            ref=f"interview:{i // 2}#p{i % 2}",
            held_on=date(2026, 3, 1 + i // 2),
            text=fact_text(i),
            source=FactSource.OBSERVED if i % 3 else FactSource.REPORTED,
        )
        for i in range(fact_count)
    )
    fields: dict[str, object] = {
        "frame": frame,
        "issued_on": date(2026, 11, 22),
        "recipient": Recipient("Dr Claire Martin", "médecin du travail", "SIST Paris"),
        "purpose": "Préparer la reprise du travail",
        "person_label": PERSON_LABEL,
        "author": "Service social du travail",
        "informed": Informed.INFORMED,
        "details": (DetailItem("person:1#organisation", "Organisation", DETAIL_VALUE),),
        "facts": facts,
        "follow_ups": (FollowUpItem("follow-up:4", FOLLOW_UP_TEXT, date(2026, 12, 2)),),
        "actions_taken": ACTIONS_TEXT,
        "parents_informed": "La mère sera informée après l'évaluation.",
        "minor_identity": "L. Q., née en 2015",
        "supported_since": date(2024, 1, 15),
        "coordination_parties": "service social du travail, CCAS",
        "coordination_from": date(2026, 12, 1),
    }
    fields.update(changes)
    return Summary(**fields)  # type: ignore[arg-type]
