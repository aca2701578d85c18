"""The audio lane's figures (issue 17):

- peaks and speech map of a 1-hour clip against ffmpeg decoding the same audio to 8 kHz mono
  and the same peaks computed from its output (numpy), in the same run; peaks alone too;
- the lane's repaint while playing (offscreen Qt, a 1-hour clip's map, the playhead moving
  40 ms a frame): median, 95th percentile and worst;
- memory for a 3-hour clip: the peak RSS of a process that shows the lane (the analysis in
  its child process, then the cache read and painted) against the same process with a plain
  widget instead; the child's own peak beside it;
- the speech detectors on speech over music, noise and a crowd's murmur (tests/speech_media.py,
  56 sentences): Silero VAD (ours) and WebRTC's (webrtcvad-wheels, the bench extra) at each
  aggressiveness: sentences found, false speech, speed.

    .venv/bin/python bench/audio.py [--repeats 3] [--json]

The clips are made into bench/out/audio/ from tests/speech_media.py (espeak-ng) and looped by
ffmpeg to 1 and 3 hours (320x180 video, AAC mono 16 kHz 64 kbit/s).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.common import VENV_PYTHON, Row, emit, median, pct  # noqa: E402

OUT = ROOT / "bench" / "out" / "audio"


def clips() -> tuple[Path, list[tuple[int, int]], Path, Path]:
    """Return the base clip, its speech spans, the 1-hour and the 3-hour clip (made once)."""
    import speech_media

    OUT.mkdir(parents=True, exist_ok=True)
    base = OUT / "base.mp4"
    spans_file = OUT / "base.spans.json"
    if not base.exists() or not spans_file.exists():
        layout_s = sum(p.seconds for p in speech_media.LAYOUT) + 25
        spans = speech_media.make_clip(base, repeat=max(1, round(270 / layout_s)))
        spans_file.write_text(json.dumps(spans), encoding="utf-8")
    spans = [tuple(s) for s in json.loads(spans_file.read_text(encoding="utf-8"))]
    length = float(
        subprocess.run(
            [
                "ffprobe",
                "-v",
                "error",
                "-show_entries",
                "format=duration",
                "-of",
                "csv=p=0",
                str(base),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    made = []
    for name, seconds in (("hour.mp4", 3600), ("three_hours.mp4", 3 * 3600)):
        path = OUT / name
        if not path.exists():
            loops = max(0, round(seconds / length) - 1)
            subprocess.run(
                ["ffmpeg", "-v", "error", "-y", "-stream_loop", str(loops), "-i", str(base),
                 "-c", "copy", str(path)],
                check=True,
            )  # fmt: skip
        made.append(path)
    return base, spans, made[0], made[1]  # type: ignore[return-value]


# -- speed -------------------------------------------------------------------------------


def cpu_now() -> float:
    """CPU seconds used by this process and its ended children."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


CPU: dict[str, list[float]] = {"ffmpeg": [], "all": []}  # CPU ms of each run, by what ran


