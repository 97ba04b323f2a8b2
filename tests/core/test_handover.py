"""Handover: round trip between two vaults, no hypothesis in the file, idempotent import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.handover import (
    build_handover,
    everything,
    export_handover,
    import_handover_file,
    read_handover,
)
from app.core.outward import outward_reader
from app.core.passphrase_policy import WeakPassphrase, assess
from app.core.register import register_entries
from app.core.session import Session, stores
from app.core.vault import create_vault, unlock
from app.crypto.handover_format import open_sealed
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import HandoverInvalid, InvalidInput, WrongHandoverPassphrase
from app.domain.handover import HANDOVER_FRAME, HANDOVER_PURPOSE, HandoverChoice
from app.domain.summary import Informed
from tests.support import PASSPHRASE, folder_digest
from tests.support.backup_data import (
    ADDENDUM,
    ALIAS,
    FACTS,
    FOLLOW_UP,
    HYPOTHESIS_CANARY,
    populate,
)

HANDOVER_PASS = "phrase de passation pour la successeure"
TODAY = date(2026, 11, 30)


def _export(session: Session, path: Path) -> None:
    caseload = Caseload(session)
    marked = populate(caseload).marked
    reader = outward_reader(session)
    choices = [everything(reader, marked)]
    handover = build_handover(reader, choices, "Mme Départ", "Mme Arrivée", TODAY)
    export_handover(session, choices, handover, Informed.AGREED, path, HANDOVER_PASS, TEST_PARAMS)


def test_round_trip_between_two_vaults(session: Session, tmp_path: Path) -> None:
    """Facts, addenda and open follow-ups arrive under new ids, marked and dated; one entry each."""
    path = tmp_path / "passation.carnet-handover"
    _export(session, path)
    [entry] = [e for e in register_entries(session) if e.frame == HANDOVER_FRAME]
    assert entry.recipient == "Mme Arrivée" and entry.purpose == HANDOVER_PURPOSE
    other = create_vault(tmp_path / "other", PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    try:
        [new_id] = import_handover_file(other.session, path, HANDOVER_PASS)
        held = stores(other.session)
        person = held.persons.get(new_id)
        assert (
            person.alias == ALIAS
            and "Mme Départ" in person.details
            and "2026-11-30" in person.details
        )
        [row] = held.interviews.timeline(new_id)
        interview = held.interviews.get(row.id)
        texts = [a.text for a in interview.addenda]
        assert interview.facts == FACTS and ADDENDUM in texts
        assert any("2026-11-30" in t for t in texts) and interview.held_on == date(2021, 3, 4)
        assert [f.text for f in held.follow_ups.for_person(new_id)] == [FOLLOW_UP]
        assert held.hypotheses.for_person(new_id) == []
        assert import_handover_file(other.session, path, HANDOVER_PASS) == []
        assert held.persons.ids() == [new_id]
    finally:
        other.session.close()


def test_the_decrypted_file_holds_no_hypothesis(session: Session, tmp_path: Path) -> None:
    """Decrypt the file and scan: the hypothesis canary is absent, the facts are there."""
    path = tmp_path / "h.carnet-handover"
    _export(session, path)
    raw = path.read_bytes()
    assert FACTS.encode() not in raw and HYPOTHESIS_CANARY.encode() not in raw
    _, document = open_sealed(raw, HANDOVER_PASS)
    assert FACTS in document.decode() and HYPOTHESIS_CANARY not in document.decode()


def test_a_wrong_passphrase_leaves_the_receiving_vault_untouched(
    session: Session, tmp_path: Path
) -> None:
    """Wrong handover passphrase: WrongHandoverPassphrase, and every file of the vault unchanged."""
    path = tmp_path / "h.carnet-handover"
    _export(session, path)
    folder = tmp_path / "other"
    create_vault(folder, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session.close()
    before = folder_digest(folder)
    other = unlock(folder, PASSPHRASE)
    try:
        with pytest.raises(WrongHandoverPassphrase):
            import_handover_file(other, path, "faux")
    finally:
        other.close()
    assert folder_digest(folder) == before


def test_a_flipped_byte_is_refused(session: Session, tmp_path: Path) -> None:
    """Any changed byte makes the file HandoverInvalid before anything is written."""
    path = tmp_path / "h.carnet-handover"
    _export(session, path)
    data = bytearray(path.read_bytes())
    data[-5] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(HandoverInvalid):
        read_handover(path, HANDOVER_PASS)


def test_nothing_is_written_without_a_consent_answer(session: Session, tmp_path: Path) -> None:
    """Without an answer on whether the person was told, no file and no entry."""
    marked = populate(Caseload(session)).marked
    reader = outward_reader(session)
    choices = [HandoverChoice(marked)]
    handover = build_handover(reader, choices, "", "Mme Arrivée", TODAY)
    with pytest.raises(InvalidInput):
        export_handover(
            session, choices, handover, None, tmp_path / "x", HANDOVER_PASS, TEST_PARAMS
        )
    assert not (tmp_path / "x").exists() and register_entries(session) == []
    assert handover.persons[0].interviews == () and handover.persons[0].details == ""


@pytest.mark.parametrize("weak", ["passation", "azertyuiop12", "aaaaaaaaaaaa"])
def test_a_weak_passphrase_seals_nothing(session: Session, tmp_path: Path, weak: str) -> None:
    """A passphrase the policy refuses (even 8 letters and more): its reasons, no file, no entry."""
    marked = populate(Caseload(session)).marked
    reader = outward_reader(session)
    choices = [everything(reader, marked)]
    handover = build_handover(reader, choices, "", "Mme Arrivée", TODAY)
    path = tmp_path / "h.carnet-handover"
    with pytest.raises(WeakPassphrase) as refused:
        export_handover(session, choices, handover, Informed.AGREED, path, weak, TEST_PARAMS)
    verdict = assess(weak)
    assert not verdict.acceptable and refused.value.verdict == verdict
    assert not path.exists() and register_entries(session) == []
