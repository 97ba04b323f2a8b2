"""The timed workload: what a worker does all day, run identically on every variant.

- search: `Caseload.search` with 1–2 terms from the demo vocabulary, some
  typed as a prefix (`term*`), some including the private hypotheses;
- opening a person's file: what the GUI does (`person_file`: the person,
  the timeline, the follow-ups, the hypotheses), warm (same connection) and
  fresh (a new connection with the raw key, then the same queries);
- autosave: a new interview whose facts grow as typed, saved after each burst.

Every draw comes from a seeded `random.Random`, so each variant gets the very
same queries, persons and keystrokes.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core.caseload import Caseload
from app.core.session import Session, stores
from app.domain.ids import PersonId
from app.domain.models import InterviewDraft, InterviewKind, Theme

try:  # the GUI's own loader, when present
    from app.core.workspace_queries import person_file
except ImportError:  # pragma: no cover - older trees

    def person_file(session: Session, person_id: PersonId) -> object:  # type: ignore[misc]
        return (
            stores(session).persons.get(person_id),
            stores(session).interviews.timeline(person_id),
            stores(session).follow_ups.for_person(person_id),
            stores(session).hypotheses.for_person(person_id),
        )


SEARCH_QUERIES = 240
SEARCH_LIMIT = 50
WARM_REPEATS = 20
FRESH_REPEATS = 31
SAVE_NOTES = 5
SAVES_PER_NOTE = 40


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    include_hypotheses: bool


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation), in the values' unit."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.5 - 1e-9))
    return ordered[min(len(ordered), rank) - 1]


def make_queries(vocabulary: list[str], seed: int, count: int = SEARCH_QUERIES) -> list[Query]:
    rng = random.Random(f"queries-{seed}")
    queries = []
    for _ in range(count):
        terms = rng.sample(vocabulary, 1 if rng.random() < 0.6 else 2)
        if rng.random() < 0.3:  # typed as a prefix, as in search-as-you-type
            last = terms[-1]
            terms[-1] = last[: max(3, min(len(last), rng.randint(4, 6)))] + "*"
        queries.append(Query(" ".join(terms), rng.random() < 0.2))
    return queries


def time_searches(session: Session, queries: list[Query]) -> dict[str, float]:
    caseload = Caseload(session)
    timings, hits = [], 0
    for query in queries:
        started = time.perf_counter()
        found = caseload.search(query.text, SEARCH_LIMIT, query.include_hypotheses)
        timings.append(time.perf_counter() - started)
        hits += len(found)
    return {
        "search_p50_ms": ms(percentile(timings, 0.50)),
        "search_p95_ms": ms(percentile(timings, 0.95)),
        "search_max_ms": ms(max(timings)),
        "search_queries": len(queries),
        "search_mean_hits": round(hits / len(queries), 1),
    }


def time_person_warm(session: Session, person_id: PersonId) -> float:
    person_file(session, person_id)  # brings its pages into this connection's cache
    timings = []
    for _ in range(WARM_REPEATS):
        started = time.perf_counter()
        person_file(session, person_id)
        timings.append(time.perf_counter() - started)
    return ms(statistics.median(timings))


def time_person_fresh(
    open_session: Callable[[], Session], person_ids: list[PersonId]
) -> tuple[float, float]:
    """New connection (raw key, no KDF) + the person's file; the close is not timed.

    Medians of the wall time and of this thread's CPU time: on a shared machine
    a run preempted by another process costs a scheduler tick (4 ms here) of
    wall time, which CPU time leaves out.
    """
    timings, cpu = [], []
    for repeat in range(FRESH_REPEATS):
        started, started_cpu = time.perf_counter(), time.thread_time()
        session = open_session()
        person_file(session, person_ids[repeat % len(person_ids)])
        timings.append(time.perf_counter() - started)
        cpu.append(time.thread_time() - started_cpu)
        session.close()
    return ms(statistics.median(timings)), ms(statistics.median(cpu))


def time_saves(
    session: Session, person_id: PersonId, sample_text: str, today: date
) -> dict[str, float]:
    """Autosave as the worker types: each save adds a burst of ~40 characters."""
    caseload = Caseload(session)
    timings = []
    for note in range(SAVE_NOTES):
        draft = InterviewDraft(today, InterviewKind.OFFICE, 45, (Theme.HOUSING,))
        interview_id = caseload.add_interview(person_id, draft)
        text = (sample_text * 3)[note * 7 :]
        for burst in range(1, SAVES_PER_NOTE + 1):
            started = time.perf_counter()
            caseload.save_facts(interview_id, text[: burst * 40])
            timings.append(time.perf_counter() - started)
    return {
        "save_p50_ms": ms(percentile(timings, 0.50)),
        "save_p95_ms": ms(percentile(timings, 0.95)),
        "saves": len(timings),
    }


def time_first_query(
    open_session: Callable[[], Session], today: date
) -> tuple[Session, dict[str, float]]:
    """From nothing open to the persons list (the first screen after unlocking)."""
    started = time.perf_counter()
    session = open_session()
    opened = time.perf_counter()
    Caseload(session).person_rows(today)
    done = time.perf_counter()
    return session, {
        "open_to_first_query_ms": ms(done - started),
        "unlock_ms": ms(opened - started),
        "persons_list_ms": ms(done - opened),
    }


def run_workload(
    open_main: Callable[[], Session],
    open_fresh: Callable[[], Session],
    featured: dict[int, list[int]],
    vocabulary: list[str],
    seed: int,
    today: date,
) -> dict[str, float]:
    """Everything above, in a fixed order, on one variant."""
    session, results = time_first_query(open_main, today)
    try:
        results.update(time_searches(session, make_queries(vocabulary, seed)))
        for size in (20, 200):
            ids = [PersonId(i) for i in featured.get(size, [])] or [_largest(session)]
            results[f"person_open_{size}_interviews"] = len(
                stores(session).interviews.timeline(ids[0])
            )
            results[f"person_open_{size}_warm_ms"] = time_person_warm(session, ids[0])
            wall, cpu = time_person_fresh(open_fresh, ids)
            results[f"person_open_{size}_fresh_ms"] = wall
            results[f"person_open_{size}_fresh_cpu_ms"] = cpu
        person = PersonId(featured.get(20, [1])[0])
        timeline = stores(session).interviews.timeline(person)
        sample = (
            stores(session).interviews.get(timeline[0].id).facts if timeline else "Note. " * 200
        )
        results.update(time_saves(session, person, sample, today))
    finally:
        session.close()
    return results


def _largest(session: Session) -> PersonId:
    """Tiny runs cannot hold the featured sizes: fall back to the busiest person."""
    counts = {
        pid: len(stores(session).interviews.timeline(pid)) for pid in stores(session).persons.ids()
    }
    return max(counts, key=lambda pid: counts[pid])


def file_size_mib(path: Path) -> float:
    return round(path.stat().st_size / 2**20, 2)
