"""Import a 20,000-cue SRT into a new project, and export 20,000 segments to SRT, against peers.

    .venv/bin/python bench/import_export.py [--repeats 7] [--json]

Import, whole process: ``python -m reviewer import FILE -o NEW.review`` (read, pair, write the
SQLite project) against Gaupol's library aeidon opening the same file (system python3, Debian's
python3-aeidon: ``aeidon.Project().open_main``, plus ``open_translation`` for the pair) and
against ``pysubs2.load`` (each loaded file in its own process too). Two forms: one SRT with
both lines per cue, and the Chinese and English SRT files paired. In-process times (reading
and writing only, no interpreter start-up) are printed as well.

Each comparison runs both sides on one interpreter: pysubs2 and ours in .venv; aeidon, which
Debian builds for its python3, against ours on that same python3 (.venv when it was made from
it, as on a fresh Debian or Ubuntu, else .venv-system, which the bench set-up makes). Where
.venv runs on another interpreter (here pyenv's), ours on it is printed too.

Export, whole process: ``python -m reviewer export P.review -f srt`` against a pysubs2 process
that reads the same segments from the project file (plain sqlite3) and saves them; in process:
``write_transcript`` against ``SSAFile.save`` of the same cues.

Runs take turns (ours, peer, peer, ours, ...) so a busy moment on the machine hits all of them;
medians of the repeats are reported.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    ROOT,
    SYSTEM_PYTHON,
    VENV_PYTHON,
    Row,
    emit,
    interleaved,
    median,
    python_like_system,
    time_process,
)
from bench.generate import CUES, project_file, srt_files

AEIDON = """
import sys, time
t = time.perf_counter()
import aeidon
project = aeidon.Project()
project.open_main(sys.argv[1], "utf_8")
if len(sys.argv) > 2:
    project.open_translation(sys.argv[2], "utf_8", aeidon.align_methods.NUMBER)
print(f"{(time.perf_counter() - t) * 1000:.1f}")
"""
PYSUBS2 = """
import sys, time
t = time.perf_counter()
import pysubs2
for path in sys.argv[1:]:
    subs = pysubs2.load(path, encoding="utf-8")
print(f"{(time.perf_counter() - t) * 1000:.1f}")
"""
PYSUBS2_EXPORT = """
import sqlite3, sys
import pysubs2
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
subs = pysubs2.SSAFile()
for start, end, text in db.execute(
        "SELECT start_ms, end_ms, translation FROM segments ORDER BY start_ms, end_ms, id"):
    subs.append(pysubs2.SSAEvent(start=start, end=end, text=text.replace("\\n", "\\\\N")))
