"""Start-up speed in one place (reviewer.core.lazy): modules bound with ``lazy`` are imported at
their first use, every one is named in COMMANDS, and no function imports one of its own."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

import reviewer
from reviewer.core.lazy import COMMANDS, FIRST_PAINT, lazy

PACKAGE = Path(reviewer.__file__).resolve().parent


def lazy_calls() -> dict[str, list[str]]:
    """Return {module: the files that bind it with lazy("module")} over reviewer/."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "lazy"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.setdefault(str(node.args[0].value), []).append(path.name)
    return found


def test_a_lazy_module_is_imported_at_its_first_use_only() -> None:
    code = (
        "import json, sys\n"
        "from reviewer.core.lazy import lazy\n"
        "pycaption = lazy('pycaption')\n"
        "before = 'pycaption' in sys.modules\n"
        "made = pycaption.CaptionList()\n"
        "print(json.dumps([before, 'pycaption' in sys.modules, type(made).__name__,\n"
        "                  'CaptionList' in vars(pycaption)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [False, True, "CaptionList", True]  # then kept


def test_lazy_refuses_a_module_the_list_does_not_name() -> None:
    with pytest.raises(ValueError, match=r"not in reviewer\.core\.lazy\.COMMANDS"):
        lazy("xml.dom.minidom")


def test_every_lazy_module_is_named_in_commands_and_every_name_is_used_and_installed() -> None:
    calls = lazy_calls()
    assert set(calls) <= set(COMMANDS)
    assert set(COMMANDS) == set(calls)  # no entry left over from code that is gone
    assert all(find_spec(name.split(".")[0]) is not None for name in COMMANDS)
    assert all(reason.strip() for reason in COMMANDS.values())
    assert not set(FIRST_PAINT) & set(COMMANDS)


def test_no_function_imports_a_lazy_module_of_its_own() -> None:
    own: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else []
                )
                own += [f"{path.name}: {n}" for n in names if n in COMMANDS]
    assert own == []


def test_the_command_line_start_loads_none_of_them(tmp_path: Path) -> None:
    # `reviewer info` on a project: what a script calls most; no Word, captions, OpenCC...
    from reviewer.core.models import Segment, Transcript
    from reviewer.store import Project

    Project.write_new(tmp_path / "clip.review", Transcript([Segment(0, 1000, "你好", "Hello")]))
    code = (
        "import sys\nfrom reviewer.cli import main\n"
        f"main(['info', {str(tmp_path / 'clip.review')!r}])\n"
        "from reviewer.core.lazy import COMMANDS\n"
        "print(sorted(m for m in COMMANDS if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
