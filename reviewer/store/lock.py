"""The lock file beside a project: one writer at a time, a crashed writer's lock seen as stale."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path


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


class ProjectLock:
    """Hold the lock of ``project`` while open; ``owner`` names another holder when we lost."""

    def __init__(self, project: Path):
        self.path = lock_path(project)
        self.held = False
        self.owner: LockOwner | None = None

    def acquire(self) -> bool:
        """Take the lock; return False (and set ``owner``) when a live process holds it.

        A lock whose process is gone (same host, pid not running) is stale and taken over.
        Raises OSError when the lock cannot be written at all (a read-only folder).
        """
        me = LockOwner(
            os.getpid(), socket.gethostname(), getpass.getuser(), time.strftime("%Y-%m-%d %H:%M")
        )
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                owner = _read(self.path)
                if owner is not None and (owner.host != me.host or _alive(owner.pid)):
                    if owner.pid == me.pid and owner.host == me.host:
                        self.owner = owner  # this process already has it open for writing
                        return False
                    self.owner = owner
                    return False
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()  # stale: its process is gone
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(me.__dict__, f)
            self.held = True
            return True
        return False

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.held = False
