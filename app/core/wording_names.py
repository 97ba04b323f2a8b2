"""Names of other people in a text: names Carnet already holds, and capitalised words
after « M. », « Mme », « son fils »… A name is the one thing the wording check may
offer to swap word for word: its initials ("Jean Dupont" → "J. D.") keep the sentence whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.wording_lexicon import span_back
from app.domain.text import fold
from app.domain.text import fold_mapped as folded

_WORD_GAP = r"[\s\-‐‑]+"
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
class NameMatch:
    """A probable name of another person; `known` when it is a name Carnet already holds."""

    start: int
    end: int
    text: str
    initials: str
    known: bool


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
    folded_text, origin = folded(text)
    matches: list[NameMatch] = []
    for found in pattern.finditer(folded_text):
        start, end = span_back(text, origin, found.start(), found.end())
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
