"""Which full-text tokenizer serves a project file: unicode61 (SQLite's default) or trigram.

Not a test. Run: .venv/bin/python bench/fts_tokenizers.py [--cues 20000]
Builds an FTS5 index over the source and translation of 20,000 generated bilingual segments
(bench/generate.py's cues) with each tokenizer, and prints: build time, the file's size, and the
median time and hit count of queries an editor or a SQLite tool would run: Chinese of 2 and 3+
characters, English words and a prefix, through ``MATCH`` as sqlite-utils and datasette send
it (each word quoted).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import cues

QUERIES = {
    "zh 2 chars": '"真主"',
    "zh 3 chars": '"真主党"',
    "zh 6 chars": '"黎巴嫩真主党"',
    "en word": '"Hezbollah"',
    "en two words": '"security" "council"',
    "en prefix": '"Lebano"*',
    "en 2 letters": '"on"',
}
TOKENIZERS = {"unicode61": "", "trigram": ", tokenize='trigram'"}


def build(path: Path, rows: list[tuple], tokenize: str) -> float:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE segments (id INTEGER PRIMARY KEY, source TEXT, translation TEXT)")
    db.executemany("INSERT INTO segments VALUES (?, ?, ?)", rows)
    db.commit()
    started = time.perf_counter()
    db.execute(
        "CREATE VIRTUAL TABLE segments_fts USING fts5(source, translation, content='segments'"
        f"{tokenize})"
    )
    db.execute("INSERT INTO segments_fts (segments_fts) VALUES ('rebuild')")
    db.commit()
    elapsed = time.perf_counter() - started
    db.execute("VACUUM")
    db.close()
    return elapsed


def query(path: Path, match: str, sql: str = "") -> tuple[float, int]:
    db = sqlite3.connect(path)
    times, hits = [], 0
    sql = sql or "SELECT rowid FROM segments_fts WHERE segments_fts MATCH ?"
    for _ in range(7):
        started = time.perf_counter()
        hits = len(db.execute(sql, [match]).fetchall())
        times.append(time.perf_counter() - started)
    db.close()
    return statistics.median(times), hits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cues", type=int, default=20_000)
    args = parser.parse_args()
    # Every 20th segment names Hezbollah in Chinese, as the news clips do.
    rows = [
        (i, ("黎巴嫩真主党" if i % 20 == 0 else "") + c[2], c[3])
        for i, c in enumerate(cues(args.cues), 1)
    ]
    print(f"{args.cues} segments, SQLite {sqlite3.sqlite_version}")
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "plain.db"
        build(base, rows, "")
        plain = sqlite3.connect(base)
        plain.execute("DROP TABLE segments_fts")
        plain.commit()
        plain.execute("VACUUM")
        plain.close()
        table_size = base.stat().st_size
        for name, tokenize in TOKENIZERS.items():
            path = Path(folder) / f"{name}.db"
            seconds = build(path, rows, tokenize)
            index_mb = (path.stat().st_size - table_size) / 1e6
            print(f"\n{name}: build {seconds * 1000:.0f} ms, index {index_mb:.1f} MB "
                  f"(table alone {table_size / 1e6:.1f} MB)")  # fmt: skip
            for label, match in QUERIES.items():
                median, hits = query(path, match)
                print(f"  {label:<13} {match:<22} {median * 1000:7.2f} ms  {hits:6d} hits")
            like = "SELECT rowid FROM segments WHERE instr(source, ?) > 0"
            median, hits = query(path, "真主", like)
            print(f"  {'zh 2, instr':<13} {'真主':<22} {median * 1000:7.2f} ms  {hits:6d} hits")
            if name == "trigram":
                like = "SELECT rowid FROM segments_fts WHERE source LIKE ?"
                median, hits = query(path, "%真主党%", like)
                row = f"  {'zh 3, LIKE':<13} {'%真主党%':<22} {median * 1000:7.2f} ms"
                print(f"{row}  {hits:6d} hits")


if __name__ == "__main__":
    main()
