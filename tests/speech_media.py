"""Test media with known speech: sentences spoken by espeak-ng, laid over silence, music-like
tones and noise, written as a 16 kHz WAV (or any container ffmpeg writes).

``make_clip(path)`` returns the speech spans in milliseconds: where each sentence's sound
begins and ends (espeak-ng's own silence trimmed). Also a script:
``python tests/speech_media.py OUT.wav [--minutes N]`` (the benchmark's long clips).
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 16000

SENTENCES = (
    "The foreign minister arrived in Beijing on Tuesday for two days of talks.",
    "Both sides said the meeting was constructive.",
    "Trade between the two countries grew by eleven percent last year.",
    "Reporters were not allowed into the room.",
    "A joint statement is expected tomorrow morning.",
    "The spokesman declined to answer further questions.",
    "Officials will meet again in Moscow next month.",
)


@dataclass(frozen=True)
class Part:
    """One stretch of the clip: ``bed`` is what sounds under it ("silence", "music", "noise",
    "crowd"); ``sentence`` the index of the sentence spoken over it, or None."""

    seconds: float
    bed: str
    sentence: int | None = None


# Speech alone, over music, over noise and a crowd; music, noise and silence with no speech.
LAYOUT = (
    Part(1.5, "silence"),
    Part(0.0, "silence", 0),
    Part(2.0, "music"),
    Part(0.0, "music", 1),
    Part(1.5, "silence"),
    Part(0.0, "crowd", 2),
    Part(2.5, "noise"),
    Part(0.0, "noise", 3),
    Part(1.2, "silence"),
    Part(0.0, "music", 4),
    Part(3.0, "music"),
    Part(0.0, "crowd", 5),
    Part(1.0, "crowd"),
    Part(0.0, "silence", 6),
    Part(1.5, "silence"),
)


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def spoken(text: str, voice: str = "en") -> np.ndarray:
    """Return ``text`` spoken by espeak-ng, at RATE, float32, trimmed to its sound."""
    wav = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", "165", "--stdout", text],
        check=True,
        capture_output=True,
    ).stdout
    with wave.open(io.BytesIO(wav)) as w:
        rate = w.getframerate()
        raw = w.readframes(w.getnframes())
    data = np.frombuffer(raw, np.int16).astype(np.float32) / 32768
    t = np.arange(int(len(data) * RATE / rate)) * rate / RATE
    data = np.interp(t, np.arange(len(data)), data).astype(np.float32)
    data = data / max(1e-6, float(np.abs(data).max())) * 0.6
    loud = np.flatnonzero(np.abs(data) > 0.006)  # espeak-ng's own silence trimmed
    return data[loud[0] : loud[-1] + 1]


def bed(kind: str, n: int, rng: np.random.Generator, at: int) -> np.ndarray:
    """Return ``n`` samples of background: music-like tones, noise or a crowd's murmur."""
    t = (np.arange(n) + at) / RATE
    if kind == "music":
        # Chords of harmonics changing every half second, with a beat: music to a detector.
        roots = np.array([220.0, 261.6, 329.6, 392.0])
        chord = roots[((t * 2).astype(int)) % 4]
        tone = sum(np.sin(2 * np.pi * chord * k * t) / k for k in (1, 2, 3, 4))
        beat = 0.6 + 0.4 * (np.sin(2 * np.pi * 2 * t) > 0)
        return (0.12 * tone * beat).astype(np.float32)
    if kind == "noise":
        return (0.05 * rng.standard_normal(n)).astype(np.float32)
    if kind == "crowd":
        # Noise shaped by a slow wandering envelope and a low-pass: a room of murmur.
        white = rng.standard_normal(n)
        smooth = np.convolve(white, np.ones(6) / 6, mode="same")
        envelope = 0.6 + 0.4 * np.sin(2 * np.pi * 3.1 * t + 2 * np.sin(2 * np.pi * 0.7 * t))
        return (0.09 * smooth * envelope).astype(np.float32)
    return np.zeros(n, np.float32)


def render(
    layout: tuple[Part, ...] = LAYOUT, seed: int = 7, repeat: int = 1
) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Return the clip's samples and its speech spans in ms (``repeat`` times the layout)."""
    rng = np.random.default_rng(seed)
    voices = {i: spoken(s) for i, s in enumerate(SENTENCES)}
    pieces: list[np.ndarray] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for _ in range(repeat):
        for part in layout:
            if part.sentence is None:
                n = int(part.seconds * RATE)
                piece = bed(part.bed, n, rng, at)
            else:
                voice = voices[part.sentence]
                piece = voice + bed(part.bed, len(voice), rng, at)
                spans.append((at * 1000 // RATE, (at + len(voice)) * 1000 // RATE))
            pieces.append(piece)
            at += len(piece)
    return np.concatenate(pieces), spans


def write_wav(path: Path, samples: np.ndarray) -> None:
    data = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data.tobytes())


def make_clip(path: str | Path, repeat: int = 1) -> list[tuple[int, int]]:
    """Write the clip to ``path`` (WAV; another extension through ffmpeg, e.g. .m4a or .mp4
    with a black picture); return its speech spans in ms."""
    path = Path(path)
    samples, spans = render(repeat=repeat)
    if path.suffix.lower() == ".wav":
        write_wav(path, samples)
        return spans
    wav = path.with_suffix(".tmp.wav")
    write_wav(wav, samples)
    picture = []
    if path.suffix.lower() in (".mp4", ".mkv"):
        picture = ["-f", "lavfi", "-i", "color=c=black:s=320x180:r=10"]
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-i", str(wav), *picture, "-shortest"]
        + (["-c:v", "libx264", "-preset", "ultrafast"] if picture else [])
        + ["-c:a", "aac", "-b:a", "64k", str(path)],
        check=True,
    )
    wav.unlink()
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--minutes", type=float, default=0, help="repeat the layout this long")
    args = parser.parse_args()
    one = sum(p.seconds for p in LAYOUT) + 25  # about a layout's length, with the speech
    repeat = max(1, round(args.minutes * 60 / one)) if args.minutes else 1
    spans = make_clip(args.out, repeat)
    print(f"{args.out}: {len(spans)} spans of speech")


if __name__ == "__main__":
    main()
