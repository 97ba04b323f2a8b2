"""The French word lists and sentence templates behind the demo caseload.

They live in `resources/demo/caseload_fr.txt` so that wording can be improved
without touching code. Each template is expanded once, at load time, into a
masculine and a feminine version (`reçu<|e>` → `reçu` / `reçue`), so the
generator only has to pick a string and fill the `{fields}`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.domain.resources import resources_dir

RESOURCE = Path("demo") / "caseload_fr.txt"
_SECTION = re.compile(r"^\[([\w.]+)\]$")
_GENDERED = re.compile(r"<([^<>|]*)\|([^<>|]*)>")
_FIELD = re.compile(r"\{\w+\}")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)  # as the FTS tokenizer splits
MASCULINE, FEMININE = 0, 1

# Words too common or too vague to make a useful search term.
_STOPWORD_TEXT = """
    alors aussi autre avant avec cette comme dans depuis elle entre être leurs
    lors mais même plus pour sans selon sont sous toute tous très vers celle
    avoir fait faire était sera peut plusieurs encore ensemble mois jours
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True, slots=True)
class Choices:
    """A weighted list of templates, each in its masculine and feminine form."""

    variants: tuple[tuple[str, str], ...]
    cum_weights: tuple[int, ...]

    @property
    def total(self) -> int:
        return self.cum_weights[-1]

    def __len__(self) -> int:
        return len(self.variants)


def _expand(template: str) -> tuple[str, str]:
    return (_GENDERED.sub(r"\1", template), _GENDERED.sub(r"\2", template))


def _entry(line: str) -> tuple[int, str]:
    head, bar, rest = line.partition("|")
    if bar and head.isdigit():
        return int(head), rest
    return 1, line


def parse(text: str) -> dict[str, Choices]:
    """Sections of `[name]` followed by one entry a line, `weight|text` or `text`."""
    raw: dict[str, list[tuple[int, str]]] = {}
    current: list[tuple[int, str]] | None = None
    for line in (stripped.strip() for stripped in text.splitlines()):
        if not line or line.startswith("#"):
            continue
        header = _SECTION.match(line)
        if header:
            current = raw.setdefault(header.group(1), [])
        elif current is None:
            raise ValueError(f"Demo text: entry before any section: {line!r}")
        else:
            current.append(_entry(line))
    sections: dict[str, Choices] = {}
    for name, entries in raw.items():
        total, cumulative = 0, []
        for weight, _ in entries:
            total += weight
            cumulative.append(total)
        variants = tuple(_expand(template) for _, template in entries)
        sections[name] = Choices(variants, tuple(cumulative))
    return sections


@cache
def load() -> dict[str, Choices]:
    """The shipped word lists and templates, parsed once per process."""
    return parse((resources_dir() / RESOURCE).read_text(encoding="utf-8"))


def vocabulary(sections: dict[str, Choices] | None = None) -> list[str]:
    """Distinct lower-case content words of the templates: search terms that do occur.

    Names and companies are left out (they are not what a worker searches
    notes for), as are the placeholders and short or common words.
    """
    sections = load() if sections is None else sections
    skip = ("prenoms.", "initiales", "entreprises", "duree.")
    words: set[str] = set()
    for name, choices in sections.items():
        if name.startswith(skip):
            continue
        for variant in choices.variants:
            for text in variant:
                for word in _WORD.findall(_FIELD.sub(" ", text)):
                    lowered = word.lower()
                    if len(lowered) >= 5 and lowered not in _STOPWORDS:
                        words.add(lowered)
    return sorted(words)
