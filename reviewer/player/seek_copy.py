"""A quick-seek copy of a video whose keyframes are far apart.

Every move decodes from the keyframe before the time asked, in libvlc and in the exact picture's
decoder both (docs/playback.md). An agency's H.264 has a keyframe every 10 s: at 1080p a distant
move decodes up to 250 frames in each decoder, 0.6-1 s on two cores, whatever the players do.
An MPEG transport stream has its own cost: libvlc 3 cannot seek it to a frame, so a play after
a move first plays, unseen, from the keyframe before at 1x. So, as editing tools do with proxies
(DaVinci Resolve's optimized media, Premiere Pro's proxies), Reviewer makes such a video's copy
(and every transport stream's) once, in the background at the lowest priority, and plays the
copy from then on:

  - a keyframe every KEYFRAME_EVERY frames and no B-frames (a move decodes a few frames);
  - H.264 at most MAX_HEIGHT lines on its short side (720p: a review pane's size), CRF 20;
  - every frame at the very time it has in the original (checked frame by frame before the copy
    is used: a copy whose frames moved is thrown away), its display rotation applied;
  - every sound track, in order (AAC), so the audio track chosen is the same track.

The project's media stays the original: the audio lane, the checks, the length and the exports
read it. The copies live in XDG_CACHE_HOME/reviewer/seek-copies, named by the original's path,
size and modification time, the least recently used removed beyond KEEP_BYTES.

FFmpeg's command-line tool makes the copy (run at `nice 19`); without it there is no copy and
playback is as before. No Qt and no libvlc here.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import hashlib
import itertools
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from reviewer.paths import cache_dir
from reviewer.player.packets import FrameTable, FrameTableError, read_frame_table

VERSION = 1  # raised whenever copies are made differently (older ones are then not used)
KEYFRAME_EVERY = 12  # frames: half a second at 25 fps
MAX_HEIGHT = 720  # lines on the picture's short side
CRF = 20
# A copy is made when a distant move may decode more than this many frames' worth of 1080p
# picture (the longest keyframe distance, scaled by the picture's size): about 0.25 s of one
# core's decoding of a camera's 1080p H.264. An agency's 10-s GOP at 1080p is 250, at 576 lines
# 50; a phone's 1-s GOP at 1080p 30 (no copy); the tests' 320x240 files at most 10. And every
# MPEG transport stream (Shape.transport).
WORTH_FRAMES = 40
FULL_HD = 1920 * 1080
KEEP_BYTES = 20 * 2**30  # the copies kept, the least recently used removed beyond it
SPARE_BYTES = 2**29  # free space a copy must leave on its disk (512 MB)
BYTES_PER_SECOND = 1_500_000  # a copy's size guessed high (12 Mbit/s), for the free-space check
TIME_SLACK_MS = 0.5  # a copy's frame may start this far from the original's (see same_times)
PART = ".part"
FAILED_MARK = ".failed"  # beside where the copy would be: FFmpeg could not make it (its words)
TIMES_MOVED = "the copy's frames did not keep the video's times"  # FAILED's detail (translated)


class Outcome(enum.Enum):
    """How an attempt at a copy ended (what the window says about it)."""

    READY = "ready"  # made (or found) and checked
    NOT_NEEDED = "not needed"  # keyframes close enough, audio only, or not a video PyAV reads
    NO_FFMPEG = "no ffmpeg"  # FFmpeg's command-line tool is not installed
    NO_SPACE = "no space"  # the cache's disk is (or would be) full
    FAILED = "failed"  # FFmpeg failed, or the copy's frames did not keep their times
    CANCELLED = "cancelled"


@dataclasses.dataclass(frozen=True)
class Shape:
    """What decides whether a video gets a copy, and how it is made."""

    width: int
    height: int
    longest_gop: int  # frames from a keyframe to the next, the longest
    seconds: float
    interlaced: bool
    # An MPEG transport stream: libvlc 3 cannot seek it to a frame, so a play from a move there
    # first plays (unseen) from the keyframe before, at 1x (docs/playback.md): Space soon after
    # a move waits 0.2-0.3 s whatever the GOP. Its copy is an MP4.
    transport: bool = False

    @property
    def move_cost(self) -> float:
        """Frames of 1080p picture a distant move may decode (before a copy)."""
        return self.longest_gop * self.width * self.height / FULL_HD

    @property
    def worth_copying(self) -> bool:
        return self.move_cost > WORTH_FRAMES or self.transport


def longest_gop(table: FrameTable) -> int:
    """Return the most frames from one keyframe to the next (or to the end) in `table`."""
    marks = [*table.keyframes, len(table)]
    return max((b - a for a, b in itertools.pairwise(marks)), default=len(table))


def shape_of(path: str | Path, table: FrameTable) -> Shape | None:
    """Return the shape of `path`'s first video stream (None if PyAV cannot decode a frame of
    it; packets it cannot decode are passed over: a recording cut inside a group of pictures
    begins with some)."""
    import av

    try:
        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            seconds = (container.duration or 0) / 1_000_000
            transport = "mpegts" in (container.format.name or "")
            for packet in container.demux(stream):
                try:
                    frames = packet.decode()
                except av.FFmpegError:
                    continue
                for frame in frames:
                    return Shape(
                        width=frame.width,
                        height=frame.height,
                        longest_gop=longest_gop(table),
                        seconds=seconds or table.end_ms() / 1000,
                        interlaced=bool(frame.interlaced_frame),
                        transport=transport,
                    )
    except (OSError, IndexError, av.FFmpegError):
        return None
    return None


def copies_dir() -> Path:
    return cache_dir() / "seek-copies"


def copy_path(media: str | Path) -> Path | None:
    """Return where `media`'s copy is (or would be) kept; None if `media` cannot be looked at.
    The name changes with the file's path, size and modification time, and with VERSION."""
    try:
        st = os.stat(media)
        real = os.path.realpath(media)
    except OSError:
        return None
    key = f"{VERSION}\0{real}\0{st.st_size}\0{st.st_mtime_ns}".encode("utf-8", "surrogateescape")
    digest = hashlib.sha256(key).hexdigest()[:20]
    stem = re.sub(r"[^\w.-]+", "_", Path(media).stem)[:40] or "video"
    return copies_dir() / f"{stem}-{digest}.mp4"


