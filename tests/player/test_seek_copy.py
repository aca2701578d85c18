"""The quick-seek copy of a long-GOP video (reviewer.player.seek_copy): made by the real FFmpeg
from frame-numbered encodes shaped like an agency's, then read back with PyAV: every frame at
its own time and showing its own number, keyframes half a second apart, the sound tracks kept.
And what the editor is told when it cannot be made."""

from __future__ import annotations

import dataclasses
import os
import shutil
import stat
import subprocess
import threading
import time
from fractions import Fraction
from pathlib import Path

import pytest

from reviewer.player import seek_copy
from reviewer.player.encodes import by_name, make
from reviewer.player.framecode import read_number
from reviewer.player.packets import FrameTable, read_frame_table
from reviewer.player.seek_copy import CopyMaker, Outcome, Shape

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")

# An agency's H.264 (a keyframe every 10 s, three B-frames) at 960x540: big enough to get a
# copy (250 frames of a quarter of 1080p: 62 frames' worth), cheap to make (flat grey).
AGENCY = dataclasses.replace(by_name("h264-longgop"), size=(960, 540))


@pytest.fixture(scope="module")
def agency(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make(AGENCY, tmp_path_factory.mktemp("agency"), seconds=12.0)


@pytest.fixture(scope="module")
def broadcast_ts(agency: Path) -> Path:
    """The same picture in a transport stream with two sound tracks (Cantonese, English) that
    start 11 ms before the picture, as a broadcast recorder's file does."""
    out = agency.with_name("agency.ts")
    tones = [f"sine=frequency={f}:duration=12" for f in (440, 880)]
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-i", str(agency),
         "-f", "lavfi", "-i", tones[0], "-f", "lavfi", "-i", tones[1],
         "-map", "0:v", "-map", "1:a", "-map", "2:a", "-c:v", "copy", "-c:a", "mp2",
         "-metadata:s:a:0", "language=yue", "-metadata:s:a:1", "language=eng", str(out)],
        check=True,
    )  # fmt: skip
    return out


def made(media: Path, **kwargs: object) -> tuple[Outcome, Path | None, str, list[float]]:
    """Run a CopyMaker on `media` to its end: (outcome, copy, detail, progress told)."""
    told: list[float] = []
    ended: list[tuple[Outcome, Path | None, str]] = []
    done = threading.Event()

    def finished(outcome: Outcome, copy: Path | None, detail: str) -> None:
        ended.append((outcome, copy, detail))
        done.set()

    CopyMaker(str(media), told.append, finished, **kwargs)  # type: ignore[arg-type]
    assert done.wait(120), "the copy never ended"
    return (*ended[0], told)


def numbers(path: Path, indexes: list[int]) -> dict[int, int | None]:
    """Return the number each of the frames `indexes` (in presentation order) shows."""
    import av

    wanted, found = set(indexes), {}
    with av.open(str(path)) as container:
        for n, frame in enumerate(container.decode(video=0)):
            if n in wanted:
                grey = frame.to_ndarray(format="gray")
                found[n] = read_number(lambda x, y, g=grey: int(g[y, x]), frame.width, frame.height)
            if n >= max(wanted):
                break
    return found


def test_an_agency_file_gets_a_copy_with_every_frame_at_its_time(agency: Path) -> None:
    original = read_frame_table(agency)
    assert seek_copy.longest_gop(original) == 250  # the file is what it claims
    assert seek_copy.ready_copy(agency) is None

    outcome, copy, detail, told = made(agency)

    assert outcome is Outcome.READY, detail
    assert copy is not None and copy == seek_copy.ready_copy(agency)
    assert copy.parent == seek_copy.copies_dir() and not list(copy.parent.glob("*.part"))
    assert told and told[-1] > 0.9 and told == sorted(told)
    table = read_frame_table(copy)
    assert seek_copy.same_times(original, table)
    assert seek_copy.longest_gop(table) <= seek_copy.KEYFRAME_EVERY
    assert not table.reordered  # no B-frames: a frame is decoded when it is shown
    # Each frame shows its own number: none dropped, repeated or moved.
    sample = [0, 1, 97, 249, 250, 251, len(table) - 1]
    assert numbers(copy, sample) == {n: n for n in sample}

    # A second time it is found, not made again.
    before = copy.stat().st_mtime_ns
    outcome, again, _detail, told = made(agency)
    assert (outcome, again, told) == (Outcome.READY, copy, [])
    assert copy.stat().st_mtime_ns >= before


