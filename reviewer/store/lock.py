"""The lock file beside a project: one writer at a time, a crashed writer's lock seen as stale.

The writer holds an OS lock (``flock``) on ``PROJECT.review.lock`` for as long as the project is
open and writes who it is into it. The kernel drops that lock when the process ends in any way
(a crash, ``kill -9``), so a lock file nobody holds is stale whatever pid it names, even one
reused since. A network share may not pass ``flock`` between machines, so a lock naming another
host counts as held while that host keeps it fresh (:meth:`ProjectLock.refresh`, every minute
from the window) and as stale once it is older than :data:`STALE_AFTER_S`.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; the pid and host in the file decide
    fcntl = None  # type: ignore[assignment]

STALE_AFTER_S = 15 * 60  # a lock of another host not refreshed for this long is stale
REFRESH_EVERY_S = 60


@dataclass(frozen=True)
class LockOwner:
    """Who holds a project's lock."""

    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return f"{self.user} (process {self.pid} on {self.host}, since {self.since})"


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read(path: Path) -> LockOwner | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _age_s(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _hostname() -> str:
    """This machine's name (socket.gethostname() without importing socket: 3 ms of a start)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows

    return socket.gethostname()


class ProjectLock:
    """Hold the lock of ``project`` while open; ``owner`` names another holder when we lost."""

    def __init__(self, project: Path):
        self.path = lock_path(project)
        self.held = False
        self.owner: LockOwner | None = None
        self._fd: int | None = None
        self._refreshed = 0.0

    def acquire(self) -> bool:
        """Take the lock; return False (and set ``owner``) when another Reviewer holds it.

        Raises OSError when the lock cannot be written at all (a read-only folder).
        """
        me = LockOwner(os.getpid(), _hostname(), getpass.getuser(), time.strftime("%Y-%m-%d %H:%M"))
        for _attempt in range(3):
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
            try:
                if not self._os_lock(fd):
                    self.owner = _read(self.path) or LockOwner(0, "?", "another user", "?")
                    os.close(fd)
                    return False
                if os.fstat(fd).st_ino != _inode(self.path):
                    os.close(fd)  # released and removed while we waited: take the new one
                    continue
                owner = _read(self.path)
                if owner is not None and self._held_elsewhere(owner, me):
                    self.owner = owner
                    os.close(fd)
                    return False
                os.ftruncate(fd, 0)
                os.write(fd, json.dumps(me.__dict__).encode("utf-8"))
                os.fsync(fd)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(fd)
                raise
            self._fd = fd
            self.held = True
            self._refreshed = time.monotonic()
            return True
        return False

    def _os_lock(self, fd: int) -> bool:
        if fcntl is None:
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _held_elsewhere(self, owner: LockOwner, me: LockOwner) -> bool:
        """Whether a lock we could take at the OS level still belongs to someone else."""
        if owner.host != me.host:
            return _age_s(self.path) < STALE_AFTER_S  # a share that does not pass flock on
        if fcntl is not None:
            return False  # same host: nobody holds the flock, so its process is gone
        return owner.pid != me.pid and _alive(owner.pid)

    def refresh(self) -> None:
        """Touch the lock so that other hosts see it is alive (at most once a minute)."""
        if not self.held or time.monotonic() - self._refreshed < REFRESH_EVERY_S:
            return
        with contextlib.suppress(OSError):
            os.utime(self.path)
        self._refreshed = time.monotonic()

    def release(self) -> None:
        if not self.held:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()  # still holding the flock: nobody takes a file we remove
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        self.held = False


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except FileNotFoundError:
        return None
