"""What the benchmark scripts share: timing processes, medians, one row of the table, the machine.

Each script prints its own figures; with ``--json`` its last line is a JSON list of rows, which
bench/run_all.py gathers into one table.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_VENV = ROOT / ".venv" / "bin" / "python"
VENV_PYTHON = str(_VENV) if _VENV.exists() else sys.executable
SYSTEM_PYTHON = "/usr/bin/python3"
_SYSTEM_VENV = ROOT / ".venv-system" / "bin" / "python"


def base_interpreter(python: str) -> str:
    """Return the interpreter a venv's python runs on (itself when it is not in a venv)."""
    code = "import os, sys; print(os.path.realpath(sys._base_executable))"
    result = subprocess.run([python, "-c", code], capture_output=True, text=True, check=False)
    return result.stdout.strip() or os.path.realpath(python)


def python_like_system() -> str | None:
    """Return a python with Reviewer installed that runs on the system python3 (the one Debian's
    aeidon runs on): .venv when it is made from it, else .venv-system (made by
    ``./installer/bootstrap.sh bench`` where .venv is not); None when there is none."""
    system = os.path.realpath(SYSTEM_PYTHON)
    if base_interpreter(VENV_PYTHON) == system:
        return VENV_PYTHON
    if _SYSTEM_VENV.exists() and base_interpreter(str(_SYSTEM_VENV)) == system:
        return str(_SYSTEM_VENV)
    return None


@dataclass
class Row:
    """One figure: ours against a target (absolute, or a ratio to a peer measured in the run)."""

    figure: str
    target: str
    ours: float
    unit: str = "ms"
    peer: float | None = None
    peer_name: str = ""
    limit: float | None = None  # ours/peer at most this (a ratio target) ...
    absolute: float | None = None  # ... or ours at most this
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.ours / self.peer if self.peer else None

    @property
    def passed(self) -> bool:
        ok = True
        if self.limit is not None:
            ok = self.ratio is not None and self.ratio <= self.limit
        if self.absolute is not None:
            ok = ok and self.ours <= self.absolute
        return ok


def median(values: list[float]) -> float:
    return statistics.median(values)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def time_process(cmd: list[str], *, env: dict[str, str] | None = None, cwd: str | None = None,
                 timeout: float = 120) -> tuple[float, str]:  # fmt: skip
    """Run ``cmd``; return (wall seconds from spawn to exit, its stdout). Fails loudly."""
    started = time.perf_counter()
    result = subprocess.run(
        cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout, check=False
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed, result.stdout


def interleaved(commands: dict[str, list[str]], repeats: int, **kwargs) -> dict[str, list[float]]:
    """Time each command ``repeats`` times, taking turns (so a busy moment hits all of them);
    one untimed warm-up run each first (the page cache). Returns ms per command name."""
    for cmd in commands.values():
        time_process(cmd, **kwargs)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, cmd in commands.items():
            times[name].append(time_process(cmd, **kwargs)[0] * 1000)
    return times


def emit(rows: list[Row], as_json: bool) -> None:
    """Print the rows readably, and as JSON on the last line when asked."""
    for row in rows:
        peer = ""
        if row.peer:
            peer = f"  {row.peer_name} {row.peer:.1f} {row.unit}  ratio {row.ratio:.2f}"
        verdict = "pass" if row.passed else "MISS"
        note = f"  ({row.note})" if row.note else ""
        print(f"{row.figure}: {row.ours:.1f} {row.unit}{peer}  [{row.target}] {verdict}{note}")
    if as_json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False))


def rows_from_json(line: str) -> list[Row]:
    return [Row(**item) for item in json.loads(line)]


def machine() -> str:
    """CPU model, cores, Python, Qt, libvlc versions (those that load), and the load average."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    code = (
        "import sys\n"
        "try:\n import PySide6.QtCore as q; print('Qt', q.qVersion(), 'PySide6', q.__version__)\n"
        "except Exception: print('Qt none')\n"
        "try:\n import vlc; print('libvlc', vlc.libvlc_get_version().decode().split()[0],"
        " 'python-vlc', vlc.__version__)\n"
        "except Exception: print('libvlc none')\n"
    )
    try:
        out = subprocess.run([VENV_PYTHON, "-c", code], capture_output=True, text=True).stdout
        libs = ", ".join(line.strip() for line in out.splitlines() if line.strip())
    except OSError:
        libs = ""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {libs}; load average {load}"
    )
