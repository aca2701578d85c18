"""Opening what the editor hands us: a project, a transcript (making a project of it, paired
with its other language), or a video (finding its transcript by name). The window's File >
Open, its start, and ``reviewer open`` / ``reviewer import`` all come here.

Opening a project file needs only the store: the formats (and the importer) are imported when
a transcript is read, so the window's start does not pay for them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.errors import ImportError_, ReviewerError, say
from reviewer.core.lazy import lazy
from reviewer.files import check_regular, read_input
from reviewer.formats.catalogue import MEDIA_EXTENSIONS, read_extensions
from reviewer.paths import data_dir, resources_dir
from reviewer.store import EXTENSION, Project

if TYPE_CHECKING:
    import reviewer.store.glossary as store_glossary
    from reviewer.formats import ImportWarning
    from reviewer.formats.encoding import Guess

    Opened = tuple[Project, list[ImportWarning]]
else:
    store_glossary = lazy("reviewer.store.glossary")  # reviewer.core.lazy.COMMANDS

# What is taken for a transcript beside a video of the same name: every extension the format
# catalogue reads, but .xml (broadcast cameras and MXF workflows leave their metadata in
# CLIPNAME.XML beside the clip) and .docx (Reviewer's own Word export, clip.docx, sits there
# too): TTML and service transcripts in Word are opened when asked for.
TRANSCRIPT_EXTENSIONS = tuple(x for x in read_extensions() if x not in (".xml", ".docx"))


def base_name(path: Path) -> str:
    """Return the name a file's project shares with it: ``clip`` for clip.zh.srt."""
    return path.name.split(".")[0]


