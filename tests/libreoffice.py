"""LibreOffice headless for the tests: one soffice a session, driven through python-uno by the
system python3 (uno is Debian's python3-uno; it is not in the venv). Skips with a reason where
either is missing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

SYSTEM_PYTHON = "/usr/bin/python3"
CLIENT = Path(__file__).with_name("uno_client.py")


def missing() -> str:
    """Return why LibreOffice through uno cannot run here ("" when it can)."""
    if not shutil.which("soffice"):
        return "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
    check = [SYSTEM_PYTHON, "-c", "import uno"]
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(check, capture_output=True).returncode:
        return "python3-uno is not installed for /usr/bin/python3: apt-get install python3-uno"
    return ""


class Office:
    """A headless soffice listening on a pipe of its own, with a profile of its own."""

    def __init__(self, folder: Path) -> None:
        self.pipe = f"reviewer-tests-{uuid.uuid4().hex[:12]}"
        profile = (folder / "profile").as_uri()
        self.process = subprocess.Popen(
            ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
             "--nodefault", f"-env:UserInstallation={profile}",
             f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"},
        )  # fmt: skip

    def read(self, path: Path, action: str = "none", pdf: Path | None = None) -> dict[str, Any]:
        """Return {"paragraphs", "redlines"} of ``path`` after ``action`` (accept, reject,
        none), saving a PDF of it to ``pdf`` when given."""
        command = [SYSTEM_PYTHON, str(CLIENT), self.pipe, action, str(path)]
        if pdf is not None:
            command.append(str(pdf))
        # Once more after a failure: on a loaded machine the bridge to soffice has dropped a
        # call now and then (seen once in many runs); a file LibreOffice cannot open fails twice.
        for _attempt in range(2):
            done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
            if not done.returncode:
                break
        else:
            raise RuntimeError(f"uno client failed: {done.stderr.strip()[-2000:]}")
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
