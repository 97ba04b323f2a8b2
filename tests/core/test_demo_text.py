"""Tests for app/core/demo_text.py: the template file and its gender agreement."""

from __future__ import annotations

import re

from app.core import demo_text
from app.core.demo_text import FEMININE, MASCULINE, parse

SAMPLE = """
# comment
[names]
3|Amina
Karim

[facts]
<Il|Elle> est reçu<|e> ; {P} est venu<|e> seul<|e>.
"""


def test_weights_and_gendered_variants_are_parsed() -> None:
    """`3|Amina` weighs 3; `<m|f>` gives a masculine and a feminine version."""
    sections = parse(SAMPLE)
    assert sections["names"].cum_weights == (3, 4)
    (variant,) = sections["facts"].variants
    assert variant[MASCULINE] == "Il est reçu ; {P} est venu seul."
    assert variant[FEMININE] == "Elle est reçue ; {P} est venue seule."


def test_the_shipped_file_has_every_section_the_generator_uses() -> None:
    """Each kind, requester and theme has templates; no unknown field or stray marker."""
    sections = demo_text.load()
    for name in (
        "ouverture.office",
        "ouverture.phone",
        "demande.hr",
        "faits.housing",
        "faits.rights",
        "actions",
        "hypotheses",
        "suivis",
        "addenda",
    ):
        assert len(sections[name]) > 0, name
    known = {
        "P",
        "org",
        "demande",
        "montant",
        "montant2",
        "montant3",
        "loyer",
        "jours",
        "semaines",
        "mois",
        "moisnom",
        "date",
        "passe",
        "annee",
        "annees",
        "enfants",
    }
    for choices in sections.values():
        for masculine, feminine in choices.variants:
            assert set(re.findall(r"\{(\w+)\}", masculine)) <= known
            assert "<" not in masculine + feminine and "|" not in masculine + feminine


def test_vocabulary_is_sorted_and_unique() -> None:
    """Search terms come out once each, in order."""
    words = demo_text.vocabulary()
    assert words == sorted(set(words))
