"""`./installer/bootstrap.sh run` puts `reviewer` on the PATH (a link in ~/.local/bin), so that
the README's `reviewer ...` commands work as written. The script's link_command is run on its
own here (the rest of `run` installs system packages)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BOOTSTRAP = ROOT / "installer" / "bootstrap.sh"


def _link_command(bin_dir: Path, root: Path, path: str) -> str:
    """Run bootstrap.sh's link_command with ROOT=root; return what it printed."""
    script = BOOTSTRAP.read_text(encoding="utf-8")
    start = script.index("link_command() {")
    body = script[start : script.index("\n}\n", start) + 3]
    program = f'note() {{ printf "   %s\\n" "$*"; }}\nROOT={root}\n{body}\nlink_command\n'
    env = dict(os.environ, REVIEWER_BIN_DIR=str(bin_dir), PATH=path)
    done = subprocess.run(
        ["bash", "-c", program], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture
def venv_root(tmp_path: Path) -> Path:
    """A checkout whose .venv/bin/reviewer is this interpreter's entry point."""
    root = tmp_path / "checkout"
    (root / ".venv" / "bin").mkdir(parents=True)
    command = root / ".venv" / "bin" / "reviewer"
    command.write_text(
        f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "from reviewer.__main__ import main\nsys.exit(main())\n",
        encoding="utf-8",
    )
    command.chmod(0o755)
    return root


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_run_links_reviewer_onto_the_path(tmp_path: Path, venv_root: Path) -> None:
    bin_dir = tmp_path / "home" / ".local" / "bin"
    path = f"{bin_dir}:/usr/bin:/bin"
    said = _link_command(bin_dir, venv_root, path)
    link = bin_dir / "reviewer"
    assert link.is_symlink() and link.resolve() == (venv_root / ".venv/bin/reviewer").resolve()
    assert f"linked {link}" in said
    # The README's commands, as written, through the PATH.
    done = subprocess.run(
        ["reviewer", "--version"],
        env=dict(os.environ, PATH=path),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("Reviewer ")
    assert _link_command(bin_dir, venv_root, path) == ""  # a second run: in place, says nothing


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_a_folder_not_on_the_path_is_named_and_a_foreign_file_left_alone(
    tmp_path: Path, venv_root: Path
) -> None:
    bin_dir = tmp_path / "bin"
    said = _link_command(bin_dir, venv_root, "/usr/bin:/bin")
    assert "is not on this shell's PATH yet" in said and f'export PATH="{bin_dir}:$PATH"' in said
    other = tmp_path / "other"
    other.mkdir()
    (other / "reviewer").write_text("#!/bin/sh\necho someone else's\n", encoding="utf-8")
    said = _link_command(other, venv_root, f"{other}:/usr/bin")
    assert "is not a link to Reviewer: left alone" in said
    assert (other / "reviewer").read_text(encoding="utf-8").startswith("#!/bin/sh")
