"""The app PyInstaller builds carries every module Reviewer imports by name when first used
(reviewer.core.lazy.COMMANDS): installer/reviewer.spec lists them as hidden imports.

The spec is run here with PyInstaller's functions stood in for (they record what they are
given), so what it hands Analysis is read without building the app."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from reviewer.core.lazy import COMMANDS

SPEC = Path(__file__).resolve().parents[2] / "installer" / "reviewer.spec"


def run_spec(monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], list[str]]:
    """Run the spec; return what it gave Analysis and the packages it collected whole."""
    analysis: dict[str, Any] = {}
    collected: list[str] = []

    def collect_submodules(package: str, *args: object, **kwargs: object) -> list[str]:
        collected.append(package)
        return []

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    # every other helper the spec takes (collect_data_files, copy_metadata, ...) finds nothing
    hooks.__getattr__ = lambda name: lambda *a, **k: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)

    class Analysis:
        def __init__(self, scripts: list[str], **kwargs: Any) -> None:
            analysis.update(kwargs, scripts=scripts)
            self.binaries: list[tuple[str, str, str]] = []
            self.pure: list[object] = []
            self.scripts: list[object] = []
            self.datas: list[object] = []

    def stand_in(*args: object, **kwargs: object) -> object:
        return object()

    namespace = {
        "SPECPATH": str(SPEC.parent),
        "Analysis": Analysis,
        "PYZ": stand_in,
        "EXE": stand_in,
        "COLLECT": stand_in,
        "BUNDLE": stand_in,
        "__file__": str(SPEC),
    }
    path_before = list(sys.path)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    assert sys.path == path_before  # the spec leaves the import path as it found it
    return analysis, collected


def test_the_spec_lists_every_lazily_imported_module(monkeypatch: pytest.MonkeyPatch) -> None:
    analysis, collected = run_spec(monkeypatch)
    hidden = set(analysis["hiddenimports"])

    def covered(module: str) -> bool:
        return module in hidden or any(module == p or module.startswith(p + ".") for p in collected)

    assert [m for m in COMMANDS if not covered(m)] == []
    assert {"docx.oxml.ns", "pycaption", "regex"} <= hidden  # read from the list, not by hand
