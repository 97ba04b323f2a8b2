"""Full-text search: facts and addenda; hypotheses only when asked, from their own index.

Ranking happens in a subquery over the FTS table alone, and the join to
interviews and persons is done outside it: on SQLCipher the usual
join-then-sort form decrypts far more pages and is about four times slower.
"""

from __future__ import annotations

import re
from typing import Any, cast

from app.domain.ids import HypothesisId, InterviewId, PersonId
from app.domain.models import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from app.storage.codec import parse_day
from app.storage.connection import Database

_TOKEN = re.compile(r"[\w]+\*?", re.UNICODE)
MAX_TERMS = 16
SNIPPET_TOKENS = 14


def fts_query(text: str, prefix_last: bool = False) -> str:
    """User text → a safe FTS5 query: every term quoted, `*` kept as a prefix marker."""
    terms = _TOKEN.findall(text)[:MAX_TERMS]
    parts = []
    for index, term in enumerate(terms):
        prefix = term.endswith("*") or (prefix_last and index == len(terms) - 1)
        word = term.rstrip("*").replace('"', "")
        if word:
            parts.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(parts)


def _snippet(index: str) -> str:
    return f"snippet({index}, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', {SNIPPET_TOKENS})"


class SearchStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def search(
        self,
        text: str,
        limit: int = 50,
        include_hypotheses: bool = False,
        person_id: PersonId | None = None,
        prefix_last: bool = False,
    ) -> list[SearchHit]:
        query = fts_query(text, prefix_last)
        if not query:
            return []
        ranked: list[tuple[float, SearchHit]] = []
        ranked += self._facts(query, limit, person_id)
        ranked += self._addenda(query, limit, person_id)
        if include_hypotheses:
            ranked += self._hypotheses(query, limit, person_id)
        ranked.sort(key=lambda pair: pair[0])
        return [hit for _, hit in ranked[:limit]]

    def _person_filter(
        self, person_id: PersonId | None, column: str
    ) -> tuple[str, tuple[Any, ...]]:
        return (f" WHERE {column} = ?", (person_id,)) if person_id is not None else ("", ())

    def _facts(
        self, query: str, limit: int, person_id: PersonId | None
    ) -> list[tuple[float, SearchHit]]:
        # Within one person's file the rowid filter goes inside, so the
        # limit applies to that person's matches only.
        inner, extra = "", cast(tuple[Any, ...], ())
        if person_id is not None:
            inner = " AND rowid IN (SELECT id FROM interviews WHERE person_id = ?)"
            extra = (person_id,)
        rows = self._db.query(
            "SELECT m.rank, i.id, i.person_id, p.alias, i.held_on, m.snip FROM"
            f" (SELECT rowid, rank, {_snippet('facts_fts')} AS snip FROM facts_fts"
            f"   WHERE facts_fts MATCH ?{inner} ORDER BY rank LIMIT ?) AS m"
            " JOIN interviews i ON i.id = m.rowid JOIN persons p ON p.id = i.person_id"
            " ORDER BY m.rank",
            (query, *extra, limit),
        )
        return [
            (r[0], SearchHit(InterviewId(r[1]), PersonId(r[2]), r[3], parse_day(r[4]), r[5]))
            for r in rows
        ]

    def _addenda(
        self, query: str, limit: int, person_id: PersonId | None
    ) -> list[tuple[float, SearchHit]]:
        where, extra = self._person_filter(person_id, "i.person_id")
        rows = self._db.query(
            "SELECT m.rank, i.id, i.person_id, p.alias, i.held_on, m.snip FROM"
            f" (SELECT rowid, rank, {_snippet('addenda_fts')} AS snip FROM addenda_fts"
            "   WHERE addenda_fts MATCH ? ORDER BY rank LIMIT ?) AS m"
            " JOIN addenda a ON a.id = m.rowid JOIN interviews i ON i.id = a.interview_id"
            f" JOIN persons p ON p.id = i.person_id{where} ORDER BY m.rank",
            (query, limit, *extra),
        )
        return [
            (r[0], SearchHit(InterviewId(r[1]), PersonId(r[2]), r[3], parse_day(r[4]), r[5]))
            for r in rows
        ]

    def _hypotheses(
        self, query: str, limit: int, person_id: PersonId | None
    ) -> list[tuple[float, SearchHit]]:
        where, extra = self._person_filter(person_id, "h.person_id")
        rows = self._db.query(
            "SELECT m.rank, h.interview_id, h.person_id, p.alias, h.noted_on, m.snip, h.id FROM"
            f" (SELECT rowid, rank, {_snippet('hypotheses_fts')} AS snip FROM hypotheses_fts"
            "   WHERE hypotheses_fts MATCH ? ORDER BY rank LIMIT ?) AS m"
            " JOIN hypotheses h ON h.id = m.rowid JOIN persons p ON p.id = h.person_id"
            f"{where} ORDER BY m.rank",
            (query, limit, *extra),
        )
        return [
            (
                r[0],
                SearchHit(
                    InterviewId(r[1]) if r[1] is not None else None,
                    PersonId(r[2]),
                    r[3],
                    parse_day(r[4]),
                    r[5],
                    is_hypothesis=True,
                    hypothesis_id=HypothesisId(r[6]),
                ),
            )
            for r in rows
        ]
