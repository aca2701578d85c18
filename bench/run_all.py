"""Every benchmark, one table: figure, target, ours, the peer's value in the same run, the ratio.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python bench/run_all.py [--repeats 7]

(``./installer/bootstrap.sh bench`` installs what is needed and runs this.) Makes the data first
(bench/generate.py, into bench/out/), then runs each script in its own process with ``--json``:
import_export.py, window.py, commit.py, find.py, bounded.py, names.py, glossary_scale.py,
audio.py, sync.py, keys.py. The window, sync and keys figures need an X display and libvlc;
without them those rows say so (glossary_scale.py then leaves out the window). Not tests: the exit
status is 0 whatever the figures, unless a script fails.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, VENV_PYTHON, Row, machine, rows_from_json

BENCH = ROOT / "bench"


def run(script: str, *args: str) -> tuple[list[Row], str]:
    """Run one script with --json; return its rows and, when it failed, why."""
    cmd = [VENV_PYTHON, str(BENCH / script), *args, "--json"]
    print(f"-- {script} {' '.join(args)}", file=sys.stderr, flush=True)
    started = time.monotonic()
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT))
    took = time.monotonic() - started
    lines = result.stdout.strip().splitlines()
    if result.returncode not in (0, 1) or not lines or not lines[-1].startswith("["):
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return [], f"{script}: failed ({result.returncode}): {tail}"
    for line in lines[:-1]:
        print(f"   {line}", file=sys.stderr)
    print(f"   ({took:.0f} s)", file=sys.stderr, flush=True)
    return rows_from_json(lines[-1]), ""


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"


def table(rows: list[Row]) -> str:
    """Return the rows as a Markdown table."""
    out = [
        "| figure | target | ours | peer (same run) | ratio | |",
        "|---|---|---:|---:|---:|---|",
    ]
    for r in rows:
        peer = f"{r.peer_name} {fmt(r.peer, r.unit)}" if r.peer else "—"
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "—"
        figure = r.figure + (f" ({r.note})" if r.note else "")
        verdict = "pass" if r.passed else "**miss**"
        out.append(
            f"| {figure} | {r.target} | {fmt(r.ours, r.unit)} | {peer} | {ratio} | {verdict} |"
        )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7, help="runs per process timing")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, shorter runs")
    args = parser.parse_args()
    repeats = "3" if args.quick else str(args.repeats)
    subprocess.run([VENV_PYTHON, str(BENCH / "generate.py")], check=True, capture_output=True)
    # Bytecode for our modules, as the set-up writes it (and as the peers' installed packages
    # have theirs): where PYTHONDONTWRITEBYTECODE is set, every start would compile them again.
    subprocess.run(
        [VENV_PYTHON, "-m", "compileall", "-q", "-j", "0", str(ROOT / "reviewer")],
        check=True,
        capture_output=True,
    )
    print(f"machine: {machine()}", flush=True)
    rows: list[Row] = []
    failures: list[str] = []
    has_display = bool(os.environ.get("DISPLAY"))
    plan = [("import_export.py", "--repeats", repeats)]
    if has_display:
        plan.append(("window.py", "--repeats", repeats))
    plan += [
        ("commit.py", "--edits", "500" if args.quick else "2000"),
        ("find.py",),
        ("bounded.py", "--cues", "200000" if args.quick else "1000000"),
        ("names.py",),
        ("glossary_scale.py", *(("--window",) if has_display else ())),
        ("audio.py", "--repeats", "1" if args.quick else "3"),
    ]
    if has_display:
        plan.append(("sync.py", "--seconds", "10" if args.quick else "20"))
        plan.append(("keys.py", "--presses", "60" if args.quick else "200"))
    else:
        failures.append("window.py, sync.py, keys.py: no X display (run under xvfb-run)")
    for script, *script_args in plan:
        found, failure = run(script, *script_args)
        rows += found
        if failure:
            failures.append(failure)
    print()
    print(table(rows))
    for failure in failures:
        print(f"not measured: {failure}")
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
