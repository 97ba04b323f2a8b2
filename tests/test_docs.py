"""The README and the user guides: every picture and link they show exists, and they stay true.

A guide that points to a missing screenshot, names a command `carnet-cli` does
not have, or gives a keyboard shortcut the application does not define, would
send a worker the wrong way. These checks read the Markdown as written.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import pytest

from app.cli.main import build_parser
from tests.support import REPO

README = REPO / "README.md"
GUIDE_FR = REPO / "docs" / "guide-fr.md"
GUIDE_EN = REPO / "docs" / "guide-en.md"
PAGES = (README, GUIDE_FR, GUIDE_EN)
GUIDES = {"fr": GUIDE_FR, "en": GUIDE_EN}

# [text](target) and ![alt](target); the target ends at the first space or ")".
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML_IMG = re.compile(r"<img\s[^>]*src=\"([^\"]+)\"", re.I)
FENCE = re.compile(r"^```.*?^```", re.S | re.M)

# The sections each guide must have, in this order: the list of topics.
REQUIRED_SECTIONS = {
    "fr": [
        "Premier lancement et clé de secours",
        "L'espace de travail",
        "Écrire après un entretien",
        "Les faits et les hypothèses de travail",
        "Les mots soulignés",
        "L'enregistrement automatique",
        "Finaliser une note et ajouter un complément daté",
        "Les modèles d'entretien",
        "Rechercher",
        "Les suites à donner",
        "Préparer une transmission",
        "Les sept cadres",
        "Le registre des transmissions",
        "Sauvegardes et restauration",
        "Durée de conservation et effacement",
        "Clore un dossier",
        "L'effacement à la demande de la personne",
        "Verrouillage et discrétion à l'écran",
        "Phrase de passe oubliée",
        "La ligne de commande en bref",
        "Où se trouve le coffre",
        "Raccourcis clavier",
    ],
    "en": [
        "First run and the recovery key",
        "The workspace",
        "Writing after an interview",
        "Facts and working hypotheses",
        "Underlined words",
        "Autosave",
        "Finalising a note and dated addenda",
        "Interview templates",
        "Searching",
        "Follow-ups",
        "Preparing a transmission",
        "The seven frames",
        "The disclosure register",
        "Backups and restore",
        "Retention and erasure",
        "Closing a case",
        "Erasure at the person's request",
        "Locking and privacy on screen",
        "Forgotten passphrase",
        "The command line in short",
        "Where the vault lives",
        "Keyboard shortcuts",
    ],
}

# How the French guide writes the keys of a shortcut.
FRENCH_KEYS = {"Maj": "Shift", "Entrée": "Return"}


def text_of(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def prose(page: Path) -> str:
    """The page without its fenced code blocks (a link inside code is not a link)."""
    return FENCE.sub("", text_of(page))


def targets(page: Path) -> list[str]:
    found = prose(page)
    return LINK.findall(found) + HTML_IMG.findall(found)


def local_targets(page: Path) -> list[str]:
    """Relative targets: no scheme (http:, mailto:), no bare #anchor."""
    return [t for t in targets(page) if not re.match(r"^[a-z][a-z0-9+.-]*:", t, re.I)]


def headings(page: Path) -> list[str]:
    return [m.group(2).strip() for m in re.finditer(r"^(#{1,6})\s+(.+)$", prose(page), re.M)]


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes."""
    text = heading.strip().lower()
    text = "".join(ch for ch in text if ch in " -_" or unicodedata.category(ch)[0] in "LNM")
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    found: set[str] = set()
    for heading in headings(page):
        base, number = slug(heading), 0
        candidate = base
        while candidate in found:  # GitHub numbers repeated headings
            number += 1
            candidate = f"{base}-{number}"
        found.add(candidate)
    return found


def section(page: Path, title: str) -> str:
    """The text under the `## title` heading, up to the next heading of level 2."""
    found = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text_of(page), re.S | re.M)
    assert found, f"{page.name} has no section '{title}'"
    return found.group(1)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_image_and_relative_link_exists(page: Path) -> None:
    """Each picture and each relative link of the page points to a file or folder that exists."""
    missing = []
    for target in local_targets(page):
        path_part = unquote(target.split("#", 1)[0])
        if path_part and not (page.parent / path_part).exists():
            missing.append(target)
    assert not missing, f"{page.name} points to missing files: {missing}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_image_is_a_real_picture(page: Path) -> None:
    """Images referenced are non-empty PNG (or JPEG, SVG) files, not placeholders."""
    images = [t for t in local_targets(page) if re.search(r"\.(png|jpe?g|svg)$", t, re.I)]
    for target in images:
        data = (page.parent / unquote(target)).read_bytes()
        assert len(data) > 1000, target
        if target.lower().endswith(".png"):
            assert data.startswith(b"\x89PNG\r\n\x1a\n"), target


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_anchors_lead_to_headings(page: Path) -> None:
    """Links to #sections (here or in another page) name a heading that exists."""
    for target in local_targets(page):
        file_part, _, anchor = target.partition("#")
        if not anchor:
            continue
        other = page.parent / file_part if file_part else page
        if other.suffix == ".md":
            assert unquote(anchor) in anchors(other), f"{page.name}: #{anchor} in {other.name}"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_guide_has_every_required_section_in_order(language: str) -> None:
    """The guide covers the topics the worker needs, in the order of a working day."""
    found = headings(GUIDES[language])
    positions = []
    for title in REQUIRED_SECTIONS[language]:
        assert title in found, f"guide-{language}.md lacks the section '{title}'"
        positions.append(found.index(title))
    assert positions == sorted(positions)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_guide_shows_the_screens_in_its_own_language(language: str) -> None:
    """A guide shows the screenshots taken in its language (or with no language)."""
    other = "en" if language == "fr" else "fr"
    images = [t for t in local_targets(GUIDES[language]) if t.endswith(".png")]
    assert len(images) >= 10
    assert not [t for t in images if t.endswith(f"_{other}.png")]


