"""The layer rules of DESIGN.md §2, checked two ways: import-linter and a plain AST scan.

The AST scan is deliberately simple and independent of import-linter, so a
misconfigured contract cannot hide a forbidden import.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.support import REPO

APP = REPO / "app"
# Every module that can name or reach the private hypotheses (or the vault at all).
VAULT_READERS = ("app.storage", "app.core", "app.crypto", "app.ui", "app.cli", "sqlcipher3")


def _imports(path: Path) -> set[str]:
    """Every module a file imports, resolved to absolute names (relative imports included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(REPO).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{parent}.{base}" if base else parent
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(str(node.args[0].value))
    return names


def _reaches(names: set[str], prefixes: tuple[str, ...]) -> set[str]:
    return {n for n in names for p in prefixes if n == p or n.startswith(p + ".")}


def test_import_linter_contracts_hold() -> None:
    """`lint-imports` (contracts in pyproject.toml) passes: every layer contract is kept."""
    tool = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(tool)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


def test_export_cannot_name_hypotheses() -> None:
    """No module under app/export imports storage, core, crypto, ui, cli or sqlcipher3."""
    offenders = {
        str(path.relative_to(REPO)): sorted(_reaches(_imports(path), VAULT_READERS))
        for path in sorted((APP / "export").rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert offenders  # the scan did look at the export package


def test_only_storage_imports_sqlcipher() -> None:
    """sqlcipher3 is imported under app/storage and nowhere else in app/."""
    importers = {
        str(path.relative_to(REPO))
        for path in APP.rglob("*.py")
        if _reaches(_imports(path), ("sqlcipher3",))
    }
    assert importers
    assert {p for p in importers if not p.startswith("app/storage/")} == set()


def test_domain_and_crypto_stay_below() -> None:
    """app/domain imports only app.domain; app/crypto never imports storage, core or Qt."""
    for path in (APP / "domain").rglob("*.py"):
        app_imports = {n for n in _imports(path) if n.startswith("app")}
        assert _reaches(app_imports, ("app.domain",)) == app_imports, path
    for path in (APP / "crypto").rglob("*.py"):
        assert not _reaches(_imports(path), ("app.storage", "app.core", "PySide6")), path


# The repositories a Session used to expose, and core's own doors to them.
STORAGE_ATTRIBUTES = frozenset(
    {"persons", "interviews", "hypotheses", "follow_ups", "disclosures", "search_index", "db",
     "settings", "_stores", "_database"}
)  # fmt: skip
CORE_ONLY_NAMES = frozenset({"stores", "database", "Stores"})


def _last_name(node: ast.expr) -> str:
    """The rightmost plain name of an expression: `session` in `self._caseload.session`."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        return _last_name(node.func)
    return ""


def storage_uses(source: str) -> list[str]:
    """Where interface code reaches storage: a session's repository, or a core-only door."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in STORAGE_ATTRIBUTES
            and "session" in _last_name(node.value).lower()
        ):
            found.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app."):
            module = node.module or ""
            names = {alias.name for alias in node.names}
            if module == "app.storage" or module.startswith("app.storage."):
                found.append(f"{node.lineno}: from {module} import {', '.join(sorted(names))}")
            elif module == "app.core.session" and names & CORE_ONLY_NAMES:
                found.append(f"{node.lineno}: {sorted(names & CORE_ONLY_NAMES)} from {module}")
        elif isinstance(node, ast.Import):
            found.extend(
                f"{node.lineno}: import {a.name}"
                for a in node.names
                if a.name.startswith("app.storage")
            )
    return found


def test_interface_never_touches_a_storage_object() -> None:
    """No module of app/ui or app/cli uses a session's repositories or any storage name."""
    scanned = {
        str(path.relative_to(REPO)): storage_uses(path.read_text(encoding="utf-8"))
        for folder in ("ui", "cli")
        for path in sorted((APP / folder).rglob("*.py"))
    }
    assert len(scanned) > 20  # the scan did look at the interface
    assert {k: v for k, v in scanned.items() if v} == {}


def test_the_storage_scan_can_fail() -> None:
    """The scan above sees every way the interface could reach storage, and passes use cases."""
    offending = """
from app.core.session import stores
from app.storage.persons import PersonStore
import app.storage.search
def f(session, ws, caseload):
    session.persons.get(1)
    ws.session.db.query("SELECT 1")
    caseload.session.settings.get("x")
    self._session.interviews.timeline(2)
    stores(session).hypotheses.for_person(3)
"""
    assert len(storage_uses(offending)) == 7
    clean = "def f(session, window):\n    session.close()\n    window.settings.value('x')\n"
    assert storage_uses(clean) == []


def _contract_modules() -> set[str]:
    """Every module named by a layer of the layers contract in pyproject.toml."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    return {name.strip() for layer in layers for name in layer.split("|")}


def test_layers_contract_covers_every_module() -> None:
    """Every module and package under app/ sits inside one layer of the import contract."""
    covered = _contract_modules()
    modules = {
        ".".join(path.relative_to(REPO).with_suffix("").parts)
        for path in APP.rglob("*.py")
        if path.name != "__init__.py" or path.parent != APP
    }
    outside = {m for m in modules if not any(m == c or m.startswith(c + ".") for c in covered)}
    assert modules and outside == set()


def test_the_shared_message_tables_import_qtcore_only() -> None:
    """app.messages, which carnet-cli imports, names no Qt module but QtCore."""
    for path in (APP / "messages").rglob("*.py"):
        qt = {name.split(".")[1] for name in _reaches(_imports(path), ("PySide6",)) if "." in name}
        assert qt <= {"QtCore"}, (path, qt)
