"""The layers import only downwards: ui -> app -> player, store, formats, text -> core. Read
from the source (every import, also those inside functions), so a lazy import counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import reviewer

PACKAGE = Path(reviewer.__file__).resolve().parent


def imports_of(path: Path) -> set[str]:
    """Return every module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def module_name(path: Path) -> str:
    return ".".join(("reviewer", *path.relative_to(PACKAGE).with_suffix("").parts))


def offenders(modules: list[Path], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    bad: dict[str, list[str]] = {}
    for path in modules:
        hits = sorted(
            m for m in imports_of(path) if any(m == f or m.startswith(f + ".") for f in forbidden)
        )
        if hits:
            bad[module_name(path)] = hits
    return bad


def below_ui() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]


def test_nothing_below_the_window_imports_qt_or_the_window() -> None:
    modules = [p for p in below_ui() if p.name != "__main__.py"]  # __main__ chooses the window
    assert len(modules) > 50
    assert offenders(modules, ("PySide6", "shiboken6", "reviewer.ui")) == {}


def test_the_command_line_and_the_application_layer_stay_below_the_window() -> None:
    cli = PACKAGE / "cli.py"
    app = sorted((PACKAGE / "app").glob("*.py"))
    assert {p.name for p in app} >= {"opening.py", "importing.py", "checking.py"}
    assert offenders([cli, *app], ("reviewer.ui", "PySide6", "vlc", "reviewer.player")) == {}
    assert offenders(app, ("reviewer.cli", "reviewer.__main__")) == {}


def test_the_layers_below_app_do_not_reach_up_into_it() -> None:
    lower = [
        p
        for p in below_ui()
        if p.relative_to(PACKAGE).parts[0] in ("core", "text", "formats", "store", "player")
    ]
    assert offenders(lower, ("reviewer.app", "reviewer.cli")) == {}
    core = [p for p in lower if p.relative_to(PACKAGE).parts[0] == "core"]
    above_core = tuple(f"reviewer.{x}" for x in ("text", "formats", "store", "player"))
    assert offenders(core, above_core) == {}


def test_the_check_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n", "utf-8")
    assert "PySide6.QtWidgets" in imports_of(sample)
