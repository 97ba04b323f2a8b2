"""Tests for app/ui/widgets/wording_texts.py: every question of the check is translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app.core.wording import QUESTIONS
from app.domain.resources import resources_dir
from app.ui.widgets.wording_texts import QUESTION_TEXTS


def test_every_question_of_the_core_is_listed_for_lupdate() -> None:
    """The core's question texts and the list lupdate collects are the same."""
    assert set(QUESTIONS) == set(QUESTION_TEXTS)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_question_has_a_translation(language: str) -> None:
    """Both catalogues translate each question, in the "Wording" context."""
    path = resources_dir() / "translations" / f"carnet_{language}.ts"
    translated = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != "Wording":
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            done = node is not None and node.get("type") is None and (node.text or "").strip()
            translated[message.findtext("source")] = done
    assert all(translated.get(q) for q in QUESTIONS)
