"""Playback menu: play, replay and loop the segment, jumps, speed, frames, and the two options
(follow playback, pause while typing) whose checked state is a setting."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reviewer.ui.window_api import Shell

JUMP_MS = 2000


def play_pause(window: Shell) -> None:
    window.playback.toggle()


def replay(window: Shell) -> None:
    segment = window.current_segment()
    if segment is not None:
        window.playback.play_segment(segment.start_ms, segment.end_ms)


def loop(window: Shell) -> None:
    window.update_loop()
    if window.actions_by_name["loop"].isChecked() and not window.playback.is_playing():
        replay(window)


def loop_toggled(window: Shell, _on: bool) -> None:
    window.update_loop()


def jump_back(window: Shell) -> None:
    window.playback.jump(-JUMP_MS)


def jump_forward(window: Shell) -> None:
    window.playback.jump(JUMP_MS)


def slower(window: Shell) -> None:
    window.playback.step_rate(-1)


def faster(window: Shell) -> None:
    window.playback.step_rate(+1)


def normal_speed(window: Shell) -> None:
    window.playback.set_rate(1.0)


def frame_step(window: Shell) -> None:
    window.playback.frame_step()


def frame_back(window: Shell) -> None:
    window.playback.frame_step(-1)


def follow_setting(window: Shell) -> bool:
    return window.settings.flag("follow", True)


def follow_toggled(window: Shell, on: bool) -> None:
    """The checked state is the setting; the window reads it as the playhead moves."""
    window.settings.set_flag("follow", on)


def pause_while_typing_setting(window: Shell) -> bool:
    return window.settings.flag("pause_while_typing", False)


def pause_while_typing_toggled(window: Shell, on: bool) -> None:
    window.settings.set_flag("pause_while_typing", on)
    window.playback.set_pause_while_typing(on)
