"""Frame-numbered test videos encoded the way newsrooms receive them, and their frame times.

The sync tests and bench/sync.py judge playback from the picture on screen: every frame shows its
own number (reviewer.player.framecode). These encodes carry those frames in the shapes editors'
files have: an agency's H.264 with a keyframe every 10 s and B-frames, a broadcast recorder's
interlaced MPEG-2 in TS and MXF, NTSC rates, a phone's variable frame rate, HEVC, VP9, and a radio
piece with no picture. ``frame_times`` reads back (ffprobe) when each frame starts, so a test can
name the frame whose span holds a time without assuming a constant rate.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from reviewer.player.framecode import frame_rgb


@dataclass(frozen=True)
class Encode:
    """How one kind of file is made: ffmpeg's output options and the frames fed to it."""

    name: str
    suffix: str
    codec: tuple[str, ...]
    rate: str = "25"  # frames a second fed to the encoder (a fraction for NTSC)
    size: tuple[int, int] = (320, 240)
    vfr: bool = False  # frame times uneven, as a phone records
    picture: bool = True  # False: audio only (a radio piece)
    long_gop: bool = False  # keyframes far apart: a seek decodes from the one before
    # A moving, grainy picture blended under the frame number (bench --texture): a camera's
    # picture costs the decoder many times what flat grey does (docs/playback.md).
    texture: bool = False
    # Quarter turns clockwise the picture is shown with (a display matrix in the file, as a
    # phone held upright writes it: its sensor records sideways).
    turns: int = 0

    @property
    def fps(self) -> float:
        return float(Fraction(self.rate))


_X264 = ("-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-pix_fmt", "yuv420p")
_MPEG2_25I = (
    "-c:v", "mpeg2video", "-b:v", "6M", "-maxrate", "8M", "-bufsize", "2M", "-g", "12",
    "-bf", "2", "-flags", "+ilme+ildct", "-top", "1", "-pix_fmt", "yuv420p",
)  # fmt: skip

ENCODES: tuple[Encode, ...] = (
    # A fixed GOP, as agencies' encoders make it: a keyframe every 250 frames, three B-frames
    # between references (x264 would choose fewer, or none at 1080p, on the flat test picture).
    Encode("h264-longgop", ".mp4", (*_X264, "-g", "250", "-keyint_min", "250", "-sc_threshold",
                                    "0", "-bf", "3", "-x264-params", "b-adapt=0"), long_gop=True),
    Encode("mpeg2-ts-25i", ".ts", (*_MPEG2_25I, "-f", "mpegts"), size=(720, 576), long_gop=True),
    Encode("mpeg2-mxf-25i", ".mxf", (*_MPEG2_25I, "-f", "mxf"), size=(720, 576), long_gop=True),
    Encode("h264-2997", ".mp4", (*_X264, "-g", "60", "-bf", "2"), rate="30000/1001"),
    Encode("h264-23976", ".mp4", (*_X264, "-g", "48", "-bf", "2"), rate="24000/1001"),
    Encode("h264-vfr-phone", ".mp4", (*_X264, "-g", "60", "-bf", "0"), rate="30", vfr=True,
           turns=1),
    Encode("hevc", ".mp4", ("-c:v", "libx265", "-preset", "ultrafast", "-crf", "18",
                            "-x265-params", "log-level=error:keyint=100", "-tag:v", "hvc1",
                            "-pix_fmt", "yuv420p")),
    Encode("vp9-webm", ".webm", ("-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8",
                                 "-b:v", "1M", "-g", "100", "-pix_fmt", "yuv420p")),
    Encode("audio-mp3", ".mp3", ("-c:a", "libmp3lame", "-b:a", "96k"), picture=False),
)  # fmt: skip

# A phone's variable rate: frame n lasts 1/30 s, except every third frame 1/15 s (a 3-frame cycle of
# 1/30 + 1/30 + 1/15 s = 2/15 s), written with the frame's own time as ffmpeg's setpts expression.
_VFR_PTS = r"(floor(N/3)*2/15+mod(N\,3)/30)/TB"


def by_name(name: str) -> Encode:
    """Return the encode called `name` (see ENCODES)."""
    for encode in ENCODES:
        if encode.name == name:
            return encode
    raise KeyError(name)


