"""Bounded work on the editor's own input: the Word export of a million cues, the tracked-changes
Word file of 20,000 changes, and what the regular-expression time limit costs and stops.

    .venv/bin/python bench/bounded.py [--cues 1000000] [--json]

Each figure runs in its own process (so its peak memory is its own):

- Word export (``WordFormat.write``, in process, no interpreter start-up) of 20,000 cues against
  python-docx's own ``table.add_row().cells`` on the same cues (the way Reviewer built the
  table before; it grows with the square of the rows), and of 1,000,000 cues, with peak RSS;
- ``history --docx`` of 20,000 changes (``write_docx``);
- find as you type with a regular expression over 20,000 segments: ``Finder.matching_ids``
  (the regex package, with its time limit) against the same search with Python's ``re`` and no
  limit, median of the keystrokes;
- ``(a+)+$`` over the same segments plus one text of 20,000 a's: the processor time until the
  editor is told "This pattern takes too long" (the limit is 1 s; ``regex`` counts processor
  time, so on a busy machine the wall time, printed beside it, is longer), and the memory it
  grew meanwhile.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Row, emit

HERE = Path(__file__).resolve()
REGEX_QUERIES = [r"Lavro[vf]", r"\bWang Y\w+", r"cease\w*", r"真主[党黨]"]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _segments(n: int):  # type: ignore[no-untyped-def]
    from bench.find import transcript

    return transcript(n)


def child_docx(n: int, how: str) -> dict[str, float]:
    """Export n cues to Word, ours or python-docx's add_row way; return seconds and peak MB."""
    from reviewer.core.models import Transcript
    from reviewer.formats.base import ExportOptions
    from reviewer.formats.word import WordFormat

    transcript = Transcript(title="Press conference", segments=_segments(n))
    before = _rss_mb()
    started = time.perf_counter()
    if how == "ours":
        data = WordFormat().write(transcript, ExportOptions())
    else:
        import io

        import docx

        document = docx.Document()
        table = document.add_table(rows=1, cols=4)
        for segment in transcript.segments:
            values = [str(segment.start_ms), "", segment.source, segment.translation]
            for cell, value in zip(table.add_row().cells, values, strict=True):
                cell.text = value
        out = io.BytesIO()
        document.save(out)
        data = out.getvalue()
    return {
        "seconds": time.perf_counter() - started,
        "peak_mb": _rss_mb(),
        "grew_mb": _rss_mb() - before,
        "file_mb": len(data) / 1e6,
    }


def child_history(n: int) -> dict[str, float]:
    from reviewer.store.change_report import write_docx
    from reviewer.store.checkpoints import NetChange

    changes = [
        NetChange("segment", i, "translation", f"Lavrof said the talks {i}",
                  f"Lavrov said the talks {i}", ("editor",), "2026-12-04T10:00:00", i * 1000)
        for i in range(n)
    ]  # fmt: skip
    out = Path("/tmp") / f"reviewer-bench-history-{n}.docx"
    started = time.perf_counter()
    write_docx(changes, out, title="Press conference", checkpoint="desk")
    seconds = time.perf_counter() - started
    out.unlink()
    return {"seconds": seconds, "peak_mb": _rss_mb()}


def child_regex(n: int) -> dict[str, float]:
    """Keystrokes of regex find-as-you-type, guarded (ours) and unguarded (re), in ms."""
    from reviewer.text.search import Finder, Query

    segments = _segments(n)
    finder = Finder()
    ours, plain = [], []
    for query in REGEX_QUERIES:
        for end in range(2, len(query) + 1):
            text = query[:end]
            try:
                pattern = re.compile(text, re.IGNORECASE)
            except re.error:
                continue  # half-typed: both say so at once
            t0 = time.perf_counter()
            finder.matching_ids(segments, Query(text, mode="regex"))
            ours.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            [s.id for s in segments if pattern.search(s.source) or pattern.search(s.translation)]
            plain.append((time.perf_counter() - t0) * 1000)
    return {"ours_ms": statistics.median(ours), "re_ms": statistics.median(plain)}


def child_evil(n: int) -> dict[str, float]:
    from reviewer.core.models import Segment
    from reviewer.text.search import Finder, PatternTooSlow, Query

    segments = [*_segments(n), Segment(10**9, 10**9 + 1000, "啊", "a" * 20_000 + "!", id=n + 1)]
    before = _rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    message = ""
    try:
        Finder().matching_ids(segments, Query(r"(a+)+$", mode="regex"))
    except PatternTooSlow as exc:
        message = str(exc)
    return {
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu,
        "grew_mb": _rss_mb() - before,
        "told": float(message.startswith("This pattern takes too long")),
    }


def run_child(*args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(HERE), "--child", *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cues", type=int, default=1_000_000, help="cues of the big Word export")
    parser.add_argument("--peer-cues", type=int, default=20_000, help="cues for the comparison")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, n, *rest = args.child
        result = {
            "docx": lambda: child_docx(int(n), rest[0]),
            "history": lambda: child_history(int(n)),
            "regex": lambda: child_regex(int(n)),
            "evil": lambda: child_evil(int(n)),
        }[kind]()
        print(json.dumps(result))
        return 0

    rows: list[Row] = []
    k = args.peer_cues
    ours = run_child("docx", str(k), "ours")
    theirs = run_child("docx", str(k), "python-docx")
    rows.append(Row(f"Word export, {k:,} cues (in process)", "<= 0.1x python-docx add_row",
                    ours["seconds"] * 1000, "ms", theirs["seconds"] * 1000, "python-docx add_row",
                    limit=0.1))  # fmt: skip
    big = run_child("docx", str(args.cues), "ours")
    note = (
        f"peak {big['peak_mb']:.0f} MB, of which the export {big['grew_mb']:.0f} MB; "
        f".docx {big['file_mb']:.0f} MB"
    )
    rows.append(Row(f"Word export, {args.cues:,} cues (in process)", "finishes, <= 60 s",
                    big["seconds"], "s", absolute=60, note=note))  # fmt: skip
    history = run_child("history", "20000")
    rows.append(Row("history --docx, 20,000 changes", "<= 15 s", history["seconds"], "s",
                    absolute=15, note=f"peak {history['peak_mb']:.0f} MB"))  # fmt: skip
    regex = run_child("regex", "20000")
    # regex's timeout= costs about 1.5 us a call (its argument parsing and clock), two calls a
    # segment: the guard's price, paid on every keystroke of a regex search.
    rows.append(Row("regex find as you type, 20,000 segments (median a keystroke)",
                    "<= 150 ms", regex["ours_ms"], "ms", regex["re_ms"], "re, no limit",
                    absolute=150))  # fmt: skip
    evil = run_child("evil", "20000")
    # regex's timeout counts processor time, so on a busy machine the wall time is longer.
    load = os.getloadavg()[0]
    note = f"wall {evil['seconds'] * 1000:.0f} ms at load {load:.1f}; grew {evil['grew_mb']:.0f} MB"
    rows.append(Row("(a+)+$ on 20,000 segments: processor time until 'takes too long'",
                    "<= 1.2 s", evil["cpu_seconds"] * 1000, "ms",
                    absolute=1200 if evil["told"] else 0, note=note))  # fmt: skip
    emit(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
