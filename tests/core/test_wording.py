"""The one wording checker: it asks, never offers a stock word, never softens a fact."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.wording import (
    CHILD_PROTECTION_FRAMES,
    KNOWN_FRAMES,
    QUESTIONS,
    Finding,
    Kind,
    attributed_sentence,
    check_text,
    sentence_spans,
)
from app.core.wording_lexicon import default_lexicon, fold, load_lexicon

THREAT = "Mme indique avoir reçu des menaces de mort de son ex-conjoint."
PREFIX_FR = "La personne indique que"
BROKEN = (
    "Il a reçu des tensions de son ex-conjoint",
    "L'enfant est par sa mère",
    "Il est s'est exprimé avec véhémence",
)
TEMPLATES = (
    "Il a reçu des {t} de son ex-conjoint.",
    "L'enfant est {t} par sa mère.",
    "Il est {t}.",
    "Elle évoque {t} depuis mars.",
    "{t} signalé hier au CMP.",
    "Je constate : {t}.",
    "Selon Mme, « {t} ».",
)


def apply(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def offered_results(text: str, finding: Finding) -> list[str]:
    """Every text the check lets the worker produce in one click from this finding."""
    results = []
    if finding.replacement is not None:
        results.append(apply(text, finding.start, finding.end, finding.replacement))
    if finding.can_attribute:
        start, end = finding.sentence
        results.append(apply(text, start, end, attributed_sentence(text[start:end], PREFIX_FR)))
    return results


def test_a_death_threat_in_a_concern_report_is_neither_softened_nor_dropped() -> None:
    """Done when: information préoccupante, « menaces de mort »: no replacement, no removal."""
    [finding] = check_text(THREAT, "information-preoccupante")
    assert (finding.text, finding.category, finding.serious) == (
        "menaces de mort",
        "violence",
        True,
    )
    assert finding.replacement is None
    assert not finding.can_omit
    assert not finding.can_attribute  # "Mme indique" already attributes it
    assert "exact" in finding.question


def test_a_label_gets_a_question_and_no_stock_word() -> None:
    """Done when: « Mme est manipulatrice. » gives a judgement with a question, no replacement."""
    [finding] = check_text("Mme est manipulatrice.", "liaison")
    assert (finding.kind, finding.category, finding.term) == (
        Kind.JUDGEMENT,
        "judgement",
        "manipulatrice",
    )
    assert finding.question.endswith("Describe that instead.")
    assert finding.replacement is None and not finding.can_omit


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Il a pensé au suicide la semaine dernière.", "suicide"),
        ("Il parle de suicide.", "suicide"),
        ("Dépression depuis mars.", "health"),
        ("Mère défaillante.", "judgement"),
        ("Elle était hystérique.", "judgement"),
    ],
)
def test_words_the_field_trial_missed_are_asked_about(text: str, category: str) -> None:
    """« pensé au suicide », « suicide », « dépression », labels: each raises a question."""
    findings = check_text(text, "reponse-employeur")
    assert [f.category for f in findings] == [category]
    assert findings[0].replacement is None


def test_a_sensitive_subject_asks_if_needed_and_offers_omission_or_attribution() -> None:
    """Health for an employer: is it needed? Leave it out, or say who said it; no milder word."""
    [finding] = check_text("Il a eu une dépression.", "reponse-employeur")
    assert finding.question.startswith("Is this needed for this recipient?")
    assert finding.can_omit and finding.can_attribute and finding.replacement is None
    start, end = finding.sentence
    assert attributed_sentence("Il a eu une dépression.", PREFIX_FR) == (
        "La personne indique qu'il a eu une dépression."
    )
    assert (start, end) == (0, 23)


def test_an_unattributed_quotation_is_offered_attribution() -> None:
    """A quotation nobody says is reported speech; attributed quotations are left alone."""
    [finding] = check_text("« Je vais tout casser ».", "liaison")
    assert (finding.kind, finding.can_attribute) == (Kind.REPORTED, True)
    assert check_text("Il dit : « je vais tout casser ».", "liaison") == []


def test_a_paragraph_marked_reported_is_offered_attribution() -> None:
    """In a concern report, a reported paragraph without a speaker asks who said it."""
    findings = check_text(
        "L'enfant dort dans la voiture.", "information-preoccupante", reported=True
    )
    assert [(f.kind, f.can_attribute) for f in findings] == [(Kind.REPORTED, True)]


def test_the_note_editor_looks_at_judgements_only() -> None:
    """While writing (frame None) only judgements and guesses are raised, never names."""
    text = "Il semble inquiet. M. Jean Dupont évoque une dépression. Elle est défaillante."
    assert [f.term for f in check_text(text, None)] == ["il semble", "défaillante"]


def test_the_persons_copy_offers_no_omission() -> None:
    """The person's own copy answers their access right: nothing is offered for removal."""
    assert check_text("Il a eu une dépression.", "copie-personne") == []
    [label] = check_text("Mme est manipulatrice.", "copie-personne")
    assert not label.can_omit and not label.can_attribute


