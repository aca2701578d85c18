"""`reviewer` chooses between the window and the command line (reviewer.__main__): the command
line never imports the window, and without PySide6 only the window is missing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

# Runs `reviewer ARGS` as a new process in which PySide6 cannot be imported (as in a venv
# without it), then prints which reviewer.ui and PySide6 modules that process loaded.
_WITHOUT_QT = """
import json, sys
sys.modules["PySide6"] = None  # `import PySide6` now raises ImportError
from reviewer.__main__ import main
try:
    status = main(sys.argv[1:])
finally:
    loaded = sorted(m for m in sys.modules if m.startswith(("reviewer.ui", "PySide6")))
    print(json.dumps({"loaded": [m for m in loaded if sys.modules[m] is not None]}),
          file=sys.__stdout__)
sys.exit(status)
"""


def reviewer_without_qt(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    env.pop("DISPLAY", None)  # a window, were one opened by mistake, has nowhere to go
    return subprocess.run(
        [sys.executable, "-c", _WITHOUT_QT, *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
    )


def loaded(result: subprocess.CompletedProcess[str]) -> list[str]:
    return json.loads(result.stdout.strip().splitlines()[-1])["loaded"]


@pytest.fixture
def demo(tmp_path: Path, repo_root: Path) -> Path:
    for name in ("demo.zh.srt", "demo.en.srt"):
        shutil.copy(repo_root / "resources" / "demo" / name, tmp_path / name)
    return tmp_path


def test_without_pyside6_open_says_the_window_needs_it(demo: Path) -> None:
    result = reviewer_without_qt(demo, "open", str(demo / "demo.zh.srt"))
    assert result.returncode == 2
    assert "the window needs PySide6" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (demo / "demo.review").exists()  # nothing was opened or made
    assert loaded(result) == []


@pytest.mark.parametrize("argv", [[], ["--verbose"]])
def test_without_pyside6_no_command_says_so_too(demo: Path, argv: list[str]) -> None:
    result = reviewer_without_qt(demo, *argv)
    assert result.returncode == 2
    assert "the window needs PySide6" in result.stderr and "Traceback" not in result.stderr


def test_without_pyside6_the_commands_work_and_never_load_the_window(demo: Path) -> None:
    made = reviewer_without_qt(demo, "import", "demo.zh.srt", "demo.en.srt")
    assert made.returncode == 0, made.stderr
    assert (demo / "demo.review").exists()
    info = reviewer_without_qt(demo, "info", "demo.review", "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(_json_part(info.stdout))["segments"] == 7
    check = reviewer_without_qt(demo, "check", "demo.review")
    assert check.returncode in (0, 1) and "warning" in check.stderr
    for result in (made, info, check):
        assert loaded(result) == []


def _json_part(stdout: str) -> str:
    """The command's own output: all but the last line (the loaded modules)."""
    return "\n".join(stdout.strip().splitlines()[:-1])


def test_the_command_line_without_a_window_opener_says_so(capsys) -> None:  # type: ignore[no-untyped-def]
    from reviewer import cli

    assert cli.main(["open", "clip.review"]) == 2
    assert "no window to open from here" in capsys.readouterr().err


@pytest.mark.skipif(find_spec("PySide6") is None, reason="the Qt-free run: no window to hand")
def test_with_pyside6_open_hands_the_file_and_its_options_to_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reviewer.ui.app as app_module
    from reviewer.__main__ import main

    calls: list[tuple[str | None, dict[str, object]]] = []

    def run_app(path: str | None, **options: object) -> int:
        calls.append((path, options))
        return 5

    monkeypatch.setattr(app_module, "run_app", run_app)
    assert main(["open", "clip.srt", "--encoding", "gb18030", "--break-lock"]) == 5
    assert main(["--verbose"]) == 5
    assert calls == [
        ("clip.srt", {"encoding": "gb18030", "break_lock": True, "verbose": False}),
        (None, {"encoding": None, "break_lock": False, "verbose": True}),
    ]
