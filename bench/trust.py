"""What treating a project file as untrusted costs when it opens: the schema compared with
Reviewer's, SQLite's ``quick_check`` over every page, every value checked (types, ranges,
statuses, references), on a 3-hour project; and the whole open, for scale.

    .venv/bin/python bench/trust.py [--segments 5000] [--revisions 60000] [--repeats 9]

A 3-hour press conference is 4,000-5,500 segments (2-2.7 s each); 60,000 revisions is every
segment edited, approved and re-timed a few times. Target: the checks together stay under a
tenth of a second, so that they never need to be skipped.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.commit import build  # noqa: E402
from bench.common import Row, emit  # noqa: E402
from reviewer.store import Project, schema, trust  # noqa: E402
from reviewer.store.validate import check_values  # noqa: E402


def timed(action: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--segments", type=int, default=5000)
    parser.add_argument("--revisions", type=int, default=60_000)
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--json", action="store_true", help="end with the rows as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "three-hours.review"
        build(path, args.segments, args.revisions)
        size_mb = path.stat().st_size / 1e6
        db = schema.connect(path, read_only=True)
        version = schema.user_version(db)
        schema_ms = timed(lambda: trust.check_schema(db, path, version), args.repeats)
        quick_ms = timed(lambda: trust.quick_check(db, path), args.repeats)
        values_ms = timed(lambda: check_values(db, path, version), args.repeats)
        db.close()
        open_ms = timed(lambda: Project.open(path, read_only=True).close(), args.repeats)
        # The same open with the checks taken out: what they add to it.
        import reviewer.store.project_open as opening

        kept = opening.trust.check_file, opening.check_values
        opening.trust.check_file = lambda db, path, version: version  # type: ignore[assignment]
        opening.check_values = lambda *args: None  # type: ignore[assignment]
        try:
            bare_ms = timed(lambda: Project.open(path, read_only=True).close(), args.repeats)
        finally:
            opening.trust.check_file, opening.check_values = kept
    checks = [s + q + v for s, q, v in zip(schema_ms, quick_ms, values_ms, strict=True)]
    median = statistics.median
    print(f"project: {args.segments} segments, {args.revisions} revisions, {size_mb:.1f} MB")
    figure = f"{args.segments:,} segments, {args.revisions:,} revisions ({size_mb:.0f} MB)"
    rows = [
        Row(f"schema compared, {figure}", "-", median(schema_ms)),
        Row(f"quick_check, {figure}", "-", median(quick_ms), note=f"max {max(quick_ms):.1f} ms"),
        Row(f"values checked, {figure}", "-", median(values_ms)),
        Row(f"all checks on open, {figure}", "<= 100 ms", median(checks), absolute=100),
        Row(f"whole open (read-only), {figure}", "-", median(open_ms)),
        Row(f"the same open without the checks, {figure}", "-", median(bare_ms)),
    ]
    emit(rows, args.json)
    return 0 if rows[3].passed else 1


if __name__ == "__main__":
    sys.exit(main())
