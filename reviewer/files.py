"""Reading and writing files safely: the one place where Reviewer opens a file the user named.

Reading (:func:`read_input`): only a regular file is opened (a FIFO would block for ever,
/dev/zero would fill memory, a folder or a socket cannot be read), and only up to a size limit,
each refused with a sentence before anything is read.

Writing (:func:`write_file`; :func:`temp_beside` and :func:`publish` for a file another
library writes by name, a SQLite project): the data goes to a temporary file made with O_EXCL
and O_NOFOLLOW in the target's own folder (so a link planted at a guessable name is never
followed), is flushed to disk, and then renamed over the target: the file appears whole or not
at all. Only a regular file is ever replaced (a device such as /dev/null, a folder or a FIFO is
refused), and only when the caller says so (``replace``: the window's save dialog asked, or the
command line was given --force); otherwise the new file is linked into place, which fails if
anything appeared under that name meanwhile, so two commands writing the same new file cannot
both succeed.

Qt-free and below the formats and the store; the callers pass the error class to raise
(ImportError_, ExportError, ProjectError...), whose message names the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.errors import ExportError, ImportError_, ReviewerError, say
from reviewer.core.lazy import lazy
from reviewer.core.limits import MAX_INPUT_BYTES, megabytes

if TYPE_CHECKING:
    import tempfile
else:
    tempfile = lazy("tempfile")  # reviewer.core.lazy.COMMANDS


def _umask() -> int:
    mask = os.umask(0o022)  # read it the only way there is; set back at once
    os.umask(mask)
    return mask


_NEW_FILE_MODE = 0o666 & ~_umask()  # what open() would give a new file; read once, at import


class FileExistsRefused(ReviewerError):
    """A write would replace an existing file and the caller did not allow it."""


def kind_of(mode: int) -> str:
    """Return what a file of st_mode ``mode`` is, in an editor's words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# -- reading -----------------------------------------------------------------------------------


def check_regular(
    path: str | Path, *, what: str = "file", error: type[ReviewerError] = ImportError_
) -> os.stat_result:
    """Return the status of the regular file at ``path`` (a link to one counts); raise
    ``error`` with a sentence when it is missing or is a folder, FIFO, device or socket."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise error(say("no such file"), path) from None
    except OSError as exc:
        raise error(say("cannot read the file ({reason})", reason=_reason(exc)), path) from None
    if not stat.S_ISREG(info.st_mode):
        raise error(
            say(
                "this is {kind}, not a {what} file; nothing was read",
                kind=kind_of(info.st_mode),
                what=what,
            ),
            path,
        )
    return info


def check_input(
    path: str | Path,
    *,
    limit: int = MAX_INPUT_BYTES,
    what: str = "file",
    error: type[ReviewerError] = ImportError_,
) -> int:
    """Return the size of the regular file at ``path``; raise ``error`` with a sentence when it
    is missing, not a regular file, or larger than ``limit`` bytes. Opens nothing."""
    info = check_regular(path, what=what, error=error)
    if info.st_size > limit:
        raise error(
            say(
                "the file is {size}, more than the {limit} a {what} may be; nothing was read",
                size=megabytes(info.st_size),
                limit=megabytes(limit),
                what=what,
            ),
            path,
        )
    return info.st_size


def read_input(
    path: str | Path,
    *,
    limit: int = MAX_INPUT_BYTES,
    what: str = "file",
    error: type[ReviewerError] = ImportError_,
) -> bytes:
    """Return the bytes of the regular file at ``path`` (see :func:`check_input`).

    The file is opened non-blocking and checked again once open, so a FIFO put in its place
    after the check cannot block, and a file that grows past ``limit`` while read is refused.
    """
    check_input(path, limit=limit, what=what, error=error)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise error(say("cannot read the file ({reason})", reason=_reason(exc)), path) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error(
                say("this is {kind}, not a {what} file", kind=kind_of(info.st_mode), what=what),
                path,
            )
        chunks = []
        size = 0
        while chunk := os.read(fd, min(1 << 24, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise error(
                    say(
                        "the file grew past the {limit} a {what} may be",
                        limit=megabytes(limit),
                        what=what,
                    ),
                    path,
                )
        return b"".join(chunks)
    except OSError as exc:
        raise error(say("cannot read the file ({reason})", reason=_reason(exc)), path) from None
    finally:
        os.close(fd)


# -- writing -----------------------------------------------------------------------------------


def check_target(
    path: str | Path, *, replace: bool, error: type[ReviewerError] = ExportError
) -> Path:
    """Return the real path to write for ``path`` (a link to a file is written through); raise
    ``error`` when what is there is not a regular file, or FileExistsRefused when it is one and
    ``replace`` is False."""
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise error(say("the folder to write into does not exist"), path) from None
        return target
    except OSError as exc:
        raise error(say("cannot write the file ({reason})", reason=_reason(exc)), path) from None
    if not stat.S_ISREG(info.st_mode):
        raise error(
            say("this is {kind}; only a regular file is ever replaced", kind=kind_of(info.st_mode)),
            path,
        )
    if not replace:
        raise FileExistsRefused(say("the file exists already"), path)
    return target


def refuse_same_file(
    path: str | Path, kept: str | Path, what: str, error: type[ReviewerError] = ExportError
) -> None:
    """Raise ``error`` when ``path`` is the file ``kept`` under any name (a link, a hard link,
    another path to it: the same device and inode), e.g. an export over its own project."""
    try:
        same = os.path.samefile(path, kept)
    except OSError:  # either is missing: not the same file
        return
    if same:
        raise error(say("this is {what} itself; choose another name", what=what), path)


def temp_beside(target: Path, *, error: type[ReviewerError] = ExportError) -> Path:
    """Return a new empty file in ``target``'s folder, made with O_EXCL and O_NOFOLLOW under a
    random name (``.NAME.RANDOM.tmp``): no one else's file, never through a planted link."""
    fd, name = _make_temp(target, error)
    os.close(fd)
    return Path(name)