def test_a_broadcast_ts_copy_keeps_its_sound_tracks_and_the_pictures_offset(
    broadcast_ts: Path,
) -> None:
    import av

    original = read_frame_table(broadcast_ts)
    assert original.start_ms(0) > 5  # the sound starts first: media time 0 is before the picture

    outcome, copy, detail, _told = made(broadcast_ts)

    assert outcome is Outcome.READY, detail
    assert copy is not None
    # The first picture 10.9 ms in, as in the original (an MP4 edit list in milliseconds
    # would have put it at 10: another frame at 50 ms, 90 ms ...).
    assert seek_copy.same_times(original, read_frame_table(copy))
    with av.open(str(copy)) as container:
        languages = [s.metadata.get("language") for s in container.streams.audio]
    assert languages == ["yue", "eng"]  # the audio track chosen is the same track


@pytest.mark.parametrize(
    ("name", "size"),
    [("h264-longgop", (320, 240)), ("mpeg2-mxf-25i", (720, 576)), ("audio-mp3", (320, 240))],
)
def test_files_that_seek_quickly_get_no_copy(tmp_path: Path, name: str, size: tuple) -> None:
    # The tests' own long-GOP file (a tenth of 1080p: 9 frames' worth), a broadcast MPEG-2 in
    # MXF with a keyframe every 12 frames, a radio piece with no picture.
    media = make(dataclasses.replace(by_name(name), size=size), tmp_path, seconds=3.0)
    outcome, copy, _detail, told = made(media)
    assert (outcome, copy, told) == (Outcome.NOT_NEEDED, None, [])
    assert not seek_copy.copies_dir().exists() or not any(seek_copy.copies_dir().iterdir())


def test_a_broadcast_transport_stream_gets_a_copy_whatever_its_gop(tmp_path: Path) -> None:
    # Interlaced MPEG-2, a keyframe every 12 frames: moves are quick, but libvlc plays a TS
    # from the keyframe before a move, unseen, at 1x (docs/playback.md).
    media = make(by_name("mpeg2-ts-25i"), tmp_path, seconds=6.0)
    original = read_frame_table(media)
    outcome, copy, detail, _told = made(media)
    assert outcome is Outcome.READY, detail
    assert copy is not None
    table = read_frame_table(copy)
    assert seek_copy.same_times(original, table) and len(table) == len(original)
    sample = [0, 1, 11, 12, 13, len(table) - 1]
    assert numbers(copy, sample) == {n: n for n in sample}


