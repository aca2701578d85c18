"""The lock: a crashed writer's lock is stale (even when its pid is reused), a live one on
another host is respected until it goes stale, and a released lock is never taken twice."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from helpers import sample_transcript

from reviewer.store import Project
from reviewer.store.lock import STALE_AFTER_S, ProjectLock, lock_path

HOLD = (
    "import sys; from reviewer.store import Project; p = Project.open(sys.argv[1]);"
    " print('ro' if p.read_only else 'rw', flush=True); sys.stdin.read()"
)


def make(tmp_path: Path) -> Path:
    path = tmp_path / "shared.review"
    Project.create(path, sample_transcript()).close()
    return path


def write_lock(path: Path, pid: int, host: str) -> None:
    owner = {"pid": pid, "host": host, "user": "someone", "since": "earlier"}
    lock_path(path).write_text(json.dumps(owner), encoding="utf-8")


def test_lock_of_a_writer_killed_with_sigkill_is_stale(tmp_path: Path) -> None:
    path = make(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == b"rw"
    with Project.open(path) as while_alive:
        assert while_alive.read_only and "open in another Reviewer" in while_alive.read_only_reason
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_path(path).exists()  # left behind by the crash
    with Project.open(path) as after:
        assert not after.read_only


def test_a_lock_naming_a_live_but_unrelated_process_is_stale(tmp_path: Path) -> None:
    # After a reboot the crashed writer's pid may belong to any process: only the OS lock counts.
    path = make(tmp_path)
    write_lock(path, os.getppid(), socket.gethostname())
    with Project.open(path) as project:
        assert not project.read_only
        assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()


def test_a_fresh_lock_of_another_host_is_respected(tmp_path: Path) -> None:
    path = make(tmp_path)
    write_lock(path, 4242, "editing-pc-2")
    with Project.open(path) as project:
        assert project.read_only
        assert "editing-pc-2" in project.read_only_reason
    assert json.loads(lock_path(path).read_text())["host"] == "editing-pc-2"


def test_a_lock_of_another_host_not_refreshed_for_long_is_stale(tmp_path: Path) -> None:
    path = make(tmp_path)
    write_lock(path, 4242, "editing-pc-2")
    old = time.time() - STALE_AFTER_S - 60
    os.utime(lock_path(path), (old, old))
    with Project.open(path) as project:
        assert not project.read_only


def test_the_writer_keeps_its_lock_fresh(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    with Project.open(path) as project:
        old = time.time() - 3600
        os.utime(lock_path(path), (old, old))
        monkeypatch.setattr("reviewer.store.lock.REFRESH_EVERY_S", 0)
        project.heartbeat()
        assert time.time() - lock_path(path).stat().st_mtime < 60


def test_released_lock_is_removed_and_taken_once(tmp_path: Path) -> None:
    path = make(tmp_path)
    first = ProjectLock(path)
    assert first.acquire()
    second = ProjectLock(path)
    assert not second.acquire() and second.owner is not None
    assert second.owner.pid == os.getpid()
    first.release()
    assert not lock_path(path).exists()
    assert second.acquire()
    second.release()
