"""The command line's errors stay English, byte for byte, whatever the system's language: the
window words the same errors in Chinese (reviewer.ui.translated.error), scripts parse these."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "LANG": "zh_CN.UTF-8",
        "LC_ALL": "zh_CN.UTF-8",
        "LANGUAGE": "zh_CN",
        "REVIEWER_AUTHOR": "tester",
    }
    return subprocess.run(
        [sys.executable, "-m", "reviewer", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_errors_read_in_english_under_a_chinese_locale(tmp_path: Path) -> None:
    missing = tmp_path / "gone.srt"
    done = cli("import", str(missing))
    assert (done.returncode, done.stderr) == (2, f"reviewer: {missing}: no such file\n")
    garbage = tmp_path / "clip.srt"
    garbage.write_bytes(b"\x00\x01\x02\xff" * 512)
    done = cli("import", str(garbage))
    assert (done.returncode, done.stderr) == (
        2,
        f"reviewer: {garbage}: not a text file (it holds binary data)\n",
    )
    fake = tmp_path / "notes.review"
    fake.write_text("just some notes\n", encoding="utf-8")
    done = cli("history", str(fake))
    assert done.returncode == 2
    assert done.stderr.startswith(f"reviewer: {fake}: not a Reviewer project (not an SQLite file)")
