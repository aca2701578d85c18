"""NullPlayer and libvlc.probe(): no screen needed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reviewer.player import NullPlayer, Player, PlayerState, create_player, probe
from reviewer.player.libvlc import LibvlcStatus, install_hint


class FakeTime:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_null_player_keeps_time_and_says_why() -> None:
    t = FakeTime()
    player = NullPlayer("libvlc not found: sudo apt install libvlc5", duration_ms=10_000, now=t)
    assert isinstance(player, Player)
    assert player.is_stand_in
    assert "apt install" in player.description
    states: list[PlayerState] = []
    player.on_state = states.append
    player.load("clip.mp4")
    player.play()
    t.t = 1.5
    assert player.position() == 1500
    player.set_rate(2.0)
    t.t = 2.0
    assert player.position() == 2500
    player.toggle()
    assert not player.is_playing()
    player.seek(4000)
    assert player.position() == 4000
    player.frame_step()
    assert player.position() == 4040
    assert states == [PlayerState.PAUSED, PlayerState.PLAYING, PlayerState.PAUSED]


def test_null_player_rate_is_limited() -> None:
    player = NullPlayer()
    player.set_rate(8)
    assert player.rate() == 2.0
    player.set_rate(0.01)
    assert player.rate() == 0.25


def test_null_player_ends() -> None:
    t = FakeTime()
    player = NullPlayer(duration_ms=1000, now=t)
    ended: list[bool] = []
    player.on_end = lambda: ended.append(True)
    player.load("x")
    player.play()
    t.t = 2.0
    assert player.position() == 1000
    assert player.state is PlayerState.ENDED
    assert ended == [True]
    player.play()  # from the start again
    assert player.position() == 0


def test_null_player_volume_mute_close() -> None:
    player = NullPlayer()
    player.set_volume(150)
    player.set_muted(True)
    assert (player.volume(), player.is_muted()) == (100, True)
    player.close()
    player.close()


def test_probe_finds_the_installed_libvlc() -> None:
    status = probe()
    assert isinstance(status, LibvlcStatus)
    if status.ok:
        assert status.version.startswith("3.")
        assert status.message.startswith("libvlc 3.")
    else:
        assert status.reason and status.install_hint


def _probe_in_child(env: dict[str, str]) -> str:
    code = "from reviewer.player import probe; s = probe(); print(s.ok, '|', s.message)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_probe_never_raises_on_a_bad_lib_path(tmp_path, monkeypatch) -> None:
    import os

    env = dict(os.environ, PYTHON_VLC_LIB_PATH=str(tmp_path / "nope.so"))
    out = _probe_in_child(env)
    assert out.startswith("False |")
    assert "PYTHON_VLC_LIB_PATH" in out
    assert install_hint() in out


def test_probe_says_what_to_install_when_plugins_are_missing(tmp_path) -> None:
    import os

    env = dict(os.environ, VLC_PLUGIN_PATH=str(tmp_path), PYTHON_VLC_MODULE_PATH=str(tmp_path))
    out = _probe_in_child(env)
    assert out.startswith("False |"), out
    assert "vlc-plugin" in out or "plugins" in out


class _NoScheduler:
    """A stand-in never schedules anything: the Scheduler protocol with nothing behind it."""

    def call_soon_threadsafe(self, fn) -> None:  # type: ignore[no-untyped-def]
        raise AssertionError("a stand-in player scheduled work")

    call_later = call_soon_threadsafe  # type: ignore[assignment]


def test_create_player_falls_back_to_a_stand_in(monkeypatch) -> None:
    import reviewer.player as player_pkg

    monkeypatch.setattr(
        player_pkg, "probe", lambda: LibvlcStatus(False, reason="libvlc not found",
                                                  install_hint="sudo apt install libvlc5")
    )  # fmt: skip
    player = create_player(_NoScheduler(), None)
    assert player.is_stand_in
    assert player.description == "libvlc not found: sudo apt install libvlc5"


def test_the_player_gets_the_libvlc_instance_probe_started() -> None:
    from reviewer.player import libvlc

    status = probe()
    if not status.ok:
        pytest.skip(status.message)
    vlc, _ = libvlc.import_vlc()
    kept = libvlc._spare
    assert kept is not None  # libvlc started once, not once for probe() and again for the player
    assert libvlc.new_instance(vlc) is kept
    assert libvlc._spare is None
    other = libvlc.new_instance(vlc)  # the next one is new
    assert other is not None and other is not kept
    for instance in (kept, other):
        instance.release()
    probe()
    libvlc.drop_spare()
    assert libvlc._spare is None


def test_the_player_package_needs_no_qt() -> None:
    # libvlc's player schedules through the Scheduler the window hands it (issue 15): the whole
    # of reviewer.player imports with PySide6 blocked.
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import reviewer.player, reviewer.player.vlc_player, reviewer.player.clock\n"
        "print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr[-800:]
