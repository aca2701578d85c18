#!/usr/bin/env python3
"""Make the demo clip and its machine-style transcript.

    python3 resources/demo/make_demo.py

Writes demo.mp4 (a test pattern with a burnt-in timecode and synthetic speech), demo.zh.srt
(what is said, as a speech recogniser would give it) and demo.en.srt (a machine translation
with the mistakes an editor fixes) beside this file. Needs espeak-ng, ffmpeg with libx264 and
fonts-noto-cjk (Debian: apt-get install espeak-ng ffmpeg fonts-noto-cjk). Standard library only.

The cue times are the times of the speech in the clip, measured from the synthesised audio,
except where a mistake is planted on purpose (`cue_end_after_speech`).
"""

from __future__ import annotations

import array
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
RATE = 22050  # espeak-ng's sample rate
FONT = "Noto Sans CJK SC"
LEAD_IN = 1.0  # seconds of picture before the first word
TAIL = 1.5  # after the last word
GAP_SAME = 0.6  # pause between two lines of one speaker
GAP_NEXT = 1.2  # pause when the speaker changes
SILENCE = 400  # |sample| below this is silence when finding where speech starts and ends


@dataclass
class Line:
    speaker: str  # a key of SPEAKERS; shown in the lower third, never written to the transcript
    voice: str
    speed: int  # espeak-ng words a minute
    said: str  # the text spoken, which is also the recogniser's source text
    translation: str  # the machine translation, mistakes included
    # Where the cue ends, in seconds after the speech does: a recogniser's cue ends a little after
    # the voice; a negative value plants a cue that cuts the speech short.
    cue_end_after_speech: float = 0.15


SPEAKERS = {
    "anchor": ("陈静  主播", "Chen Jing, anchor"),
    "wang": ("王毅  中国外交部长", "Wang Yi, Foreign Minister of China"),
    "lavrov": ("拉夫罗夫  俄罗斯外长", "Sergei Lavrov, Foreign Minister of Russia"),
    "reporter": ("李安娜  记者", "Anna Lee, reporter"),
}

LINES = [
    Line("anchor", "cmn+f3", 200, "各位观众，晚上好。", "Good evening, viewers."),
    Line(
        "anchor", "cmn+f3", 200,
        "中国外交部长王毅今天在北京会见了俄罗斯外长拉夫罗夫。",
        "Chinese Foreign Minister Wang Yee met Russian Foreign Minister Lavrof in Beijing today.",
    ),
    Line(
        "anchor", "cmn+f3", 200,
        "双方讨论了黎巴嫩真主党和以色列的停火问题。",
        "The two sides discussed the ceasefire between Lebanon's 真主党 and Israel.",
    ),
    Line(
        "wang", "cmn+m3", 180,
        "我们呼吁各方保持克制，尽快恢复对话。",
        "We call on all parties to exercise restraint and resume 对话 as soon as possible.",
        cue_end_after_speech=-0.5,  # the quote's last words fall outside its cue
    ),
    Line(
        "lavrov", "ru+m1", 160,
        "Мы поддерживаем немедленное прекращение огня в Ливане.",
        "We support an immediate ceasefire in Lebanon.",
    ),
    Line(
        "lavrov", "ru+m1", 160,
        "Россия и Китай будут работать вместе в Совете Безопасности.",
        "Russia and China will work together at the Security Council.",
    ),
    Line(
        "reporter", "en-us+f2", 165,
        "The two ministers will meet again in Moscow next month. Anna Lee, Evening News, Beijing.",
        "The two ministers will meet again in Moscow next month. Anna Lee, Evening News, Beijing.",
    ),
]


def speak(line: Line, tmp: Path) -> array.array:
    """Return the line's speech as 16-bit samples, trimmed to where the voice is heard."""
    path = tmp / "line.wav"
    subprocess.run(
        ["espeak-ng", "-v", line.voice, "-s", str(line.speed), "-w", str(path), line.said],
        check=True,
    )
    with wave.open(str(path)) as w:
        assert w.getframerate() == RATE and w.getsampwidth() == 2 and w.getnchannels() == 1
        samples = array.array("h", w.readframes(w.getnframes()))
    loud = [i for i, s in enumerate(samples) if abs(s) > SILENCE]
    return samples[loud[0] : loud[-1] + 1]


