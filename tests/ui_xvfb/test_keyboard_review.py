"""A whole review of the demo clip from the keyboard, in the real app on its own X server, with
and without a window manager: the first start's welcome, a speaker on every segment, the
planted errors fixed (names, untranslated Chinese, a boundary cut short), every segment
approved, an SRT export; then the project file and the export are read back.

The keys are xdotool's, sent to whatever has the X keyboard focus, as a person's would be:
a key that landed in the wrong place (a text box, a filter, a dialog not yet up) shows in the
file as a change nobody asked for, and the test fails on it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pysubs2
import pytest
from desk import Desk, tools_missing, wait_for

from reviewer.player import probe

FIXED = {
    2: "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Lavrov in Beijing today.",
    3: "The two sides discussed the ceasefire between Lebanon's Hezbollah and Israel.",
    4: "We call on all parties to exercise restraint and resume dialogue as soon as possible.",
}
SPEAKERS = {1: "Chen Jing", 2: "Chen Jing", 3: "Chen Jing", 4: "Wang Yi", 5: "Sergei Lavrov",
            6: "Sergei Lavrov", 7: "Anna Lee"}  # fmt: skip


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _segment(path: Path, sid: int) -> tuple[object, ...]:
    found = _rows(
        path,
        "SELECT p.name, s.status, s.translation, s.end_ms FROM segments s"
        f" LEFT JOIN speakers p ON p.id = s.speaker_id WHERE s.id = {sid}",
    )
    return found[0] if found else ()


@pytest.mark.xvfb
@pytest.mark.parametrize("window_manager", [None, "openbox"], ids=["no-wm", "openbox"])
def test_a_whole_review_from_the_keyboard(tmp_path: Path, window_manager: str | None) -> None:
    missing = tools_missing(window_manager)
    if missing or not probe().ok:
        pytest.skip(missing or probe().message)
    desk = Desk(tmp_path, window_manager)
    project = tmp_path / "data" / "reviewer" / "demo" / "demo.review"
    try:
        _review(desk, project, tmp_path)
    except AssertionError:
        desk.screenshot(tmp_path / "failure.png")  # what the screen showed when it stopped
        raise
    finally:
        status, stderr = desk.close()
    assert status == 0, stderr[-2000:]
    # libvlc, ALSA and VDPAU kept off the terminal (reviewer.ui.terminal).
    assert not [line for line in stderr.splitlines() if "ALSA" in line or "VDPAU" in line]
    _check_file(project)
    _check_export(project.with_suffix(".srt"))
    # Approve-and-tag in two keys, and the whole review in this many (typing included):
    print(f"\n{window_manager or 'no window manager'}: {desk.keys} keys for the whole review")
    assert desk.keys <= 420


def _review(desk: Desk, project: Path, tmp_path: Path) -> None:
    desk.start_app()  # no project: the demo clip, and the welcome over it
    desk.focused_on("Welcome to Reviewer")
    desk.key("ctrl+a")
    desk.type("Anna Petrova")
    desk.key("Return")  # Start reviewing
    desk.focused_on("demo.review")

    # 1: a new speaker (Alt+N makes it, on key 1, and gives it to the segment), approve.
    _new_speaker(desk, "Chen Jing")
    desk.key("ctrl+Return")
    wait_for("segment 1 approved", lambda: _segment(project, 1)[:2] == ("Chen Jing", "approved"))

    # 2: key 1, the names fixed with find and replace, approve.
    before = desk.keys
    desk.key("1")
    desk.key("ctrl+h")
    desk.focused_on("Find and replace")
    desk.type("Wang Yee")
    desk.key("alt+w")  # to "Replace with"
    desk.type("Wang Yi")
    desk.key("alt+r")  # replace in this segment
    wait_for("Wang Yi", lambda: "Wang Yi met" in str(_segment(project, 2)[2]))
    desk.key("alt+f", "ctrl+a")
    desk.type("Lavrof")
    desk.key("alt+w", "ctrl+a")
    desk.type("Lavrov")
    desk.key("alt+r")
    wait_for("Lavrov", lambda: _segment(project, 2)[2] == FIXED[2])
    desk.key("Escape")  # the dialog closes; the keys are the list's again
    desk.focused_on("demo.review")
    desk.key("ctrl+Return")
    wait_for("segment 2 approved", lambda: _segment(project, 2)[1] == "approved")
    assert desk.keys - before < 60

    # 3: key 1, the untranslated 真主党 fixed in the editor, approve.
    desk.key("1", "Return", "ctrl+a")
    desk.type(FIXED[3])
    desk.key("Escape", "ctrl+Return")
    wait_for("segment 3 approved", lambda: _segment(project, 3)[1:3] == ("approved", FIXED[3]))

    # 4: Wang Yi, 对话 translated, the end moved 0.5 s later (Alt+' five times), approve.
    _new_speaker(desk, "Wang Yi")
    desk.key("Return", "ctrl+a")
    desk.type(FIXED[4])
    desk.key("Escape", *["alt+apostrophe"] * 5, "ctrl+Return")
    wait_for("segment 4 approved", lambda: _segment(project, 4)[1] == "approved")

    # 5-7: a speaker and an approval, two keys where the speaker is known.
    _new_speaker(desk, "Sergei Lavrov")
    desk.key("ctrl+Return")
    before = desk.keys
    desk.key("3", "ctrl+Return")
    assert desk.keys - before == 2
    six = ("Sergei Lavrov", "approved")
    wait_for("segment 6 approved", lambda: _segment(project, 6)[:2] == six)
    _new_speaker(desk, "Anna Lee")
    desk.key("ctrl+Return")
    wait_for("segment 7 approved", lambda: _segment(project, 7)[1] == "approved")
    desk.screenshot(tmp_path / "mid-review.png")

    # Export: SRT (the first format), saved beside the project under its name.
    desk.key("ctrl+shift+e")
    desk.focused_on("Export")
    desk.key("alt+s")
    desk.focused_on("Export to")
    desk.key("Return")
    wait_for("the export", lambda: project.with_suffix(".srt").exists())
    desk.focused_on("demo.review")
    desk.key("ctrl+q")


def _new_speaker(desk: Desk, name: str) -> None:
    desk.key("alt+n")
    desk.focused_on("New speaker")
    desk.type(name)
    desk.key("Return")
    desk.focused_on("demo.review")


def _check_file(project: Path) -> None:
    for sid, speaker in SPEAKERS.items():
        name, status, translation, _end = _segment(project, sid)
        assert (name, status) == (speaker, "approved"), sid
        if sid in FIXED:
            assert translation == FIXED[sid]
    assert _segment(project, 4)[3] == 24_574 + 500
    # Nothing else changed: no source text, no note, no tag, no other timing, no flag.
    changed = {
        (sid, field)
        for sid, field in _rows(
            project, "SELECT DISTINCT entity_id, field FROM revisions WHERE entity = 'segment'"
        )
    }
    expected = {(s, "speaker") for s in SPEAKERS} | {(s, "status") for s in SPEAKERS}
    expected |= {(s, "translation") for s in FIXED} | {(4, "end_ms")}
    assert changed == expected
    # The clip's length as libvlc measured it, kept for exports (41.44 s).
    [(measured,)] = _rows(project, "SELECT duration_ms FROM media")
    assert isinstance(measured, int) and abs(measured - 41_440) <= 100
    sql = "SELECT DISTINCT author FROM operations WHERE kind = 'do'"
    authors = {a for (a,) in _rows(project, sql)}
    assert authors == {"Anna Petrova"}


def _check_export(srt: Path) -> None:
    subs = pysubs2.load(str(srt))
    assert len(subs) == 7
    assert not any(e.plaintext.startswith(tuple(f"{n}:" for n in SPEAKERS.values())) for e in subs)
    assert "Hezbollah" in subs[2].plaintext and "Lavrov" in subs[1].plaintext
    assert subs[3].end == 25_074
    assert subs[-1].end <= 41_440  # within the clip
