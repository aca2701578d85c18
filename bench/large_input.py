"""How much memory and time reading a large transcript takes: the figure behind the 200 MB limit.

    .venv/bin/python bench/large_input.py [--sizes 10 40] [--json]

For each size (MB), an SRT of two-line cues (Chinese and English, as the desk's files are) is
made in a temporary folder and read by ``read_transcript`` in a fresh process, which reports
its peak resident memory (``ru_maxrss``) and the reading time. The ratio of peak memory to file
size tells how large a file a machine can read: at about R times the file size, 200 MB needs
200 x R MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import resource, sys, time
from reviewer.formats import read_transcript
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
result = read_transcript(sys.argv[1])
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(result.transcript.segments), seconds, before / 1024, peak / 1024)
"""


def make_srt(path: Path, megabytes: int) -> None:
    """Write an SRT of about ``megabytes`` MB."""
    cue = "黎巴嫩真主党表示将对以色列的袭击作出回应。\nLebanon's Hezbollah said it would respond.\n"
    target = megabytes * 1024 * 1024
    with path.open("w", encoding="utf-8") as out:
        n = 0
        while out.tell() < target:
            n += 1
            start = n * 100  # short cues, so that 200 MB stays inside the 100-hour limit
            out.write(f"{n}\n{_tc(start)} --> {_tc(start + 90)}\n{cue}\n")


def _tc(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, f = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{f:03d}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 40])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"big{size}.srt"
            make_srt(path, size)
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(path)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            cues, seconds, base_mb, peak_mb = done.stdout.split()
            actual = path.stat().st_size / 1024 / 1024
            ratio = (float(peak_mb) - float(base_mb)) / actual
            rows.append(
                {
                    "file_mb": round(actual, 1),
                    "cues": int(cues),
                    "seconds": round(float(seconds), 2),
                    "peak_mb": round(float(peak_mb)),
                    "mb_per_file_mb": round(ratio, 1),
                }
            )
            print(
                f"{actual:6.1f} MB SRT, {int(cues):>7} cues: read in {float(seconds):5.1f} s,"
                f" peak {float(peak_mb):6.0f} MB ({ratio:.1f} x the file above the start)"
            )
    if args.json:
        print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
