"""Tests for resources/translations: the catalogues cover every string of app/, and load.

lupdate is run over app/ into a temporary catalogue, so a string added to the
code without a French translation in the committed carnet_fr.ts fails here
(`make ts`, translate, then `make translations`).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tests.ui.conftest import VaultOnDisk, WindowFactory, unlock_through_screen

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_]*\}")
ACCESS_KEY = re.compile(r"&([^&\s])")
UNFINISHED = {"unfinished", "vanished", "obsolete"}
# French puts a non-breaking space before these signs and inside guillemets.
LOOSE_SPACE = re.compile(r" [:;?!»]|« ")
LEFTOVER_PLURAL = re.compile(r"\((?:s|es|ies)\)")

Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Entry:
    """One message of a catalogue: its translation, or its plural forms."""

    numerus: bool
    finished: bool
    forms: tuple[str, ...]


def read_catalogue(path: Path) -> dict[Key, Entry]:
    """(context, source) → entry, for every message of a .ts file."""
    entries: dict[Key, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            finished = translation.get("type") not in UNFINISHED
            entries[(name, message.findtext("source") or "")] = Entry(numerus, finished, forms)
    return entries


def complete(entry: Entry | None, numerus: bool, plural_forms: int) -> bool:
    """Finished, of the right kind, and with every form written."""
    if entry is None or not entry.finished or entry.numerus != numerus:
        return False
    expected = plural_forms if numerus else 1
    return len(entry.forms) == expected and all(form.strip() for form in entry.forms)


def listing(keys: list[Key]) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in sorted(keys))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, Entry]:
    """What lupdate finds in app/ today, the way `make ts` runs it."""
    target = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    sources = sorted(str(path) for path in (ROOT / "app").rglob("*.py"))
    result = subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(target)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    found = read_catalogue(target)
    assert len(found) > 500, "lupdate found far fewer strings than Carnet has"
    return found


@pytest.fixture(scope="module")
def french() -> dict[Key, Entry]:
    return read_catalogue(CATALOGUES / "carnet_fr.ts")


@pytest.fixture(scope="module")
def english() -> dict[Key, Entry]:
    return read_catalogue(CATALOGUES / "carnet_en.ts")


@pytest.fixture(scope="module")
def french_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed French catalogue compiled by lrelease, as `make translations` does."""
    target = tmp_path_factory.mktemp("lrelease") / "carnet_fr.qm"
    result = subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(CATALOGUES / "carnet_fr.ts"), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower(), output
    return target


