"""Errors that reach the editor: each names the file (and line) and says what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Said:
    """An error's message as data: an English ``template`` ("not valid JSON ({reason})") and its
    values. ``text`` is the English the command line prints; the window looks the template up in
    its catalogue and fills in the same values (reviewer.ui.translated.error). Every template is
    listed in ``MESSAGES`` below."""

    template: str
    values: tuple[tuple[str, Any], ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.values))

    def __str__(self) -> str:
        return self.text


def say(template: str, **values: Any) -> Said:
    """Return the message of an error, for ``ReviewerError(say(...), path)``.

    >>> str(ReviewerError(say("not valid JSON ({reason})", reason="Expecting value"), "a.json", 3))
    'a.json:3: not valid JSON (Expecting value)'
    """
    return Said(template, tuple(values.items()))


class ReviewerError(Exception):
    """An error with a message fit to show an editor: no traceback, the file named.

    ``message`` is English text, or ``say("template {value}", value=...)`` so that the window can
    word it in its own language (``said``); ``message`` is the English either way."""

    def __init__(
        self, message: str | Said, path: str | Path | None = None, line: int | None = None
    ):
        self.said = message if isinstance(message, Said) else None
        self.message = str(message)
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return where + self.message


class ImportError_(ReviewerError):
    """A file could not be read as a transcript."""


class ExportError(ReviewerError):
    """A transcript could not be written."""


class ProjectError(ReviewerError):
    """A project file could not be opened, upgraded or written."""


class SaveError(ProjectError):
    """A write to the project file failed (full disk, read-only file, file removed or replaced):
    what could not be saved is kept in memory and retried."""


class ReadOnlyProjectError(ProjectError):
    """A write was asked of a project opened read-only."""


class EditError(ReviewerError):
    """An edit that cannot be made (a split outside the segment, a duplicate speaker name)."""


# Every template say() is given below the window (the window's catalogue reads this table:
# reviewer.ui.catalogue_maker; tests/core/test_error_messages.py fails on one missing).
MESSAGES: tuple[str, ...] = (
    "no such file",
    "no segments in this file",
    "no such media file",
    "no transcript beside this video (looked for {name}.srt, {name}.*.vtt, ...);"
    " open the transcript instead",
    "the media cannot be read",
    "the media has no sound",
    "this is {kind}, not a {what} file; nothing was read",
    "the file is {size}, more than the {limit} a {what} may be; nothing was read",
    "this is {kind}; only a regular file is ever replaced",
    "the file exists already",
    "this is {what} itself; choose another name",
    "cannot read the file ({reason})",
    "this is {kind}, not a {what} file",
    "cannot write the file ({reason})",
    "the file exists already (another program made it just now)",
    "the file grew past the {limit} a {what} may be",
    "the folder to write into does not exist",
    "no dialogue events found (not an ASS/SSA file?)",
    'not a Bilibili subtitle file (no "body" list)',
    "the Bilibili subtitle file has no subtitles",
    "not a readable {format} file ({reason})",
    "not a TTML file (no <tt> element)",
    "the TTML file has no captions",
    'not an SCC file (no "Scenarist_SCC V1.0" line)',
    "the SCC file has no captions",
    "the table is empty",
    "the header needs a start column and a text, source or translation column",
    "no rows with times and text",
    "not a readable CSV table ({reason})",
    "the file is empty",
    "not a text file (it holds binary data)",
    "cannot tell which text encoding the file is in",
    "the text is not valid {codec} (choose its encoding with --encoding)",
    "unknown text encoding {name}",
    "the text is not valid {codec}",
    "not valid JSON ({reason})",
    'no "segments" list',
    "no readable segments",
    'no "Transcript" line followed by timecoded lines',
    "the transcript has no text",
    "no text found",
    "{format} can be exported, not imported",
    "{format} can be imported, not exported",
    "could not read this {format} file ({reason})",
    "no captions found (not an SBV file?)",
    "not a readable Word document",
    "no speaker headers with timestamps found",
    "no subtitle cues found (not an SRT file?)",
    "no cues found (not a WebVTT file?)",
    'not a Whisper transcript (no "segments" list)',
    "the Whisper transcript has no segments with text",
    "a checkpoint needs a name",
    "that revision's times are not a segment any more",
    "a glossary term needs a source form",
    "a glossary term needs a translation",
    "the lock is held by a Reviewer running on this machine: close it there",
    "the split point must fall inside the segment",
    "there is no next segment to merge with",
    "a speaker needs a name",
    "speaker keys are 1 to 9",
    "the project is read-only: {reason}",
    "could not save: the project file was removed",
    "could not save: the project file was replaced by another file",
    "could not save: {reason}",
    "could not save a copy: {reason}",
    "could not save: the project file was removed ({reason})",
    "no such project file",
    "cannot replace it: it is open in another Reviewer ({owner}); close it there first",
    "the file is empty: not a Reviewer project",
    "not a Reviewer project (not an SQLite file)",
    "not a Reviewer project (a SQLite file of another program)",
    "cannot create the project: {reason}",
    "made by a newer Reviewer (schema {found}, this one reads up to {newest}); update Reviewer",
    "not a Reviewer project or damaged: {reason}",
    "cannot read the file: {reason}",
    "an older project that needs upgrading, and it is read-only: {reason}",
    "no free name for the rescued project beside it",
    "exists already: the rescue writes a new file, never over one",
    "nothing could be read from it: not a Reviewer project",
    "the glossary is empty (no header line)",
    "the glossary is not UTF-8 text",
    "a term without a source form",
    "there is a checkpoint called {name} already",
    "could not save: changes are still waiting to be written; a checkpoint can be named once"
    " they are",
    "revision {revision} is not one of segment {segment}",
    "could not save the checkpoint: {reason}",
    "could not save a backup before restoring: {reason}",
    "a segment must start before it ends ({start} ms, {end} ms)",
    "there is a speaker called {name} already",
    "there is a speaker called {name} already: merge them instead",
    "there is no speaker called {name}",
    "key {slot} belongs to another speaker",
    "no segment {segment}",
    "the header must be {expected} (found {found})",
    "not a CSV file: {reason}",
    "not valid CSV: {reason}",
    "{cells} cells, the header has {columns} (a comma not in quotes?)",
    "no translation for {term}",
    'not a reviewer transcript (no "format": "{name}")',
    "transcript version {found} is not one this version of Reviewer reads (it reads {newest})",
    "cannot tell the format from the name {name}; name it with -f/--format ({known})",
    "unknown format {name}; one of {known}",
    "every cue has a time past the {hours}-hour limit or before 0:00 ({first})",
    "damaged: a value Reviewer cannot read ({kind}: {value}); nothing was changed",
    "could not upgrade from schema {version}: {reason}; the file is unchanged and a copy is at"
    " {backup}",
    "its schema is not the one Reviewer makes: {differences}",
    "the file is damaged (SQLite's check: {check}); nothing was changed: a copy from before the"
    " damage is the safest way back",
    "its schema is that of version {version} but the file says {says}: not as Reviewer left it",
    "checking the file took over {seconds} s: damaged or not a project",
)

# Values that are words themselves, translated with the template: what a file is
# (reviewer.files.kind_of), what was being read (``what``), why an operation failed
# (reviewer.store.project_file.reason_of, a read-only project's reason). Any other value (a file
# name, an operating system's own reason) is shown as it is.
WORD_VALUES = ("kind", "what", "reason")
WORDS: tuple[str, ...] = (
    "a folder",
    "a named pipe (FIFO)",
    "a device",
    "a socket",
    "not a regular file",
    "file",
    "transcript",
    "glossary",
    "project, transcript or video",
    "the file is read-only",
    "the disk is full",
    "another program has the file locked",
    "opened read-only as asked",
    "the file or its folder cannot be written (permissions)",
)
