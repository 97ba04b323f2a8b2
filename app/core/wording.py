"""Finds sensitive or judgemental words, and names of other people, in a summary's text.

Before a summary leaves the device the worker sees each flagged word with a
neutral alternative ("violences conjugales" → "relations intrafamiliales") and
decides. Matching ignores case and accents ("Dépression", "depression") and
respects word boundaries ("viol" is not found in "violet"). Nothing here edits a
note: `replace_term` returns a new summary text.

The lexicons are editable UTF-8 files in `resources/lexicons/`, one per category
(`sante.tsv`, `violence.tsv`…): `term<TAB>neutral alternative`, `#` comments. An
empty alternative means the word should simply be removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.domain.resources import resources_dir
from app.domain.text import fold, fold_mapped

CATEGORIES = (
    "sante",
    "violence",
    "immigration",
    "addiction",
    "psychiatrie",
    "judiciaire",
    "jugement",
)

# Folded separately because NFD leaves them whole: "sœur" must match "soeur".
_WORD_GAP = r"[\s\-‐‑]+"  # "sans papiers", "sans-papiers", "sans\npapiers"
_PLURAL = "(?:s|x)?"  # "alcooliques", "maux"… without listing every plural
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
_PARTICLES = {"de", "du", "des", "la", "le", "d'", "d’", "van", "von", "der", "da", "di"}

# Words after which a capitalised word is probably a person's name.
_NAME_TRIGGERS = (
    r"M\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Madame|Monsieur|Mademoiselle|Docteur"
    r"|Ma[iî]tre|(?:son|sa|ses|leur|his|her|their)\s+(?:fils|fille|filles|enfants?|m[eè]re"
    r"|p[eè]re|fr[eè]re|s(?:œ|oe)ur|mari|[eé]pouse?|femme|compagne?|conjointe?|ami|amie"
    r"|voisine?|coll[eè]gue|son|daughter|children|child|mother|father|brother|sister"
    r"|husband|wife|partner|friend|neighbour|neighbor|colleague)"
)
_TRIGGER_RE = re.compile(rf"(?<!\w)(?:{_NAME_TRIGGERS})(?!\w)[ \t\u00a0]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    term: str
    alternative: str  # "" means: remove the word
    category: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: tuple[LexiconEntry, ...]
    pattern: re.Pattern[str] | None  # one alternation over folded terms, longest first


@dataclass(frozen=True, slots=True)
class WordingMatch:
    """A sensitive term found in a text; `text` is the exact span, as written."""

    start: int
    end: int
    text: str
    term: str
    category: str
    alternative: str


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A probable name of another person; `known` when it is a name Carnet already holds."""

    start: int
    end: int
    text: str
    initials: str
    known: bool


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


def find_sensitive_terms(text: str, lexicon: Lexicon) -> list[WordingMatch]:
    """Every lexicon term in the text, leftmost and longest first, never overlapping."""
    if lexicon.pattern is None or not text:
        return []
    folded, origin = fold_mapped(text)
    matches: list[WordingMatch] = []
    for found in lexicon.pattern.finditer(folded):
        assert found.lastgroup is not None  # every alternative is a named group
        entry = lexicon.entries[int(found.lastgroup[1:])]
        start, end = _span(text, origin, found.start(), found.end())
        matches.append(
            WordingMatch(start, end, text[start:end], entry.term, entry.category, entry.alternative)
        )
    return matches


def replace_term(text: str, match: WordingMatch | NameMatch, alternative: str) -> str:
    """A new text with the match replaced (or removed when `alternative` is empty)."""
    if text[match.start : match.end] != match.text:
        raise ValueError("the text changed since the match was found")
    before, after = text[: match.start], text[match.end :]
    if not alternative:
        # Removing a word: do not leave a double space or a space before punctuation.
        if before.endswith(" ") and (after.startswith((" ", ",", ".", ";", ":")) or not after):
            before = before[:-1]
        return before + after
    if _starts_sentence(before) and alternative[:1].islower():
        alternative = alternative[0].upper() + alternative[1:]
    return before + alternative + after


