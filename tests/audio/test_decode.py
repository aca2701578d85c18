"""Decoding to 8 kHz mono from the rates and sample formats media carry: the length kept to the
sample, a tone's level kept, a tone above 4 kHz kept out (it would alias into the speech band),
and sound that is not there named."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from reviewer.audio.decode import RATE, AudioError, blocks

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")

SECONDS = 40  # more than a block (32 s): the joins between blocks are crossed


def tone(path: Path, rate: int, channels: int, hz: int, codec: list[str]) -> Path:
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
         f"sine=frequency={hz}:sample_rate={rate}:duration={SECONDS}",
         "-ac", str(channels), *codec, str(path)],
        check=True,
    )  # fmt: skip
    return path


def level(samples: np.ndarray, hz: float, rate: int = RATE) -> float:
    """Return the amplitude of the ``hz`` tone in ``samples`` (at ``rate``)."""
    t = np.arange(len(samples)) / rate
    return float(np.abs(np.mean(samples * np.exp(-2j * np.pi * hz * t))) * 2)


@pytest.mark.parametrize(
    ("rate", "channels", "suffix", "codec"),
    [
        (8000, 1, ".wav", []),  # s16, no resampling
        (16000, 1, ".m4a", ["-c:a", "aac"]),  # fltp, a whole ratio
        (48000, 2, ".m4a", ["-c:a", "aac"]),  # fltp, stereo, a whole ratio
        (44100, 2, ".wav", []),  # s16 packed stereo, interpolated
        (22050, 1, ".mp3", ["-c:a", "libmp3lame"]),  # MP3's planar floats, interpolated
    ],
)
def test_any_rate_and_format_comes_out_at_8_khz_whole(
    tmp_path: Path, rate: int, channels: int, suffix: str, codec: list[str]
) -> None:
    path = tone(tmp_path / f"tone{suffix}", rate, channels, 440, codec)
    parts = [b for b, _ in blocks(path)]
    samples = np.concatenate(parts)
    assert all(len(p) == 32 * RATE for p in parts[:-1])
    # MP3 and AAC add a frame or two of padding at the ends; WAV is exact.
    slack = 0 if suffix == ".wav" else RATE // 10
    assert SECONDS * RATE <= len(samples) <= SECONDS * RATE + slack
    # The tone's level in what ffmpeg decodes from the same file, at the file's own rate.
    theirs = np.frombuffer(
        subprocess.run(
            ["ffmpeg", "-v", "error", "-i", str(path), "-f", "f32le", "-"],
            capture_output=True, check=True,
        ).stdout,
        np.float32,
    )  # fmt: skip
    theirs = theirs.reshape(-1, channels).mean(axis=1)  # the channels averaged, as ours are
    expected = level(theirs[rate:-rate], 440, rate)
    assert expected > 0.05  # the tone is there (lavfi's sine: 1/8 of full scale)
    assert level(samples[RATE:-RATE], 440) == pytest.approx(expected, rel=0.02)
    # No step at the blocks' joins: the tone runs on sample to sample.
    joins = [32 * RATE * k for k in range(1, len(parts))]
    steps = np.abs(np.diff(samples))
    assert all(steps[j - 2 : j + 2].max() <= steps.max() * 1.01 for j in joins)


def test_a_tone_above_4_khz_is_kept_out(tmp_path: Path) -> None:
    path = tone(tmp_path / "high.wav", 48000, 1, 6000, [])
    samples = np.concatenate([b for b, _ in blocks(path)])
    # 6 kHz folds to 2 kHz at 8 kHz: the low-pass keeps it 20 dB down.
    assert level(samples[RATE:-RATE], 2000) < 0.125 * 0.12


def test_media_without_sound_is_named(tmp_path: Path) -> None:
    video = tmp_path / "silent.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "color=c=black:s=64x64:d=1",
         "-c:v", "libx264", str(video)],
        check=True,
    )  # fmt: skip
    with pytest.raises(AudioError, match=r"silent\.mp4: the media has no sound"):
        list(blocks(video))


def test_a_damaged_stretch_is_decoded_past_not_refused(tmp_path: Path) -> None:
    clean = tone(tmp_path / "clean.mp3", 44100, 1, 440, ["-c:a", "libmp3lame"])
    data = bytearray(clean.read_bytes())
    rng = np.random.default_rng(1)
    for at in (len(data) // 3, len(data) // 2, 2 * len(data) // 3):
        data[at : at + 600] = rng.integers(0, 256, 600, dtype=np.uint8).tobytes()
    damaged = tmp_path / "damaged.mp3"
    damaged.write_bytes(bytes(data))
    whole = np.concatenate([b for b, _ in blocks(clean)])
    found = np.concatenate([b for b, _ in blocks(damaged)])
    # Silence where packets were lost, so the length (and the times after) stay near true.
    assert abs(len(found) - len(whole)) <= 0.01 * len(whole)
    assert level(found[-4 * RATE : -RATE], 440) > 0.05  # the tone is there after the damage


def test_damage_after_the_first_blocks_is_read_on_from_where_it_stopped(tmp_path: Path) -> None:
    """FFmpeg's graph gives up on the first undecodable packet (here 70 s in, after two
    blocks were handed on): the rest is read packet by packet, in place."""
    clean = tmp_path / "clean.m4a"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
         "sine=frequency=440:sample_rate=16000:duration=100", "-c:a", "aac", str(clean)],
        check=True,
    )  # fmt: skip
    data = bytearray(clean.read_bytes())
    at = int(len(data) * 0.7)
    data[at : at + 400] = np.random.default_rng(2).integers(0, 256, 400, np.uint8).tobytes()
    damaged = tmp_path / "damaged.m4a"
    damaged.write_bytes(bytes(data))
    whole = np.concatenate([b for b, _ in blocks(clean)])
    parts = [b for b, _ in blocks(damaged)]
    found = np.concatenate(parts)
    assert all(len(p) == 32 * RATE for p in parts[:-1])  # the blocks keep their places
    assert abs(len(found) - len(whole)) <= RATE // 10
    assert np.abs(found[: 64 * RATE] - whole[: 64 * RATE]).max() < 1e-4  # before: the same
    assert level(found[-10 * RATE : -RATE], 440) > 0.1  # after: the tone goes on


def test_sound_that_starts_late_keeps_the_media_times(tmp_path: Path) -> None:
    """A video whose sound begins 1.5 s in (as a recorder's file can): sample k is k/8000 s
    from the media's start, as the player counts, not from the sound's first packet."""
    late = tmp_path / "late.mp4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "color=c=black:s=64x64:r=25:d=6",
         "-itsoffset", "1.5", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=16000:d=4",
         "-map", "0:v", "-map", "1:a", "-c:v", "libx264", "-c:a", "aac", str(late)],
        check=True,
    )  # fmt: skip
    samples = np.concatenate([b for b, _ in blocks(late)])
    assert np.abs(samples[: int(1.4 * RATE)]).max() < 0.01  # silence first
    assert level(samples[int(1.6 * RATE) : int(5.4 * RATE)], 440) > 0.1
    onset = int(np.flatnonzero(np.abs(samples) > 0.05)[0])
    assert abs(onset - 1.5 * RATE) <= RATE // 100  # within 10 ms


def test_a_stretch_from_inside_a_gap_is_the_whole_s_silence_there(tmp_path: Path) -> None:
    """A Matroska file whose sound stops for 10 s at 50 s (its timestamps jump): the whole
    is read with silence in the gap, and a stretch from inside the gap is the same samples
    (its decoding starts at the packet before the gap and fills it likewise)."""
    gap = gapped(tmp_path)
    whole = np.concatenate([b for b, _ in blocks(gap)])
    assert abs(len(whole) - 90 * RATE) <= RATE // 10
    assert np.abs(whole[51 * RATE : 59 * RATE]).max() < 0.01  # the gap: silence
    assert level(whole[61 * RATE : 89 * RATE], 440) > 0.1
    part = np.concatenate([b for b, _ in blocks(gap, start=55 * RATE, end=70 * RATE)])
    assert len(part) == 15 * RATE
    assert np.abs(part - whole[55 * RATE : 70 * RATE]).max() < 1e-4


def gapped(folder: Path) -> Path:
    path = folder / "gap.mkv"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
         "sine=frequency=440:sample_rate=16000:duration=80",
         "-af", "asetpts='if(gte(T,50),PTS+10/TB,PTS)'", "-c:a", "aac", str(path)],
        check=True,
    )  # fmt: skip
    return path


def test_a_broadcast_transport_stream_s_mpeg_audio_is_read_packet_by_packet(
    tmp_path: Path,
) -> None:
    """MPEG-2 video with MPEG-1 Layer II sound in a TS, as a broadcast recorder writes it:
    the stream says float samples and FFmpeg's decoder gives integers, which FFmpeg's own
    source filter refuses; the sound is read packet by packet, whole, in its times, and a
    stretch of it stops at its end."""
    from reviewer.audio.decode import sound_of

    ts = tmp_path / "recorder.ts"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "color=c=black:s=64x64:r=25:d=40",
         "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=40", "-ac", "2",
         "-c:v", "mpeg2video", "-c:a", "mp2", str(ts)],
        check=True,
    )  # fmt: skip
    sound = sound_of(ts)
    assert not sound.filtered and sound.origin > 0  # a TS's clock starts at 1.4 s
    whole = np.concatenate([b for b, _ in blocks(ts, sound=sound)])
    assert abs(len(whole) - SECONDS * RATE) <= RATE // 10
    assert level(whole[RATE:-RATE], 440) > 0.05
    part = np.concatenate([b for b, _ in blocks(ts, start=10 * RATE, end=20 * RATE, sound=sound)])
    assert len(part) == 10 * RATE
    assert np.abs(part - whole[10 * RATE : 20 * RATE]).max() < 0.01


@pytest.mark.parametrize("suffix", [".ts", ".mp4"])  # read packet by packet / by FFmpeg's graph
def test_the_track_chosen_is_the_one_read(tmp_path: Path, suffix: str) -> None:
    """A broadcast file with two sound tracks (a Cantonese and an English one): the editor's
    choice is what is decoded; a track the file does not have is the first."""
    from reviewer.audio.decode import sound_of

    path = tmp_path / f"two{suffix}"
    codec = ["-c:a", "mp2", "-c:v", "mpeg2video"] if suffix == ".ts" else ["-c:a", "aac"]
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "color=c=black:s=64x64:r=25:d=12",
         "-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=12",
         "-f", "lavfi", "-i", "sine=frequency=1200:sample_rate=48000:duration=12",
         "-map", "0", "-map", "1", "-map", "2", *codec, str(path)],
        check=True,
    )  # fmt: skip
    for track, hz, other in ((0, 300, 1200), (1, 1200, 300), (7, 300, 1200)):
        sound = sound_of(path, track)
        assert sound.track == min(track, 1) if track < 2 else sound.track == 0
        whole = np.concatenate([b for b, _ in blocks(path, sound=sound)])
        assert level(whole[RATE:-RATE], hz) > 0.1 > level(whole[RATE:-RATE], other), track
        part = np.concatenate(
            [b for b, _ in blocks(path, start=4 * RATE, end=6 * RATE, sound=sound)]
        )
        assert level(part, hz) > 0.1 > level(part, other), track
