"""Tests for app/storage/interviews.py: facts, finalisation, addenda, and secure deletion.

The deletion test decrypts every page of the database and its WAL (free pages
included) to prove the deleted words are really gone, not just unlinked.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

import pytest

from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.domain.errors import NoteFinalised, NotFound
from app.domain.ids import InterviewId, PersonId
from app.domain.models import FactsStatus, InterviewKind, PersonDraft, Requester, Theme
from app.storage.interviews import decode_themes, encode_themes
from tests.support import draft, sql_delete
from tests.support.pages import decrypted_bytes, scan_for


@pytest.fixture
def person(session: Session) -> PersonId:
    """One person to attach interviews to."""
    return stores(session).persons.add(PersonDraft("Mme Essai"))


def test_add_and_get(session: Session, person: PersonId) -> None:
    """An interview comes back with its metadata and facts; it starts as a draft."""
    iid = stores(session).interviews.add(person, draft(date(2024, 2, 3)), "faits du jour")
    got = stores(session).interviews.get(iid)
    assert (got.person_id, got.held_on, got.kind, got.duration_min) == (
        person,
        date(2024, 2, 3),
        InterviewKind.OFFICE,
        45,
    )
    assert got.themes == (Theme.HOUSING, Theme.BUDGET)
    assert got.requested_by is Requester.PERSON
    assert (got.facts, got.status, got.finalised_at, got.addenda) == (
        "faits du jour",
        FactsStatus.DRAFT,
        None,
        (),
    )


def test_themes_encoding_ignores_unknown() -> None:
    """Themes round-trip; an unknown theme in the column is skipped, not a crash."""
    themes = (Theme.HEALTH, Theme.RIGHTS)
    assert decode_themes(encode_themes(themes)) == themes
    assert decode_themes("health,astrology,") == (Theme.HEALTH,)


def test_finalised_refuses_facts_accepts_addenda(session: Session, person: PersonId) -> None:
    """After finalise, save_facts raises NoteFinalised; an addendum is added, facts unchanged."""
    iid = stores(session).interviews.add(person, draft(), "version finale")
    stores(session).interviews.finalise(iid)
    stores(session).interviews.finalise(iid)  # finalising twice is harmless
    with pytest.raises(NoteFinalised):
        stores(session).interviews.save_facts(iid, "réécriture silencieuse")
    stores(session).interviews.add_addendum(iid, "précision")
    got = stores(session).interviews.get(iid)
    assert got.facts == "version finale"
    assert got.status is FactsStatus.FINALISED
    assert got.finalised_at is not None
    assert [a.text for a in got.addenda] == ["précision"]


def test_draft_addendum_is_apart_and_goes_with_the_final_one(
    session: Session, person: PersonId
) -> None:
    """A draft addendum is not among the addenda; adding the final one drops it, together."""
    store = stores(session).interviews
    iid = store.add(person, draft(), "faits")
    store.finalise(iid)
    store.save_draft_addendum(iid, "en cours d'écriture")
    assert store.get(iid).addenda == ()
    assert store.draft_addendum(iid) == "en cours d'écriture"
    store.add_addendum(iid, "en cours d'écriture, relu")
    assert store.draft_addendum(iid) == ""
    assert [a.text for a in store.get(iid).addenda] == ["en cours d'écriture, relu"]


def test_missing_interview(session: Session) -> None:
    """Every operation on a missing interview raises NotFound."""
    missing = InterviewId(4242)
    for call in (
        lambda: stores(session).interviews.get(missing),
        lambda: stores(session).interviews.save_facts(missing, "x"),
        lambda: stores(session).interviews.finalise(missing),
        lambda: stores(session).interviews.add_addendum(missing, "x"),
        lambda: stores(session).interviews.update_meta(missing, draft()),
    ):
        with pytest.raises(NotFound):
            call()


def test_timeline_first_line(session: Session, person: PersonId) -> None:
    """The timeline lists newest first and shows only the first line of the facts."""
    stores(session).interviews.add(person, draft(date(2024, 1, 1)), "ancien\nsuite")
    stores(session).interviews.add(person, draft(date(2024, 2, 1)), "\n  récent\nsuite cachée")
    rows = stores(session).interviews.timeline(person)
    assert [r.first_line for r in rows] == ["récent", "ancien"]


def test_timeline_first_line_skips_bare_template_headings(
    session: Session, person: PersonId
) -> None:
    """A template note previews the first answer written, not "Motif de l’entretien :"."""
    note = "Motif de l’entretien\u00a0:\n\nSituation\u00a0:\nLoyer impayé.\n\nSuite\u00a0:\n"
    stores(session).interviews.add(person, draft(date(2024, 1, 1)), note)
    assert [r.first_line for r in stores(session).interviews.timeline(person)] == ["Loyer impayé."]


def _filler(rng: random.Random, words: int) -> str:
    # Letters a–p only. Each canary below starts with its own character, never
    # used elsewhere, so no FTS5 term is stored prefix-compressed against
    # another one: the whole word is on the page if it is anywhere.
    return " ".join(
        "".join(rng.choice("abcdefghijklmnop") for _ in range(rng.randint(3, 9)))
        for _ in range(words)
    )


def _fts_form(word: str) -> str:
    """How the unicode61 tokenizer (remove_diacritics 2) stores a word: folded, lower case."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_deleted_interview_leaves_no_trace(session: Session, caseload: Caseload) -> None:
    """After delete + checkpoint no decrypted page (db or WAL) holds its words; FTS finds none."""
    rng = random.Random(20240611)
    person = caseload.add_person(PersonDraft("Mme Témoin"))
    victims: dict[InterviewId, list[str]] = {}
    firsts = iter("qrstuvwxyz0123456789")
    for index in range(240):
        facts = _filler(rng, rng.randint(30, 250))
        if index % 60 == 17:
            canaries = [
                f"{next(firsts)}canari{index}",
                f"{next(firsts)}Brûlée{index}",
                f"{next(firsts)}Zoé{index}",
            ]
            iid = caseload.add_interview(person, draft(), f"{facts} {' '.join(canaries)} fin")
            caseload.finalise(iid)
            rectif = f"{next(firsts)}rectif{index}"
            caseload.add_addendum(iid, f"addendum {rectif}")
            victims[iid] = [*canaries, rectif]
        else:
            caseload.add_interview(person, draft(), facts)
    database(session).checkpoint()
    db_path, key = session.paths.database, session.data_key()
    words = [w for ws in victims.values() for w in ws]
    assert len(db_path.read_bytes()) > 100 * 4096
    before = decrypted_bytes(db_path, key)
    for word in words:  # the positive control: the scan does see them
        assert scan_for(before, word), word
        assert scan_for(before, _fts_form(word)), word
        assert caseload.search(word), word

    for iid in victims:
        sql_delete(session, "interviews", iid)
    database(session).checkpoint()

    after = decrypted_bytes(db_path, key)
    remnants = [w for w in words if scan_for(after, w) or scan_for(after, _fts_form(w))]
    assert remnants == []
    assert all(caseload.search(word) == [] for word in words)
    assert session.check().ok
