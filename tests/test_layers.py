"""The layer rules of DESIGN.md §2, checked two ways: import-linter and a plain AST scan.

The AST scan is deliberately simple and independent of import-linter, so a
misconfigured contract cannot hide a forbidden import.
"""

from __future__ import annotations

import ast
import subprocess
import sys
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