def find_copy(media: str | Path) -> Path | None:
    """Return `media`'s copy when it has been made, else None."""
    path = copy_path(media)
    return path if path is not None and path.is_file() else None


def ready_copy(media: str | Path) -> Path | None:
    """Return `media`'s copy when it has been made (marked as used now), else None."""
    path = find_copy(media)
    if path is not None:
        with contextlib.suppress(OSError):
            os.utime(path)  # the least recently used copies go first (tidy)
    return path


def failed_before(media: str | Path) -> str | None:
    """Return why FFmpeg could not make `media`'s copy when it was tried (in any session, with
    this VERSION and this file), else None: it is not tried again."""
    path = copy_path(media)
    if path is None:
        return None
    try:
        return path.with_name(path.name + FAILED_MARK).read_text("utf-8", "replace").strip()
    except OSError:
        return None


def discard(media: str | Path) -> None:
    """Remove `media`'s copy (one that libvlc could not play)."""
    path = copy_path(media)
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


@functools.cache
def ffmpeg_major(ffmpeg: str) -> int:
    """Return FFmpeg's major version (0 when it does not say: a build from git)."""
    try:
        said = subprocess.run(
            [ffmpeg, "-hide_banner", "-version"], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return 0
    found = re.match(r"ffmpeg version n?(\d+)\.", said)
    return int(found.group(1)) if found else 0


def command(ffmpeg: str, media: str | Path, out: str | Path, shape: Shape) -> list[str]:
    """Return FFmpeg's command making `media`'s copy into `out` (progress on standard output)."""
    video = ["-c:v", "libx264", "-preset", "ultrafast", "-crf", str(CRF), "-pix_fmt", "yuv420p"]
    video += ["-g", str(KEYFRAME_EVERY), "-bf", "0"]
    if shape.interlaced:
        # Kept interlaced at its own size, as libvlc deinterlaces the original (fields scaled
        # apart would need a filter of their own).
        video += ["-flags", "+ildct+ilme"]
    else:
        # The short side at most MAX_HEIGHT (a phone's standing picture too: the rotation is
        # applied first), the other side to keep the shape; both even (x264's 4:2:0).
        short = f"2*trunc(min({MAX_HEIGHT},{{side}})/2)"
        width, height = short.format(side="iw"), short.format(side="ih")
        video += ["-vf", f"scale='if(gt(iw,ih),-2,{width})':'if(gt(iw,ih),{height},-2)'"]
    return [
        ffmpeg, "-nostdin", "-hide_banner", "-v", "error", "-y",
        "-i", str(media),
        "-map", "0:v:0", "-map", "0:a?", "-sn", "-dn", "-map_chapters", "-1",
        *video,
        # Every frame at its own time: no frame dropped or repeated, the demuxer's time base.
        "-fps_mode", "passthrough",
        "-enc_time_base:v", "demux" if ffmpeg_major(ffmpeg) >= 7 else "-1",
        "-c:a", "aac", "-b:a", "192k",
        "-max_muxing_queue_size", "4096", "-movie_timescale", "90000",
        "-f", "mp4", "-progress", "pipe:1", "-nostats",
        str(out),
    ]  # fmt: skip


def ffmpeg_said(errors: list[str]) -> str:
    """Return FFmpeg's first two error lines, without its "[vost#0:0 @ 0x55d0c0]" tags: the
    first is the cause ("Unknown encoder 'libx264'"), the rest what followed from it."""
    lines: list[str] = []
    for line in errors:
        bare = re.sub(r"^\[[^\]]*\]\s*", "", line.strip())
        if bare and bare not in lines:
            lines.append(bare)
    return "; ".join(lines[:2])


def same_times(original: FrameTable, copy: FrameTable) -> bool:
    """True when `copy` has `original`'s frames, each starting at its time: within
    TIME_SLACK_MS, and in the same millisecond (a playhead in whole ms names the same frame in
    both: 49.8 and 50.2 would not). A recording that starts inside a group of pictures (a
    broadcast TS cut anywhere) has frames before its first keyframe that no decoder can show:
    the copy may lack those, and only those."""
    skipped = len(original) - len(copy)
    if not 0 <= skipped <= (original.keyframes[0] if original.keyframes else 0):
        return False
    for i in range(len(copy)):
        was, now = original.start_ms(i + skipped), copy.start_ms(i)
        if abs(was - now) > TIME_SLACK_MS or math.ceil(was - 1e-6) != math.ceil(now - 1e-6):
            return False
    return True


def tidy(folder: Path, keep: Path | None, limit: int = KEEP_BYTES) -> None:
    """Remove copies left half made a day ago or more, then the least recently used copies
    while the folder holds more than `limit` bytes (never `keep`)."""
    try:
        entries = [(p, p.stat()) for p in folder.iterdir() if p.is_file()]
    except OSError:
        return
    now = time.time()
    kept = []
    for path, st in entries:
        if path.name.endswith(PART):
            if now - st.st_mtime > 86400:
                with contextlib.suppress(OSError):
                    path.unlink()
            continue
        kept.append((path, st))
    total = sum(st.st_size for _, st in kept)
    for path, st in sorted(kept, key=lambda entry: entry[1].st_mtime):
        if total <= limit:
            break
        if path == keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            total -= st.st_size


def find_ffmpeg() -> str | None:
    """Return FFmpeg's command-line tool: on the PATH, or where Homebrew puts it (an app
    started from macOS's Finder does not get the shell's PATH)."""
    found = shutil.which("ffmpeg")
    if found is None and sys.platform == "darwin":
        for folder in ("/opt/homebrew/bin", "/usr/local/bin"):
            found = shutil.which("ffmpeg", path=folder)
            if found:
                break
    return found


def _low_priority(cmd: list[str]) -> tuple[list[str], int]:
    """Return `cmd` run at the lowest priority, and Popen's creation flags for it."""
    if sys.platform.startswith("win"):
        flags = getattr(subprocess, "IDLE_PRIORITY_CLASS", 0)
        return cmd, flags | getattr(subprocess, "CREATE_NO_WINDOW", 0)
    nice = shutil.which("nice")
    return ([nice, "-n", "19", *cmd] if nice else cmd), 0


class CopyMaker:
    """Makes (or finds) `media`'s copy on a thread of its own.

    `progress(fraction)` and `done(outcome, copy, detail)` are called on that thread; `done`
    once, last (`copy` the copy's path when READY; `detail` FFmpeg's last words on FAILED).
    cancel() stops FFmpeg and removes what it wrote; `done` then says CANCELLED. `table`, when
    given, is `media`'s frame table, read already (else it is read here: a second or two for an
    hour of video).
    """

    def __init__(
        self,
        media: str,
        progress: Callable[[float], None],
        done: Callable[[Outcome, Path | None, str], None],
        ffmpeg: str | None = None,
        table: FrameTable | None = None,
    ) -> None:
        self.media = media
        self._table = table
        self._progress = progress
        self._done = done
        self._ffmpeg = ffmpeg if ffmpeg is not None else find_ffmpeg()
        self._cancelled = threading.Event()
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="seek-copy", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled.set()
        with self._lock:
            proc = self._proc
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.terminate()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            outcome, copy, detail = self._make()
        except Exception as exc:  # a bad file must never take the window down
            outcome, copy, detail = Outcome.FAILED, None, str(exc)
        if self._cancelled.is_set() and outcome is not Outcome.READY:
            outcome = Outcome.CANCELLED
        self._done(outcome, copy, detail)

    def _make(self) -> tuple[Outcome, Path | None, str]:
        found = ready_copy(self.media)
        if found is not None:
            return Outcome.READY, found, ""
        failed = failed_before(self.media)
        if failed is not None:
            return Outcome.FAILED, None, failed
        target = copy_path(self.media)
        try:
            table = self._table or read_frame_table(self.media)
        except FrameTableError:
            return Outcome.NOT_NEEDED, None, ""  # no video (a radio piece), or none PyAV reads
        shape = shape_of(self.media, table)
        if target is None or shape is None or not shape.worth_copying:
            return Outcome.NOT_NEEDED, None, ""
        if self._ffmpeg is None:
            return Outcome.NO_FFMPEG, None, ""
        folder = target.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            free = shutil.disk_usage(folder).free
        except OSError as exc:
            return Outcome.FAILED, None, f"{folder}: {exc.strerror or exc}"
        need = shape.seconds * BYTES_PER_SECOND + SPARE_BYTES
        if free < need:
            gb = 2**30
            return (
                Outcome.NO_SPACE,
                None,
                f"{folder} ({free / gb:.1f} GB free, {need / gb:.1f} needed)",
            )
        # A file of its own: another window (or this one, the file loaded again) may be making
        # the same copy; each writes its own and the first to finish puts it in place.
        try:
            handle, name = tempfile.mkstemp(dir=folder, prefix=f"{target.stem}-", suffix=PART)
            os.close(handle)
        except OSError as exc:
            return Outcome.FAILED, None, f"{folder}: {exc.strerror or exc}"
        part = Path(name)
        try:
            outcome, copy, detail = self._encode(shape, table, part, target)
        finally:
            with contextlib.suppress(OSError):
                part.unlink()
        if outcome is Outcome.FAILED:
            # Not tried again with this file (it would fail the same way at every open).
            with contextlib.suppress(OSError):
                target.with_name(target.name + FAILED_MARK).write_text(detail, "utf-8")
        return outcome, copy, detail

    def _encode(
        self, shape: Shape, table: FrameTable, part: Path, target: Path
    ) -> tuple[Outcome, Path | None, str]:
        assert self._ffmpeg is not None
        cmd, flags = _low_priority(command(self._ffmpeg, self.media, part, shape))
        with self._lock:
            if self._cancelled.is_set():
                return Outcome.CANCELLED, None, ""
            self._proc = subprocess.Popen(
                cmd,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                stdin=subprocess.DEVNULL,
                text=True,
                errors="replace",
                creationflags=flags,
            )
        proc = self._proc
        assert proc.stdout is not None and proc.stderr is not None
        errors: list[str] = []
        reader = threading.Thread(target=lambda: errors.extend(proc.stderr or ()), daemon=True)
        reader.start()
        total_us = max(1.0, shape.seconds * 1_000_000)
        try:
            for line in proc.stdout:
                key, _, value = line.strip().partition("=")
                if key == "out_time_us" and value.lstrip("-").isdigit():
                    self._progress(min(1.0, max(0.0, int(value) / total_us)))
            code = proc.wait()
        finally:
            if proc.poll() is None:  # the progress callback failed: FFmpeg must not go on
                proc.kill()
                proc.wait()
        reader.join(5)
        if self._cancelled.is_set():
            return Outcome.CANCELLED, None, ""
        said = ffmpeg_said(errors)
        if code != 0:
            if any("No space left" in line for line in errors):
                return Outcome.NO_SPACE, None, str(target.parent)
            return Outcome.FAILED, None, said or f"ffmpeg exited with {code}"
        try:
            made = read_frame_table(part)
        except FrameTableError as exc:
            return Outcome.FAILED, None, str(exc)
        if not same_times(table, made):
            return Outcome.FAILED, None, TIMES_MOVED
        try:
            part.replace(target)
        except OSError as exc:
            return Outcome.FAILED, None, f"{target}: {exc.strerror or exc}"
        tidy(target.parent, keep=target)
        return Outcome.READY, target, ""
