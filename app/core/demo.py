"""A realistic, entirely fictitious caseload: for demonstrations, screenshots and the benchmark.

An inter-company social service (service social du travail) follows employees
of several client companies. The generator invents persons (first name and
initial), spreads their interviews over about six years with sensible weights
for kinds, themes and who asked, and writes facts of about 600 characters in
plain factual French from the sentence templates of `resources/demo/`. A share
of interviews get a working hypothesis (~300 characters), a follow-up with a due
date (some overdue) or, rarely, an addendum. Some persons have exactly 20 and
exactly 200 interviews, so the cost of opening a person's file can be measured.

Everything derives from `random.Random(seed)` and the reference day, so the
same seed and day give the same vault. Rows are produced in chronological
batches and written by `app.storage.bulk` in one transaction.
"""

from __future__ import annotations

import itertools
import random
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from app.core import demo_text
from app.core.demo_text import FEMININE, MASCULINE, Choices
from app.core.prefetch import prefetched
from app.core.session import Session, database
from app.domain.errors import InvalidInput
from app.domain.ids import PersonId
from app.domain.models import HypothesisStatus, InterviewDraft, InterviewKind, Requester, Theme
from app.storage.bulk import (
    BulkAddendum,
    BulkFollowUp,
    BulkHypothesis,
    BulkInterview,
    BulkPerson,
    bulk_import,
)

MAX_PERSONS = 100_000
MAX_NOTES = 2_000_000
YEARS = 6
# Small batches, one in the making at a time: the import's memory goes to the
# page cache instead (app/storage/bulk.py).
BATCH = 1_250
FEATURED_SIZES = (200, 20)  # interviews per featured person
FEATURED_EACH = 3
FACTS_TARGET = 480  # add sentences up to here; the closing one brings a note to ~600
HYPOTHESIS_SHARE = 0.3  # of the interviews of open cases
FOLLOW_UP_SHARE = 0.25
ADDENDUM_SHARE = 0.01  # of finalised interviews

KINDS = (InterviewKind.OFFICE, InterviewKind.PHONE, InterviewKind.VIDEO,
         InterviewKind.HOME_VISIT, InterviewKind.OTHER)  # fmt: skip
KIND_WEIGHTS = (45, 35, 10, 5, 5)
THEMES = (Theme.HOUSING, Theme.BUDGET, Theme.HEALTH, Theme.EMPLOYMENT, Theme.FAMILY,
          Theme.RIGHTS, Theme.OTHER)  # fmt: skip
THEME_WEIGHTS = (20, 18, 22, 20, 12, 15, 3)
REQUESTERS = (Requester.PERSON, Requester.HR, Requester.DOCTOR, Requester.MANAGER,
              Requester.PARTNER, Requester.WORKER, Requester.OTHER)  # fmt: skip
REQUESTER_WEIGHTS = (50, 12, 15, 4, 5, 12, 2)
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")  # fmt: skip
CHILDREN = ("un enfant", "deux enfants", "deux enfants", "trois enfants", "quatre enfants")


@dataclass(frozen=True, slots=True)
class DemoReport:
    persons: int
    interviews: int
    hypotheses: int
    follow_ups: int
    addenda: int
    featured: dict[int, tuple[PersonId, ...]] = field(default_factory=dict)


@dataclass(slots=True)
class _Person:
    gender: int
    title: str  # « Mme K. » / « M. K. », as notes name the person
    organisation: str
    days: array[int]  # interview days, as ordinals: a million dates would weigh 40 MiB
    closed_on: date | None = None