subs.save(sys.argv[2], format_="srt")
"""


def aeidon_available() -> bool:
    try:
        time_process([SYSTEM_PYTHON, "-c", "import aeidon"])
        return True
    except (OSError, RuntimeError):
        return False


def in_process_import(files: list[Path], out: Path, repeats: int) -> float:
    from reviewer.app.importing import import_transcript
    from reviewer.store import Project

    times = []
    for _ in range(repeats):
        for suffix in ("", "-wal", "-shm"):
            Path(str(out) + suffix).unlink(missing_ok=True)
        started = time.perf_counter()
        transcript, _ = import_transcript(files[0], files[1] if len(files) > 1 else None)
        Project.create(out, transcript, author="bench").close()
        times.append((time.perf_counter() - started) * 1000)
    return median(times)


def import_rows(repeats: int) -> list[Row]:
    srt = srt_files()
    rows = []
    have_aeidon = aeidon_available()
    like_system = python_like_system() if have_aeidon else None
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "new.review"
        for form, files in (("one SRT, both lines", [srt["both"]]),
                            ("zh + en SRT paired", [srt["zh"], srt["en"]])):  # fmt: skip
            names = [str(f) for f in files]
            import_args = ("-m", "reviewer", "import", *names, "-o", str(out), "--force")
            commands = {
                "ours": [VENV_PYTHON, *import_args, "--author", "bench"],
                "pysubs2": [VENV_PYTHON, "-c", PYSUBS2, *names],
            }
            if have_aeidon:
                commands["aeidon"] = [SYSTEM_PYTHON, "-c", AEIDON, *names]
                if like_system not in (None, VENV_PYTHON):
                    commands["ours, system python3"] = [like_system, *import_args]
            times = interleaved(commands, repeats, cwd=str(ROOT))
            ours = median(times["ours"])
            ours_system = median(times.get("ours, system python3") or times["ours"])
            inproc = in_process_import(files, out, repeats)
            peer_in = {
                name: median(
                    [float(time_process(commands[name], cwd=str(ROOT))[1]) for _ in range(3)]
                )
                for name in commands
                if not name.startswith("ours")
            }
            note = f"in process: ours {inproc:.0f} ms, " + ", ".join(
                f"{k} {v:.0f} ms" for k, v in peer_in.items()
            )
            figure = f"import {CUES:,}-cue SRT ({form}), whole process"
            if have_aeidon:
                if like_system is None:
                    note += "; ours on .venv's python, not aeidon's: .venv-system is missing"
                elif like_system != VENV_PYTHON:
                    note += f"; both on the system python3 (ours on .venv's python: {ours:.0f} ms)"
                rows.append(Row(figure, "<= 1.0x aeidon", ours_system,
                                peer=median(times["aeidon"]), peer_name="aeidon", limit=1.0,
                                note=note))  # fmt: skip
            else:
                rows.append(Row(figure, "<= 1.0x aeidon", ours, note="aeidon not installed"))
            rows.append(Row(figure, "<= 1.0x pysubs2.load", ours, peer=median(times["pysubs2"]),
                            peer_name="pysubs2", limit=1.0))  # fmt: skip
    return rows


def export_rows(repeats: int) -> list[Row]:
    import pysubs2

    from reviewer.formats import write_transcript
    from reviewer.store import Project

    project = project_file()
    with tempfile.TemporaryDirectory() as folder:
        ours_out, theirs_out = Path(folder) / "ours.srt", Path(folder) / "theirs.srt"
        commands = {
            "ours": [
                *(VENV_PYTHON, "-m", "reviewer", "export", str(project), "-f", "srt"),
                *("-o", str(ours_out), "--text", "translation", "--no-speakers"),
            ],
            "pysubs2": [VENV_PYTHON, "-c", PYSUBS2_EXPORT, str(project), str(theirs_out)],
        }
        times = interleaved(commands, repeats, cwd=str(ROOT))
        with Project.open(project, read_only=True) as p:
            transcript = p.transcript
        subs = pysubs2.SSAFile()
        for s in transcript.segments:
            subs.append(pysubs2.SSAEvent(start=s.start_ms, end=s.end_ms,
                                         text=s.translation.replace("\n", "\\N")))  # fmt: skip
        from reviewer.formats import ExportOptions

        options = ExportOptions(text="translation", speaker_labels=False)
        ours_in, theirs_in = [], []
        for _ in range(repeats):
            started = time.perf_counter()
            write_transcript(transcript, ours_out, "srt", options)
            ours_in.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            subs.save(str(theirs_out), format_="srt")
            theirs_in.append((time.perf_counter() - started) * 1000)
        same = (
            ours_out.read_text(encoding="utf-8").split()
            == theirs_out.read_text(encoding="utf-8").split()
        )
    figure = f"export {len(transcript.segments):,} segments to SRT"
    note = "same text as pysubs2's" if same else "output differs from pysubs2's"
    return [
        Row(figure + ", whole process", "<= 1.0x pysubs2", median(times["ours"]),
            peer=median(times["pysubs2"]), peer_name="pysubs2", limit=1.0,
            note="both read the project file"),
        Row(figure + ", in process", "<= 1.0x pysubs2 save", median(ours_in),
            peer=median(theirs_in), peer_name="pysubs2", limit=1.0, note=note),
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="end with the rows as JSON")
    parser.add_argument("--only", choices=("import", "export"))
    args = parser.parse_args()
    rows = []
    if args.only != "export":
        rows += import_rows(args.repeats)
    if args.only != "import":
        rows += export_rows(args.repeats)
    emit(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
