"""The editable word lists of the wording check, and how their terms are found in a text.

One UTF-8 file per category in `resources/lexicons/` (`judgement.tsv`,
`health.tsv`, `violence.tsv`…): one term per line, optionally a TAB and a mark,
`#` starts a comment. The marks are `grave` (a serious fact: threats, violence,
abuse, suicide risk; never softened, never dropped in child protection) and
`supposition` (a guess or hedge such as « il semble », in the judgement list).
The lists hold no replacement words on purpose: the check asks, it does not
rewrite. Matching ignores case and accents ("Dépression", "depression"),
treats a hyphen like a space and ’ like ', accepts an -s/-x plural, and stays
on word boundaries ("viol" is not found in "violet").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.domain.resources import resources_dir
from app.domain.text import fold as fold
from app.domain.text import fold_mapped

MARK_SERIOUS = "grave"
MARK_HEDGE = "supposition"

# Folded separately because NFD leaves them whole: "sœur" must match "soeur".
_WORD_GAP = r"[\s\-‐‑]+"  # "sans papiers", "sans-papiers", "sans\npapiers"
_PLURAL = "(?:s|x)?"  # "alcooliques", "maux"… without listing every plural


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    term: str
    category: str  # the file's name: "judgement", "health", "violence"…
    mark: str = ""  # "", MARK_SERIOUS or MARK_HEDGE

    @property
    def serious(self) -> bool:
        return self.mark == MARK_SERIOUS


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: tuple[LexiconEntry, ...]
    pattern: re.Pattern[str] | None  # one alternation over folded terms, longest first


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A lexicon term found in a text; `text` is the exact span, as written."""

    start: int
    end: int
    text: str
    entry: LexiconEntry


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Reads every `*.tsv` of the folder (the shipped lexicons by default)."""
    folder = folder or resources_dir() / "lexicons"
    entries: list[LexiconEntry] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.tsv")):
        for entry in _read_tsv(path):
            key = " ".join(fold(entry.term).split())
            if key and key not in seen:
                seen.add(key)
                entries.append(entry)
    return Lexicon(tuple(entries), _compile(entries))


@cache
def default_lexicon() -> Lexicon:
    """The shipped lexicons, read once per run (edits to the files apply at next start)."""
    return load_lexicon()


def find_terms(text: str, lexicon: Lexicon) -> list[TermMatch]:
    """Every lexicon term in the text, leftmost and longest first, never overlapping."""
    if lexicon.pattern is None or not text:
        return []
    folded_text, origin = fold_mapped(text)
    matches: list[TermMatch] = []
    for found in lexicon.pattern.finditer(folded_text):
        assert found.lastgroup is not None  # every alternative is a named group
        entry = lexicon.entries[int(found.lastgroup[1:])]
        start, end = span_back(text, origin, found.start(), found.end())
        matches.append(TermMatch(start, end, text[start:end], entry))
    return matches


def _read_tsv(path: Path) -> Iterable[LexiconEntry]:
    category = path.stem
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        term, _, rest = line.partition("\t")
        mark = rest.split("#", 1)[0].strip().lower()
        if term.strip():
            known = mark if mark in (MARK_SERIOUS, MARK_HEDGE) else ""
            yield LexiconEntry(" ".join(term.split()), category, known)


def _term_pattern(term: str) -> str:
    words = re.split(r"[\s\-‐‑]+", fold(term).strip())
    escaped = [re.escape(word).replace("'", r"'\s*") for word in words if word]
    return _WORD_GAP.join(escaped) + _PLURAL


def _compile(entries: list[LexiconEntry]) -> re.Pattern[str] | None:
    if not entries:
        return None
    order = sorted(range(len(entries)), key=lambda i: len(fold(entries[i].term)), reverse=True)
    # Alternatives grouped by first letter, behind a cheap lookahead: Python's engine would
    # otherwise try every term at every word of a long note.
    groups: dict[str, list[str]] = {}
    for i in order:
        first = fold(entries[i].term).strip()[:1]
        groups.setdefault(first, []).append(f"(?P<t{i}>{_term_pattern(entries[i].term)})")
    body = "|".join(f"(?={re.escape(k)})(?:{'|'.join(v)})" for k, v in groups.items())
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def span_back(text: str, origin: list[int], start: int, end: int) -> tuple[int, int]:
    """Maps a span of the folded text back to the original, with trailing accents."""
    real_start = origin[start]
    real_end = origin[end - 1] + 1
    while real_end < len(text) and unicodedata.combining(text[real_end]):
        real_end += 1
    return real_start, real_end
