"""Full-text search: facts and addenda; hypotheses only when asked, from their own index.

Ranking happens over the FTS table alone, within the newest WINDOW matches,
and the rows and snippets are read only for the hits shown: on SQLCipher every
page read is a page decrypted, so the work is bounded by what is displayed,
not by how common the word is.
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
# How many of the newest matches are ranked (see `_windowed`).
WINDOW = 1000


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

    def _facts(
        self, query: str, limit: int, person_id: PersonId | None
    ) -> list[tuple[float, SearchHit]]:
        return self._windowed(
            "facts_fts", query, limit, person_id,
            "SELECT i.id, i.id, i.person_id, p.alias, i.held_on FROM interviews i"
            " JOIN persons p ON p.id = i.person_id WHERE i.id IN ({ids})",
            "SELECT id FROM interviews WHERE person_id = ?",
        )  # fmt: skip

    def _addenda(
        self, query: str, limit: int, person_id: PersonId | None
    ) -> list[tuple[float, SearchHit]]:
        return self._windowed(
            "addenda_fts", query, limit, person_id,
            "SELECT a.id, i.id, i.person_id, p.alias, i.held_on FROM addenda a"
            " JOIN interviews i ON i.id = a.interview_id JOIN persons p ON p.id = i.person_id"
            " WHERE a.id IN ({ids})",
            "SELECT a.id FROM addenda a JOIN interviews i ON i.id = a.interview_id"
            " WHERE i.person_id = ?",
        )  # fmt: skip

    def _hypotheses(
        self, query: str, limit: int, person_id: PersonId | None
    ) -> list[tuple[float, SearchHit]]:
        return self._windowed(
            "hypotheses_fts", query, limit, person_id,
            "SELECT h.id, h.interview_id, h.person_id, p.alias, h.noted_on FROM hypotheses h"
            " JOIN persons p ON p.id = h.person_id WHERE h.id IN ({ids})",
            "SELECT id FROM hypotheses WHERE person_id = ?",
            is_hypothesis=True,
        )  # fmt: skip

    def _windowed(
        self,
        index: str,
        query: str,
        limit: int,
        person_id: PersonId | None,
        rows_sql: str,
        person_rows_sql: str,
        is_hypothesis: bool = False,
    ) -> list[tuple[float, SearchHit]]:
        """Rank the newest WINDOW matches, then fetch snippets and rows for the best few."""
        best = self._best(index, query, limit, person_id, person_rows_sql)
        if not best:
            return []
        ids = tuple(r[0] for r in best)
        snippets = self._snippets(index, query, ids)
        marks = ", ".join("?" * len(ids))
        rows = {r[0]: r for r in self._db.query(rows_sql.format(ids=marks), ids)}
        return [
            (
                rank,
                SearchHit(
                    InterviewId(rows[rowid][1]) if rows[rowid][1] is not None else None,
                    PersonId(rows[rowid][2]),
                    rows[rowid][3],
                    parse_day(rows[rowid][4]),
                    snippets.get(rowid, ""),
                    is_hypothesis=is_hypothesis,
                    hypothesis_id=HypothesisId(rowid) if is_hypothesis else None,
                ),
            )
            for rowid, rank in best
            if rowid in rows
        ]

    def _best(
        self,
        index: str,
        query: str,
        limit: int,
        person_id: PersonId | None,
        person_rows_sql: str,
    ) -> list[tuple[int, float]]:
        """(rowid, bm25 rank) of the best `limit` among the newest WINDOW matches.

        Ranking every match of a common word by bm25 costs as many decrypted
        pages as there are matches; FTS5 walks its doclists newest-first
        cheaply, so only a bounded window is ranked.
        """
        scope, extra = "", cast(tuple[Any, ...], ())
        # One person's file: only their matches, as a filter on the newest-first
        # walk (`+rowid`). As a constraint, SQLite would run the match once per
        # row of the person, and a prefix query merges its terms' doclists each
        # time: 3-11 s for a 200-note file at a million notes, 0.1-0.25 s now.
        if person_id is not None:
            scope, extra = f" AND +rowid IN ({person_rows_sql})", (person_id,)
        return cast(
            list[tuple[int, float]],
            self._db.query(
                f"SELECT rowid, rank FROM (SELECT rowid, rank FROM {index}"
                f"  WHERE {index} MATCH ?{scope} ORDER BY rowid DESC LIMIT ?)"
                " ORDER BY rank LIMIT ?",
                (query, *extra, WINDOW, limit),
            ),
        )

    def _snippets(self, index: str, query: str, ids: tuple[int, ...]) -> dict[int, str]:
        """The snippets of the rows `ids`, in one pass over the match.

        The rowids go to FTS5 as one range, and the exact list is a plain
        filter (`+rowid`): given as `rowid IN (…)`, SQLite would run the match
        once per rowid, and a prefix query (`loge*`) merges the doclists of
        every matching term each time. Within the range there are at most
        WINDOW matches, and a snippet (which reads the note) is made only for
        the rows in the list.
        """
        marks = ", ".join("?" * len(ids))
        return dict(
            self._db.query(
                f"SELECT rowid, {_snippet(index)} FROM {index}"
                f" WHERE {index} MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({marks})",
                (query, min(ids), max(ids), *ids),
            )
        )
