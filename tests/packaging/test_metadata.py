"""Tests for packaging/: desktop entry, AppStream metadata, icons, the PyInstaller and Inno recipes.

Every file that names the version, the licence, the command or the icon must
agree with pyproject.toml and with each other; the external validators run
when they are installed (`apt-get install appstream desktop-file-utils`).
"""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import pytest

import app as carnet
from tests.support import REPO

PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / "carnet.desktop"
APP_ID = "fr.carnet.Carnet"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICONS = REPO / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def project() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as handle:
        table = tomllib.load(handle)["project"]
    assert isinstance(table, dict)
    return table


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ElementTree.Element:
    return ElementTree.parse(METAINFO).getroot()


def languages(elements: list[ElementTree.Element]) -> set[str]:
    return {element.get(XML_LANG, "en") for element in elements}


def test_desktop_entry_has_the_required_keys() -> None:
    """Type, Name, Exec, Icon and Categories are there; the command is the installed one."""
    entry = desktop_entry()
    for key in ("Type", "Name", "Exec", "Icon", "Categories", "Comment", "Terminal"):
        assert entry.get(key), key
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    gui_scripts = project()["gui-scripts"]
    assert isinstance(gui_scripts, dict)
    assert entry["Exec"].split()[0] in gui_scripts


def test_desktop_entry_speaks_french() -> None:
    """Name-level texts shown in menus have a French version."""
    entry = desktop_entry()
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[fr]"), key


def test_desktop_entry_icon_is_shipped() -> None:
    """The Icon key names the icon installed from resources/icons."""
    icon = desktop_entry()["Icon"]
    assert (ICONS / f"{icon}.svg").is_file()
    assert all((ICONS / f"{icon}-{size}.png").is_file() for size in ICON_SIZES)


def test_metainfo_parses_and_names_the_application() -> None:
    """The AppStream file is well-formed XML with the id, licences and launcher it should have."""
    root = metainfo()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == project()["license"]
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    binary = root.findtext("provides/binary")
    assert binary == desktop_entry()["Exec"].split()[0]


def test_metainfo_has_french_and_english_texts() -> None:
    """Summary, description paragraphs and list items exist in English and in French."""
    root = metainfo()
    assert languages(root.findall("summary")) == {"en", "fr"}
    assert languages(root.findall("description/p")) == {"en", "fr"}
    assert languages(root.findall("description/ul/li")) == {"en", "fr"}
    english = [p for p in root.findall("description/p") if XML_LANG not in p.attrib]
    french = [p for p in root.findall("description/p") if p.get(XML_LANG) == "fr"]
    assert len(english) == len(french)


def test_versions_agree_everywhere() -> None:
    """pyproject, app.__version__, AppStream, the spec, the Inno script and the changelog agree."""
    version = project()["version"]
    assert carnet.__version__ == version
    releases = metainfo().findall("releases/release")
    assert releases[0].get("version") == version
    spec = (PACKAGING / "carnet.spec").read_text(encoding="utf-8")
    assert f'VERSION = "{version}"' in spec
    iss = (PACKAGING / "windows" / "carnet.iss").read_text(encoding="utf-8")
    assert f'#define MyAppVersion "{version}"' in iss
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    heading = rf"^## \[{re.escape(str(version))}\] - \d{{4}}-\d{{2}}-\d{{2}}$"
    assert re.search(heading, changelog, re.M)


def test_app_id_is_used_consistently() -> None:
    """The reverse-DNS id names the metainfo file and the macOS bundle identifier."""
    spec = (PACKAGING / "carnet.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec
    assert "bundle_identifier=APP_ID" in spec


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path.name
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_png_icons_have_their_sizes() -> None:
    """Each carnet-N.png is N×N pixels (rendered from carnet.svg by packaging/render_icons.py)."""
    for size in ICON_SIZES:
        assert png_size(ICONS / f"carnet-{size}.png") == (size, size)


def test_svg_icon_is_square() -> None:
    """The scalable icon parses and declares a square view box."""
    root = ElementTree.parse(ICONS / "carnet.svg").getroot()
    _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height > 0


def test_windows_and_macos_icons_hold_png_images() -> None:
    """carnet.ico and carnet.icns are well-formed containers of PNG images."""
    ico = (PACKAGING / "windows" / "carnet.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    for index in range(count):
        size, offset = struct.unpack("<II", ico[6 + 16 * index + 8 : 6 + 16 * index + 16])
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(ico)
    icns = (PACKAGING / "macos" / "carnet.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


def spec_excludes() -> list[str]:
    tree = ast.parse((PACKAGING / "carnet.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "EXCLUDES" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(item) for item in value]
    raise AssertionError("carnet.spec defines no EXCLUDES")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_bundle_excludes_nothing_the_application_imports() -> None:
    """No module of app/ imports a module the PyInstaller spec leaves out of the bundle."""
    excluded = spec_excludes()
    offenders = []
    for path in sorted((REPO / "app").rglob("*.py")):
        for name in imported_modules(path):
            if any(name == ex or name.startswith(ex + ".") for ex in excluded):
                offenders.append(f"{path.relative_to(REPO)}: {name}")
    assert offenders == []


def test_spec_ships_the_resources_folders() -> None:
    """The spec copies translations, lexicons and icons to resources/ in the bundle."""
    spec = (PACKAGING / "carnet.spec").read_text(encoding="utf-8")
    for folder in ("translations", "lexicons", "icons"):
        assert f'"resources/{folder}"' in spec
        assert (REPO / "resources" / folder).is_dir()


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_desktop_file_validate_accepts_the_entry() -> None:
    """desktop-file-validate reports no error or warning."""
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_appstreamcli_validates_the_metainfo() -> None:
    """appstreamcli validate (offline) passes."""
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_bundle_takes_the_action_icons_and_their_licence() -> None:
    """The spec ships resources/icons/lucide (SVGs and LICENSE) where icons.py looks for them."""
    spec = (PACKAGING / "carnet.spec").read_text(encoding="utf-8")
    assert '(str(RESOURCES / "icons" / "lucide"), "resources/icons/lucide")' in spec
    assert (ICONS / "lucide" / "LICENSE").is_file()
    assert list((ICONS / "lucide").glob("*.svg"))
