"""The frame table and the exact picture, without Qt or libvlc: read back from the pictures.

Each encode of reviewer.player.encodes shows its frame number in the picture; the table must
name, for any time, the frame ffprobe says holds it, and ExactFrames must decode that very frame
(read from its RGB), on B-frame, transport stream, MXF, NTSC, variable rate, HEVC and VP9 files.
"""

from __future__ import annotations

import itertools
import random
import threading
import time
from pathlib import Path

import pytest

from reviewer.player.base import Picture
from reviewer.player.encodes import ENCODES, by_name, frame_at, frame_times, make
from reviewer.player.framecode import ffmpeg_path, read_number, upright
from reviewer.player.packets import FrameTableError, FrameTableLoader, read_frame_table

pytest.importorskip("av")
PICTURE = [e.name for e in ENCODES if e.picture]


@pytest.fixture(scope="module")
def encodes_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if ffmpeg_path() is None:
        pytest.skip("ffmpeg not installed: cannot make the test encodes")
    return tmp_path_factory.mktemp("exact")


def _made(folder: Path, name: str) -> Path:
    encode = by_name(name)
    path = folder / f"{encode.name}{encode.suffix}"
    return path if path.exists() else make(encode, folder)


def number_in(picture: Picture, turns: int = 0) -> int | None:
    """The number in an exact picture shown `turns` quarter turns clockwise (a phone's)."""
    rgb, stride = picture.rgb, picture.stride
    green = lambda x, y: rgb[y * stride + x * 3 + 1]  # noqa: E731
    return read_number(*upright(green, picture.width, picture.height, turns))


class Collector:
    """ExactFrames' deliver callback: keeps the pictures, wakes the test on each."""

    def __init__(self) -> None:
        self.pictures: list[Picture] = []
        self.arrived = threading.Event()

    def __call__(self, picture: Picture) -> None:
        self.pictures.append(picture)
        self.arrived.set()

    def wait(self, request: int) -> Picture:
        while True:
            assert self.arrived.wait(10), "no picture within 10 s"
            self.arrived.clear()
            if self.pictures and self.pictures[-1].request == request:
                return self.pictures[-1]


@pytest.mark.parametrize("name", PICTURE)
def test_table_names_the_frame_ffprobe_does(encodes_dir: Path, name: str) -> None:
    path = _made(encodes_dir, name)
    table = read_frame_table(path)
    times = frame_times(path)
    assert len(table) == len(times)
    assert [round(table.start_ms(i), 1) for i in range(len(table))] == [round(t, 1) for t in times]
    for ms in [0, 1, 39, 40, 41, 5_000, 6_306, 6_307, 7_300, 9_999, 10_000, 23_000]:
        assert table.frame_at(ms) == frame_at(times, ms), ms
    assert table.keyframes[0] == 0
    # B-frames: every encode but the phone's and VP9 reorders its frames.
    assert table.reordered == (name not in ("h264-vfr-phone", "vp9-webm"))


@pytest.mark.parametrize("name", PICTURE)
def test_exact_picture_is_the_frame_holding_the_time(encodes_dir: Path, name: str) -> None:
    from reviewer.player.exact_frame import ExactFrames

    path = _made(encodes_dir, name)
    table = read_frame_table(path)
    got = Collector()
    exact = ExactFrames(table, got)
    try:
        rnd = random.Random(name)
        end = int(table.end_ms()) - 1
        # Far moves both ways, then frame steps forwards and back around one frame.
        targets = [rnd.randrange(0, end) for _ in range(12)]
        middle = table.frame_at(7_300)
        targets += [int(table.start_ms(middle + d)) + 1 for d in (0, 1, 2, 1, 0, -1, -2, 5)]
        # The last frames (the test TS's last keyframe comes after a B-frame shown before it,
        # where its timestamp search lands: the last frame never came).
        targets += [end, int(table.start_ms(len(table) - 2)), 3_000]
        for ms in targets:
            picture = got.wait(exact.request(ms))
            assert picture.frame == table.frame_at(ms)
            # Decoded from the keyframe before it (a TS's search by decoding time lands after
            # it: read on from the one before), not from the file's start.
            gop = table.frame_at(ms) - table.keyframe_before(table.frame_at(ms))
            assert exact._fed <= gop + 8, (ms, exact._fed, gop)
            # A phone's picture is shown standing, as players show it (its display matrix).
            assert number_in(picture, by_name(name).turns) == table.frame_at(ms), ms
            assert (picture.aspect < 1) == (by_name(name).turns % 2 == 1)  # standing: narrow
            assert picture.width * 3 <= picture.stride
            assert len(picture.rgb) >= picture.stride * picture.height
    finally:
        exact.close()


def test_newest_request_wins(encodes_dir: Path) -> None:
    from reviewer.player.exact_frame import ExactFrames

    path = _made(encodes_dir, "h264-longgop")
    table = read_frame_table(path)
    got = Collector()
    exact = ExactFrames(table, got)
    try:
        requests = [exact.request(ms) for ms in (2_000, 12_000, 22_000, 9_960)]
        last = got.wait(requests[-1])
        assert number_in(last) == table.frame_at(9_960)
        # Replaced requests were dropped or delivered before the last, never after it.
        assert got.pictures[-1] is last
        assert len(got.pictures) <= len(requests)
        exact.cancel()
    finally:
        exact.close()


