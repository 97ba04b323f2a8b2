"""Accent-blind matching, initials, and search snippets turned into safe HTML."""

from __future__ import annotations

from app.domain.models import HIGHLIGHT_END as E
from app.domain.models import HIGHLIGHT_START as S
from app.domain.text import fold_in_place as fold
from app.ui.workspace.text_match import (
    initials,
    locate_match,
    matches_filter,
    snippet_html,
    snippet_parts,
)


def test_fold_keeps_length_and_drops_accents_and_case() -> None:
    """Folding turns "Élodie Ç" into "elodie c", one character for one."""
    assert fold("Élodie Ç") == "elodie c"
    assert len(fold("Œuvre ﬁ")) == len("Œuvre ﬁ")


def test_filter_needs_every_word_anywhere() -> None:
    """Each typed word must appear somewhere in the folded alias and organisation."""
    key = fold("Élodie Martin Transports Durand")
    assert matches_filter(fold("ÉLODIE").split(), key)
    assert matches_filter(fold("mart elo").split(), key)
    assert matches_filter(["durand"], key)
    assert not matches_filter(["karim"], key)
    assert matches_filter([], key)


def test_initials_hide_the_name() -> None:
    """Initials keep up to three parts and never the rest of a name."""
    assert initials("Élodie Martin") == "É. M."
    assert initials("jean-pierre roux") == "J. P. R."
    assert initials("  ") == "…"


def test_snippet_matches_become_bold_and_the_rest_is_escaped() -> None:
    """Markup inside a note is shown as text; only highlighted words are bold."""
    snippet = f"…le <script>{S}loyer{E}</script> & {S}CAF{E}…"
    assert snippet_parts(snippet)[1] == ("loyer", True)
    assert snippet_html(snippet) == (
        "…le &lt;script&gt;<b>loyer</b>&lt;/script&gt; &amp; <b>CAF</b>…"
    )


def test_locate_uses_the_snippet_context_to_pick_the_occurrence() -> None:
    """With two occurrences, the one whose surroundings match the snippet is chosen."""
    text = "Le loyer est payé. Puis le loyer impayé de mars."
    start, end = locate_match(text, f"…le {S}loyer{E} impayé de mars.") or (0, 0)
    assert text[start:end] == "loyer" and start == text.rindex("loyer")


def test_locate_falls_back_to_the_word_ignoring_accents() -> None:
    """When the context is not found verbatim, the first accent-blind occurrence is used."""
    text = "Elle a reçu l'Échéancier."
    start, end = locate_match(text, f"{S}echeancier{E} différent") or (0, 0)
    assert text[start:end] == "Échéancier"
    assert locate_match(text, f"{S}echeancier{E} différent", loose=False) is None
    assert locate_match(text, "no highlight here") is None
