"""Text helpers for the workspace: accent-blind matching, initials, search snippets.

Pure Python (no Qt) so they are trivial to test; the widgets call them.
"""

from __future__ import annotations

import html

from app.domain.models import HIGHLIGHT_END, HIGHLIGHT_START
from app.domain.text import fold_in_place as fold

ELLIPSIS = "…"


def matches_filter(words: list[str], key: str) -> bool:
    """Whether every (folded) word appears in the folded `key`: "mart elo" finds Élodie Martin."""
    return all(word in key for word in words)


def initials(alias: str) -> str:
    """'Élodie Martin-Dupont' → 'É. M.': enough to tell rows apart, not to read a name."""
    parts = [p for p in alias.replace("-", " ").split() if p[:1].isalnum()]
    if not parts:
        return "…"
    return " ".join(f"{p[0].upper()}." for p in parts[:3])


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a search snippet into (text, is_match) pieces using the highlight marks."""
    parts: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        start = rest.find(HIGHLIGHT_START)
        if start < 0:
            parts.append((rest, False))
            break
        if start:
            parts.append((rest[:start], False))
        end = rest.find(HIGHLIGHT_END, start + 1)
        if end < 0:
            parts.append((rest[start + 1 :], True))
            break
        parts.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return [(text, hit) for text, hit in parts if text]


def snippet_html(snippet: str) -> str:
    """The snippet as HTML: matches in bold, everything else escaped, on one line."""
    pieces = []
    for text, hit in snippet_parts(snippet):
        escaped = html.escape(" ".join(text.split("\n")), quote=False)
        pieces.append(f"<b>{escaped}</b>" if hit else escaped)
    return "".join(pieces)


def snippet_plain(snippet: str) -> str:
    """The snippet without highlight marks (for screen readers and tooltips)."""
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def locate_match(text: str, snippet: str, loose: bool = True) -> tuple[int, int] | None:
    """Where the snippet's first highlighted match sits in `text`, as (start, end).

    The snippet is an excerpt of the stored text, so its surroundings pin down
    the right occurrence; failing that (and if `loose`), the first accent-blind
    occurrence of the matched word is used.
    """
    parts = snippet_parts(snippet)
    first = next(((i, t) for i, (t, hit) in enumerate(parts) if hit), None)
    if first is None:
        return None
    index, word = first
    before = "".join(t for t, _ in parts[:index]).removeprefix(ELLIPSIS)
    after = "".join(t for t, _ in parts[index + 1 :]).removesuffix(ELLIPSIS)
    context = before + word + after
    at = text.find(context) if context.strip() else -1
    if at >= 0:
        return at + len(before), at + len(before) + len(word)
    at = fold(text).find(fold(word)) if loose else -1
    if at >= 0:
        return at, at + len(word)
    return None
