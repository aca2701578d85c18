"""Playback and VideoPane without a screen or libvlc: the stand-in, the banner, the transport."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from reviewer.player import NullPlayer, PlayerState
from reviewer.player.libvlc import LibvlcStatus, install_hint
from reviewer.ui import playback as playback_module
from reviewer.ui.playback import RATES, TICK_MS, Playback
from reviewer.ui.video_pane import VideoPane


class FakeVlc(NullPlayer):
    """Stands in for VlcPlayer on the offscreen platform: a file named *bad* is unplayable."""

    is_stand_in = False

    def __init__(self, window_id: int | None = None, scheduler: object = None) -> None:
        super().__init__("libvlc 3 (fake)")
        self.window_id = window_id
        self.scheduler = scheduler

    def set_window(self, window_id: int) -> None:
        self.window_id = window_id

    def load(self, path: str) -> None:
        super().load(path)
        if "bad" in Path(path).name:
            self.on_state(PlayerState.ERROR)
            self.on_error(f"{path}: libvlc cannot play this file")


@pytest.fixture
def fake_libvlc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let attach() make a (fake) real player on the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    platforms = (*playback_module.EMBEDDING_PLATFORMS, QGuiApplication.platformName())
    monkeypatch.setattr(playback_module, "EMBEDDING_PLATFORMS", platforms)
    monkeypatch.setattr(playback_module, "probe", lambda: LibvlcStatus(True, "3.0.24"))
    monkeypatch.setattr(playback_module, "new_vlc_player", FakeVlc)


def shown_pane(qtbot, playback: Playback) -> VideoPane:
    pane = VideoPane(playback)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_no_media_plays_silently_on_a_stand_in(qtbot, playback: Playback) -> None:
    with qtbot.waitSignal(playback.media_problem) as problem:
        playback.load(None, duration_hint_ms=5000)
    assert playback.is_stand_in and isinstance(playback.player, NullPlayer)
    assert "No video is linked" in problem.args[0] and "Relink video" in problem.args[0]
    assert playback.problem == problem.args[0] and playback.needs_relink
    assert playback.duration() == 5000
    playback.play()
    qtbot.waitUntil(lambda: playback.position() > 100, timeout=2000)  # the transcript plays
    playback.pause()


def test_missing_file_names_it_and_the_banner_offers_relink(
    qtbot, playback: Playback, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    pane = shown_pane(qtbot, playback)
    missing = tmp_path / "moved away" / "<b>clip</b>.mp4"  # markup in a path stays text
    playback.load(str(missing), duration_hint_ms=12_000)
    assert playback.is_stand_in
    assert str(missing) in playback.problem
    assert "Relink video" in playback.problem and "missing" in playback.problem
    assert pane.banner.isVisible()
    assert pane.banner_text.text() == playback.problem
    assert pane.banner_text.textFormat() == Qt.TextFormat.PlainText
    assert pane.relink_button.isVisible()
    with qtbot.waitSignal(pane.relink_requested, timeout=1000):
        pane.relink_button.click()


def test_an_unattached_file_waits_for_the_surface_and_offscreen_says_why(
    qtbot, playback: Playback, numbered_video: Path
) -> None:
    playback.load(str(numbered_video), duration_hint_ms=12_000)
    assert playback.is_stand_in and playback.problem == ""  # no surface yet: nothing to say
    pane = shown_pane(qtbot, playback)  # showing the pane attaches it
    assert playback.attached
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() == "offscreen":
        assert "offscreen" in playback.problem and "QT_QPA_PLATFORM=xcb" in playback.problem
        assert pane.banner.isVisible() and not pane.relink_button.isVisible()


def test_without_libvlc_the_banner_says_what_to_install(
    qtbot, playback: Playback, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    platforms = (*playback_module.EMBEDDING_PLATFORMS, QGuiApplication.platformName())
    monkeypatch.setattr(playback_module, "EMBEDDING_PLATFORMS", platforms)
    hint = install_hint("linux")
    monkeypatch.setattr(
        playback_module, "probe",
        lambda: LibvlcStatus(False, reason="libvlc not found", install_hint=hint),
    )  # fmt: skip
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\0" * 100)
    pane = shown_pane(qtbot, playback)
    playback.load(str(video), duration_hint_ms=3000)
    assert playback.is_stand_in
    assert "libvlc not found" in playback.problem and hint in playback.problem
    assert pane.banner.isVisible() and pane.banner_text.text() == playback.problem
    assert not pane.relink_button.isVisible()  # relinking would not help


@pytest.mark.usefixtures("fake_libvlc")
def test_a_playable_file_hides_the_banner_and_an_unplayable_one_offers_relink(
    qtbot, playback: Playback, tmp_path: Path
) -> None:
    good, bad = tmp_path / "good.mp4", tmp_path / "bad.mp4"
    good.write_bytes(b"\0" * 100)
    bad.write_bytes(b"\0" * 100)
    pane = shown_pane(qtbot, playback)
    playback.load(None)
    assert pane.banner.isVisible()
    playback.load(str(good))
    assert not playback.is_stand_in and playback.problem == ""
    assert not pane.banner.isVisible()
    with qtbot.waitSignal(playback.media_problem, check_params_cb=bool) as problem:
        playback.load(str(bad), duration_hint_ms=4000)
    assert playback.is_stand_in and playback.duration() == 4000
    assert str(bad) in problem.args[0] and "cannot be played" in problem.args[0]
    assert "libvlc cannot play this file" in problem.args[0]
    assert pane.banner.isVisible() and pane.relink_button.isVisible()
    playback.load(str(good))  # relinked
    assert not playback.is_stand_in and not pane.banner.isVisible()


def test_seek_emits_the_position_once(qtbot, playback: Playback) -> None:
    playback.load(None, duration_hint_ms=10_000)
    seen: list[int] = []
    playback.position_changed.connect(seen.append)
    with qtbot.waitSignal(playback.position_changed) as moved:
        playback.seek(4321)
    assert moved.args == [4321] and playback.position() == 4321
    playback.seek(-50)
    assert playback.position() == 0
    assert seen == [4321, 0]


def test_play_segment_pauses_at_its_end(qtbot, playback: Playback) -> None:
    playback.load(None, duration_hint_ms=10_000)
    positions: list[int] = []
    playback.position_changed.connect(positions.append)
    playback.play_segment(1000, 1300)
    assert playback.is_playing()
    with qtbot.waitSignal(
        playback.state_changed, check_params_cb=lambda s: s is PlayerState.PAUSED, timeout=2000
    ):
        pass
    assert not playback.is_playing()
    assert 1300 - TICK_MS <= playback.position() <= 1300 + TICK_MS
    assert min(positions) == 1000 and max(positions) <= 1300 + TICK_MS


def test_loop_wraps_to_the_start(qtbot, playback: Playback) -> None:
    playback.load(None, duration_hint_ms=10_000)
    playback.set_loop(2000, 2200)
    positions: list[int] = []
    playback.position_changed.connect(positions.append)
    playback.play()  # from 0: outside the loop, so it starts at the loop's start
    assert playback.position() == 2000

    def wraps() -> int:
        return sum(1 for a, b in pairwise(positions) if b < a)

    qtbot.waitUntil(lambda: wraps() >= 2, timeout=3000)
    assert all(2000 <= p < 2200 for p in positions), positions
    playback.set_loop(None, None)  # cleared: plays on past the old end
    qtbot.waitUntil(lambda: playback.position() > 2300, timeout=2000)
    playback.pause()


def test_loop_follows_the_range_the_window_sets(qtbot, playback: Playback) -> None:
    playback.load(None, duration_hint_ms=10_000)
    playback.set_loop(1000, 1100)
    playback.play_segment(1000, 1100)  # looping: replay does not stop at the end
    qtbot.waitUntil(lambda: playback.position() >= 1050, timeout=2000)
    playback.set_loop(5000, 5100)  # the window moved to another segment
    qtbot.waitUntil(lambda: 5000 <= playback.position() < 5100, timeout=1000)
    assert playback.is_playing()
    playback.pause()


def test_step_rate_goes_through_the_steps_and_clamps(qtbot, playback: Playback) -> None:
    pane = shown_pane(qtbot, playback)
    playback.load(None, duration_hint_ms=10_000)
    rates: list[float] = []
    playback.rate_changed.connect(rates.append)
    for _ in range(len(RATES) + 2):
        playback.step_rate(+1)
    assert rates == [1.25, 1.5, 2.0] and playback.rate() == 2.0
    assert pane.rate_box.currentText() == "2×"
    for _ in range(len(RATES) + 2):
        playback.step_rate(-1)
    assert rates[3:] == [1.5, 1.25, 1.0, 0.75, 0.5] and playback.rate() == 0.5
    assert playback.player.rate() == 0.5
    playback.set_rate(0.9)  # between steps: the next step from there
    playback.step_rate(+1)
    assert playback.rate() == 1.0
    playback.set_rate(9)
    assert playback.rate() == 2.0


def test_rate_survives_a_new_file(qtbot, playback: Playback) -> None:
    playback.set_rate(1.5)
    playback.load(None, duration_hint_ms=10_000)
    assert playback.player.rate() == 1.5


def test_jump_clamps_at_zero_and_the_end(qtbot, playback: Playback) -> None:
    playback.load(None, duration_hint_ms=10_000)
    playback.seek(1500)
    playback.jump(-2000)
    assert playback.position() == 0
    playback.jump(2000)
    assert playback.position() == 2000
    playback.seek(9000)
    playback.jump(2000)
    assert playback.position() == 10_000


def test_frame_step_pauses_and_moves_a_frame(qtbot, playback: Playback) -> None:
    playback.load(None, duration_hint_ms=10_000)
    playback.seek(1000)
    playback.play()
    playback.frame_step()
    assert not playback.is_playing()
    assert 1000 <= playback.position() <= 1200
    at = playback.position()
    playback.frame_step(-1)
    playback.frame_step(-1)
    assert at - 100 <= playback.position() < at


def test_pause_while_typing(qtbot, playback: Playback) -> None:
    playback.load(None, duration_hint_ms=10_000)
    playback.play()
    playback.typing_started()
    assert playback.is_playing()  # the option is off
    playback.set_pause_while_typing(True)
    playback.typing_started()
    assert not playback.is_playing()


def test_transport_follows_and_drives_playback(qtbot, playback: Playback) -> None:
    pane = shown_pane(qtbot, playback)
    playback.load(None, duration_hint_ms=3_723_456)
    playback.seek(62_005)
    assert pane.time_label.text() == "0:01:02.005 / 1:02:03.456"
    assert pane.seek_slider.value() == 62_005
    pane.play_button.click()
    assert playback.is_playing() and "Pause" in pane.play_button.toolTip()
    pane.play_button.click()
    assert not playback.is_playing() and "Play" in pane.play_button.toolTip()
    pane.forward_button.click()
    assert playback.position() >= 64_005
    pane.rate_box.activated.emit(0)
    assert playback.rate() == 0.5
    pane.mute_button.click()
    assert playback.is_muted() and playback.player.is_muted()
    pane.volume_slider.setValue(40)
    assert playback.volume() == 40 and playback.player.volume() == 40


def test_tooltips_name_the_keys_and_nothing_takes_focus(qtbot, playback: Playback) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    pane = shown_pane(qtbot, playback)
    tips = " ".join(w.toolTip() for w in pane.findChildren(QWidget))
    for key in ("Space", "Ctrl+Space", "Ctrl+R", "Alt+Left", "Alt+Right", "Ctrl+L"):
        assert key in tips
    assert pane.loop_button.isCheckable()
    assert pane.surface.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert pane.surface.testAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    focusable = [
        w for w in pane.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
        and not w.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        and w.__class__.__name__ != "QLabel"
    ]  # fmt: skip
    assert focusable == []


def test_close_twice_is_safe_even_while_playing(qtbot) -> None:
    playback = Playback()
    playback.load(None, duration_hint_ms=10_000)
    playback.play()
    playback.close()
    playback.close()
    assert not playback.is_playing()
    playback.play()  # after close: ignored, no crash
    playback.seek(100)
    assert not playback.is_playing()


def test_prepare_finds_libvlc_a_turn_ahead_and_attach_does_not_look_again(
    qtbot, playback: Playback, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    platforms = (*playback_module.EMBEDDING_PLATFORMS, QGuiApplication.platformName())
    monkeypatch.setattr(playback_module, "EMBEDDING_PLATFORMS", platforms)
    probes: list[bool] = []

    def probe() -> LibvlcStatus:
        probes.append(True)
        return LibvlcStatus(True, "3.0.24")

    monkeypatch.setattr(playback_module, "probe", probe)
    monkeypatch.setattr(playback_module, "new_vlc_player", FakeVlc)
    playback.prepare()
    playback.prepare()
    assert probes == [True] and not playback.attached
    pane = VideoPane(playback, attach_on_show=False)  # the window attaches it itself
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    assert not playback.attached
    good = tmp_path / "good.mp4"
    good.write_bytes(b"\0" * 100)
    playback.load(str(good), duration_hint_ms=3000)
    playback.attach(pane.surface)
    assert probes == [True]  # what prepare() found
    assert playback.attached and not playback.is_stand_in and not playback.problem


@pytest.mark.usefixtures("fake_libvlc")
def test_attaching_later_keeps_the_playhead_the_stand_in_had(
    qtbot, playback: Playback, tmp_path: Path
) -> None:
    good = tmp_path / "good.mp4"
    good.write_bytes(b"\0" * 100)
    playback.load(str(good), duration_hint_ms=5000)
    playback.seek(1500)  # the window selects its first segment before libvlc is there
    assert playback.is_stand_in and playback.position() == 1500
    pane = VideoPane(playback, attach_on_show=False)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    playback.attach(pane.surface)
    assert not playback.is_stand_in
    assert playback.position() == 1500 and not playback.is_playing()