@pytest.fixture
def french_installed(qapp: QApplication, french_qm: Path) -> Iterator[QTranslator]:
    """The compiled French catalogue installed in the application, removed afterwards."""
    translator = QTranslator()
    assert translator.load(str(french_qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_every_source_string_has_a_french_translation(
    extracted: dict[Key, Entry], french: dict[Key, Entry]
) -> None:
    """Each string lupdate finds in app/ has a finished French translation (two plural forms)."""
    missing = [
        key for key, found in extracted.items() if not complete(french.get(key), found.numerus, 2)
    ]
    assert not missing, (
        "Strings without a finished French translation in carnet_fr.ts "
        "(run `make ts`, then translate them):\n" + listing(missing)
    )


def test_every_source_string_has_a_context(extracted: dict[Key, Entry]) -> None:
    """No string is filed under no class (self.tr in a mixin): Qt would never look it up there."""
    orphans = [key for key in extracted if not key[0]]
    assert not orphans, "translate these with the window's context:\n" + listing(orphans)


def test_english_catalogue_is_complete_with_real_plurals(
    extracted: dict[Key, Entry], english: dict[Key, Entry]
) -> None:
    """English has every string finished, and each %n message a singular and a plural form."""
    missing = [
        key for key, found in extracted.items() if not complete(english.get(key), found.numerus, 2)
    ]
    assert not missing, "Unfinished in carnet_en.ts:\n" + listing(missing)
    lazy = [
        key
        for key, entry in english.items()
        if entry.numerus and any(LEFTOVER_PLURAL.search(form) for form in entry.forms)
    ]
    assert not lazy, "Plural forms still written as “(s)”:\n" + listing(lazy)


def test_counted_strings_are_extracted_as_plurals(extracted: dict[Key, Entry]) -> None:
    """A %n string is a plural message; lupdate marks only self.tr(text, "", n) calls as such."""
    single = [key for key, entry in extracted.items() if "%n" in key[1] and not entry.numerus]
    assert not single, (
        "These %n strings are not plurals (translate() with a count is not marked as one, and "
        "Qt then ignores their translation for n > 1); use self.tr(text, '', n):\n"
        + listing(single)
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_translations_keep_placeholders_and_access_keys(language: str) -> None:
    """%1, %n, {name} and the & access key appear in each translation as in its source."""
    catalogue = read_catalogue(CATALOGUES / f"carnet_{language}.ts")
    wrong = []
    for (context, source), entry in catalogue.items():
        wanted = (Counter(PLACEHOLDER.findall(source)), len(ACCESS_KEY.findall(source)))
        for form in entry.forms if entry.finished else ():
            if (Counter(PLACEHOLDER.findall(form)), len(ACCESS_KEY.findall(form))) != wanted:
                wrong.append((context, f"{source!r} → {form!r}"))
    assert not wrong, "\n".join(f"  [{c}] {text}" for c, text in wrong)


def test_french_typography(french: dict[Key, Entry]) -> None:
    """French puts a non-breaking space before : ; ? ! and inside « », and writes plural forms."""
    loose = [key for key, entry in french.items() if any(map(LOOSE_SPACE.search, entry.forms))]
    assert not loose, "Ordinary space where French needs a non-breaking one:\n" + listing(loose)
    lazy = [
        key
        for key, entry in french.items()
        if entry.numerus and any(LEFTOVER_PLURAL.search(form) for form in entry.forms)
    ]
    assert not lazy, "Plural forms still written as “(s)”:\n" + listing(lazy)


def test_french_access_keys_add_no_clash_within_a_context(french: dict[Key, Entry]) -> None:
    """Two strings of one context with different English access keys keep different French ones."""
    keyed: dict[str, list[tuple[str, str, str]]] = {}
    for (context, source), entry in french.items():
        english_key = ACCESS_KEY.search(source)
        french_key = ACCESS_KEY.search(entry.forms[0])
        if english_key and french_key:
            pair = (english_key.group(1).lower(), french_key.group(1).lower(), entry.forms[0])
            keyed.setdefault(context, []).append(pair)
    clashes = [
        f"  [{context}] {a[2]!r} and {b[2]!r}"
        for context, pairs in keyed.items()
        for a, b in combinations(pairs, 2)
        if a[0] != b[0] and a[1] == b[1]
    ]
    assert not clashes, "French access keys that clash:\n" + "\n".join(clashes)


def test_compiled_french_catalogue_translates(french_installed: QTranslator) -> None:
    """The .qm built from carnet_fr.ts loads, and translates words, documents and plurals."""
    translate = QCoreApplication.translate
    assert translate("MainWindow", "&File") == "&Fichier"
    assert translate("UnlockScreen", "&Unlock") == "&Déverrouiller"
    assert translate("Export", "Liaison note") == "Note de liaison"
    assert translate("Export", "Confidential — professional secrecy") == (
        "Confidentiel — secret professionnel"
    )
    assert translate("Workspace", "New &interview") == "Nouvel &entretien"
    # French plural rule: 0 and 1 take the singular.
    assert translate("SearchPanel", "%n result(s)", "", 0) == "0 résultat"
    assert translate("SearchPanel", "%n result(s)", "", 1) == "1 résultat"
    assert translate("SearchPanel", "%n result(s)", "", 2) == "2 résultats"


def test_french_menus_have_distinct_access_keys(
    qtbot: QtBot,
    french_installed: QTranslator,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
) -> None:
    """In the real French window, no two entries of the menu bar or of one menu share a key."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    bar = window.menuBar()
    assert window.file_menu.title() == "&Fichier"
    notes = [action.text() for action in window.notes_menu.actions()]
    assert "Ajouter une &personne…" in notes

    def clashes(actions: list[QAction]) -> list[str]:
        keys: dict[str, list[str]] = {}
        for action in actions:
            key = ACCESS_KEY.search(action.text())
            if key and not action.isSeparator():
                keys.setdefault(key.group(1).lower(), []).append(action.text())
        return [" / ".join(texts) for texts in keys.values() if len(texts) > 1]

    def submenus(actions: list[QAction]) -> list[QMenu]:
        return [menu for action in actions if isinstance(menu := action.menu(), QMenu)]

    found = clashes(bar.actions())
    pending = submenus(bar.actions())
    while pending:
        menu = pending.pop()
        found += clashes(menu.actions())
        pending += submenus(menu.actions())
    assert not found, "Menu entries sharing an access key in French:\n" + "\n".join(found)