def transcripts_named(folder: Path, base: str) -> list[Path]:
    """Return the transcripts in ``folder`` named ``base`` (clip.srt, clip.zh.srt, clip.en.vtt)."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in TRANSCRIPT_EXTENSIONS and base_name(p) == base
    )


def project_beside(transcript: Path) -> Path:
    """Return the project file beside ``transcript``: clip.review for clip.zh.srt."""
    return transcript.with_name(base_name(transcript) + EXTENSION)


def project_path_for(transcript: Path) -> Path:
    """Return where the window puts the project for ``transcript``: beside it, or in the data
    folder when that folder cannot be written."""
    if os.access(transcript.parent, os.W_OK):
        return project_beside(transcript)
    return data_dir() / (base_name(transcript) + EXTENSION)


def open_anything(
    path: Path,
    *,
    author: str | None = None,
    encoding: str | None = None,
    break_lock: bool = False,
) -> Opened:
    """Return an open project for ``path`` (a .review file, a transcript, or a video) and the
    warnings of an import it made (cues skipped, with their lines).

    A transcript is paired with the one other transcript of the same name in the other
    language (clip.zh.srt with clip.en.srt), and finds its video by name. ``encoding`` is
    the text encoding of the transcript ``path`` (None: guessed).
    """
    if not path.exists():
        raise ReviewerError(say("no such file"), path)
    # A FIFO would block the window for ever, /dev/zero fill its memory: refused unopened.
    check_regular(path, what="project, transcript or video", error=ReviewerError)
    suffix = path.suffix.lower()
    if suffix == EXTENSION:
        return Project.open(path, author=author, break_lock=break_lock), []
    from reviewer.app.importing import find_media

    if suffix in MEDIA_EXTENSIONS:
        existing = path.with_suffix(EXTENSION)
        if existing.exists():
            return Project.open(existing, author=author, break_lock=break_lock), []
        transcripts = transcripts_named(path.parent, base_name(path))
        if not transcripts:
            raise ReviewerError(
                say(
                    "no transcript beside this video (looked for {name}.srt, {name}.*.vtt, ...);"
                    " open the transcript instead",
                    name=path.stem,
                ),
                path,
            )
        return import_files(transcripts[:2], media=path, author=author, break_lock=break_lock)
    others = [p for p in transcripts_named(path.parent, base_name(path)) if p != path]
    files = [path, others[0]] if len(others) == 1 else [path]
    return import_files(
        files, media=find_media(path), author=author, encoding=encoding, break_lock=break_lock
    )


def unsure_encoding(path: Path, *, opening: bool = True) -> tuple[bytes, Guess] | None:
    """Return (bytes, guess) when reading the transcript ``path`` (``opening``: to make a new
    project of it; else as the other language) would read its text encoding as a guess among
    several (the window then asks), else None."""
    if path.suffix.lower() not in TRANSCRIPT_EXTENSIONS:
        return None
    if opening and project_path_for(path).exists():
        return None  # the project is reopened, the file not read
    from reviewer.formats.encoding import decode_guessed

    try:
        data = read_input(path, what="transcript")
        _text, guess = decode_guessed(data, path)
    except (OSError, ReviewerError):
        return None  # the import says what is wrong
    return None if guess.sure else (data, guess)


def import_files(
    files: list[Path],
    *,
    media: Path | None,
    author: str | None,
    encoding: str | None = None,
    break_lock: bool = False,
) -> Opened:
    """Make (or reopen: the editor's work is in it) the project of ``files``, one transcript or
    two languages paired; return it with the import's warnings. ``break_lock`` takes over a
    lock another machine left on a project reopened."""
    target = project_path_for(files[0])
    if target.exists():
        return Project.open(target, author=author, break_lock=break_lock), []
    from reviewer.app.importing import import_transcript

    transcript, warnings = import_transcript(
        files[0], files[1] if len(files) > 1 else None, encoding=encoding
    )
    if not transcript.segments:
        raise ImportError_(say("no segments in this file"), files[0])
    from reviewer.files import FileExistsRefused

    try:
        project = Project.create(
            target,
            transcript,
            media=str(media) if media else None,
            author=author,
            label=f"Import {files[0].name}",
            replace=False,
        )
    except FileExistsRefused:  # another window made it while this one read: theirs is kept
        return Project.open(target, author=author), []
    return project, warnings


@dataclass
class Imported:
    """What ``import_new`` wrote: the project file, its segments, its media, the warnings."""

    path: Path
    segments: int
    media: Path | None
    warnings: list[ImportWarning] = field(default_factory=list)


def import_new(
    file: Path,
    file2: Path | None = None,
    *,
    output: Path | None = None,
    media: Path | None = None,
    side: str | None = None,
    kind: str | None = None,
    encoding: str | None = None,
    author: str | None = None,
    replace: bool = False,
    progress: Callable[[str], None] = lambda _message: None,
) -> Imported:
    """Write a new project of ``file`` (paired with ``file2``) to ``output`` (default: beside
    it, clip.review) and close it; ``media`` defaults to the video found by name. Raises
    reviewer.files.FileExistsRefused when ``output`` exists and not ``replace``."""
    from reviewer.app.importing import find_media, import_transcript

    output = output or project_beside(file)
    if media is not None and not media.exists():
        raise ReviewerError(say("no such media file"), media)
    media = media or find_media(file)
    progress(f"Reading {file}...")
    transcript, warnings = import_transcript(file, file2, side=side, encoding=encoding, kind=kind)
    progress(f"Writing {output}...")
    Project.write_new(
        output,
        transcript,
        media=str(media) if media else None,
        author=author,
        label=f"Import {file.name}",
        replace=replace,
    )
    return Imported(output, len(transcript.segments), media, list(warnings))


def add_other_language(project: Project, path: Path, encoding: str | None = None) -> int:
    """Fill the other side of the project's segments from ``path`` (in ``encoding``; None:
    guessed) by time overlap, as one undoable edit; returns how many segments got text."""
    from reviewer.formats import pair_transcripts, read_transcript

    current = project.transcript
    other = read_transcript(path, encoding=encoding).transcript
    paired = pair_transcripts(current, other)  # a new transcript: the project's is untouched
    edits = []
    for segment in paired.segments:
        if segment.id is None:
            continue
        mine = project.segment(segment.id)
        for name in ("source", "translation"):
            new = getattr(segment, name)
            if new and new != getattr(mine, name) and not getattr(mine, name):
                edits.append((segment.id, name, new))
    if edits:
        project.edit(edits, f"Add {path.name}")
    return len({e[0] for e in edits})


def demo_project(author: str | None = None) -> Project:
    """Return the demo project, made on first use from the bundled clip in the data folder."""
    folder = data_dir() / "demo"
    target = folder / ("demo" + EXTENSION)
    if target.exists():
        try:
            return Project.open(target, author=author)
        except ReviewerError:
            target.rename(target.with_suffix(".damaged"))
    source = resources_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("demo.mp4", "demo.zh.srt", "demo.en.srt", "glossary.csv"):
        if (source / name).exists():
            shutil.copy2(source / name, folder / name)
    project, _warnings = import_files(
        [folder / "demo.zh.srt", folder / "demo.en.srt"], media=folder / "demo.mp4", author=author
    )
    if (folder / "glossary.csv").exists():  # the names the story's mistakes get wrong
        store_glossary.import_csv(project, folder / "glossary.csv")
    return project