def test_a_recording_cut_inside_a_gop_gets_a_copy_from_its_first_keyframe(
    broadcast_ts: Path, tmp_path: Path
) -> None:
    # A TS recorded (or cut) from the middle of a 10-s group of pictures: the frames before its
    # first keyframe cannot be decoded, by FFmpeg or libvlc; the copy begins at that keyframe.
    data = broadcast_ts.read_bytes()
    cut = tmp_path / "cut.ts"
    cut.write_bytes(data[len(data) * 4 // 10 // 188 * 188 :])  # whole TS packets, 40 % in
    original = read_frame_table(cut)
    first_key = original.keyframes[0]
    assert first_key > 0  # it does begin inside a GOP
    outcome, copy, detail, _told = made(cut)
    assert outcome is Outcome.READY, detail
    assert copy is not None
    table = read_frame_table(copy)
    assert len(table) == len(original) - first_key
    assert table.start_ms(0) == pytest.approx(original.start_ms(first_key), abs=0.5)


def test_the_worth_of_a_copy_is_the_decoding_a_distant_move_may_need() -> None:
    def shape(width: int, height: int, gop: int) -> Shape:
        return Shape(width, height, gop, seconds=60.0, interlaced=False)

    assert shape(1920, 1080, 250).worth_copying  # an agency's 10-s GOP
    assert shape(720, 576, 250).worth_copying  # the same in standard definition
    assert not shape(1920, 1080, 30).worth_copying  # a phone's 1-s GOP
    assert not shape(1920, 1080, 12).worth_copying  # broadcast MPEG-2
    assert not shape(320, 240, 250).worth_copying
    assert dataclasses.replace(shape(720, 576, 12), transport=True).worth_copying


def test_without_ffmpeg_the_editor_is_told_and_nothing_is_written(
    agency: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(seek_copy.shutil, "which", lambda _name: None)
    outcome, copy, _detail, _told = made(agency)
    assert (outcome, copy) == (Outcome.NO_FFMPEG, None)
    assert seek_copy.ready_copy(agency) is None


def test_a_disk_without_room_for_the_copy_is_named(
    agency: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usage = shutil.disk_usage(os.getcwd())
    monkeypatch.setattr(
        seek_copy.shutil, "disk_usage", lambda _p: usage._replace(free=seek_copy.SPARE_BYTES)
    )
    outcome, copy, detail, _told = made(agency)
    assert (outcome, copy) == (Outcome.NO_SPACE, None)
    # The folder, and what it lacks: 12 s of video need 0.5 GB to spare and the copy.
    assert detail == f"{seek_copy.copies_dir()} (0.5 GB free, 0.5 needed)"
    assert not any(seek_copy.copies_dir().iterdir())


def stand_in_ffmpeg(folder: Path, says: str, writes: bool) -> str:
    """An `ffmpeg` that fails saying `says` (after writing half a file if `writes`); each run
    adds a line to folder/runs."""
    script = folder / "ffmpeg"
    half = 'for last; do :; done; printf "not a video" > "$last"\n' if writes else ""
    runs = folder / "runs"
    asked = 'case "$*" in *-version*) exit 1;; esac\n'  # asked its version: says nothing
    script.write_text(f"#!/bin/sh\n{asked}echo run >> '{runs}'\n{half}echo '{says}' >&2\nexit 1\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def runs_of(ffmpeg: str) -> int:
    runs = Path(ffmpeg).with_name("runs")
    return len(runs.read_text().splitlines()) if runs.exists() else 0


def test_a_disk_filling_up_while_the_copy_is_made_leaves_nothing(
    agency: Path, tmp_path: Path
) -> None:
    ffmpeg = stand_in_ffmpeg(tmp_path, "Error writing trailer: No space left on device", True)
    outcome, copy, detail, _told = made(agency, ffmpeg=ffmpeg)
    assert (outcome, copy, detail) == (Outcome.NO_SPACE, None, str(seek_copy.copies_dir()))
    assert list(seek_copy.copies_dir().iterdir()) == []  # the half-made copy is gone
    made(agency, ffmpeg=ffmpeg)
    assert runs_of(ffmpeg) == 2  # tried again: space may have been made since


def test_ffmpeg_failing_leaves_no_half_copy_and_is_not_tried_again(
    agency: Path, tmp_path: Path
) -> None:
    ffmpeg = stand_in_ffmpeg(tmp_path, "[vost#0:0 @ 0x55d0c0] Conversion failed!", writes=True)
    outcome, copy, detail, _told = made(agency, ffmpeg=ffmpeg)
    assert (outcome, copy) == (Outcome.FAILED, None)
    assert detail == "Conversion failed!"  # FFmpeg's words, without its tag
    target = seek_copy.copy_path(agency)
    assert target is not None and seek_copy.ready_copy(agency) is None
    # Only the note that it failed is left, not the half-made copy.
    assert [p.name for p in seek_copy.copies_dir().iterdir()] == [target.name + ".failed"]

    # Opened again (this session or another), the same file fails the same way: not tried.
    outcome, copy, again, _told = made(agency, ffmpeg=ffmpeg)
    assert (outcome, copy, again) == (Outcome.FAILED, None, detail)
    assert runs_of(ffmpeg) == 1


def test_two_makers_of_one_copy_leave_it_whole(agency: Path, tmp_path: Path) -> None:
    # Two windows on one video (or the file loaded again while its copy is made): each writes
    # its own file; one cancelled halfway must not cut the other's copy short.
    media = tmp_path / "twice.mp4"
    shutil.copyfile(agency, media)
    ended: list[Outcome] = []
    both = threading.Barrier(3)
    makers: list[CopyMaker] = []

    def finished(outcome: Outcome, _copy: Path | None, _detail: str) -> None:
        ended.append(outcome)
        both.wait()

    makers.append(CopyMaker(str(media), lambda _f: None, finished))
    makers.append(CopyMaker(str(media), lambda _f: makers[1].cancel(), finished))
    both.wait(timeout=120)
    assert sorted(o.value for o in ended) == ["cancelled", "ready"]
    copy = seek_copy.ready_copy(media)
    assert copy is not None
    assert seek_copy.same_times(read_frame_table(media), read_frame_table(copy))
    assert [p.name for p in seek_copy.copies_dir().iterdir()] == [copy.name]


def test_a_picture_of_odd_size_gets_a_copy(tmp_path: Path) -> None:
    # 1001x563 (a crop or an odd export): x264 takes only even sizes.
    media = tmp_path / "odd.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
         "testsrc=size=1001x563:rate=25:duration=12", "-c:v", "mpeg4", "-g", "250",
         "-bf", "2", "-q:v", "5", str(media)],
        check=True,
    )  # fmt: skip
    outcome, copy, detail, _told = made(media)
    assert outcome is Outcome.READY, detail
    assert copy is not None
    assert seek_copy.same_times(read_frame_table(media), read_frame_table(copy))


def test_a_copy_whose_frames_moved_is_not_used() -> None:
    def table(pts: tuple[int, ...]) -> FrameTable:
        return FrameTable("x.mp4", 0, Fraction(1, 90000), 0, pts, (0,), 3600, False)

    original = table((982, 4582, 8182))  # 10.91 ms, 50.91, 90.91
    assert seek_copy.same_times(original, table((982, 4582, 8182)))
    assert not seek_copy.same_times(original, table((900, 4500, 8100)))  # 10 ms, 50, 90
    assert not seek_copy.same_times(original, table((982, 4582)))  # a frame dropped
    # Frames before the first keyframe may be missing (a recording cut inside a GOP), not others.
    cut = FrameTable("x.ts", 0, Fraction(1, 90000), 0, (982, 4582, 8182), (1,), 3600, False)
    assert seek_copy.same_times(cut, table((4582, 8182)))
    assert not seek_copy.same_times(cut, table((8182,)))
    # 0.4 ms apart, but across a millisecond: a playhead at 50 ms would name another frame.
    assert seek_copy.same_times(table((4500,)), table((4500,)))
    assert not seek_copy.same_times(table((4518,)), table((4482,)))  # 50.2 ms and 49.8


def test_a_copy_cancelled_midway_leaves_nothing(agency: Path, tmp_path: Path) -> None:
    # A fresh name, so that no copy of it is found made.
    media = tmp_path / "cancelled.mp4"
    shutil.copyfile(agency, media)
    ended: list[Outcome] = []
    done = threading.Event()
    maker: list[CopyMaker] = []

    def progress(_fraction: float) -> None:
        maker[0].cancel()

    def finished(outcome: Outcome, _copy: Path | None, _detail: str) -> None:
        ended.append(outcome)
        done.set()

    maker.append(CopyMaker(str(media), progress, finished))
    assert done.wait(60)
    assert ended == [Outcome.CANCELLED]
    assert seek_copy.ready_copy(media) is None
    assert not seek_copy.copies_dir().exists() or not any(seek_copy.copies_dir().iterdir())


def test_a_copy_is_named_by_the_files_content_as_it_changes(tmp_path: Path) -> None:
    media = tmp_path / "clip.mp4"
    media.write_bytes(b"one")
    first = seek_copy.copy_path(media)
    media.write_bytes(b"other")  # replaced by a new download of the same name
    os.utime(media, ns=(time.time_ns(), time.time_ns() + 10**9))
    assert seek_copy.copy_path(media) != first
    assert seek_copy.copy_path(tmp_path / "gone.mp4") is None


def test_tidy_keeps_the_folder_under_its_limit_least_recently_used_first(tmp_path: Path) -> None:
    now = time.time()
    ages = {"old.mp4": 300, "middle.mp4": 200, "new.mp4": 100, "kept.mp4": 400}
    for name, age in ages.items():
        (tmp_path / name).write_bytes(b"x" * 1000)
        os.utime(tmp_path / name, (now - age, now - age))
    stale = tmp_path / "stale.mp4.part"
    stale.write_bytes(b"x")
    os.utime(stale, (now - 2 * 86400, now - 2 * 86400))
    fresh = tmp_path / "fresh.mp4.part"  # another window making one now
    fresh.write_bytes(b"x")

    seek_copy.tidy(tmp_path, keep=tmp_path / "kept.mp4", limit=2500)

    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["fresh.mp4.part", "kept.mp4", "new.mp4"]
