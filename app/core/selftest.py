"""The self-test's round trip through a real vault, without Qt.

`carnet --self-test` (see `app.selftest`) proves an installation works end to
end: it creates a throw-away vault with the real Argon2id calibration, writes a
fact and a hypothesis holding a unique canary, locks, checks nothing is readable
at rest, refuses a wrong passphrase, unlocks, searches, builds a minimal
transmission with the summary builder (as the export wizard does), exports it
through the disclosure use case (the writer is passed in: the core cannot
render), and checks the vault's integrity. Each step returns a short
description for the report, or raises `SelfTestFailed`; Carnet's own errors
pass through unchanged.
"""

from __future__ import annotations

import os
import secrets
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.core.caseload import Caseload
from app.core.disclosure import Writer, export_summary
from app.core.outward import outward_reader
from app.core.paths import VaultPaths
from app.core.process import core_dumps_disabled, harden_process
from app.core.selection import DetailChoice, DetailKey, InterviewChoice, Selection
from app.core.session import Session, database, stores
from app.core.summary_builder import build_summary
from app.core.vault import create_vault, unlock
from app.crypto import keyfile as kf
from app.crypto.kdf import KdfParams
from app.domain.errors import WrongPassphrase
from app.domain.ids import FollowUpId, InterviewId, PersonId
from app.domain.models import InterviewDraft, InterviewKind, PersonDraft, Requester, Theme
from app.domain.summary import ExportFormat, Frame, Informed, Recipient, Summary

# Settings the open vault must report (PRAGMA values as SQLCipher prints them).
EXPECTED_SETTINGS = {
    "cipher_page_size": "4096",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_memory_security": "0",
    "journal_mode": "wal",
    "synchronous": "2",
    "temp_store": "2",
    "secure_delete": "1",
    "foreign_keys": "1",
    "trusted_schema": "0",
}
ALIAS = "Self-test"
Step = Callable[[], str]


class SelfTestFailed(Exception):
    """A check of the self-test did not hold; the message says which."""


def require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def _word(prefix: str) -> str:
    # One token for the FTS5 unicode61 tokenizer: letters and digits only.
    return f"{prefix}{secrets.token_hex(8)}"


