"""No import cycle anywhere in app/: the module graph, read with ast, is acyclic.

Every import counts, including those under `if TYPE_CHECKING:` and inside
functions: a cycle that only the type checker sees is still two modules that
cannot be understood one without the other.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from pathlib import Path

from tests.support import REPO

APP = REPO / "app"


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, name: str, is_package: bool, known: set[str]) -> set[str]:
    """The modules of `known` that the module `name` imports, relative imports resolved."""
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{parent}.{base}" if base else parent
            for alias in node.names:  # `from package import module` imports the module
                full = f"{base}.{alias.name}"
                found.add(full if full in known else base)
    return {m for m in found if m in known and m != name}


def import_graph(root: Path) -> dict[str, set[str]]:
    """Each module under `root` with the modules of `root` it imports."""
    paths = {module_name(p): p for p in sorted(root.rglob("*.py"))}
    known = set(paths)
    return {
        name: imported_modules(path.read_text(encoding="utf-8"), name,
                               path.name == "__init__.py", known)
        for name, path in paths.items()
    }  # fmt: skip


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle_in_app() -> None:
    """The import graph of every module under app/ has no cycle."""
    graph = import_graph(APP)
    assert len(graph) > 100 and any(graph.values())  # the scan read the whole package
    assert cycles(graph) == []


def test_the_cycle_finder_finds_cycles() -> None:
    """A two-module loop, a longer loop and a TYPE_CHECKING loop are each reported."""
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c", "a"}, "f": {"a"}}
    assert sorted(cycles(graph)) == [["a", "b"], ["c", "d", "e"]]
    known = {"p.x", "p.y"}
    source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from p.y import Y\n"
    assert imported_modules(source, "p.x", False, known) == {"p.y"}
    assert imported_modules("from . import y\n", "p.x", False, known) == {"p.y"}
    assert cycles({"p.x": {"p.y"}, "p.y": {"p.x"}}) == [["p.x", "p.y"]]


def test_workspace_parts_do_not_import_the_workspace() -> None:
    """The workspace's parts see it only through WorkspaceHost, never by importing it."""
    graph = import_graph(APP)
    parts = ("workspace_ops", "records", "pending", "host", "layout")
    for part in parts:
        assert "app.ui.workspace.workspace" not in graph[f"app.ui.workspace.{part}"], part
    assert {f"app.ui.workspace.{p}" for p in parts} <= graph["app.ui.workspace.workspace"] | {
        "app.ui.workspace.host"
    }
