"""The wording check: one checker for the editor's underlining and the export step.

It asks, it never rewrites a fact. Three kinds of finding, from one set of
editable lexicons (`app.core.wording_lexicon`) chosen per frame:

- a judgement about the person (« manipulatrice », « défaillante ») or a guess
  (« il semble ») → the question asks what was seen or said; no stock word;
- a sensitive subject (health, violence, justice, immigration, addiction,
  suicide) → "is this needed for this recipient?", with leaving the paragraph
  out or attributing the sentence (« La personne indique que… ») as the only
  offers; a serious fact (threats, violence, abuse, suicide risk) is never
  softened, and in a child-protection frame never proposed for removal;
- unattributed reported speech (a quotation, or a paragraph marked reported)
  → attribution is offered.

The only word-for-word swap offered is a name's initials. Every other edit is
made to a whole sentence (attribution) or a whole paragraph (left out, or
retyped by the worker), so what is offered cannot break a sentence's grammar.
Questions are English source texts; the interface translates them in the
"Wording" context.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from app.core.wording_lexicon import (
    MARK_HEDGE,
    Lexicon,
    LexiconEntry,
    default_lexicon,
    find_terms,
    fold,
)
from app.core.wording_names import NameMatch, find_other_names, to_initials

__all__ = [
    "CHILD_PROTECTION_FRAMES",
    "KNOWN_FRAMES",
    "Finding",
    "Kind",
    "Lexicon",
    "attributed_sentence",
    "check_text",
    "default_lexicon",
    "frame_categories",
    "sentence_spans",
    "to_initials",
]

JUDGEMENT = "judgement"
REPORTED = "reported-speech"
NAME = "name"
KNOWN_FRAMES = (
    "liaison",
    "coordination",
    "information-preoccupante",
    "signalement-procureur",
    "reponse-employeur",
    "attestation",
    "copie-personne",
)
CHILD_PROTECTION_FRAMES = frozenset({"information-preoccupante", "signalement-procureur"})
# The person's own copy answers their access right: nothing is to be left out of it,
# but a judgement about them still deserves a second look.
_FRAME_CATEGORIES: dict[str, frozenset[str]] = {"copie-personne": frozenset({JUDGEMENT})}

Q_LABEL = (
    "A judgement about the person. What did you see or hear that made you write it?"
    " Describe that instead."
)
Q_HEDGE = (
    "A guess or an opinion. What was seen or said? Write that, or keep the guess"
    " among your working hypotheses."
)
Q_NEEDED = "Is this needed for this recipient? If not, leave the paragraph out."
Q_SERIOUS = (
    "Is this needed for this recipient? If it is, keep it exact: a serious fact is never softened."
)
Q_SERIOUS_CHILD = "A serious fact: keep it exact. Say whether you saw it or who reported it to you."
Q_REPORTED = "Who said this? Attribute the words to the person who said them."
Q_NAME = "The name of another person. Is it needed? Initials may be enough."
QUESTIONS = (Q_LABEL, Q_HEDGE, Q_NEEDED, Q_SERIOUS, Q_SERIOUS_CHILD, Q_REPORTED, Q_NAME)


class Kind(StrEnum):
    JUDGEMENT = "judgement"
    SENSITIVE = "sensitive"
    REPORTED = "reported-speech"
    NAME = "name"


@dataclass(frozen=True, slots=True)
class Finding:
    """Something the check asks about, at `start:end` of the text (`text` as written)."""

    start: int
    end: int
    text: str
    term: str
    category: str
    kind: Kind
    question: str
    sentence: tuple[int, int]  # the sentence holding it, for an attribution
    serious: bool = False
    replacement: str | None = None  # a word swap: only a name's initials
    can_omit: bool = False  # offer to leave the paragraph out
    can_attribute: bool = False  # offer « La personne indique que… » on the sentence


def frame_categories(frame: str | None, lexicon: Lexicon) -> frozenset[str]:
    """The lexicon categories checked for a frame; the editor (`None`) looks at judgements."""
    if frame is None:
        return frozenset({JUDGEMENT})
    every = frozenset(entry.category for entry in lexicon.entries)
    return _FRAME_CATEGORIES.get(frame, every)


def check_text(
    text: str,
    frame: str | None,
    lexicon: Lexicon | None = None,
    *,
    known_names: Iterable[str] = (),
    reported: bool = False,
) -> list[Finding]:
    """Every finding in `text` for a document of `frame` (`None`: the note being written)."""
    lexicon = lexicon or default_lexicon()
    sentences = sentence_spans(text)
    categories = frame_categories(frame, lexicon)
    child = frame in CHILD_PROTECTION_FRAMES
    findings = [
        _term_finding(text, match.start, match.end, match.entry, sentences, child)
        for match in find_terms(text, lexicon)
        if match.entry.category in categories
    ]
    if frame is not None and frame in _FRAME_CATEGORIES:
        findings = [replace(f, can_omit=False, can_attribute=False) for f in findings]
    elif frame is not None:
        findings += _reported_findings(text, sentences, findings, reported)
    if frame is not None:
        findings += [_name_finding(m, sentences) for m in find_other_names(text, known_names)]
    return _without_overlaps(findings)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, its final punctuation included, blanks left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.group() == "." and _is_abbreviation(text, boundary.start()):
            continue
        _add_span(text, start, boundary.end(), spans)
        start = boundary.end()
    _add_span(text, start, len(text), spans)
    return spans


def attributed_sentence(sentence: str, prefix: str) -> str:
    """The sentence reported as said: "Il a dit non." → "La personne indique qu'il a dit non."

    The sentence stays whole; only its first word loses its capital when it is a
    common word (a name or « Mme » keeps it), and « que » elides before a vowel.
    """
    lead = len(sentence) - len(sentence.lstrip())
    body = sentence[lead:]
    first = re.match(r"[^\W\d_]+['’]?", body)
    if first is not None and fold(first.group()).replace("’", "'") in _COMMON_FIRST_WORDS:
        body = body[0].lower() + body[1:]
    prefix = " ".join(prefix.split())
    if re.search(r"(?i)(?<!\w)que$", prefix) and re.match(r"(?i)[aeiouyàâäéèêëîïôöûùü]", body):
        return sentence[:lead] + prefix[:-1] + "'" + body
    return sentence[:lead] + prefix + " " + body


# --- internals ---------------------------------------------------------------------------

_BOUNDARY = re.compile(r"[.!?…]+[»\"”’)\u00a0 ]*?(?=\s|$)|\n")
_ABBREVIATIONS = {"m", "mme", "mlle", "mm", "dr", "pr", "me", "st", "ste", "cf", "mr", "mrs", "ms"}
_COMMON_FIRST_WORDS = frozenset(
    [
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cet",
        "cette",
        "ces",
        "c'",
        "ça",
        "cela",
        "lui",
        "eux",
        "tout",
        "tous",
        "toute",
        "toutes",
        "depuis",
        "lors",
        "hier",
        "en",
        "au",
        "aux",
        "dans",
        "pendant",
        "apres",
        "avant",
        "a",
        "aucun",
        "aucune",
        "personne",
        "plusieurs",
        "chaque",
        "y",
        "he",
        "she",
        "they",
        "it",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "this",
        "these",
        "those",
        "there",
        "yesterday",
    ]
)
_ATTRIBUTION = re.compile(
    r"(?<!\w)(?:indiqu\w*|dit|dis|disent|dire|disant|declar\w*|rapport\w*|racont\w*"
    r"|expliqu\w*|evoqu\w*|signal(?:e|ee|es|ent|ait|aient)|affirm\w*|confie\w*|precise\w*"
    r"|relate\w*|selon|d'\s*apres|fait part|fait etat|se plai\w*|reconna\w*|rapporte\w*"
    r"|says?|said|reports?|reported|according to|states|stated|told|tells|explain\w*"
    r"|mention\w*|describ\w*|decri\w*)(?!\w)"
)
_FIRST_PERSON = re.compile(r"^[\s(]*(?:je|j'|nous|i|we)(?!\w)")
_QUOTE = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + len(piece.rstrip())))


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([^\W\d_]+)$", text[max(0, dot - 12) : dot])
    return word is not None and (len(word.group(1)) == 1 or fold(word.group(1)) in _ABBREVIATIONS)


def _sentence_of(spans: list[tuple[int, int]], start: int) -> tuple[int, int]:
    index = bisect_right(spans, (start, len(spans) and spans[-1][1] + 1)) - 1
    if index >= 0 and spans[index][0] <= start < spans[index][1]:
        return spans[index]
    return (start, start)


def _is_attributed(sentence: str) -> bool:
    folded = fold(sentence)
    return bool(_ATTRIBUTION.search(folded) or _FIRST_PERSON.match(folded))


def _term_finding(
    text: str,
    start: int,
    end: int,
    entry: LexiconEntry,
    sentences: list[tuple[int, int]],
    child: bool,
) -> Finding:
    sentence = _sentence_of(sentences, start)
    common = (start, end, text[start:end], entry.term, entry.category)
    if entry.category == JUDGEMENT:
        question = Q_HEDGE if entry.mark == MARK_HEDGE else Q_LABEL
        return Finding(*common, Kind.JUDGEMENT, question, sentence)
    question = (Q_SERIOUS_CHILD if child else Q_SERIOUS) if entry.serious else Q_NEEDED
    attribute = not _is_attributed(text[sentence[0] : sentence[1]])
    omit = not (child and entry.serious)
    return Finding(
        *common, Kind.SENSITIVE, question, sentence, entry.serious, None, omit, attribute
    )


def _reported_findings(
    text: str, sentences: list[tuple[int, int]], found: list[Finding], reported: bool
) -> list[Finding]:
    """Quotations with nobody to say them; with `reported`, every unattributed sentence."""
    offered = {f.sentence for f in found if f.can_attribute}
    findings: list[Finding] = []
    for sentence in sentences:
        words = text[sentence[0] : sentence[1]]
        if sentence in offered or _is_attributed(words):
            continue
        quote = _QUOTE.search(words)
        if quote is not None:
            start, end = sentence[0] + quote.start(), sentence[0] + quote.end()
        elif reported:
            start, end = sentence
        else:
            continue
        findings.append(
            Finding(
                start,
                end,
                text[start:end],
                "",
                REPORTED,
                Kind.REPORTED,
                Q_REPORTED,
                sentence,
                can_attribute=True,
            )
        )
    return findings


def _name_finding(match: NameMatch, sentences: list[tuple[int, int]]) -> Finding:
    return Finding(
        match.start,
        match.end,
        match.text,
        match.text,
        NAME,
        Kind.NAME,
        Q_NAME,
        _sentence_of(sentences, match.start),
        replacement=match.initials or None,
    )


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """In text order; a lexicon term wins over a name it overlaps (quotations are kept)."""
    terms = sorted((f.start, f.end) for f in findings if f.kind in (Kind.JUDGEMENT, Kind.SENSITIVE))
    kept = [f for f in findings if f.kind is not Kind.NAME or not _overlaps(terms, f)]
    return sorted(kept, key=lambda f: (f.start, f.end))


def _overlaps(spans: list[tuple[int, int]], finding: Finding) -> bool:
    """Whether `finding` overlaps one of the sorted, non-overlapping `spans`."""
    index = bisect_right(spans, (finding.end, -1))
    return index > 0 and spans[index - 1][1] > finding.start
