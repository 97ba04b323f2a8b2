"""Which passphrases Carnet accepts, and why it refuses the others.

The vault's passphrase is the only thing between a stolen laptop and the
notes, so very weak ones are refused (too short, or one of the most common
passwords) and the others get advice the worker can act on ("four words or
more"), not an entropy figure. The verdict carries reason codes, not text: the
GUI meter and `carnet-cli` translate them through `app.messages.passphrase`,
so both refuse the same passphrases with the same words.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from app.domain.errors import InvalidInput
from app.domain.resources import resources_dir
from app.domain.text import fold

MIN_LENGTH = 12
GOOD_LENGTH = 16
GOOD_WORDS = 4
MAX_SCORE = 4

_LEET = str.maketrans({"@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "0": "o", "$": "s",
                       "5": "s", "7": "t"})  # fmt: skip
_KEYBOARD_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_SEQUENCE_LENGTH = 4


class Reason(enum.Enum):
    """Why a passphrase got its score; each one has a translated sentence."""

    EMPTY = "empty"
    MOST_COMMON = "most_common"
    TOO_SHORT = "too_short"
    ONE_KIND = "one_kind"
    REPETITION = "repetition"
    SEQUENCE = "sequence"
    CONTAINS_COMMON = "contains_common"
    TIP_WORDS = "tip_words"
    GOOD_PHRASE = "good_phrase"
    GOOD_VARIED = "good_varied"


@dataclass(frozen=True)
class Verdict:
    """A score from 0 (very weak) to 4 (very strong), whether it is accepted, and why."""

    score: int
    acceptable: bool
    reasons: tuple[Reason, ...]

    @property
    def refusal(self) -> Reason | None:
        """The first reason given for a refused passphrase; None when it is accepted."""
        if self.acceptable:
            return None
        return self.reasons[0] if self.reasons else Reason.TIP_WORDS


class WeakPassphrase(InvalidInput):
    """A new passphrase the policy refuses; `verdict` says why."""

    default_message = "This passphrase is too weak."

    def __init__(self, verdict: Verdict) -> None:
        super().__init__()
        self.verdict = verdict


def _compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _core(text: str) -> str:
    """Without leading/trailing digits and symbols: "Azerty123!" -> "azerty"."""
    return re.sub(r"^[\W\d_]+|[\W\d_]+$", "", text)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The shipped list of very common passwords, compacted for comparison."""
    path = resources_dir() / "lexicons" / "common_passwords.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    entries = (_compact(fold(line.strip())) for line in lines if not line.startswith("#"))
    return frozenset(entry for entry in entries if entry)


def _variants(text: str) -> set[str]:
    """The forms compared with the common list: as typed, without the digits or
    symbols around it, and with symbol-for-letter swaps undone ("P@ssw0rd!")."""
    folded = fold(text)
    forms = (folded, _core(folded), folded.translate(_LEET), _core(folded).translate(_LEET))
    variants = {_compact(form) for form in forms}
    variants.discard("")
    return variants


def _is_common(text: str) -> bool:
    return bool(_variants(text) & common_passwords())


def _contains_common(text: str) -> bool:
    common = common_passwords()
    return any(
        entry in variant for variant in _variants(text) for entry in common if len(entry) >= 6
    )


def _words(text: str) -> list[str]:
    """Tokens between spaces or word separators that hold at least two letters."""
    tokens = re.split(r"[\s\-_.,;:/+]+", fold(text))
    return [t for t in tokens if sum(ch.isalpha() for ch in t) >= 2]


def _character_classes(text: str) -> int:
    checks = (str.islower, str.isupper, str.isdigit)
    classes = sum(any(check(ch) for ch in text) for check in checks)
    symbols = any(not ch.isalnum() and not ch.isspace() for ch in text)
    return classes + int(symbols)


def _has_repetition(text: str) -> bool:
    folded = fold(text)
    if re.search(r"(.)\1\1", folded) or re.fullmatch(r"(.+?)\1+", folded):
        return True
    words = _words(text)
    return len(words) >= 3 and len(set(words)) * 2 <= len(words)


def _has_sequence(text: str) -> bool:
    folded = _compact(fold(text))
    for i in range(len(folded) - _SEQUENCE_LENGTH + 1):
        chunk = folded[i : i + _SEQUENCE_LENGTH]
        steps = {ord(b) - ord(a) for a, b in pairwise(chunk)}
        if steps in ({1}, {-1}):
            return True
        if any(chunk in row or chunk[::-1] in row for row in _KEYBOARD_ROWS):
            return True
    return False


def _base_score(length: int, unique_words: int, classes: int) -> int:
    if length < 8:
        return 0
    if length < MIN_LENGTH:
        return 1
    if unique_words >= GOOD_WORDS + 1 or (length >= 20 and classes >= 2):
        return 4
    if unique_words >= GOOD_WORDS or length >= GOOD_LENGTH:
        return 3
    return 2


def _weaknesses(text: str, is_phrase: bool, classes: int) -> list[Reason]:
    """One reason per weakness found; each costs a point."""
    found = []
    if not is_phrase and classes == 1:
        found.append(Reason.ONE_KIND)
    if _has_repetition(text):
        found.append(Reason.REPETITION)
    if _has_sequence(text):
        found.append(Reason.SEQUENCE)
    if not is_phrase and _contains_common(text):
        found.append(Reason.CONTAINS_COMMON)
    return found


def assess(text: str) -> Verdict:
    """Score `text`, refuse it if very weak (short or common), and say why."""
    if not text:
        return Verdict(0, False, (Reason.EMPTY,))
    if _is_common(text):
        return Verdict(0, False, (Reason.MOST_COMMON,))

    length = len(text)
    unique_words = len(set(_words(text)))
    is_phrase = unique_words >= GOOD_WORDS
    classes = _character_classes(text)
    weaknesses = _weaknesses(text, is_phrase, classes)
    score = max(0, min(MAX_SCORE, _base_score(length, unique_words, classes) - len(weaknesses)))
    acceptable = length >= MIN_LENGTH and score >= 2

    # Length is the one thing to fix first; the rest would only be noise.
    reasons = [Reason.TOO_SHORT] if length < MIN_LENGTH else weaknesses
    if score < 3:
        reasons.append(Reason.TIP_WORDS)
    elif not reasons:
        reasons.append(Reason.GOOD_PHRASE if is_phrase else Reason.GOOD_VARIED)
    return Verdict(score, acceptable, tuple(reasons))


def require_acceptable(passphrase: str) -> str:
    """`passphrase` itself, or WeakPassphrase if the policy refuses it."""
    verdict = assess(passphrase)
    if not verdict.acceptable:
        raise WeakPassphrase(verdict)
    return passphrase
