"""Benchmark data, made the same every time from a seed: a bilingual SRT, a 3-hour project and
a frame-numbered 25 fps video.

    .venv/bin/python bench/generate.py [--out DIR] [--cues 20000] [--seed 11]

writes into DIR (default: bench/out, which git ignores):

- ``press.zh.srt`` and ``press.en.srt``: the Chinese source and its English translation, cue
  for cue, 20,000 cues of 0.5-3 s (about 15 hours at 2.7 s a cue);
- ``press.both.srt``: one SRT with both lines per cue (Chinese, then English);
- ``press.review``: a project of 20,000 segments with six speakers, tags, approved and flagged
  segments and some edits in its history (a 3-hour conference at 0.54 s a segment is not
  realistic; the timing is compressed so that the segments fill 3 hours);
- ``frames.mp4``: the frame-numbered video (reviewer/player/framecode.py), when ffmpeg is there.

Only the standard library and the Qt-free half of reviewer are imported.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / "out"
CUES = 20_000
SEED = 11
HOURS = 3

HAN = (
    "中国外交部长王毅今天在北京会见了俄罗斯外长拉夫罗夫双方讨论了黎巴嫩真主党和以色列的停火问题"
    "发言人表示我们希望有关各方保持克制通过对话协商解决分歧安理会将于明天举行紧急会议"
)
WORDS = [
    "the", "minister", "said", "talks", "went", "well", "between", "both", "sides", "on",
    "ceasefire", "security", "council", "Beijing", "Moscow", "Lebanon", "Hezbollah", "Israel",
    "dialogue", "restraint", "parties", "Russia", "China", "today", "spokesperson", "emergency",
    "meeting", "tomorrow", "differences", "consultation", "hope",
]  # fmt: skip
SPEAKERS = ["主持人", "王毅", "拉夫罗夫", "Reporter (CCTV)", "Reporter (Reuters)", "SPEAKER_05"]
TAGS = ["VO", "SOT", "check name", "quote"]


def srt_time(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, f = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{f:03d}"


def cues(n: int = CUES, seed: int = SEED, total_ms: int | None = None) -> list[tuple]:
    """Return n cues (start_ms, end_ms, chinese, english, speaker|None), in time order.

    Without ``total_ms`` a cue lasts 0.5-3 s with gaps up to 0.4 s; with it, the times are
    scaled to fill ``total_ms``."""
    rng = random.Random(seed)
    out = []
    t = 0
    for _ in range(n):
        start = t + rng.randrange(0, 400)
        end = start + rng.randrange(500, 3000)
        han = "".join(rng.choice(HAN) for _ in range(rng.randint(8, 28))) + "。"
        words = [rng.choice(WORDS) for _ in range(rng.randint(5, 14))]
        english = " ".join(words).capitalize() + "."
        if rng.random() < 0.3:  # a long cue on two lines
            cut = len(english) // 2
            cut = english.find(" ", cut) if english.find(" ", cut) > 0 else cut
            english = english[:cut] + "\n" + english[cut + 1 :]
        speaker = rng.choice(SPEAKERS) if rng.random() < 0.15 else None
        out.append((start, end, han, english, speaker))
        t = end
    if total_ms:
        scale = total_ms / max(1, out[-1][1])
        out = [(int(s * scale), int(e * scale), h, en, sp) for s, e, h, en, sp in out]
    return out


def write_srt(path: Path, items: list[tuple], which: str) -> Path:
    """Write cues as SRT: ``which`` is "zh", "en" or "both" (Chinese line, then English)."""
    blocks = []
    for i, (start, end, han, english, speaker) in enumerate(items, 1):
        text = han if which == "zh" else english if which == "en" else f"{han}\n{english}"
        if speaker and which != "en":
            text = f"{speaker}: {text}"
        blocks.append(f"{i}\n{srt_time(start)} --> {srt_time(end)}\n{text}\n")
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def srt_files(out: Path = DATA, n: int = CUES, seed: int = SEED) -> dict[str, Path]:
    """Write (if missing) and return the three SRT files: zh, en and both."""
    out.mkdir(parents=True, exist_ok=True)
    names = {k: out / f"press{'' if n == CUES else f'-{n}'}.{k}.srt" for k in ("zh", "en", "both")}
    if not all(p.exists() for p in names.values()):
        items = cues(n, seed)
        for which, path in names.items():
            write_srt(path, items, which)
    return names


def project_file(out: Path = DATA, n: int = CUES, seed: int = SEED) -> Path:
    """Write (if missing) and return a 3-hour project of n segments with speakers, tags,
    statuses and a few hundred edits in its history."""
    from reviewer.core.models import Segment, Status, Transcript
    from reviewer.store import Project

    out.mkdir(parents=True, exist_ok=True)
    path = out / f"press{'' if n == CUES else f'-{n}'}.review"
    if path.exists():
        return path
    rng = random.Random(seed + 1)
    transcript = Transcript(title="Press conference", source_language="zh", target_language="en")
    for start, end, han, english, speaker in cues(n, seed, total_ms=HOURS * 3_600_000):
        segment = Segment(start, end, han, english, speaker=speaker)
        if speaker:
            transcript.ensure_speaker(speaker)
        if rng.random() < 0.05:
            segment.tags = [rng.choice(TAGS)]
        roll = rng.random()
        segment.status = (
            Status.APPROVED if roll < 0.3 else Status.FLAGGED if roll < 0.32 else Status.UNREVIEWED
        )
        transcript.segments.append(segment)
    tmp = path.with_suffix(".tmp.review")
    project = Project.create(tmp, transcript, author="bench")
    ids = project.ids
    for i in range(300):
        sid = ids[rng.randrange(len(ids))]
        project.set_translation(sid, project.segment(sid).translation + f" (edit {i})")
    project.set_speaker([ids[rng.randrange(len(ids))] for _ in range(20)], "王毅")
    project.close()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)
    return path


def video_file(out: Path = DATA, seconds: float = 30.0) -> Path | None:
    """Write (if missing) and return the frame-numbered 25 fps video, or None without ffmpeg."""
    import shutil

    from reviewer.player.framecode import make_video

    if not shutil.which("ffmpeg"):
        return None
    out.mkdir(parents=True, exist_ok=True)
    path = out / "frames.mp4"
    if not path.exists():
        make_video(path, seconds)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--cues", type=int, default=CUES)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--no-video", action="store_true")
    args = parser.parse_args()
    for path in srt_files(args.out, args.cues, args.seed).values():
        print(path)
    print(project_file(args.out, args.cues, args.seed))
    if not args.no_video:
        print(video_file(args.out) or "no ffmpeg: no video")
    return 0


if __name__ == "__main__":
    sys.exit(main())