def _cum(weights: Sequence[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _euros(amount: int) -> str:
    return f"{amount:,} €".replace(",", "\u202f")


def _day_text(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


class _Slots(dict[str, str]):
    """Template fields, each drawn only when a template asks for it (most ask for none)."""

    def __init__(self, generator: _Generator, person: _Person, around: date) -> None:
        super().__init__(P=person.title, org=person.organisation)
        self.generator, self.person, self.around = generator, person, around

    def __missing__(self, key: str) -> str:
        value = self.generator.slot(key, self.around)
        self[key] = value
        return value

    def fresh(self) -> _Slots:
        """New amounts and dates for the next sentence: one note mentions several."""
        return _Slots(self.generator, self.person, self.around)


class _Generator:
    """One seeded stream of draws. `random()` and bisect beat `random.choices` fourfold."""

    def __init__(self, persons: int, notes: int, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.random = self.rng.random
        self.today = today
        self.text = demo_text.load()
        self.persons_count, self.notes_count = persons, notes
        self.featured: dict[int, list[int]] = {}
        self.persons: list[_Person] = []

    # Drawing --------------------------------------------------------------
    def between(self, low: int, high: int, step: int = 1) -> int:
        return low + step * int(self.random() * ((high - low) // step + 1))

    def weighted(self, cum: Sequence[float]) -> int:
        return bisect_right(cum, self.random() * cum[-1])

    def pick(self, section: str, gender: int = MASCULINE) -> str:
        choices: Choices = self.text[section]
        return choices.variants[self.weighted(choices.cum_weights)][gender]

    def slot(self, key: str, around: date) -> str:
        if key.startswith("montant"):
            low, high = {"montant": (80, 3000), "montant2": (1200, 3400)}.get(key, (700, 2600))
            return _euros(self.between(low, high, 10))
        simple = {
            "loyer": lambda: _euros(self.between(420, 1150, 5)),
            "jours": lambda: str((7, 10, 15, 15, 21, 30)[self.between(0, 5)]),
            "semaines": lambda: str(self.between(2, 8)),
            "mois": lambda: str(self.between(2, 18)),
            "moisnom": lambda: MONTHS[self.between(0, 11)],
            "date": lambda: _day_text(around + timedelta(days=self.between(2, 60))),
            "passe": lambda: _day_text(around - timedelta(days=self.between(1, 60))),
            "annee": lambda: str(self.between(2003, max(2004, around.year - 1))),
            "annees": lambda: str(self.between(2, 25)),
            "enfants": lambda: CHILDREN[self.between(0, len(CHILDREN) - 1)],
        }
        return simple[key]()

    # Persons --------------------------------------------------------------
    def _counts(self) -> list[int]:
        """Interviews per person: a long tail, plus the featured sizes when they fit."""
        n, rng = self.persons_count, self.rng
        counts, budget, waiting = [0] * n, self.notes_count, n
        wanted = [size for _ in range(FEATURED_EACH) for size in FEATURED_SIZES]
        # At least one person stays free to take whatever the featured ones leave.
        for slot, size in zip(rng.sample(range(n), min(n - 1, len(wanted))), wanted, strict=False):
            if budget - size >= waiting - 1:  # everyone else can still have one
                counts[slot] = size
                self.featured.setdefault(size, []).append(slot)
                budget, waiting = budget - size, waiting - 1
        free = [i for i in range(n) if counts[i] == 0]
        for i in free[:budget]:
            counts[i] = 1
        budget -= min(budget, len(free))
        if free and budget:
            weights = _cum([rng.lognormvariate(0.0, 0.8) for _ in free])
            for _ in range(budget):
                counts[free[self.weighted(weights)]] += 1
        return counts

    def _schedule(self, count: int) -> list[date]:
        """`count` interview days after a case start within the last six years."""
        if count == 0:
            return []
        horizon = YEARS * 365
        earliest = min(horizon, max(20, count * 12))  # a long follow-up started long ago
        start = self.today - timedelta(days=self.between(earliest, horizon))
        span = min((self.today - start).days, int(count * (12 + 28 * self.random())))
        offsets = sorted(self.between(0, span) for _ in range(count - 1))
        return [_weekday(start + timedelta(days=o), self.today) for o in [0, *offsets]]

    def make_persons(self) -> list[BulkPerson]:
        rows = []
        for count in self._counts():
            gender = FEMININE if self.random() < 0.5 else MASCULINE
            first = self.pick("prenoms.F" if gender == FEMININE else "prenoms.M")
            initial = self.pick("initiales")
            title = f"{'Mme' if gender == FEMININE else 'M.'} {initial}."
            dates = self._schedule(count)
            days = array("l", [d.toordinal() for d in dates])
            person = _Person(gender, title, self.pick("entreprises"), days)
            last = dates[-1] if dates else self.today
            if (self.today - last).days > 365 and self.random() < 0.7:
                person.closed_on = min(self.today, last + timedelta(days=self.between(15, 90)))
            self.persons.append(person)
            details = ""
            if self.random() < 0.6:
                details = self.pick("details", gender).format_map(_Slots(self, person, last))
            opened = dates[0] if dates else None
            rows.append(BulkPerson(f"{first} {initial}.", person.organisation, details, opened,
                                   person.closed_on, _stamp(opened or self.today)))  # fmt: skip
        return rows

    # Notes ----------------------------------------------------------------
    def facts(self, person: _Person, draft: InterviewDraft, slots: _Slots) -> str:
        g = person.gender
        slots["demande"] = self.pick(f"demande.{draft.requested_by.value}", g).format_map(slots)
        parts = [self.pick(f"ouverture.{draft.kind.value}", g).format_map(slots)]
        length, sections = len(parts[0]), [f"faits.{t.value}" for t in draft.themes]
        used: set[str] = set()
        for _ in range(12):  # bounded: a short section may run out of new sentences
            if length >= FACTS_TARGET:
                break
            template = self.pick(sections[int(self.random() * len(sections))], g)
            if template not in used:
                used.add(template)
                parts.append(template.format_map(slots.fresh()))
                length += len(parts[-1]) + 1
        parts.append(self.pick("actions", g).format_map(slots))
        return " ".join(parts).replace("..", ".")  # « de M. K.. » at a sentence end

    def interview(self, person_index: int, held_on: date) -> BulkInterview:
        person = self.persons[person_index]
        kind = KINDS[self.weighted(_KIND_CUM)]
        requester = REQUESTERS[self.weighted(_REQUESTER_CUM)]
        themes: tuple[Theme, ...] = (THEMES[self.weighted(_THEME_CUM)],)
        if self.random() < 0.3:
            themes = tuple(dict.fromkeys((*themes, THEMES[self.weighted(_THEME_CUM)])))
        draft = InterviewDraft(held_on, kind, int(self.pick(f"duree.{kind.value}")), themes,
                               requester)  # fmt: skip
        slots = _Slots(self, person, held_on)
        facts = self.facts(person, draft, slots)
        finalised = None
        if (self.today - held_on).days > 7 and self.random() < 0.97:
            finalised = _stamp(min(self.today, held_on + timedelta(days=self.between(0, 3))))
        return BulkInterview(
            person_index, draft, facts, _stamp(held_on), finalised,
            hypotheses=self._hypotheses(person, held_on, slots),
            follow_ups=self._follow_ups(person, held_on, slots),
            addenda=self._addenda(person, finalised, slots),
        )  # fmt: skip

    def _hypotheses(self, person: _Person, held_on: date, slots: _Slots
                    ) -> tuple[BulkHypothesis, ...]:  # fmt: skip
        if person.closed_on is not None or self.random() >= HYPOTHESIS_SHARE:
            return ()  # closing a case destroys its hypotheses
        g = person.gender
        parts = [self.pick("hypotheses", g) for _ in range(2 if self.random() < 0.6 else 3)]
        parts = [*dict.fromkeys(parts), self.pick("hypotheses.suite", g)]  # ~300 characters
        text = " ".join(parts).format_map(slots)
        recent = (self.today - held_on).days <= 180
        weights = _RECENT_STATUS_CUM if recent else _OLD_STATUS_CUM
        status = STATUSES[self.weighted(weights)]
        return (BulkHypothesis(text, held_on, status, _stamp(held_on)),)

    def _follow_ups(self, person: _Person, held_on: date, slots: _Slots
                    ) -> tuple[BulkFollowUp, ...]:  # fmt: skip
        if self.random() >= FOLLOW_UP_SHARE:
            return ()
        due = held_on + timedelta(days=self.between(7, 45))
        late = (self.today - due).days
        done = (person.closed_on is not None or (late > 30 and self.random() < 0.95)
                or (0 < late <= 30 and self.random() < 0.5))  # fmt: skip
        done_at = None
        if done:
            done_on = max(held_on, due - timedelta(days=self.between(0, 5)))
            done_at = _stamp(min(self.today, done_on))
        return (BulkFollowUp(self.pick("suivis", person.gender).format_map(slots), due, done_at),)

    def _addenda(self, person: _Person, finalised: datetime | None, slots: _Slots
                 ) -> tuple[BulkAddendum, ...]:  # fmt: skip
        if finalised is None or self.random() >= ADDENDUM_SHARE:
            return ()
        when = min(finalised.date() + timedelta(days=self.between(1, 60)), self.today)
        text = self.pick("addenda", person.gender).format_map(slots)
        return (BulkAddendum(text, _stamp(when)),)

    def batches(self) -> Iterator[list[BulkInterview]]:
        """Every interview in chronological order, as real ids would be, in batches.

        The agenda is one packed integer per interview (day, then person), not
        a million (date, index) tuples: that saves about 100 MiB at a million notes.
        """
        agenda = array(
            "q",
            sorted((day << _PERSON_BITS) | index
                   for index, p in enumerate(self.persons) for day in p.days),
        )  # fmt: skip
        mask = (1 << _PERSON_BITS) - 1
        for start in range(0, len(agenda), BATCH):
            yield [
                self.interview(key & mask, date.fromordinal(key >> _PERSON_BITS))
                for key in agenda[start : start + BATCH]
            ]


_PERSON_BITS = MAX_PERSONS.bit_length()
_KIND_CUM = _cum(KIND_WEIGHTS)
_THEME_CUM = _cum(THEME_WEIGHTS)
_REQUESTER_CUM = _cum(REQUESTER_WEIGHTS)
STATUSES = (HypothesisStatus.OPEN, HypothesisStatus.CONFIRMED, HypothesisStatus.DROPPED)
_RECENT_STATUS_CUM = _cum((85, 10, 5))
_OLD_STATUS_CUM = _cum((20, 40, 40))


def _weekday(day: date, today: date) -> date:
    """Offices are closed at the weekend: Saturday → Friday, Sunday → Monday (not past today)."""
    if day.weekday() == 5 or (day.weekday() == 6 and day >= today):
        return day - timedelta(days=day.weekday() - 4)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def _stamp(day: date) -> datetime:
    """Demo rows are dated from their interview day, not from the moment of import."""
    return datetime.combine(day, time(16, 30), tzinfo=UTC)


def check_size(persons: int, notes: int) -> None:
    if not 1 <= persons <= MAX_PERSONS:
        raise InvalidInput(f"The demo has between 1 and {MAX_PERSONS} persons.")
    if not 0 <= notes <= MAX_NOTES:
        raise InvalidInput(f"The demo has between 0 and {MAX_NOTES} notes.")


def generate(
    persons: int, notes: int, seed: int, today: date
) -> tuple[list[BulkPerson], Iterator[list[BulkInterview]], dict[int, list[int]]]:
    """The rows of a demo caseload, without touching any vault (batches are lazy)."""
    check_size(persons, notes)
    generator = _Generator(persons, notes, seed, today)
    rows = generator.make_persons()
    return rows, generator.batches(), generator.featured


def import_demo(
    session: Session, persons: int, notes: int, seed: int = 1, today: date | None = None
) -> DemoReport:
    """Fill an *empty* vault with a demo caseload; a vault with real notes is refused."""
    check_size(persons, notes)
    if session.counts().persons:
        raise InvalidInput("The demo caseload only goes into an empty vault.")
    rows, batches, featured = generate(persons, notes, seed, today or date.today())
    counts = bulk_import(database(session), rows, prefetched(batches, depth=1))
    ids = counts.person_ids
    return DemoReport(
        persons=len(ids),
        interviews=counts.interviews,
        hypotheses=counts.hypotheses,
        follow_ups=counts.follow_ups,
        addenda=counts.addenda,
        featured={size: tuple(ids[i] for i in slots) for size, slots in featured.items()},
    )


def search_terms() -> list[str]:
    """Words that occur in demo notes, for benchmarks and examples of searches."""
    return demo_text.vocabulary()