@dataclass
class RoundTrip:
    """One throw-away vault in `folder` and what was written to it."""

    folder: Path
    params: KdfParams | None = None  # None: calibrate on this machine, as a real vault does
    passphrase: str = field(default_factory=lambda: f"auto test {secrets.token_hex(12)}")
    fact_word: str = field(default_factory=lambda: _word("selftestfact"))
    canary: str = field(default_factory=lambda: _word("selftestcanary"))
    session: Session | None = None
    person_id: PersonId | None = None
    interview_id: InterviewId | None = None
    follow_up_id: FollowUpId | None = None
    exported: int = 0

    @property
    def facts(self) -> str:
        return f"Entretien de contrôle : la personne apporte le dossier {self.fact_word}."

    @property
    def hypothesis(self) -> str:
        return f"Hypothèse de travail privée {self.canary}, qui ne doit jamais sortir."

    @property
    def paths(self) -> VaultPaths:
        return VaultPaths(self.folder)

    def open_session(self) -> Session:
        require(self.session is not None and self.session.is_open, "The vault is not open.")
        assert self.session is not None
        return self.session

    def close(self) -> None:
        """Lock the vault if it is open; safe to call after a failure."""
        if self.session is not None:
            self.session.close()
            self.session = None

    # Steps ---------------------------------------------------------------
    def harden(self) -> str:
        harden_process()
        require(core_dumps_disabled(), "Core dumps could not be switched off.")
        return "core dumps off"

    def create(self) -> str:
        started = time.perf_counter()
        created = create_vault(self.folder, self.passphrase, params=self.params)
        self.session = created.session
        elapsed = time.perf_counter() - started
        require(created.recovery_key is not None, "No recovery key was made.")
        slot = kf.read_keyfile(self.paths.keyfile).slot(kf.PASSPHRASE)
        require(slot is not None, "The key file has no passphrase slot.")
        assert slot is not None
        params = kf.params_from_kdf(slot.kdf)
        cipher = database(self.session).pragma("cipher_version")
        require(bool(cipher), "SQLCipher reports no cipher version.")
        return (
            f"Argon2id {params.memory_kib // 1024} MiB, t={params.time_cost}, "
            f"p={params.parallelism}; {cipher}; {elapsed:.1f} s"
        )

    def private_modes(self) -> str:
        if os.name != "posix":
            return "not applicable on this system"
        folder_mode = stat.S_IMODE(self.folder.stat().st_mode)
        require(folder_mode == 0o700, f"The vault folder is {folder_mode:o}, not 700.")
        for path in (self.paths.keyfile, self.paths.database):
            mode = stat.S_IMODE(path.stat().st_mode)
            require(mode == 0o600, f"{path.name} is {mode:o}, not 600.")
        return "folder 700, files 600"

    def write(self) -> str:
        caseload = Caseload(self.open_session())
        self.person_id = caseload.add_person(PersonDraft(ALIAS, organisation="Carnet"))
        draft = InterviewDraft(
            held_on=date.today(),
            kind=InterviewKind.OFFICE,
            duration_min=30,
            themes=(Theme.RIGHTS,),
            requested_by=Requester.PERSON,
        )
        self.interview_id = caseload.add_interview(self.person_id, draft, self.facts)
        caseload.add_hypothesis(self.person_id, self.hypothesis, date.today(), self.interview_id)
        self.follow_up_id = caseload.add_follow_up(
            self.person_id, "Relire ce test", None, self.interview_id
        )
        return "one person, one interview, one hypothesis, one follow-up"

    def lock(self) -> str:
        self.close()
        leaks = [
            path.name
            for path in sorted(self.folder.rglob("*"))
            if path.is_file() and _contains_any(path.read_bytes(), (self.fact_word, self.canary))
        ]
        require(not leaks, f"Readable text found at rest in: {', '.join(leaks)}.")
        return "nothing readable in the vault's files"

    def refuse_wrong_passphrase(self) -> str:
        try:
            session = unlock(self.folder, self.passphrase + "?")
        except WrongPassphrase:
            return "refused"
        session.close()
        raise SelfTestFailed("A wrong passphrase opened the vault.")

    def unlock(self) -> str:
        started = time.perf_counter()
        self.session = unlock(self.folder, self.passphrase)
        interview_id = self.interview_id
        require(interview_id is not None, "No interview was written.")
        assert interview_id is not None
        facts = stores(self.session).interviews.get(interview_id).facts
        require(facts == self.facts, "The facts read back differ from those written.")
        return f"facts read back; {time.perf_counter() - started:.1f} s"

    def search(self) -> str:
        caseload = Caseload(self.open_session())
        hits = caseload.search(self.fact_word)
        require(len(hits) == 1 and not hits[0].is_hypothesis, "Search did not find the fact.")
        hidden = caseload.search(self.canary)
        require(not hidden, "Search showed a hypothesis without being asked.")
        shown = caseload.search(self.canary, include_hypotheses=True)
        require(
            len(shown) == 1 and shown[0].is_hypothesis,
            "Search did not find the hypothesis when asked.",
        )
        return "fact found; hypothesis found only when asked"

    def selection(self) -> Selection:
        """What a worker would tick: the fact, the follow-up and the organisation."""
        written = (self.person_id, self.interview_id, self.follow_up_id)
        require(all(item is not None for item in written), "Nothing was written.")
        assert self.person_id is not None and self.interview_id is not None
        assert self.follow_up_id is not None
        return Selection(
            person_id=self.person_id,
            frame=Frame.LIAISON,
            recipient=Recipient("Self-test", "recipient", "Carnet"),
            purpose="Installation check",
            author="Carnet self-test",
            informed=Informed.AGREED,
            interviews=(InterviewChoice(self.interview_id, paragraphs=(0,)),),
            follow_ups=(self.follow_up_id,),
            details=(DetailChoice(DetailKey.ORGANISATION),),
        )

    def summary(self) -> Summary:
        """The liaison note the summary builder makes of the selection."""
        summary = build_summary(outward_reader(self.open_session()), self.selection())
        require(
            len(summary.facts) == 1 and self.fact_word in summary.facts[0].text,
            "The transmission does not hold the fact ticked.",
        )
        require(self.canary not in repr(summary), "The transmission holds the hypothesis canary.")
        return summary

    def export(self, summary: Summary, fmt: ExportFormat, path: Path, write: Writer) -> Path:
        """Write and record in the register, as the export wizard does; returns the file."""
        outcome = export_summary(self.open_session(), self.selection(), summary, fmt, path, write)
        self.exported += 1
        return outcome.path

    def integrity(self) -> str:
        report = self.open_session().check()
        require(report.ok, "Integrity check: " + "; ".join(report.problems[:3]))
        wrong = {
            name: report.settings.get(name, "")
            for name, value in EXPECTED_SETTINGS.items()
            if report.settings.get(name, "").lower() != value.lower()
        }
        require(not wrong, f"Unexpected vault settings: {wrong}.")
        counts = report.counts
        require(
            (counts.persons, counts.interviews, counts.hypotheses) == (1, 1, 1),
            "The vault does not hold what was written.",
        )
        require(
            counts.disclosures == self.exported,
            f"The register holds {counts.disclosures} entries for {self.exported} transmissions.",
        )
        return f"pages, structure and search indexes sound; {report.cipher_version}"


def _encodings(text: str) -> tuple[bytes, ...]:
    return (text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"))


def _contains_any(data: bytes, words: tuple[str, ...]) -> bool:
    """True if any word appears in `data` as UTF-8 or UTF-16 (either byte order)."""
    lowered = data.lower()
    return any(encoded in lowered for word in words for encoded in _encodings(word.lower()))


def contains_text(data: bytes, word: str) -> bool:
    """True if `word` appears in `data` as UTF-8 or UTF-16 (either byte order), any case."""
    return _contains_any(data, (word,))
