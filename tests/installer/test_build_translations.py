"""The set-up compiles the window's catalogues (translations/*.ts -> .qm, which are not
committed): bootstrap.sh's build_translations is run on its own here, on a copy of the
catalogues, and the .qm it writes is read back by Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
BOOTSTRAP = ROOT / "installer" / "bootstrap.sh"


def _build_translations(root: Path) -> subprocess.CompletedProcess[str]:
    script = BOOTSTRAP.read_text(encoding="utf-8")
    start = script.index("build_translations() {")
    body = script[start : script.index("\n}\n", start) + 3]
    program = f'die() {{ echo "$*" >&2; exit 1; }}\ncd {root}\n{body}\nbuild_translations\n'
    return subprocess.run(["bash", "-c", program], capture_output=True, text=True, check=False)


def test_the_set_up_compiles_each_catalogue_once(tmp_path: Path) -> None:
    root = tmp_path / "checkout"
    shutil.copytree(
        ROOT / "translations", root / "translations", ignore=shutil.ignore_patterns("*.qm")
    )
    (root / ".venv" / "bin").mkdir(parents=True)
    (root / ".venv" / "bin" / "pyside6-lrelease").symlink_to(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    done = _build_translations(root)
    assert done.returncode == 0, done.stderr
    compiled = sorted(p.name for p in (root / "translations").glob("*.qm"))
    assert compiled == ["reviewer_zh_CN.qm", "reviewer_zh_HK.qm", "reviewer_zh_TW.qm"]
    translator = QTranslator()
    assert translator.load(str(root / "translations" / "reviewer_zh_HK.qm"))
    assert translator.translate("", "Undo") == "還原"
    # A second set-up finds them newer than their .ts and leaves them alone.
    before = {p: p.stat().st_mtime_ns for p in (root / "translations").glob("*.qm")}
    os.utime(root / "translations" / "reviewer_zh_CN.ts", (1, 1))
    assert _build_translations(root).returncode == 0
    assert {p: p.stat().st_mtime_ns for p in before} == before
    # A broken catalogue stops the set-up with lrelease's word, not a window in English.
    (root / "translations" / "reviewer_zh_TW.ts").write_text("<TS", encoding="utf-8")
    os.utime(root / "translations" / "reviewer_zh_TW.qm", (1, 1))
    failed = _build_translations(root)
    assert failed.returncode != 0
    assert "reviewer_zh_TW.ts" in failed.stderr