def ffmpeg_peaks(path: Path) -> float:
    """ffmpeg decodes to 8 kHz mono float; the same peaks computed from its output."""
    import numpy as np

    from reviewer.audio.decode import BLOCK, peaks_of

    cpu = cpu_now()
    started = time.perf_counter()
    proc = subprocess.Popen(
        ["ffmpeg", "-v", "error", "-i", str(path), "-vn", "-ac", "1", "-ar", "8000",
         "-f", "f32le", "-"],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None
    out = []
    while chunk := proc.stdout.read(BLOCK * 4):
        out.append(peaks_of(np.frombuffer(chunk, np.float32)))
    proc.wait()
    took = time.perf_counter() - started
    CPU["ffmpeg"].append((cpu_now() - cpu) * 1000)
    return took


def ours(path: Path, speech: bool) -> float:
    from reviewer.audio.analysis import analyse

    cpu = cpu_now()
    started = time.perf_counter()
    analyse(path, speech=speech)
    took = time.perf_counter() - started
    if speech:
        CPU["all"].append((cpu_now() - cpu) * 1000)
    return took


def speed_rows(hour: Path, repeats: int) -> list[Row]:
    times: dict[str, list[float]] = {"ffmpeg": [], "peaks": [], "all": []}
    ours(hour, False)  # the page cache
    for _ in range(repeats):
        times["ffmpeg"].append(ffmpeg_peaks(hour) * 1000)
        times["peaks"].append(ours(hour, False) * 1000)
        times["all"].append(ours(hour, True) * 1000)
    ff = median(times["ffmpeg"])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return [
        Row("peaks + speech map, 1-hour clip", "<= 1.0x ffmpeg's peaks", median(times["all"]),
            peer=ff, peer_name="ffmpeg", limit=1.0,
            note=f"load {load}; CPU time {median(CPU['all']):.0f} ms against ffmpeg's"
            f" {median(CPU['ffmpeg']):.0f} ms (with its reader's)"),
        Row("peaks alone (the waveform), 1-hour clip", "for scale", median(times["peaks"]),
            peer=ff, peer_name="ffmpeg"),
    ]  # fmt: skip


# -- repaint -----------------------------------------------------------------------------


REPAINT = """
import sys, time, json
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reviewer.audio.analysis import load_or_analyse
from reviewer.ui.audio_lane import AudioLane
from PySide6.QtGui import QColor
found = load_or_analyse(sys.argv[1], sys.argv[2])
lane = AudioLane()
lane.resize(1200, 96)
lane.show()
lane.set_audio(found)
colours = [QColor(c) for c in ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2")]
lane.set_segments([(s.start_ms, s.end_ms, i + 1, colours[i % 4])
                   for i, s in enumerate(found.speech)])
app.processEvents()
# Painted into an image as the window's backing store is (offscreen has no screen to wait for).
image = QImage(lane.size(), QImage.Format.Format_ARGB32_Premultiplied)
times = []
at = 600_000
for frame in range(int(sys.argv[3])):
    at += 40
    lane.set_playhead(at)
    started = time.perf_counter()
    lane.render(image)
    times.append((time.perf_counter() - started) * 1000)
print(json.dumps(times))
"""


def repaint_rows(hour: Path, frames: int) -> list[Row]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    project = OUT / "hour.review"  # no project file is needed: the cache is named by it
    result = subprocess.run(
        [VENV_PYTHON, "-c", REPAINT, str(project), str(hour), str(frames)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    times = json.loads(result.stdout.strip().splitlines()[-1])
    return [
        Row("lane repaint while playing, 95th percentile", "<= 8 ms", pct(times, 95),
            absolute=8.0,
            note=f"median {median(times):.2f} ms, worst {max(times):.1f} ms, {frames} frames"),
    ]  # fmt: skip


# -- memory ------------------------------------------------------------------------------


MEMORY = """
import sys, resource, subprocess, json
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
lane_on = sys.argv[1] == "lane"
if lane_on:
    from reviewer.audio.analysis import child_command
    from reviewer.audio.cache import cache_path, read
    from reviewer.ui.audio_lane import AudioLane
    target = cache_path(sys.argv[2])
    target.unlink(missing_ok=True)
    subprocess.run(child_command(sys.argv[3], target), check=True, capture_output=True)
    widget = AudioLane()
    widget.set_audio(read(target, sys.argv[3]))
else:
    widget = QWidget()
widget.resize(1200, 96)
widget.show()
for i in range(50):
    if lane_on:
        widget.set_playhead(3_600_000 + i * 40)
    widget.repaint()
# VmHWM, not ru_maxrss: Linux keeps the parent's high-water mark in ru_maxrss across exec.
with open("/proc/self/status") as f:
    me = next(int(l.split()[1]) for l in f if l.startswith("VmHWM")) / 1024
child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps([me, child]))
"""


def memory_rows(three: Path) -> list[Row]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    found = {}
    for which in ("plain", "lane"):
        result = subprocess.run(
            [VENV_PYTHON, "-c", MEMORY, which, str(OUT / "three.review"), str(three)],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        found[which] = json.loads(result.stdout.strip().splitlines()[-1])
    more = found["lane"][0] - found["plain"][0]
    return [
        Row("memory with the lane, 3-hour clip (window process, more than without)",
            "<= 100 MB", more, unit="MB", absolute=100.0,
            note=f"{found['lane'][0]:.0f} MB against {found['plain'][0]:.0f} MB; the analysis"
            f" child's own peak {found['lane'][1]:.0f} MB, gone when it ends"),
    ]  # fmt: skip


# -- detectors ---------------------------------------------------------------------------


def score(
    found: list[tuple[int, int]], truth: list[tuple[int, int]], total_ms: int
) -> tuple[int, float, float, int]:
    """Return sentences found (one detected span starting and ending within 300 ms of the
    sentence's own), false speech (% of the time without speech marked as speech), the
    median error of the onsets of the sentences found (ms) and how many of them have both
    ends within 100 ms."""
    import numpy as np

    speech = np.zeros(total_ms // 10 + 1, bool)
    for a, b in truth:
        speech[a // 10 : b // 10] = True
    marked = np.zeros_like(speech)
    for a, b in found:
        marked[a // 10 : b // 10] = True
    hits, close, errors = 0, 0, []
    for a, b in truth:
        near = [s for s in found if abs(s[0] - a) <= 300 and abs(s[1] - b) <= 300]
        if near:
            hits += 1
            errors.append(abs(near[0][0] - a))
            close += abs(near[0][0] - a) <= 100 and abs(near[0][1] - b) <= 100
    false = (marked & ~speech).sum() / max(1, (~speech).sum()) * 100
    return hits, float(false), float(median(errors)) if errors else float("nan"), close


def webrtc_spans(samples, mode: int) -> tuple[list[tuple[int, int]], float]:  # type: ignore[no-untyped-def]
    """WebRTC's detector on 30 ms frames; runs joined over gaps under 160 ms, under 250 ms
    dropped (Silero's own rules here)."""
    import numpy as np
    import webrtcvad

    vad = webrtcvad.Vad(mode)
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()
    frame = 240  # 30 ms at 8 kHz
    started = time.perf_counter()
    flags = [
        vad.is_speech(pcm[i * 2 : (i + frame) * 2], 8000)
        for i in range(0, len(samples) - frame + 1, frame)
    ]
    took = time.perf_counter() - started
    spans: list[list[int]] = []
    for i, on in enumerate(flags):
        if not on:
            continue
        a, b = i * 30, (i + 1) * 30
        if spans and a - spans[-1][1] < 160:
            spans[-1][1] = b
        else:
            spans.append([a, b])
    return [(a, b) for a, b in spans if b - a >= 250], took


def detector_rows(base: Path, truth: list[tuple[int, int]]) -> list[Row]:
    import numpy as np

    from reviewer.audio.analysis import analyse
    from reviewer.audio.decode import blocks

    samples = np.concatenate([b for b, _ in blocks(base)])
    total = len(samples) // 8
    started = time.perf_counter()
    _peaks, speech, _ = analyse(base)
    silero_s = time.perf_counter() - started
    rows = []
    hits, false, onset, close = score(speech.pairs(), truth, total)
    rows.append(
        Row(f"Silero VAD (ours): sentences found of {len(truth)}, both ends within 300 ms",
            "more than webrtcvad", hits, unit="",
            note=f"{close} with both within 100 ms, false speech {false:.1f}%,"
            f" onset error median {onset:.0f} ms,"
            f" {total / 1000 / silero_s:.0f}x real time with decoding")
    )  # fmt: skip
    try:
        import webrtcvad  # noqa: F401
    except ImportError:
        print("webrtcvad-wheels is not installed (the bench extra): no comparison")
        return rows
    for mode in range(4):
        found, took = webrtc_spans(samples, mode)
        hits, false, onset, _close = score(found, truth, total)
        rows.append(
            Row(f"webrtcvad mode {mode}: sentences found of {len(truth)}, both ends within 300 ms",
                "for comparison",
                hits, unit="",
                note=f"false speech {false:.1f}%, onset error median {onset:.0f} ms,"
                f" {total / 1000 / took:.0f}x real time without decoding")
        )  # fmt: skip
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--frames", type=int, default=500)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    base, truth, hour, three = clips()
    rows = detector_rows(base, truth)
    rows += speed_rows(hour, args.repeats)
    rows += repaint_rows(hour, args.frames)
    rows += memory_rows(three)
    print(f"load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    emit(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
