"""The ``-wal`` and ``-journal`` beside a project, examined before SQLite may replay them.

SQLite replays whatever ``PROJECT.review-wal`` (or a hot ``-journal``) holds into the project
when it opens or closes the file: a WAL of another database would overwrite the project, and
the WAL of a copy of the same project would silently replace its content. SQLite cannot tell:
a WAL header has its own salt and checksum but nothing that names the database it belongs to.
So before the first connection:

- the file must be a plain file (not a link, a folder or a device), start as a WAL (or hot
  journal) does, have a sound header checksum, and have pages of the project's size;
- a page 1 it would write must carry the project's marks (SQLite's header, page size,
  ``application_id``): otherwise it is another program's database;
- and a non-empty WAL only ever stays behind when a Reviewer session of *this* file ended
  without closing it (a crash, ``kill -9``: Reviewer empties the WAL when it closes a project).
  That session's lock file is still there and names the file's device and inode
  (:class:`reviewer.store.lock.LockOwner`), so a WAL with no such lock, or with the lock of
  another file (a copy), did not come from this file.

A WAL or journal that fails is renamed aside (never deleted, never merged) and the editor is
told where it went. A WAL of a project open in another Reviewer right now is live and is left
alone.
"""

from __future__ import annotations

import os
import stat
import struct
import time
from pathlib import Path

from reviewer.core.errors import ProjectError
from reviewer.store.lock import LockOwner

WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000
WAL_HEADER = 32
FRAME_HEADER = 24
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_APPLICATION_ID_AT = 68
_MAX_FRAMES_READ = 1_000_000  # a WAL this long is read no further (its page 1 frames checked)


def page_size(header: bytes) -> int:
    """Return the page size SQLite's header ``header`` (the file's first 100 bytes) gives."""
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def examine(path: Path, *, live: bool, previous: LockOwner | None) -> list[str]:
    """Move aside a ``-wal`` or ``-journal`` of ``path`` that does not belong to it; return a
    sentence for each one moved. ``live``: another Reviewer has the project open (its WAL is
    in use: left alone). ``previous``: the stale lock of a session that did not close.

    Raises ProjectError when one that does not belong cannot be moved (a read-only folder).
    """
    if live:
        return []
    try:
        with path.open("rb") as f:
            header = f.read(100)
        identity = os.stat(path)
    except OSError:
        return []  # opening says what is wrong with the project itself
    notes: list[str] = []
    for suffix, judge in (("-wal", _foreign_wal), ("-journal", _foreign_journal)):
        sidecar = Path(f"{path}{suffix}")
        try:
            info = os.lstat(sidecar)
        except FileNotFoundError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_size == 0:
            continue
        if not stat.S_ISREG(info.st_mode):
            why = "it is not a plain file (a link, a folder or a device)"
        else:
            why = judge(sidecar, header, previous, identity)
        if why:
            try:
                moved = set_aside(sidecar)
                if suffix == "-wal" and Path(f"{path}-shm").is_file():
                    set_aside(Path(f"{path}-shm"))
            except OSError as exc:
                raise ProjectError(
                    f"{sidecar.name} beside it is not its own ({why}) and cannot be moved aside"
                    f" ({exc.strerror or exc}); not opened, so that it is not merged",
                    path,
                ) from exc
            notes.append(
                f"{sidecar.name} was moved aside to {moved.name}, not merged into the project:"
                f" {why}; the project opens as it was last saved"
            )
    return notes


def _belongs(previous: LockOwner | None, identity: os.stat_result) -> str:
    """'' when ``previous`` is the stale lock of a session of this very file, else why not."""
    if previous is None:
        return "no Reviewer session of this file was left unclosed, so Reviewer did not leave it"
    if previous.device is None or previous.inode is None:
        return "the lock left beside it does not say which file it was for"
    if (previous.device, previous.inode) != (identity.st_dev, identity.st_ino):
        return "it was left by a session of another file (a copy of this project)"
    return ""


def _foreign_wal(
    wal: Path, header: bytes, previous: LockOwner | None, identity: os.stat_result
) -> str:
    """'' when ``wal`` may be replayed into the project whose header is ``header``, else why not."""
    with wal.open("rb") as f:
        head = f.read(WAL_HEADER)
        if len(head) < WAL_HEADER:
            return "it is too short to be a write-ahead log"
        magic, version, size, _seq, salt1, salt2, sum1, sum2 = struct.unpack(">8I", head)
        if magic not in WAL_MAGICS or version != WAL_VERSION:
            return "it is not an SQLite write-ahead log"
        if checksum(head[:24], magic == 0x377F0683) != (sum1, sum2):
            return "its header is damaged"
        if size != page_size(header):
            return f"it is for pages of {size} bytes, the project has {page_size(header)}"
        frames = 0
        committed = False
        while frames < _MAX_FRAMES_READ:
            frame = f.read(FRAME_HEADER)
            if len(frame) < FRAME_HEADER:
                break
            page, commit, fsalt1, fsalt2 = struct.unpack(">4I", frame[:16])
            if (fsalt1, fsalt2) != (salt1, salt2):
                break  # where SQLite stops replaying
            frames += 1
            committed = committed or commit != 0
            if page == 1:
                first = f.read(100)
                f.seek(size - 100, os.SEEK_CUR)
                if first[:16] != header[:16] or page_size(first) != page_size(header):
                    return "it holds the first page of another program's database"
                mark = _APPLICATION_ID_AT
                if first[mark : mark + 4] != header[mark : mark + 4]:
                    return "it holds the first page of another program's database"
            else:
                f.seek(size, os.SEEK_CUR)
    if not committed:
        return ""  # nothing SQLite would replay: it starts the log again
    return _belongs(previous, identity)


def _foreign_journal(
    journal: Path, header: bytes, previous: LockOwner | None, identity: os.stat_result
) -> str:
    """'' when the rollback journal ``journal`` may be played back into the project."""
    with journal.open("rb") as f:
        head = f.read(28)
    if len(head) < 28 or head[:8] != JOURNAL_MAGIC:
        return ""  # not a hot journal: SQLite ignores it
    if header[18:20] == b"\x02\x02":
        return "the project keeps a write-ahead log, so a rollback journal is not its own"
    if int.from_bytes(head[24:28], "big") != page_size(header):
        return "it is for pages of another size than the project's"
    return _belongs(previous, identity)


def checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    """Return SQLite's WAL checksum of ``data`` (a multiple of 8 bytes) continued from s0, s1."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def set_aside(sidecar: Path) -> Path:
    """Rename ``sidecar`` to a name beside it that is free; return the new path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        target = sidecar.with_name(f"{sidecar.name}.set-aside-{stamp}{f'-{n}' if n else ''}")
        if not os.path.lexists(target):
            os.rename(sidecar, target)
            return target
    raise OSError(f"no free name beside {sidecar}")
