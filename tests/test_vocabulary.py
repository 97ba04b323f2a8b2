"""Carnet's English words: one term per concept, in the interface, the command line and the docs.

What a worker composes item by item for a partner is a *transmission* (the
French social workers' word, kept in English); the register of them is the
*disclosure register*; the name a person is kept under is an *alias*. The
words these replaced ("summary", a bare "disclosure", "pseudonym") must not
come back, or the same thing would go by two names again.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.support import REPO

RETIRED = {
    "summary (say transmission)": re.compile(r"\bsummar(?:y|ies)\b", re.I),
    "disclosure (say transmission)": re.compile(r"\bdisclosures?\b(?![\s-]+register)", re.I),
    "pseudonym (say alias)": re.compile(r"\bpseudonyms?\b", re.I),
}
PAGES = (
    REPO / "README.md",
    REPO / "docs" / "guide-en.md",
    REPO / "docs" / "SECURITY.md",
    REPO / "packaging" / "README.md",
)
# Code is named as it is (`summary_builder.py`, the `disclosures` table): not prose.
CODE = re.compile(r"^```.*?^```|`[^`\n]*`", re.S | re.M)
ACCESS_KEY = re.compile(r"&(?=\w)")
CLI_PACKAGES = (REPO / "app" / "cli", REPO / "app" / "messages")
# French says « pseudonyme », as the guide and carnet-cli do; Qt's own "Alias" is a file link.
FRENCH_ALIAS = re.compile(r"\balias\b", re.I)
QT_FILE_DIALOG = "QAbstractFileIconProvider"


def retired_in(text: str) -> list[str]:
    """The retired words found in `text`, each with its line and the term to use instead."""
    text = ACCESS_KEY.sub("", text)  # "Disclosure &register…" reads "Disclosure register…"
    return [f"line {text.count(chr(10), 0, match.start()) + 1}, {match.group(0)!r}: {hint}"
            for hint, pattern in RETIRED.items() for match in pattern.finditer(text)]  # fmt: skip


def english_messages() -> list[str]:
    """Every source text of the English catalogue, and its English translation."""
    root = ET.parse(REPO / "resources" / "translations" / "carnet_en.ts").getroot()
    found = []
    for message in root.iter("message"):
        found.append(message.findtext("source") or "")
        found.extend(node.text or "" for node in message.iter() if node.tag in
                     ("translation", "numerusform"))  # fmt: skip
    return found


def french_translations() -> list[str]:
    """Every French translation of Carnet's own texts (Qt's file dialog words left out)."""
    root = ET.parse(REPO / "resources" / "translations" / "carnet_fr.ts").getroot()
    return [
        node.text or ""
        for context in root.iter("context")
        if context.findtext("name") != QT_FILE_DIALOG
        for node in context.iter()
        if node.tag in ("translation", "numerusform")
    ]


def cli_literals(path: Path) -> list[str]:
    """The string literals of a module of the command line, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr)
    }  # fmt: skip
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
    ]  # fmt: skip


def test_the_checks_catch_the_retired_words() -> None:
    """Each retired word is caught, and the register's own name and access keys are not."""
    assert retired_in("Export a summary…") and retired_in("A minimal summary")
    assert retired_in("A disclosure needs a recipient.") and retired_in("your disclosures")
    assert retired_in("no name, no pseudonym")
    register = "Disclosure &register…, disclosure-register-2026-12-02.csv, disclosure\n register"
    assert not retired_in(register)


def test_the_interface_speaks_of_transmissions() -> None:
    """No English text of the interface (tr() sources, English catalogue) uses a retired word."""
    found = [f"{text!r} → {hit}" for text in english_messages() for hit in retired_in(text)]
    assert not found, "\n".join(found)


def test_the_french_interface_says_pseudonyme() -> None:
    """The French catalogue names a person's alias « pseudonyme » everywhere, never « alias »."""
    found = [text for text in french_translations() if FRENCH_ALIAS.search(text)]
    assert not found, "\n".join(found)


def test_the_command_line_speaks_of_transmissions() -> None:
    """carnet-cli's own messages (not translated yet) use no retired word either."""
    found = [
        f"{path.relative_to(REPO)}: {hit}"
        for package in CLI_PACKAGES
        for path in sorted(package.rglob("*.py"))
        for text in cli_literals(path)
        for hit in retired_in(text)
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(REPO)))
def test_the_english_docs_speak_of_transmissions(page: Path) -> None:
    """The README and the English guides use the interface's words, code spans aside."""
    # Code is blanked, its line breaks kept, so that a finding gives its true line.
    prose = CODE.sub(lambda m: "\n" * m.group(0).count("\n"), page.read_text(encoding="utf-8"))
    found = retired_in(prose)
    assert not found, f"{page.name}:\n" + "\n".join(found)
