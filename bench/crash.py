"""Kill -9 a process that edits a project, many times; count edits lost and files damaged.

A worker process opens the project the way the window does (``keep_unsaved`` on) and makes a
random stream of edits through the store's operations (text, notes, status, speakers, splits,
merges, undo, redo). After each operation returns it prints the number of operations in the
file so far and a digest of the transcript it now holds: that edit is acknowledged. The parent
kills it with SIGKILL at a random moment, opens the file, runs ``PRAGMA integrity_check`` and
checks that the file holds the last acknowledged state (or the state after one more operation,
the one that was committing when the signal came). The next trial goes on from there.

    .venv/bin/python bench/crash.py [--trials 300] [--seed 1]

tests/store/test_crash.py runs a short version of this in CI.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reviewer.core.errors import EditError  # noqa: E402
from reviewer.core.models import Segment, Status, Transcript  # noqa: E402
from reviewer.store import Project  # noqa: E402

WORDS = ["Lavrov", "said", "the", "talks", "went", "well", "真主党", "黎巴嫩", "外长", "王毅", "—"]


def digest(project: Project) -> str:
    """A fingerprint of everything an editor can change."""
    segments = [
        [
            s.id,
            s.start_ms,
            s.end_ms,
            s.source,
            s.translation,
            s.speaker,
            s.tags,
            str(s.status),
            s.note,
        ]
        for s in project.transcript.segments
    ]
    speakers = sorted((s.name, s.slot) for s in project.transcript.speakers)
    data = json.dumps([segments, speakers], ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(data.encode("utf-8")).hexdigest()[:16]


def operations_in_file(project: Project) -> int:
    return int(project.db.execute("SELECT COUNT(*) FROM operations").fetchone()[0])


def make_project(path: Path, segments: int = 40) -> None:
    transcript = Transcript(
        segments=[
            Segment(i * 3000, i * 3000 + 2500, "拉夫罗夫说", f"Lavrof said {i}")
            for i in range(segments)
        ],
        title="crash test",
    )
    Project.create(path, transcript, author="crash").close()


def edit_once(project: Project, rng: random.Random) -> None:
    ids = project.ids
    sid = rng.choice(ids)
    roll = rng.random()
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
    try:
        if roll < 0.45:
            project.set_text(sid, rng.choice(("source", "translation")), text)
        elif roll < 0.55:
            project.set_note(sid, text)
        elif roll < 0.62:
            project.set_status([sid], rng.choice(list(Status)))
        elif roll < 0.70:
            project.set_speaker([sid], rng.choice(["Anchor", "Lavrov", "Wang Yi", None]))
        elif roll < 0.75:
            segment = project.segment(sid)
            if segment.duration_ms > 400:
                project.split(sid, segment.start_ms + segment.duration_ms // 2)
        elif roll < 0.80 and len(ids) > 10:
            project.merge_with_next(sid)
        elif roll < 0.92:
            project.undo()
        else:
            project.redo()
    except EditError:
        pass


def worker(path: Path, seed: int) -> None:
    """Edit forever; print "ack OPERATIONS DIGEST" after each operation returns."""
    rng = random.Random(seed)
    project = Project.open(path, author="crash")
    if project.read_only:
        print(f"read-only {project.read_only_reason}", flush=True)
        return
    project.keep_unsaved = True  # as the window does
    print(f"ack {operations_in_file(project)} {digest(project)}", flush=True)
    while True:
        edit_once(project, rng)
        if project.pending:
            print(f"pending {project.save_error}", flush=True)
            return
        print(f"ack {operations_in_file(project)} {digest(project)}", flush=True)


@dataclass
class Result:
    trials: int = 0
    edits: int = 0
    lost: int = 0
    damaged: int = 0
    problems: list[str] = field(default_factory=list)


def check(path: Path, acks: list[tuple[int, str]], result: Result) -> None:
    conn = sqlite3.connect(path)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    if not ok:
        result.damaged += 1
        result.problems.append(f"trial {result.trials}: integrity_check failed")
        return
    with Project.open(path, author="checker") as project:
        ops, state = operations_in_file(project), digest(project)
    last_ops, last_state = acks[-1]
    if ops == last_ops and state == last_state:
        return
    if ops == last_ops + 1:
        return  # the operation in flight when the signal came had committed: also fine
    result.lost += 1
    result.problems.append(
        f"trial {result.trials}: file has {ops} operations ({state}),"
        f" last acknowledged {last_ops} ({last_state})"
    )


def trial(path: Path, rng: random.Random, result: Result, max_delay: float = 0.6) -> None:
    seed = rng.randrange(1 << 30)
    proc = subprocess.Popen(
        [sys.executable, __file__, "--worker", str(path), "--seed", str(seed)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().split()
    if not first or first[0] != "ack":
        proc.kill()
        proc.wait()
        raise RuntimeError(f"worker did not start: {first}")
    time.sleep(rng.uniform(0.0, max_delay))
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate()
    acks = [(int(first[1]), first[2])]
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ack":
            acks.append((int(parts[1]), parts[2]))
        elif parts and parts[0] == "pending":
            result.problems.append(f"trial {result.trials}: a write failed: {line}")
    result.trials += 1
    result.edits += len(acks) - 1
    check(path, acks, result)


def run(folder: Path, trials: int, seed: int = 1, max_delay: float = 0.6) -> Result:
    path = folder / "crash.review"
    make_project(path)
    rng = random.Random(seed)
    result = Result()
    for _ in range(trials):
        trial(path, rng, result, max_delay)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.seed)
        return 0
    import tempfile

    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        result = run(Path(folder), args.trials, args.seed)
    print(f"trials: {result.trials}")
    print(f"edits acknowledged: {result.edits}")
    print(f"edits lost: {result.lost}")
    print(f"files damaged: {result.damaged}")
    print(f"time: {time.monotonic() - started:.0f} s")
    for problem in result.problems[:20]:
        print(problem)
    return 0 if not (result.lost or result.damaged or result.problems) else 1


if __name__ == "__main__":
    sys.exit(main())
