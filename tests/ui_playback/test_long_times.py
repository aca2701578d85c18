"""The video pane past 596 hours (2^31 ms, where a Qt int ends): the playhead, the time label
and the seek slider follow and drive any time a transcript holds."""

from __future__ import annotations

import pytest

from reviewer.ui.playback import Playback
from reviewer.ui.video_pane import SLIDER_MAX, VideoPane

HOUR = 3_600_000


@pytest.fixture
def pane(qtbot, playback: Playback) -> VideoPane:
    pane = VideoPane(playback)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.mark.parametrize("duration", [600 * HOUR, 10**7 * HOUR, 2**62])
def test_times_past_596_hours_show_and_seek(qtbot, playback: Playback, pane, duration) -> None:
    playback.load(None, duration_hint_ms=duration)
    target = 597 * HOUR + 1
    with qtbot.waitSignal(playback.position_changed) as moved:
        playback.seek(target)
    assert moved.args == [target]  # the signal carries the whole number, not 32 bits of it
    label = pane.time_label
    assert label.text().startswith("597:00:00.001 / ")
    assert label.minimumWidth() >= label.fontMetrics().horizontalAdvance(label.text())  # whole
    slider = pane.seek_slider
    assert 0 < slider.maximum() <= SLIDER_MAX
    step = -(-duration // SLIDER_MAX)
    assert slider.value() == target // step
    # Dragging the slider to its end puts the playhead at the end, within one step.
    slider.sliderMoved.emit(slider.maximum())
    assert duration - step < playback.position() <= duration
    pane.forward_button.click()  # a jump stays inside the media
    assert playback.position() <= duration


def test_under_596_hours_the_slider_counts_milliseconds(qtbot, playback: Playback, pane) -> None:
    playback.load(None, duration_hint_ms=596 * HOUR)
    playback.seek(595 * HOUR + 7)
    assert pane.seek_slider.maximum() == 596 * HOUR
    assert pane.seek_slider.value() == 595 * HOUR + 7
    assert pane.time_label.text() == "595:00:00.007 / 596:00:00.000"