def find_other_names(text: str, known_names: Iterable[str]) -> list[NameMatch]:
    """Known names (whole or by part) and capitalised words after "M.", "sa fille"…"""
    found = _known_name_matches(text, known_names)
    taken = [(m.start, m.end) for m in found]
    for match in _titled_name_matches(text):
        if not any(match.start < end and start < match.end for start, end in taken):
            found.append(match)
            taken.append((match.start, match.end))
    return sorted(found, key=lambda m: m.start)


def to_initials(name: str) -> str:
    """Initials of a name: "Jean Dupont" → "J. D.", "Jean-Pierre de la Tour" → "J.-P. T."."""
    initials: list[str] = []
    for word in name.split():
        if word.lower() in _PARTICLES or not word[0].isalpha():
            continue
        parts = [part for part in word.split("-") if part]
        initials.append("-".join(f"{part[0].upper()}." for part in parts if part[0].isalpha()))
    return " ".join(i for i in initials if i)


def _starts_sentence(before: str) -> bool:
    stripped = before.rstrip(' \t\u00a0"«“(')
    return not stripped or stripped[-1] in ".!?\n"


def _read_tsv(path: Path) -> Iterable[LexiconEntry]:
    category = path.stem
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        term, _, rest = line.partition("\t")
        alternative = rest.split("\t")[0].strip()
        if term.strip():
            yield LexiconEntry(" ".join(term.split()), alternative, category)


def _term_pattern(term: str) -> str:
    words = fold(term).split()
    return _WORD_GAP.join(re.escape(word) for word in words) + _PLURAL


def _compile(entries: list[LexiconEntry]) -> re.Pattern[str] | None:
    if not entries:
        return None
    order = sorted(range(len(entries)), key=lambda i: len(fold(entries[i].term)), reverse=True)
    body = "|".join(f"(?P<t{i}>{_term_pattern(entries[i].term)})" for i in order)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _span(text: str, origin: list[int], start: int, end: int) -> tuple[int, int]:
    """Maps a span of the folded text back to the original, with trailing accents."""
    real_start = origin[start]
    real_end = origin[end - 1] + 1
    while real_end < len(text) and unicodedata.combining(text[real_end]):
        real_end += 1
    return real_start, real_end


def _known_name_matches(text: str, known_names: Iterable[str]) -> list[NameMatch]:
    """Occurrences of each known name, then of its parts (surname alone, first name alone)."""
    variants: dict[str, str] = {}  # folded variant → full name it belongs to
    for name in known_names:
        name = " ".join(name.split())
        if not name:
            continue
        variants.setdefault(fold(name), name)
        for part in name.split():
            if len(part) >= 3 and part.lower() not in _PARTICLES:
                variants.setdefault(fold(part), name)
    if not variants:
        return []
    ordered = sorted(variants, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(_WORD_GAP.join(map(re.escape, v.split())) for v in ordered)
        + r")(?!\w)"
    )
    folded, origin = fold_mapped(text)
    matches: list[NameMatch] = []
    for found in pattern.finditer(folded):
        start, end = _span(text, origin, found.start(), found.end())
        matches.append(NameMatch(start, end, text[start:end], to_initials(text[start:end]), True))
    return matches


def _titled_name_matches(text: str) -> list[NameMatch]:
    """Up to three capitalised words right after a civility or a family relation."""
    matches: list[NameMatch] = []
    for trigger in _TRIGGER_RE.finditer(text):
        position = trigger.end()
        start = end = position
        for _ in range(3):
            token = _NAME_TOKEN.match(text, position)
            if token is None or not token.group()[0].isupper() or _is_initial(text, token):
                break
            end = token.end()
            gap = re.match(r"[ \t\u00a0]+", text[end:])
            position = end + (gap.end() if gap else 0)
            if gap is None:
                break
        if end > start:
            name = text[start:end]
            matches.append(NameMatch(start, end, name, to_initials(name), False))
    return matches


def _is_initial(text: str, token: re.Match[str]) -> bool:
    """A lone capital followed by a full stop ("J.") is already an initial."""
    return len(token.group()) == 1 and text[token.end() : token.end() + 1] == "."