def srt_time(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02}:{ms // 60_000 % 60:02}:{ms // 1000 % 60:02},{ms % 1000:03}"


def write_srt(path: Path, cues: list[tuple[float, float, str]]) -> None:
    blocks = [f"{n}\n{srt_time(a)} --> {srt_time(b)}\n{text}\n" for n, (a, b, text) in
              enumerate(cues, 1)]
    path.write_text("\n".join(blocks), encoding="utf-8")


def lower_third(tmp: Path, n: int, start: float, end: float, speaker: str) -> str:
    """Return drawbox/drawtext filters that show the speaker's name from start to end."""
    zh, en = SPEAKERS[speaker]
    (tmp / f"zh{n}.txt").write_text(zh, encoding="utf-8")
    (tmp / f"en{n}.txt").write_text(en, encoding="utf-8")
    on = f"enable='between(t,{start:.3f},{end:.3f})'"
    return (
        f"drawbox=x=0:y=282:w=iw:h=62:color=0x0b2545@0.85:t=fill:{on},"
        f"drawtext=font='{FONT}':textfile='{tmp}/zh{n}.txt':expansion=none:fontsize=24:"
        f"fontcolor=white:x=24:y=288:{on},"
        f"drawtext=font='{FONT}':textfile='{tmp}/en{n}.txt':expansion=none:fontsize=15:"
        f"fontcolor=0xcfe0ff:x=24:y=321:{on}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        timeline: list[tuple[float, float, Line]] = []  # speech start, speech end, line
        audio = array.array("h")
        t = LEAD_IN
        for i, line in enumerate(LINES):
            if i:
                t += GAP_SAME if line.speaker == LINES[i - 1].speaker else GAP_NEXT
            speech = speak(line, tmp)
            start = round(t * RATE)
            audio.extend([0] * (start - len(audio)))
            audio.extend(speech)
            t = len(audio) / RATE
            timeline.append((start / RATE, t, line))
        duration = round((t + TAIL) * 25) / 25
        audio.extend([0] * (round(duration * RATE) - len(audio)))
        with wave.open(str(tmp / "speech.wav"), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(audio.tobytes())

        # A lower third for each run of one speaker, as a news graphic would show it.
        runs: list[list[float | str]] = []
        for start, end, line in timeline:
            if runs and runs[-1][2] == line.speaker:
                runs[-1][1] = end
            else:
                runs.append([start, end, line.speaker])
        thirds = [lower_third(tmp, n, float(a) - 0.3, float(b) + 0.4, str(who))
                  for n, (a, b, who) in enumerate(runs)]
        (tmp / "badge.txt").write_text("REVIEWER DEMO · 原创测试片 · synthetic speech",
                                       encoding="utf-8")
        video = ",".join([
            "drawbox=x=170:y=120:w=300:h=84:color=black@0.75:t=fill",
            f"drawtext=font='{FONT}':timecode='00\\:00\\:00\\:00':rate=25:fontsize=40:"
            "fontcolor=white:x=(w-tw)/2:y=128",
            f"drawtext=font='{FONT}':text='frame %{{frame_num}}':fontsize=18:"
            "fontcolor=0xffd166:x=(w-tw)/2:y=176",
            "drawbox=x=0:y=0:w=iw:h=44:color=0x111111:t=fill",
            f"drawtext=font='{FONT}':textfile='{tmp}/badge.txt':expansion=none:fontsize=14:"
            "fontcolor=white:x=12:y=13",
            *thirds,
        ])
        subprocess.run(
            ["ffmpeg", "-v", "error", "-y",
             "-f", "lavfi", "-i", f"testsrc2=size=640x360:rate=25:duration={duration}",
             "-i", str(tmp / "speech.wav"),
             "-vf", video, "-map", "0:v", "-map", "1:a",
             "-c:v", "libx264", "-preset", "veryslow", "-crf", "31", "-g", "25",
             "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "48k", "-ar", "44100", "-ac", "1",
             "-map_metadata", "-1", "-metadata", "title=Reviewer demo clip (original)",
             "-movflags", "+faststart", "-shortest", str(HERE / "demo.mp4")],
            check=True,
        )

    cues = [(a, b + line.cue_end_after_speech, line) for a, b, line in timeline]
    write_srt(HERE / "demo.zh.srt", [(a, b, line.said) for a, b, line in cues])
    write_srt(HERE / "demo.en.srt", [(a, b, line.translation) for a, b, line in cues])
    print(f"demo.mp4: {duration:.2f} s")
    for a, b, line in timeline:
        cue_end = srt_time(b + line.cue_end_after_speech)
        print(f"  speech {srt_time(a)} - {srt_time(b)}  cue ends {cue_end}  "
              f"{line.speaker:8} {line.said}")


if __name__ == "__main__":
    main()
