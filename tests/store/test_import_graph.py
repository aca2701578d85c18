"""The import graph of reviewer/, read from the source (ast): no module imports itself through
others, and only reviewer/ui imports Qt.

Every import counts, wherever it is written: at the top, inside a function (a start-up
measure) or under ``if TYPE_CHECKING:`` (a circle there is a circle in the design). ``from
package import name`` is an edge to the submodule when ``name`` is one, else to the package.
"""

from __future__ import annotations

import ast
from pathlib import Path

import reviewer

ROOT = Path(reviewer.__file__).parent
QT = ("PySide6", "shiboken6")

# Circles and Qt imports other parts of issue 15 take out as they land (shell15: the window
# and its features; app15: the player and the command line). Each entry must still be true,
# so that it is removed here when its branch lands.
KNOWN_CIRCLES: set[frozenset[str]] = set()
KNOWN_QT_BELOW_UI: set[str] = set()
# Outside reviewer/ui only the entry point may import the window (it chooses window or command
# line); the command line starts it itself until app15's __main__ does.
UI_ENTRY = {"reviewer.__main__"}
KNOWN_UI_IMPORTERS: set[str] = {"reviewer.cli"}


def module_name(path: Path) -> str:
    parts = ["reviewer", *path.relative_to(ROOT).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """Return every module ``name`` imports (reviewer's own, and Qt's top-level names)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in known else base)
    own = {m for m in found if m in known}
    qt = {m.split(".")[0] for m in found if m.split(".")[0] in QT}
    return (own - {name}) | qt


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imports_of(name, path, known) for name, path in found.items()}


def circles(edges: dict[str, set[str]]) -> list[frozenset[str]]:
    """Return the strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in edges:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.add(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(frozenset(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def test_the_reader_finds_a_circle_and_a_relative_import(tmp_path: Path) -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(edges) == [frozenset({"a", "b", "c"})]
    source = tmp_path / "m.py"
    source.write_text(
        "from . import x\nfrom .y import z\nimport PySide6.QtCore\n"
        "def f():\n    from reviewer.q import w\n"
    )
    known = {"reviewer.p.x", "reviewer.p.y", "reviewer.q"}
    assert imports_of("reviewer.p.m", source, known) == {
        "reviewer.p.x",
        "reviewer.p.y",
        "reviewer.q",
        "PySide6",
    }


def test_reviewer_imports_in_no_circle() -> None:
    edges = graph()
    assert len(edges) > 100  # the whole package was read
    found = set(circles(edges))
    new = [sorted(group) for group in found - KNOWN_CIRCLES]
    assert not new, f"modules that import each other (through others): {new}"
    gone = [sorted(group) for group in KNOWN_CIRCLES - found]
    assert not gone, f"circles no longer there: take them out of KNOWN_CIRCLES: {gone}"


def test_only_the_ui_imports_qt() -> None:
    edges = graph()
    below = {name for name, imported in edges.items() if not _in_ui(name) and imported & set(QT)}
    assert below - KNOWN_QT_BELOW_UI == set(), "Qt imported outside reviewer/ui"
    assert KNOWN_QT_BELOW_UI - below == set(), "take these out of KNOWN_QT_BELOW_UI"
    assert any(imported & set(QT) for imported in edges.values())  # Qt imports are seen


def test_only_the_entry_point_imports_the_window() -> None:
    edges = graph()
    importers = {
        name
        for name, imported in edges.items()
        if not _in_ui(name) and any(_in_ui(m) for m in imported)
    }
    assert importers - UI_ENTRY - KNOWN_UI_IMPORTERS == set(), "reviewer.ui imported from below"
    assert KNOWN_UI_IMPORTERS - importers == set(), "take these out of KNOWN_UI_IMPORTERS"


def _in_ui(name: str) -> bool:
    return name == "reviewer.ui" or name.startswith("reviewer.ui.")