def test_a_frame_decoded_ahead_is_kept_and_delivered_without_decoding(encodes_dir: Path) -> None:
    # Decoded ahead (the next segment's start, while the editor reads), a frame is kept apart
    # from the cache: a decode through a GOP elsewhere in between (50 frames) does not push it
    # out, and the request for it later decodes nothing. Nothing is delivered for the prefetch.
    from reviewer.player.exact_frame import ExactFrames

    path = _made(encodes_dir, "h264-longgop")
    table = read_frame_table(path)
    got = Collector()
    exact = ExactFrames(table, got)
    try:
        exact.prefetch(9_960)  # 249 frames from its keyframe
        deadline = time.monotonic() + 10
        while not exact.prefetched(9_960):
            assert time.monotonic() < deadline, "not decoded ahead within 10 s"
            time.sleep(0.01)
        elsewhere = got.wait(exact.request(22_000))
        assert exact._fed >= 50
        assert got.pictures == [elsewhere]
        picture = got.wait(exact.request(9_960))
        assert exact._fed == 0
        assert number_in(picture) == table.frame_at(9_960)
    finally:
        exact.close()


def test_the_cost_of_a_frame_is_known_from_the_first_decode(encodes_dir: Path) -> None:
    # VlcPlayer guesses from frame_cost_ms when libvlc has drawn its paused seek; with no figure
    # it guesses the longest and holds the picture at a play. A first decode of a few frames
    # gives a rough figure at once; the first decode of MEASURED_FRAMES or more replaces it.
    from reviewer.player.exact_frame import MEASURED_FRAMES, ExactFrames

    path = _made(encodes_dir, "h264-longgop")
    table = read_frame_table(path)
    got = Collector()
    exact = ExactFrames(table, got)
    try:
        first = got.wait(exact.request(40))  # the second frame: a few packets from the keyframe
        assert 0 < exact._fed < MEASURED_FRAMES
        assert exact.frame_cost_ms == pytest.approx(first.decode_ms / exact._fed)
        far = got.wait(exact.request(9_960))  # 249 frames from the keyframe
        assert exact._fed >= MEASURED_FRAMES
        assert exact.frame_cost_ms == pytest.approx(far.decode_ms / exact._fed)
    finally:
        exact.close()


def test_a_file_without_video_or_not_a_video_is_named(tmp_path: Path, encodes_dir: Path) -> None:
    audio = make(by_name("audio-mp3"), encodes_dir)
    with pytest.raises(FrameTableError, match="no video stream") as info:
        read_frame_table(audio)
    assert str(audio) in str(info.value)
    junk = tmp_path / "clip.mp4"
    junk.write_bytes(b"not a video at all" * 100)
    with pytest.raises(FrameTableError) as info:
        read_frame_table(junk)
    assert str(junk) in str(info.value)
    results: list[tuple[object, str]] = []
    done = threading.Event()
    FrameTableLoader(str(junk), lambda t, m: (results.append((t, m)), done.set()))
    assert done.wait(10)
    assert results[0][0] is None and str(junk) in results[0][1]


def _picture_types(path: Path) -> list[str]:
    import av

    with av.open(str(path)) as container:
        # PyAV 14+ gives AVPictureType's number: 1 I, 2 P, 3 B.
        kinds = {1: "I", 2: "P", 3: "B"}
        return [kinds.get(int(frame.pict_type), "?") for frame in container.decode(video=0)]


def test_the_agency_file_has_a_fixed_gop_with_b_frames(encodes_dir: Path) -> None:
    # As an agency's encoder makes it: a keyframe every 250 frames and no other, three
    # B-frames between references; x264 left to choose made no B-frames at all at 1080p.
    types = _picture_types(_made(encodes_dir, "h264-longgop"))
    assert [i for i, kind in enumerate(types) if kind == "I"] == list(range(0, len(types), 250))
    assert types[1:9] == ["B", "B", "B", "P", "B", "B", "B", "P"]  # in display order


@pytest.mark.parametrize("name", ["h264-longgop", "h264-vfr-phone"])
def test_a_textured_encode_keeps_its_number_and_its_exact_frame(tmp_path: Path, name: str) -> None:
    # bench --texture: a moving, grainy picture under the number, at an agency's bitrate.
    import dataclasses

    from reviewer.player.exact_frame import ExactFrames

    if ffmpeg_path() is None:
        pytest.skip("ffmpeg not installed")
    encode = dataclasses.replace(by_name(name), texture=True)
    path = make(encode, tmp_path, seconds=12.0)
    (tmp_path / "flat").mkdir()
    flat = make(by_name(name), tmp_path / "flat", seconds=12.0)
    assert path.stat().st_size > 10 * flat.stat().st_size  # not flat grey: a camera's picture
    times = frame_times(path)
    steps = {round(b - a, 1) for a, b in itertools.pairwise(times)}
    assert steps == ({33.3, 66.7} if encode.vfr else {40.0})  # the phone's uneven times kept
    table = read_frame_table(path)
    got = Collector()
    exact = ExactFrames(table, got)
    try:
        for ms in (9_960, 333, 6_000, 6_040):
            picture = got.wait(exact.request(ms))
            assert number_in(picture, encode.turns) == table.frame_at(ms), ms
    finally:
        exact.close()
