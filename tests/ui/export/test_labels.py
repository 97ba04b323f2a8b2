"""Translated words of the export: every refusal of the core is there for the translators."""

from __future__ import annotations

import ast
from pathlib import Path

from app.core import register, summary_builder, summary_wording
from app.core.register import COLUMNS
from app.ui.export.labels import EXPORT_VALIDATION_TEXTS, register_labels


def raised_texts(module_file: str) -> set[str]:
    """The literal messages of every `InvalidInput("…")` raised in a module."""
    tree = ast.parse(Path(module_file).read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "InvalidInput"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_core_refusal_about_disclosures_can_be_translated() -> None:
    """The builder, wording and register refusals are all listed for lupdate ("Errors")."""
    raised = set()
    for module in (summary_builder, summary_wording, register):
        raised |= raised_texts(str(module.__file__))
    assert raised and raised <= set(EXPORT_VALIDATION_TEXTS)


def test_every_register_column_has_a_label() -> None:
    """The register view and the CSV/text export title each column."""
    assert set(register_labels()) == set(COLUMNS)
