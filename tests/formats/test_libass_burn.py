"""libass draws the escaped ASS export exactly: burnt onto a frame by ffmpeg's ``subtitles``
filter, the text after a ``{`` is drawn and ``\\N`` in a path does not break the line.

There is no OCR here, so the proof is by pixels: the drawn line is compared with the same line
with the brace part removed (it must be wider), and its height with a one-line and a two-line
reference. Each comparison also burns the unescaped text, to show the test would catch it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reviewer.core.models import Segment, Transcript
from reviewer.formats import ExportOptions, write_transcript

WIDTH, HEIGHT = 960, 540


def _has_libass() -> bool:
    if not shutil.which("ffmpeg"):
        return False
    filters = subprocess.run(["ffmpeg", "-hide_banner", "-filters"], capture_output=True,
                             text=True, check=False).stdout  # fmt: skip
    return " subtitles " in filters


pytestmark = pytest.mark.skipif(not _has_libass(), reason="ffmpeg with libass is not installed")


def _ink(ass: Path) -> tuple[int, int, int, int]:
    """Return (left, top, right, bottom) of what libass drew at 0.5 s, burnt onto black."""
    frame = subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", f"color=c=black:s={WIDTH}x{HEIGHT}:d=1",
         "-vf", f"subtitles=filename='{ass}'", "-ss", "0.5", "-frames:v", "1",
         "-f", "rawvideo", "-pix_fmt", "gray", "-"],
        capture_output=True, check=True, timeout=60,
    ).stdout  # fmt: skip
    assert len(frame) == WIDTH * HEIGHT
    rows = [y for y in range(HEIGHT) if max(frame[y * WIDTH : (y + 1) * WIDTH]) > 128]
    assert rows, "libass drew nothing"
    columns = [x for x in range(WIDTH) if max(frame[x::WIDTH]) > 128]
    return columns[0], rows[0], columns[-1], rows[-1]


def _burn(text: str, tmp_path: Path, name: str, *, raw: bool = False) -> tuple[int, int, int, int]:
    ass = tmp_path / f"{name}.ass"
    transcript = Transcript(segments=[Segment(0, 1000, "", text, id=1)])
    write_transcript(transcript, ass, "ass", ExportOptions(text="translation"))
    if raw:  # the text as an unescaping writer put it
        body = ass.read_text(encoding="utf-8")
        head, _, _ = body.rpartition(",,")
        ass.write_text(head + ",," + text.replace("\n", "\\N") + "\n", encoding="utf-8")
    return _ink(ass)


def _height(box: tuple[int, int, int, int]) -> int:
    return box[3] - box[1]


def _width(box: tuple[int, int, int, int]) -> int:
    return box[2] - box[0]


@pytest.mark.parametrize(
    ("text", "without_braces"),
    [
        ("Q&A: <Breaking> {note} file", "Q&A: <Breaking>  file"),
        ("真主党 {注释} 新闻", "真主党  新闻"),
        ("{\\an8}top?", "top?"),
    ],
)
def test_text_after_a_brace_is_drawn(text: str, without_braces: str, tmp_path: Path) -> None:
    drawn = _burn(text, tmp_path, "escaped")
    assert _width(drawn) > _width(_burn(without_braces, tmp_path, "removed")) + 20
    # The unescaped line loses the brace part: the check above would have failed on it.
    removed = _width(_burn(without_braces, tmp_path, "removed"))
    assert abs(_width(_burn(text, tmp_path, "raw", raw=True)) - removed) <= 2


@pytest.mark.parametrize(
    "text", ["path C:\\News\\N file", "not \\n a \\h break \\N here", "C:\\新闻\\N 文件"]
)
def test_backslash_sequences_stay_on_one_line(text: str, tmp_path: Path) -> None:
    one_line = _height(_burn("path CNNhg file", tmp_path, "one"))
    two_lines = _height(_burn("path CNNhg\nfile", tmp_path, "two"))
    assert two_lines > one_line * 1.6
    drawn = _height(_burn(text, tmp_path, "escaped"))
    assert abs(drawn - one_line) < one_line * 0.35
    raw = _height(_burn(text, tmp_path, "raw", raw=True))
    assert raw > one_line * 1.6, "the unescaped line breaks at \\N (the test could fail)"


def test_two_line_segment_keeps_its_break(tmp_path: Path) -> None:
    one_line = _height(_burn("first line", tmp_path, "one"))
    assert _height(_burn("first {line}\nsecond \\line", tmp_path, "two")) > one_line * 1.6
