"""The lock file beside a project: one writer at a time, a crashed writer's lock seen as stale.

The writer holds an OS lock (``flock``) on ``PROJECT.review.lock`` for as long as the project is
open and writes who it is into it. The kernel drops that lock when the process ends in any way
(a crash, ``kill -9``), so a lock file nobody holds is stale whatever pid it names, even one
reused since. A network share may not pass ``flock`` between machines, so a lock naming another
host counts as held while that host keeps it fresh (:meth:`ProjectLock.refresh`, every minute
from the window) and as stale once it is older than :data:`STALE_AFTER_S`; the editor may break
it sooner, after a warning (:func:`break_lock`), since a crashed machine never refreshes it.

The same project reached through another path (a hard link, another mount, a link) has a lock
file of another name: so the writer also holds ``flock`` on the project file itself, which the
kernel keys by device and inode. (SQLite's own locks on that file are ``fcntl`` locks, which
Linux and the BSDs keep apart from ``flock``.) The lock file records the project's device and
inode, which tells a WAL left by a crash of this file from one copied in from elsewhere
(:mod:`reviewer.store.sidecars`).

Everything read from a lock file is shown escaped and cut short: it may come from anyone.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.lazy import lazy

if TYPE_CHECKING:
    import socket
else:
    socket = lazy("socket")  # reviewer.core.lazy.COMMANDS

try:
    import fcntl
except ImportError:  # Windows: no flock; the pid and host in the file decide
    fcntl = None  # type: ignore[assignment]

_MAX_LOCK_BYTES = 4096  # a lock file is a line of JSON; a bigger one is not ours
STALE_AFTER_S = 15 * 60  # a lock of another host not refreshed for this long is stale
REFRESH_EVERY_S = 60


@dataclass(frozen=True)
class LockOwner:
    """Who holds a project's lock."""

    pid: int
    host: str
    user: str
    since: str
    device: int | None = None  # the project file's, when the lock was taken
    inode: int | None = None
    age_s: float | None = None  # how long since the lock file was written or refreshed

    def describe(self) -> str:
        """Who holds it, fit to show: names escaped and cut short, the age from the file."""
        age = f", {format_age(self.age_s)} ago" if self.age_s is not None else ""
        return (
            f"{_plain(self.user)} (process {self.pid} on {_plain(self.host)},"
            f" since {_plain(self.since, 20)}{age})"
        )

    def record(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "age_s"}


def _plain(text: str, limit: int = 40) -> str:
    """``text`` from a lock file, one line: control characters escaped, at most ``limit``."""
    value = "".join(
        c if c.isprintable() and c not in "\u2028\u2029" else repr(c)[1:-1] for c in text[:limit]
    )
    return value if len(text) <= limit else value[: limit - 1] + "…"


def format_age(seconds: float) -> str:
    """``seconds`` in the largest sensible unit: '40 s', '12 min', '3 h 5 min', '2 days'."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds // 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600:.0f} h {seconds % 3600 // 60:.0f} min"
    return f"{seconds // 86400:.0f} days"


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
        with path.open("rb") as f:
            raw = f.read(_MAX_LOCK_BYTES + 1)
        if len(raw) > _MAX_LOCK_BYTES:
            return None
        data = json.loads(raw.decode("utf-8"))
        device, inode, pid = data.get("device"), data.get("inode"), int(data["pid"])
        return LockOwner(
            pid if 0 <= pid < 2**32 else 0,
            str(data["host"]),
            str(data["user"]),
            str(data["since"]),
            int(device) if isinstance(device, int) else None,
            int(inode) if isinstance(inode, int) else None,
            _age_s(path),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
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
    return socket.gethostname()


class ProjectLock:
    """Hold the lock of ``project`` while open; ``owner`` names another holder when we lost."""

    def __init__(self, project: Path):
        self.project = project
        self.path = lock_path(project)
        self.held = False
        self.owner: LockOwner | None = None
        # The lock a session of this project left when it did not close (a crash), if any.
        self.previous: LockOwner | None = None
        self._fd: int | None = None
        self._project_fd: int | None = None
        self._refreshed = 0.0

    def acquire(self) -> bool:
        """Take the lock; return False (and set ``owner``) when another Reviewer holds it.

        Raises OSError when the lock cannot be written at all (a read-only folder).
        """
        try:
            found: os.stat_result | None = os.stat(self.project)
        except FileNotFoundError:
            found = None  # only its leftovers (-wal, -shm) are there: a new file replaces them
        me = LockOwner(
            os.getpid(),
            _hostname(),
            getpass.getuser(),
            time.strftime("%Y-%m-%d %H:%M"),
            found.st_dev if found else None,
            found.st_ino if found else None,
        )
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
                if not self._lock_project():
                    self.owner = LockOwner(0, "this machine", "another Reviewer", "?")
                    self.through_other_path = True
                    if os.fstat(fd).st_size == 0:
                        self.path.unlink(missing_ok=True)  # ours, made just now
                    os.close(fd)
                    return False
                self.previous = owner
                os.ftruncate(fd, 0)
                os.write(fd, json.dumps(me.record()).encode("utf-8"))
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

    through_other_path = False  # the project is held through another of its paths

    def _lock_project(self) -> bool:
        """Hold ``flock`` on the project file itself: keyed by device and inode, so a hard link
        or another path to the same file finds it taken."""
        if fcntl is None or not self.project.exists():
            return True
        fd = os.open(self.project, os.O_RDONLY)
        if not self._os_lock(fd):
            os.close(fd)
            return False
        self._project_fd = fd
        return True

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
        if self._project_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._project_fd)
            self._project_fd = None
        self.held = False


def peek(project: Path) -> tuple[bool, LockOwner | None]:
    """Return whether another Reviewer holds ``project``'s lock file now, and who wrote it,
    without taking it (what a read-only open needs to judge a WAL beside the file)."""
    path = lock_path(project)
    owner = _read(path)
    if fcntl is None or not path.exists():
        return False, owner
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False, owner
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True, owner
        if owner is not None and owner.host != _hostname():
            return (owner.age_s or 0) < STALE_AFTER_S, owner
        return False, owner
    finally:
        os.close(fd)


def break_lock(project: Path) -> LockOwner | None:
    """Remove the lock another host left on ``project`` (after the editor was warned); return
    whose it was. Refuses (ProjectError) a lock a process on this machine still holds."""
    from reviewer.core.errors import ProjectError, say

    path = lock_path(project)
    owner = _read(path)
    if fcntl is not None and path.exists():
        fd = os.open(path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ProjectError(
                say("the lock is held by a Reviewer running on this machine: close it there"),
                project,
            ) from None
        finally:
            os.close(fd)
    path.unlink(missing_ok=True)
    return owner


def held_by_other_host(owner: LockOwner | None) -> bool:
    """Whether ``owner`` (of a lock we could not take) is on another machine: breakable."""
    return owner is not None and owner.host != _hostname() and owner.pid != 0


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except FileNotFoundError:
        return None