def make(encode: Encode, folder: Path, seconds: float = 24.0) -> Path:
    """Write `encode` of a frame-numbered clip of `seconds` into `folder`; return its path."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise FileNotFoundError("ffmpeg not found")
    path = folder / f"{encode.name}{encode.suffix}"
    base = [ffmpeg, "-v", "error", "-y"]
    if not encode.picture:
        # A tone that steps up every second: a radio piece's shape, with no picture.
        tone = f"sine=frequency=220:beep_factor=2:duration={seconds}"
        subprocess.run([*base, "-f", "lavfi", "-i", tone, *encode.codec, str(path)], check=True)
        return path
    width, height = encode.size
    frames = round(seconds * encode.fps) if not encode.vfr else round(seconds * 22.5)
    source = ["-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}"]
    source += ["-r", encode.rate, "-i", "-"]
    timing: list[str] = []
    graph = ""
    if encode.vfr:
        timing = ["-fps_mode", "vfr", "-video_track_timescale", "90000"]
        graph = f"setpts={_VFR_PTS}"
    blend: list[str] = []
    if encode.texture:
        # testsrc2 moves (a clock, colour bars sliding) and the noise changes every frame, as a
        # camera's grain does; the number stays readable (70 % of its contrast is kept).
        moving = f"testsrc2=size={width}x{height}:rate={encode.rate}:duration={seconds}"
        moving += ",noise=alls=12:allf=t"
        filters = ["[n][t]blend=all_mode=normal:all_opacity=0.7:shortest=1", "setsar=1"]
        graph = ",".join([*filters, graph] if graph else filters)
        blend = ["-f", "lavfi", "-i", moving, "-filter_complex",
                 f"[0:v]format=yuv420p[n];[1:v]format=yuv420p[t];{graph}",
                 "-maxrate", "10M", "-bufsize", "10M"]  # fmt: skip  # an agency's bitrate
    elif graph:
        timing = ["-vf", graph, *timing]
    cmd = [*base, *source, *blend, *timing, *encode.codec, str(path)]
    with subprocess.Popen(cmd, stdin=subprocess.PIPE) as proc:
        assert proc.stdin is not None
        for n in range(frames):
            proc.stdin.write(frame_rgb(n, width, height))
        proc.stdin.close()
        if proc.wait() != 0:
            raise RuntimeError(f"ffmpeg failed making {path}")
    if encode.turns:
        _turn(path, encode.turns)
    return path


def _turn(path: Path, turns: int) -> None:
    """Give `path` a display matrix that shows it `turns` quarter turns clockwise (the video
    itself untouched), as a phone's file has: `-display_rotation` from ffmpeg 6 on, the
    `rotate` tag before (both counter-clockwise degrees; ffprobe says which one took)."""
    ffmpeg = shutil.which("ffmpeg") or "ffmpeg"
    turned = path.with_name(f"turned-{path.name}")
    ways = (
        ["-display_rotation:v:0", str(-90 * turns), "-i", str(path), "-c", "copy"],
        ["-i", str(path), "-c", "copy", "-metadata:s:v:0", f"rotate={-90 * turns % 360}"],
    )
    for way in ways:
        done = subprocess.run([ffmpeg, "-v", "error", "-y", *way, str(turned)], check=False,
                              capture_output=True)  # fmt: skip
        if done.returncode == 0 and display_turns(turned) == turns:
            turned.replace(path)
            return
    turned.unlink(missing_ok=True)
    raise RuntimeError(f"ffmpeg could not give {path} a display rotation")


def _probe(path: Path, entries: str) -> dict[str, Any]:
    """Return ffprobe's JSON of `entries` of `path`'s first video stream."""
    ffprobe = shutil.which("ffprobe")
    if ffprobe is None:
        raise FileNotFoundError("ffprobe not found")
    out = subprocess.run(
        [ffprobe, "-v", "error", "-select_streams", "v:0", "-show_entries", entries,
         "-of", "json", str(path)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    found: dict[str, Any] = json.loads(out)
    return found


def display_turns(path: Path) -> int:
    """Return the quarter turns clockwise players show `path`'s picture with (ffprobe's reading
    of its display matrix: 0 where it has none)."""
    for stream in _probe(path, "stream_side_data=rotation").get("streams", []):
        for side in stream.get("side_data_list", []):
            if "rotation" in side:
                return round(-float(side["rotation"]) / 90) % 4  # ffprobe: counter-clockwise
    return 0


def frame_times(path: Path) -> list[float]:
    """Return when each frame of `path` starts (ms from the first frame, to the microsecond: a
    29.97 fps frame starts at 6306.3 ms, and the playhead at 6306 is still in the one before),
    in frame order."""
    frames = _probe(path, "frame=best_effort_timestamp_time")["frames"]
    stamps = [float(f["best_effort_timestamp_time"]) for f in frames]
    stamps.sort()
    first = stamps[0] if stamps else 0.0
    return [round((s - first) * 1000, 3) for s in stamps]


def frame_at(times: list[float], ms: float) -> int:
    """Return the number of the frame whose span holds `ms` (times from frame_times)."""
    lo, hi = 0, len(times)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if times[mid] <= ms:
            lo = mid
        else:
            hi = mid
    return lo
