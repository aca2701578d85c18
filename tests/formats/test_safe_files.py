"""reviewer.files: reading only regular files within a limit; writing whole or not at all,
over regular files only, never through a planted link, never over a file made meanwhile."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

import reviewer.files as files
from reviewer.core.errors import ExportError, ImportError_
from reviewer.files import FileExistsRefused, read_input, write_file


def temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_new_file_gets_the_usual_permissions_and_a_replaced_one_keeps_its_own(
    tmp_path: Path,
) -> None:
    new = write_file(tmp_path / "new.srt", b"one", replace=False)
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~mask
    private = tmp_path / "private.csv"
    private.write_bytes(b"old")
    private.chmod(0o600)
    write_file(private, b"new", replace=True)
    assert private.read_bytes() == b"new" and stat.S_IMODE(private.stat().st_mode) == 0o600


def test_without_replace_an_existing_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "kept.srt"
    target.write_bytes(b"mine")
    with pytest.raises(FileExistsRefused, match="the file exists already"):
        write_file(target, b"theirs", replace=False)
    assert target.read_bytes() == b"mine" and temporaries(tmp_path) == []


@pytest.mark.parametrize("code", [errno.EPERM, errno.EOPNOTSUPP])
def test_without_hard_links_the_name_is_claimed_with_o_excl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def no_links(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "link", no_links)  # a FAT stick, a network share
    target = tmp_path / "fat.srt"
    write_file(target, b"data", replace=False)
    assert target.read_bytes() == b"data"
    with pytest.raises(FileExistsRefused):
        write_file(target, b"again", replace=False)
    assert target.read_bytes() == b"data" and temporaries(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "full.srt"
    target.write_bytes(b"the old export")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(ExportError, match=r"full\.srt: cannot write the file \(No space left"):
        write_file(target, b"new", replace=True)
    assert target.read_bytes() == b"the old export" and temporaries(tmp_path) == []


def test_a_planted_link_at_the_temporary_name_is_never_written_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    planted = tmp_path / ".out.csv.guess.tmp"
    planted.symlink_to(victim)
    import tempfile

    # mkstemp's first two tries meet the planted link (tempfile's name source, made to guess).
    names = iter(["guess", "guess", "other"])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: names)
    write_file(tmp_path / "out.csv", b"export", replace=False)
    assert victim.read_bytes() == b"precious" and planted.is_symlink()
    assert (tmp_path / "out.csv").read_bytes() == b"export"


def test_read_input_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "eleven.srt"
    path.write_bytes(b"x" * 11)
    assert read_input(path, limit=11) == b"x" * 11
    with pytest.raises(ImportError_, match="is 11 bytes, more than the 10 bytes a file may be"):
        read_input(path, limit=10)
