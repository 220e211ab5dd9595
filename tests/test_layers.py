"""The architecture holds: the layer contracts of pyproject.toml (import-linter), no import
cycle, and every import at the top of its module (an import inside a function hides a
dependency, and with it a cycle)."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

from stance.config import ROOT

PACKAGES = ("stance", "dashboard")


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    """`lint-imports` on the packages found from `cwd` (the checkout or a copy of it)."""
    command = Path(sys.executable).with_name("lint-imports")
    if not command.exists():
        command = Path(shutil.which("lint-imports") or "lint-imports")
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run([str(command), "--config", str(cwd / "pyproject.toml"), "--no-cache",
                           "--no-logo"], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_the_layer_contracts_are_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(("where", "code", "broken"), [
    ("stance/store/_violation.py", "import stance.extract\n",
     "stance.store._violation -> stance.extract"),
    ("stance/upload/_violation.py", "from stance.ingest import read_paths\n",
     "stance.upload._violation -> stance.ingest"),
    ("dashboard/views/_violation.py", "import duckdb\n",
     "dashboard.views._violation -> duckdb"),
])
def test_a_deliberate_violation_breaks_a_contract(tmp_path, where, code, broken):
    for name in (*PACKAGES, "data", "queries"):
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns("__pycache__", "sample"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / where).write_text(code, encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and broken in result.stdout, result.stdout


def _python_files() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def test_every_import_is_at_the_top_of_its_module():
    late = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = set(map(id, tree.body))
        seen_definition = False
        for node in tree.body:
            seen_definition |= isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef
                                          | ast.ClassDef)
            if isinstance(node, ast.Import | ast.ImportFrom) and seen_definition:
                late.append(f"{path.relative_to(ROOT)}:{node.lineno} (after a definition)")
        late += [f"{path.relative_to(ROOT)}:{node.lineno}" for node in ast.walk(tree)
                 if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in top]
    assert late == []


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_itself_back():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    assert _cycles(graph) == []


def test_the_cycle_check_finds_a_cycle():
    graph = grimp.ImportGraph()
    for module in ("a", "a.b", "a.c"):
        graph.add_module(module)
    graph.add_import(importer="a.b", imported="a.c")
    graph.add_import(importer="a.c", imported="a.b")
    assert _cycles(graph) == [["a.b", "a.c"]]
