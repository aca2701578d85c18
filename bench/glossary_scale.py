"""A large glossary: 100,000 terms checking 20,000 segments, and what it costs the window.

    .venv/bin/python bench/glossary_scale.py [--terms 100000] [--segments 20000] [--json]
    xvfb-run -a .venv/bin/python bench/glossary_scale.py --window   (also the window's start)

Makes a project of ``--segments`` news-like segments (Chinese source, English translation, some
names misspelt by sound) and a glossary of ``--terms`` invented names (Han source forms,
transliterated renderings, a few avoid forms), stores both, then times: reading the glossary and
building its indexes, `reviewer check` in process on 100 and on all segments, the number of
problems found (so a fast run that finds nothing shows), and with ``--window`` the window's
first paint and the panels' start with that glossary. Prints the figures; not a test.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Row, emit

HAN = (
    "安巴达德恩法加哈伊杰卡拉马纳奥帕基萨塔乌瓦夏亚扎诺科斯特罗夫耶娃尼克里"
    "阿贝茨迪埃菲格汉伊雅金坎勒米内欧佩库鲁谢托乌万西约泽布切杜弗古赫霍"
    "季卢莫纳波里索图维休兹什日楚舍列戈沙哲"
)
_SYLLABLES = (
    "ka ra ma na ta sa la va ba da ko ro mo no to so lo vo ne le ve ri mi ni ti si li vi "
    "shen khan zhar tsov bek dar gul nur han yev ov in ev ski ko enko ich vich ar ul"
)
SYLLABLES = _SYLLABLES.split()


def invented_name(rng: random.Random) -> str:
    words = rng.choice((1, 1, 2, 2, 3))
    parts = []
    for _ in range(words):
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4))))
        parts.append(word.capitalize())
    return " ".join(parts)


def misspelt(name: str, rng: random.Random) -> str:
    """A transliteration slip: one of the letter swaps machine translation makes."""
    for old, new in (("v", "w"), ("ov", "off"), ("k", "kh"), ("i", "y"), ("s", "z"), ("e", "a")):
        if old in name[1:]:
            return name[0] + name[1:].replace(old, new, 1)
    return name + "e"


def make(folder: Path, n_terms: int, n_segments: int) -> tuple[Path, Path]:
    from reviewer.core.models import Segment, Transcript
    from reviewer.store import Project
    from reviewer.text.glossary import Term, write_csv

    rng = random.Random(12)
    terms: list[Term] = []
    seen: set[str] = set()
    while len(terms) < n_terms:
        name = invented_name(rng)
        source = "".join(rng.choice(HAN) for _ in range(rng.choice((4, 5, 6))))
        if name in seen or source in seen:
            continue
        seen |= {name, source}
        avoid = [misspelt(name, rng)] if rng.random() < 0.05 else []
        terms.append(Term([source], name, avoid))
    glossary_csv = folder / "glossary.csv"
    write_csv(glossary_csv, terms)
    segments = []
    for i in range(n_segments):
        named = [rng.choice(terms) for _ in range(rng.choice((0, 1, 1, 2)))]
        source = "今天" + "".join(t.sources[0] for t in named) + "在北京举行会谈。"
        words = [
            misspelt(t.translation, rng) if rng.random() < 0.1 else t.translation for t in named
        ]
        who = " and ".join(words) or "The delegations"
        translation = f"{who} held talks in Beijing today on trade, energy and security."
        segments.append(Segment(i * 3000, i * 3000 + 2800, source, translation))
    transcript = Transcript(
        segments=segments, title="Talks", source_language="zh", target_language="en"
    )
    path = folder / "big.review"
    Project.create(path, transcript, author="bench").close()
    return path, glossary_csv


def timed(action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    return result, (time.perf_counter() - started) * 1000


def measure(path: Path, glossary_csv: Path, n_terms: int, n_segments: int) -> list[Row]:
    from reviewer.store import Project
    from reviewer.store.glossary import check_project, checker_of, import_csv

    rows: list[Row] = []
    with Project.open(path, author="bench") as project:
        _count, ms = timed(lambda: import_csv(project, glossary_csv, replace=True))
        rows.append(Row(f"glossary import, {n_terms:,} terms", "-", ms))
    with Project.open(path, read_only=True) as project:
        cache, load_ms = timed(lambda: checker_of(project))
        rows.append(Row(f"load {n_terms:,} terms, build the checker", "-", load_ms))
        glossary = cache.checker.glossary
        _names, index_ms = timed(lambda: glossary.names)
        rows.append(Row("phonetic and spelling index of the renderings", "-", index_ms))
        segments = project.transcript.segments
        _p, ms = timed(lambda: [cache.of(s, None, None) for s in segments[:100]])
        rows.append(Row("check 100 segments (first use: the source-form automaton)", "-", ms))
        rows.append(
            Row(
                f"check 100 segments from nothing ({n_terms:,} terms read and indexed)",
                "< 10 s (was 24 s)",
                load_ms + index_ms + ms,
                absolute=10_000,
            )
        )
        problems, ms = timed(lambda: check_project(project))
        glossary_problems = sum(1 for p in problems if p.check == "glossary")
        rows.append(
            Row(
                f"check all {n_segments:,} segments, {n_terms:,} terms",
                "< 10 s",
                ms,
                absolute=10_000,
                note=f"{glossary_problems:,} glossary problems found",
            )
        )
        _p, ms = timed(lambda: check_project(project))
        rows.append(Row("check all again (cached rows, names across the transcript)", "-", ms))
    return rows


def window_start(path: Path) -> list[Row]:
    """Time the window's first paint and the panels' start on the project with its glossary."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    started = time.perf_counter()
    window = MainWindow(settings)
    window.show()
    window.open_path(path)
    app.processEvents()
    painted = (time.perf_counter() - started) * 1000
    longest = 0.0

    def busy() -> bool:
        if not window.is_started:  # the panel is installed after the first paint
            return True
        from reviewer.ui.problems_panel import ProblemsPanel

        panel = window.part(ProblemsPanel)
        if panel is None:
            return True
        return panel.timer_pending or panel.loader.pending is not None

    while busy():
        turn = time.perf_counter()
        app.processEvents()
        longest = max(longest, (time.perf_counter() - turn) * 1000)
        if time.perf_counter() - started > 120:
            break
    done = (time.perf_counter() - started) * 1000
    window.close()
    shutil.rmtree(folder, ignore_errors=True)
    return [
        Row("window: first paint with the large glossary", "< 1.5 s", painted, absolute=1500),
        Row("window: longest event-loop turn while starting", "< 1 s", longest, absolute=1000),
        Row("window: glossary indexed off the GUI thread, every segment checked", "-", done),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--terms", type=int, default=100_000)
    parser.add_argument("--segments", type=int, default=20_000)
    parser.add_argument("--window", action="store_true", help="also the window's start")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, glossary_csv = make(Path(tmp), args.terms, args.segments)
        rows = measure(path, glossary_csv, args.terms, args.segments)
        if args.window:
            rows += window_start(path)
    emit(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
