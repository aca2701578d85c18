"""Shared fixtures. Nothing here imports Qt or libvlc: the core tests run without them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# With a display (the suite runs under xvfb-run) Qt uses the real xcb platform, where libvlc can
# embed and frames can be grabbed; without one, offscreen. Decided before any QApplication.
if os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "xcb"
else:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# Settings, recent files and the author name go to a temporary home, never the developer's.
@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


@pytest.fixture
def clip(tmp_path: Path, repo_root: Path) -> Path:
    """A folder holding the demo clip and its two transcripts, as an editor receives them
    (tests/audio and tests/ui_xvfb have a clip of their own)."""
    folder = tmp_path / "clip"
    folder.mkdir()
    for name in ("demo.zh.srt", "demo.en.srt", "demo.mp4"):
        shutil.copy(repo_root / "resources" / "demo" / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """LibreOffice headless, started once for the whole run (tests/libreoffice.py); the test
    is skipped with the reason where soffice or python3-uno is missing."""
    from libreoffice import Office, missing

    reason = missing()
    if reason:
        pytest.skip(reason)
    running = Office(tmp_path_factory.mktemp("office"))
    yield running
    running.close()


# The project fuzzer's counts (tests/fuzz, tests/ui/test_untrusted_window.py), printed at the end
# of every run, so that CI's log says how many mutated projects were opened and how.
_FUZZ_COUNTS: list[str] = []


@pytest.fixture
def fuzz_count():  # type: ignore[no-untyped-def]
    """Return a function that records one line of the fuzzer's counts for the run's summary."""
    return _FUZZ_COUNTS.append


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _FUZZ_COUNTS:
        terminalreporter.section("project fuzzer")
        for line in _FUZZ_COUNTS:
            terminalreporter.write_line(line)