def _make_temp(target: Path, error: type[ReviewerError]) -> tuple[int, str]:
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise error(say("cannot write the file ({reason})", reason=_reason(exc)), target) from None


def publish(
    temp: Path,
    path: str | Path,
    *,
    replace: bool,
    error: type[ReviewerError] = ExportError,
) -> Path:
    """Put the finished file ``temp`` at ``path``; return the path written. ``temp`` is gone
    afterwards, whatever happens.

    With ``replace`` an existing regular file is replaced (it keeps its permissions); without,
    the new file is hard-linked into place, which fails when anything is there (the second of
    two commands making the same file gets FileExistsRefused, never a silent overwrite).
    """
    try:
        target = check_target(path, replace=replace, error=error)
        try:
            old_mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            old_mode = None
        _chmod(temp, old_mode if old_mode is not None else _NEW_FILE_MODE)
        if replace:
            os.replace(temp, target)
        else:
            _link_new(temp, target, path, error)
        _sync_folder(target.parent)
        return target
    except OSError as exc:
        raise error(say("cannot write the file ({reason})", reason=_reason(exc)), path) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def _link_new(temp: Path, target: Path, path: str | Path, error: type[ReviewerError]) -> None:
    try:
        os.link(temp, target, follow_symlinks=False)
    except FileExistsError:
        raise FileExistsRefused(
            say("the file exists already (another program made it just now)"), path
        ) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # A file system without hard links (FAT, some network shares): claim the name with
        # O_EXCL, then rename over the claim.
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
        except FileExistsError:
            raise FileExistsRefused(say("the file exists already"), path) from None
        os.close(fd)
        os.replace(temp, target)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _chmod(temp: Path, mode: int) -> None:
    """Give ``temp`` the permissions ``mode`` through a descriptor (never through a link)."""
    fd = os.open(temp, os.O_RDONLY | _NOFOLLOW)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        else:  # Windows: only the read-only bit exists
            os.chmod(temp, mode)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entry for the renamed file to disk (where the system allows)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_file(
    path: str | Path,
    data: bytes,
    *,
    replace: bool,
    error: type[ReviewerError] = ExportError,
) -> Path:
    """Write ``data`` to ``path`` safely (see the module's notes); return the path written."""
    target = check_target(path, replace=replace, error=error)
    fd, name = _make_temp(target, error)
    temp = Path(name)
    try:
        # Written through the descriptor mkstemp opened: the name is never opened again.
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise error(
                say("cannot write the file ({reason})", reason=_reason(exc)), path
            ) from None
        raise
    return publish(temp, path, replace=replace, error=error)
