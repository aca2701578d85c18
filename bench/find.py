"""Find as you type on a 20,000-segment transcript: median and p95 per keystroke.

Not a test. Run: .venv/bin/python bench/find.py
Each query is typed a letter at a time; every keystroke runs the search the find-and-replace
dialog runs (which segments match, Finder.matching_ids) over all segments, plain and fuzzy.
The first keystroke of a session also folds every text to one script (OpenCC t2s); that
warm-up is timed separately.
"""

from __future__ import annotations

import json
import platform
import random
import statistics
import sys
import time

from reviewer.core.models import Segment
from reviewer.text.search import Finder, Query

WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "went",
    "well",
    "between",
    "both",
    "sides",
    "on",
    "ceasefire",
    "security",
    "council",
    "Beijing",
    "Moscow",
    "Lebanon",
    "Hezbollah",
    "Israel",
    "dialogue",
    "restraint",
    "parties",
    "Russia",
    "China",
    "today",
]
CHINESE = (
    "中国外交部长王毅今天在北京会见了俄罗斯外长拉夫罗夫双方讨论了黎巴嫩真主党和以色列的停火问题"
)
QUERIES = ["ceasefire", "Lavrov", "Hezbollah", "security council", "真主黨", "Wang Yi"]


def transcript(n: int = 20_000, seed: int = 7) -> list[Segment]:
    rng = random.Random(seed)
    segments = []
    for i in range(n):
        start = i * 3000
        source = "".join(rng.choice(CHINESE) for _ in range(rng.randint(10, 30)))
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 16))]
        if rng.random() < 0.01:
            words.insert(rng.randint(0, len(words)), rng.choice(["Lavrof", "Wang Yee", "真主党"]))
        segments.append(Segment(start, start + 2500, source, " ".join(words), id=i + 1))
    return segments


def keystrokes(finder: Finder, segments: list[Segment], mode: str) -> list[float]:
    times = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            t0 = time.perf_counter()
            finder.matching_ids(segments, Query(query[:end], mode=mode))
            times.append((time.perf_counter() - t0) * 1000)
    return times


def main() -> None:
    as_json = "--json" in sys.argv[1:]  # end with the rows for bench/run_all.py
    rows = []
    segments = transcript()
    finder = Finder()
    t0 = time.perf_counter()
    finder.matching_ids(segments, Query("a"))
    warm = (time.perf_counter() - t0) * 1000
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"20,000 segments; first keystroke folds every text: {warm:.0f} ms")
    for mode in ("plain", "fuzzy"):
        times = sorted(keystrokes(finder, segments, mode))
        p95 = times[int(len(times) * 0.95) - 1]
        print(
            f"{mode:6} {len(times)} keystrokes: median {statistics.median(times):.1f} ms,"
            f" p95 {p95:.1f} ms"
        )
        rows.append(
            {
                "figure": f"find as you type on 20,000 segments, {mode} (median a keystroke)",
                "target": "<= 30 ms",
                "ours": statistics.median(times),
                "absolute": 30,
                "note": f"p95 {p95:.1f} ms",
            }
        )
    if as_json:
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