def test_an_unknown_frame_is_checked_with_every_category() -> None:
    """A frame the checker does not know yet (a string) gets the full check."""
    assert [f.category for f in check_text("Il a eu une dépression.", "nouveau-cadre")] == [
        "health"
    ]


def test_every_question_is_one_of_the_translated_ones() -> None:
    """Every question the check asks is a known source text the interface translates."""
    text = "Mme est manipulatrice. Il semble. « Non ». Menaces de mort. Dépression. M. Jean Dupont."
    for frame in KNOWN_FRAMES:
        for finding in check_text(text, frame, reported=True):
            assert finding.question in QUESTIONS


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Il a dit non.", "La personne indique qu'il a dit non."),
        ("L'enfant est maltraité.", "La personne indique que l'enfant est maltraité."),
        ("Mme Dupont est partie.", "La personne indique que Mme Dupont est partie."),
        ("Paul a été frappé.", "La personne indique que Paul a été frappé."),
        ("Elle a été menacée.", "La personne indique qu'elle a été menacée."),
    ],
)
def test_attribution_keeps_the_sentence_whole(sentence: str, expected: str) -> None:
    """Attribution adds a prefix, elides « que » and lowers only a common first word."""
    assert attributed_sentence(sentence, PREFIX_FR) == expected


def test_sentences_are_not_cut_after_civilities() -> None:
    """« M. » and « Mme. » do not end a sentence; a full stop and a new line do."""
    text = "Vu M. Dupont hier. Il va bien!\nSuite au prochain rendez-vous"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Vu M. Dupont hier.",
        "Il va bien!",
        "Suite au prochain rendez-vous",
    ]


@settings(max_examples=300, deadline=None)
@given(
    entry=st.sampled_from(default_lexicon().entries),
    template=st.sampled_from(TEMPLATES),
    frame=st.sampled_from((*KNOWN_FRAMES, None)),
)
def test_no_offered_edit_softens_a_fact_or_breaks_a_sentence(
    entry: object, template: str, frame: str | None
) -> None:
    """Any lexicon term in any sentence, any frame: each one-click edit keeps every word.

    Serious terms survive every offered edit; no lexicon finding offers a word; a
    child-protection frame never offers to drop a serious fact; and the sentence
    the worker wrote is still there, whole, after the edit (only a prefix is added).
    """
    term = entry.term  # type: ignore[attr-defined]
    text = template.format(t=term)
    text = text[0].upper() + text[1:]
    findings = check_text(text, frame)
    serious = [f for f in findings if f.serious]
    for finding in findings:
        if finding.kind is not Kind.NAME:
            assert finding.replacement is None
        if frame in CHILD_PROTECTION_FRAMES and finding.serious:
            assert not finding.can_omit
        for result in offered_results(text, finding):
            assert not any(broken in result for broken in BROKEN)
            for grave in serious:
                assert fold(grave.text) in fold(result)
            if finding.kind is not Kind.NAME:
                assert fold(text[1:]) in fold(result)


def test_the_broken_sentences_of_the_field_trial_cannot_be_produced() -> None:
    """The three sentences the old check produced are out of reach from their sources."""
    sources = (
        "Il a reçu des menaces de mort de son ex-conjoint.",
        "L'enfant est maltraité par sa mère.",
        "Il est agressif.",
    )
    for text in sources:
        for frame in KNOWN_FRAMES:
            for finding in check_text(text, frame):
                for result in offered_results(text, finding):
                    assert not any(broken in result for broken in BROKEN)


def test_an_edited_lexicon_folder_drives_the_check(tmp_path: Path) -> None:
    """The lexicons stay editable: a team's own list changes what is asked."""
    folder = tmp_path
    (folder / "judgement.tsv").write_text("râleuse\n", encoding="utf-8")
    lexicon = load_lexicon(folder)
    assert [f.term for f in check_text("Une RALEUSE.", "liaison", lexicon)] == ["râleuse"]