def cli_commands() -> list[str]:
    parser = build_parser()
    [subparsers] = [a for a in parser._actions if a.dest == "command"]
    return sorted(subparsers.choices)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_guide_names_every_command_of_carnet_cli(language: str) -> None:
    """Each command `carnet-cli --help` lists is in the guide's command-line table."""
    title = "La ligne de commande en bref" if language == "fr" else "The command line in short"
    table = section(GUIDES[language], title)
    listed = set(re.findall(r"^\| `([a-z-]+)`", table, re.M))
    assert listed == set(cli_commands())


def code_shortcuts() -> set[str]:
    """The shortcuts the application defines, as Qt spells them ("Ctrl+Shift+N")."""
    found = set()
    for path in (REPO / "app" / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        found.update(re.findall(r"\"((?:Ctrl|Alt|Shift|Meta)\+[^\"\s]+)\"", source))
        if "QKeySequence.StandardKey.Find" in source:
            found.add("Ctrl+F")
    return found


def guide_shortcuts(language: str) -> set[str]:
    """The Ctrl shortcuts of the guide's table, in Qt's spelling."""
    title = "Raccourcis clavier" if language == "fr" else "Keyboard shortcuts"
    table = section(GUIDES[language], title)
    found = set()
    for keys in re.findall(r"^\| (Ctrl\+\S+) \|", table, re.M):
        found.add("+".join(FRENCH_KEYS.get(k, k) for k in keys.split("+")))
    return found


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_shortcuts_table_is_the_application_s(language: str) -> None:
    """Every Ctrl shortcut of the application is in the table, and the table invents none."""
    assert guide_shortcuts(language) == code_shortcuts()


def test_the_readme_keeps_the_two_set_up_commands() -> None:
    """`make run` and `make test` stay the way in, and both targets exist in the Makefile."""
    readme = text_of(README)
    assert "make run" in readme and "make test" in readme
    makefile = text_of(REPO / "Makefile")
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_the_readme_leads_to_the_guides_and_references() -> None:
    """From the README a reader reaches both guides and the reference pages."""
    found = {Path(unquote(t.split("#", 1)[0])).as_posix() for t in local_targets(README)}
    for wanted in ("docs/guide-fr.md", "docs/guide-en.md", "docs/SECURITY.md",
                   "docs/PERFORMANCE.md", "packaging/README.md", "CHANGELOG.md"):  # fmt: skip
        assert wanted in found, wanted
    assert any(t.startswith("docs/screenshots/") for t in found)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_guide_states_erasure_and_confirmations_as_the_code_does(language: str) -> None:
    """The guide names the word `restore` asks for, --yes, the 1 MiB bound of `note add`,
    the damaged copy an erasure deletes and the terminal-only rule of hypotheses."""
    from app.cli.commands_backup import RESTORE_WORD
    from app.cli.commands_notes import MAX_FIELD_BYTES
    from app.core.vault_files import DAMAGED_MARK

    text = text_of(GUIDES[language])
    assert f"`{RESTORE_WORD}`" in text and "`--yes`" in text
    assert MAX_FIELD_BYTES == 1024 * 1024 and ("1\u00a0Mio" in text or "1 MiB" in text)
    assert f"`carnet.db{DAMAGED_MARK}…`" in text
    assert "`search --include-hypotheses`" in text and "`| cat`" in text
