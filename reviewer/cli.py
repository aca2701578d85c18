"""The command line: import, export, info, history, check, glossary, open.

Errors go to stderr as one line naming the file (and line) and what is wrong, exit status 2.
This module never imports the window (reviewer.ui), Qt or libvlc: ``open`` (and no command at
all) calls the window opener that ``reviewer.__main__`` hands to :func:`main`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reviewer import __version__
from reviewer.core import wording
from reviewer.core.errors import ReviewerError
from reviewer.core.lazy import lazy
from reviewer.core.timecode import format_timecode, local_stamp
from reviewer.formats.catalogue import export_labels

if TYPE_CHECKING:
    import reviewer.store.glossary as store_glossary
    from reviewer.store import Project
else:
    store_glossary = lazy("reviewer.store.glossary")  # reviewer.core.lazy.COMMANDS

# Opens the window: (path or None, encoding, *, break_lock, verbose) -> exit status.
WindowOpener = Callable[..., int]

_COMMANDS = ("open", "import", "export", "info", "history", "check", "glossary", "rescue")


class UsageError(ReviewerError):
    """The command line asks for something that cannot be done."""


def main(argv: Sequence[str] | None = None, *, open_window: WindowOpener | None = None) -> int:
    """Run the command line; return the exit status. ``open_window`` opens the window for
    ``open`` and for no command at all (``reviewer.__main__.open_window``; None: there is no
    window to open)."""
    parser = _parser(open_window or _no_window)
    argv = list(sys.argv[1:] if argv is None else argv)
    # `reviewer FILE`, as a desktop entry (Exec=reviewer %f) calls it; --verbose anywhere.
    files = [a for a in argv if a != "--verbose"]
    if len(files) == 1 and files[0] not in _COMMANDS and not files[0].startswith("-"):
        argv.insert(argv.index(files[0]), "open")
    args = parser.parse_args(argv)
    if args.command is None:
        return (open_window or _no_window)(None, verbose=args.verbose)
    streams = sys.stdout, sys.stderr
    # What a project or a file name holds reaches the terminal as text, never as its escape
    # sequences: every line printed goes through the one sanitiser (core.cleaning).
    sys.stdout, sys.stderr = _CleanText(sys.stdout), _CleanText(sys.stderr)
    _store_warnings_to_stderr()
    try:
        return int(args.run(args) or 0)
    except ReviewerError as exc:
        print(f"reviewer: {exc}{_rescue_hint(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        sys.stdout, sys.stderr = streams


class _CleanText:
    """A text stream whose writes pass through core.cleaning.clean_text (the rest delegated:
    ``buffer`` still takes an export's bytes as they are)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from reviewer.core.cleaning import clean_text

        return self._stream.write(clean_text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _parser(open_window: WindowOpener) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewer", description="Review machine-made transcripts of video."
    )
    parser.add_argument("--version", action="version", version=f"Reviewer {__version__}")
    verbose_help = (
        "the window: show what libvlc, ALSA and Qt print on the terminal (by default it goes"
        " to native-output.log in the data folder)"
    )
    parser.add_argument("--verbose", action="store_true", help=verbose_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open a project, or a transcript or media file, in the window")
    p.add_argument("path", type=Path)
    p.add_argument("--break-lock", action="store_true", help=_BREAK_LOCK_HELP)
    p.add_argument(
        "--encoding", metavar="NAME", help="a transcript's text encoding (default: guessed)"
    )
    # SUPPRESS: `reviewer --verbose FILE` sets it before the (inserted) `open`; a default
    # here would put it back to False.
    p.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS, help=verbose_help)
    p.set_defaults(
        run=lambda a: open_window(
            a.path, a.encoding, break_lock=a.break_lock, verbose=getattr(a, "verbose", False)
        )
    )

    p = sub.add_parser(
        "rescue", help="copy the data of a project Reviewer refuses into a new project file"
    )
    p.add_argument("project", type=Path)
    p.add_argument(
        "-o", "--output", type=Path, help="the new project (default: NAME.rescued.review)"
    )
    _author_option(p)
    p.set_defaults(run=cmd_rescue)

    p = sub.add_parser("import", help="make a project from a transcript (and a second language)")
    p.add_argument("file", type=Path, help="the transcript")
    p.add_argument("file2", type=Path, nargs="?", help="the same transcript in the other language")
    p.add_argument("--media", type=Path, help="the video or audio (default: found by name)")
    p.add_argument("-o", "--output", type=Path, help="the project to write (default: FILE.review)")
    p.add_argument(
        "--as",
        dest="side",
        choices=("source", "translation"),
        help="which side FILE's text is (default: told from its script)",
    )
    p.add_argument(
        "--kind",
        choices=("transcript", "subtitles"),
        help="what the project is for; which checks apply (default: SRT, WebVTT, ASS, TTML and"
        " SCC are subtitles, other formats transcripts)",
    )
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help="FILE's text encoding, e.g. cp1250, gb18030, big5 (default: guessed, with a warning "
        "when unsure)",
    )
    p.add_argument("--force", action="store_true", help="replace an existing project")
    _author_option(p)
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("export", help="write a project out as SRT, WebVTT, ASS, text, Word...")
    p.add_argument("project", type=Path)
    p.add_argument(
        "-f",
        "--format",
        required=True,
        choices=tuple(export_labels()),
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        help="file to write (default: beside the project; - for standard output)",
    )
    p.add_argument(
        "--text",
        choices=("source", "translation", "both"),
        default=None,
        help="which text (default: translation; both for json, csv, docx)",
    )
    p.add_argument(
        "--script",
        metavar="CONFIG",
        help="convert Chinese text with an OpenCC config (s2t, t2s, s2hk, s2tw, ...)",
    )
    p.add_argument("--approved-only", action="store_true", help="only approved segments")
    labels = p.add_mutually_exclusive_group()
    labels.add_argument(
        "--speakers",
        dest="speaker_labels",
        action="store_true",
        default=None,
        help="label each cue with its speaker (default: on, except SRT's burnt-in 'Name:')",
    )
    labels.add_argument(
        "--no-speakers",
        dest="speaker_labels",
        action="store_false",
        help="leave out speaker labels (voices in WebVTT, names in ASS, 'Name:' elsewhere)",
    )
    p.add_argument(
        "--reviewer",
        help="the reviewer named in a Word file's header (default: the author setting:"
        " REVIEWER_AUTHOR, else the name stored in the window, else your user name)",
    )
    p.add_argument("--no-timecodes", action="store_true", help="plain text without timecodes")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("info", help="what a project holds")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_info)

    p = sub.add_parser("history", help="the revisions of a project or of one segment")
    p.add_argument("project", type=Path)
    p.add_argument("--segment", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.add_argument("--author", help="only revisions by this author")
    p.add_argument(
        "--since", metavar="CHECKPOINT", help="what changed since a checkpoint, field by field"
    )
    p.add_argument("--checkpoints", action="store_true", help="list the checkpoints")
    p.add_argument("--csv", type=Path, metavar="OUT", help="with --since: write the changes as CSV")
    p.add_argument(
        "--docx", type=Path, metavar="OUT", help="with --since: a Word file of tracked changes"
    )
    p.add_argument("--force", action="store_true", help="replace --csv/--docx files that exist")
    p.set_defaults(run=cmd_history)

    p = sub.add_parser("check", help="quality report; exit status 1 when it finds errors")
    p.add_argument("project", type=Path)
    p.add_argument("--json", action="store_true", help="a JSON list of problems")
    p.add_argument(
        "--kind",
        choices=("transcript", "subtitles"),
        help="check as this kind of project (default: the project's own)",
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="also the warnings on approved segments (the editor judged those; left out)",
    )
    p.add_argument(
        "--no-speech",
        action="store_true",
        help="skip the speech checks (untranscribed, no-speech), which read or analyse the sound",
    )
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("glossary", help="import or export the project's glossary as CSV")
    p.add_argument("project", type=Path)
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.add_argument("--replace", action="store_true", help="import: drop the old terms first")
    p.add_argument("--force", action="store_true", help="export: replace the file if it exists")
    p.add_argument("--break-lock", action="store_true", help=_BREAK_LOCK_HELP)
    p.set_defaults(run=cmd_glossary)
    return parser


def _author_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--author",
        help="name recorded with the revisions (default: REVIEWER_AUTHOR, else the name stored in"
        " the window, else your user name)",
    )


def _progress(message: str) -> None:
    if sys.stderr.isatty():
        print(message, file=sys.stderr, flush=True)


def cmd_import(args: argparse.Namespace) -> int:
    from reviewer.app.opening import import_new, project_beside
    from reviewer.files import check_input

    for f in (args.file, args.file2):
        if f is not None:
            check_input(f, what="transcript")
    output = args.output or project_beside(args.file)
    _check_output(output, args.force, "a project of that name exists already")
    if args.media is not None and not args.media.exists():
        raise UsageError("no such media file", args.media)
    with _refusing_to_replace("a project of that name exists already"):
        made = import_new(
            args.file,
            args.file2,
            output=output,
            media=args.media,
            side=args.side,
            kind=args.kind,
            encoding=args.encoding,
            author=args.author,
            replace=args.force,
            progress=_progress,
        )
    for warning in made.warnings:
        print(f"reviewer: warning: {warning}", file=sys.stderr)
    media_note = f", media {made.media}" if made.media else ", no media found"
    print(f"{made.path}: {wording.count(made.segments, 'segment')}{media_note}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from reviewer.formats import ExportOptions, render_transcript, write_transcript
    from reviewer.store import Project

    options = ExportOptions(
        text=args.text,  # None: the format's own default (both sides for json, csv, docx)
        script=args.script,
        approved_only=args.approved_only,
        speaker_labels=args.speaker_labels,  # None: the format's own default
        timecodes=not args.no_timecodes,
        reviewer=args.reviewer or "",
    )
    if args.script:
        from reviewer.text.chinese import CONFIGS

        if args.script.removesuffix(".json") not in CONFIGS:
            raise UsageError(f"unknown OpenCC config {args.script!r}; one of {', '.join(CONFIGS)}")
    from reviewer.store.exporting import desk_options

    with Project.open(args.project, read_only=True) as project:
        options = desk_options(project, options)
        output = args.output or args.project.with_suffix("." + args.format)
        if str(output) == "-":
            if args.format == "docx":
                raise UsageError("a Word file cannot go to standard output; use -o FILE.docx")
            data = render_transcript(project.transcript, output, args.format, options)
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            _tell_past_end(project, options)
            return 0
        _check_output(output, args.force, kept=args.project)
        with _refusing_to_replace():
            write_transcript(project.transcript, output, args.format, options, replace=args.force)
        _tell_past_end(project, options)
    print(output)
    return 0


def _tell_past_end(project: Any, options: Any) -> None:
    """Say on standard error which segments the export leaves out or cuts at the video's end
    (the end as the window measured it, or ffprobe's)."""
    from reviewer.core.timecode import format_timecode

    left_out, cut = options.past_end(project.transcript)
    end = format_timecode(options.media_ms or 0)
    for segments, what in ((left_out, "left out, starting after"), (cut, "cut at")):
        if segments:
            numbers = ", ".join(f"#{s.id}" for s in segments[:20])
            numbers += f" and {len(segments) - 20} more" if len(segments) > 20 else ""
            print(f"{project.path}: {what} the video's end ({end}): {numbers}", file=sys.stderr)


def _check_output(
    path: Path, force: bool, exists: str = "the file exists already", kept: Path | None = None
) -> None:
    """Refuse, before any work, to write over what is not a regular file, over an existing
    file without --force (the write itself checks again, race-free), or over the project
    ``kept`` itself (even with --force, even through a hard link)."""
    from reviewer.files import FileExistsRefused, check_target, refuse_same_file

    if kept is not None:
        refuse_same_file(path, kept, "the project", error=UsageError)
    try:
        check_target(path, replace=force, error=UsageError)
    except FileExistsRefused:
        raise UsageError(
            f"{exists}; add --force to replace it, or name another file", path
        ) from None


@contextlib.contextmanager
def _refusing_to_replace(exists: str = "the file exists already") -> Iterator[None]:
    """Turn the write's own refusal to replace a file (one made meanwhile) into the sentence."""
    from reviewer.files import FileExistsRefused

    try:
        yield
    except FileExistsRefused as exc:
        raise UsageError(
            f"{exists}; add --force to replace it, or name another file", exc.path
        ) from None


def project_summary(project: Project) -> dict[str, object]:
    """Return what ``info`` prints: title, media, counts, speakers, schema."""
    from reviewer.store import schema

    segments = project.transcript.segments
    statuses = Counter(str(s.status) for s in segments)
    revisions = project.db.execute("SELECT COUNT(*) FROM revisions").fetchone()[0]
    media = project.media_path
    return {
        "project": str(project.path),
        "title": project.transcript.title,
        "media": str(media) if media else None,
        "media_found": bool(media and media.exists()),
        "segments": len(segments),
        "duration_ms": max((s.end_ms for s in segments), default=0),
        "status": {k: statuses.get(k, 0) for k in ("unreviewed", "edited", "approved", "flagged")},
        "speakers": [
            {
                "name": s.name,
                "slot": s.slot,
                "color": s.color,
                "role": s.role,
                "segments": sum(1 for g in segments if g.speaker == s.name),
            }
            for s in project.transcript.speakers
        ],
        "without_speaker": sum(1 for s in segments if not s.speaker),
        "revisions": revisions,
        "schema_version": schema.user_version(project.db),
        "read_only_reason": project.read_only_reason,
    }


def cmd_info(args: argparse.Namespace) -> int:
    from reviewer.store import Project

    with Project.open(args.project, read_only=True) as project:
        info = project_summary(project)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    status = info["status"]
    assert isinstance(status, dict)
    print(f"{info['project']}")
    print(f"  title     {info['title'] or '(none)'}")
    found = "" if info["media_found"] or not info["media"] else "  (missing)"
    print(f"  media     {info['media'] or '(none)'}{found}")
    print(f"  segments  {info['segments']}, {format_timecode(int(info['duration_ms']))} long")  # type: ignore[call-overload]
    print("  review    " + ", ".join(f"{v} {k}" for k, v in status.items()))
    speakers = info["speakers"]
    assert isinstance(speakers, list)
    for s in speakers:
        print(
            f"  speaker   [{s['slot'] or '-'}] {s['name']}"
            f"{' (' + s['role'] + ')' if s['role'] else ''}:"
            f" {wording.count(s['segments'], 'segment')}"
        )
    print(f"  without a speaker: {info['without_speaker']}")
    print(f"  revisions {info['revisions']}, schema {info['schema_version']}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from reviewer.store import Project

    if args.since or args.checkpoints:
        return _history_checkpoints(args)
    if args.csv or args.docx:
        raise UsageError("--csv and --docx need --since CHECKPOINT", args.project)
    with Project.open(args.project, read_only=True) as project:
        if args.segment is not None:
            project.segment(args.segment)  # a clear error for an unknown id
        revisions = project.history(segment_id=args.segment)
    if args.author:
        revisions = [r for r in revisions if r.author == args.author]
    if args.json:
        print(json.dumps([r.as_json() for r in revisions], ensure_ascii=False, indent=2))
        return 0
    for r in revisions:
        what = f"{r.entity} {r.entity_id}" if r.entity != "meta" else "project"
        print(
            f"{local_stamp(r.time)}  {r.author:<10}  {r.op_label:<24}  {what:<12}"
            f"  {r.field}: {_change(r.field, r.old, r.new)}"
        )
    if not revisions:
        print("no revisions yet", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from reviewer.app.checking import open_problems, report_json, report_lines, tally
    from reviewer.store import Project

    with Project.open(args.project, read_only=True) as project:
        _give_length(project)
        if not args.no_speech:
            _give_speech(project)
        problems = open_problems(project, args.kind, with_approved=args.all)
    if args.json:
        print(json.dumps(report_json(problems), ensure_ascii=False, indent=2))
    else:
        for line in report_lines(problems, str(args.project)):
            print(line)
    found = tally(problems)
    if not args.json:
        print(found, file=sys.stderr)
    return 1 if found.errors else 0


def _give_length(project: Any) -> None:
    """Give the checks the clip's length (a segment past it is a problem): as the window
    measured it, else by ffprobe, as an export finds it; not known, that check says nothing."""
    from reviewer.store.exporting import media_length_ms

    length = media_length_ms(project)
    if length:
        project.record_media_duration(length)  # read-only: for this run only


def _give_speech(project: Any) -> None:
    """Give the checks the clip's speech: from the cache beside the project, else analysed
    now (and cached). No media, or media whose sound cannot be read: the speech checks are
    skipped, with a line saying why."""
    media = project.media_path
    if media is None:
        return  # a transcript with no media: nothing to say
    if not Path(media).is_file():
        print(
            f"{project.path}: no media ({media} is missing): speech checks skipped", file=sys.stderr
        )
        return
    from reviewer.audio.analysis import load_or_analyse

    try:
        found = load_or_analyse(project.path, media, track=project.audio_track)
    except ReviewerError as exc:
        print(f"{exc}: speech checks skipped", file=sys.stderr)
        return
    store_glossary.set_speech(project, found.speech)


def cmd_glossary(args: argparse.Namespace) -> int:
    from reviewer.store import Project

    if args.action == "import":
        from reviewer.files import check_input

        check_input(args.file, what="glossary", error=UsageError)
        with Project.open(args.project, break_lock=args.break_lock) as project:
            project.require_writable()
            count = store_glossary.import_csv(project, args.file, replace=args.replace)
        print(f"{args.project}: {wording.count(count, 'glossary term')} read from {args.file}")
    else:
        _check_output(args.file, args.force, kept=args.project)
        with Project.open(args.project, read_only=True) as project, _refusing_to_replace():
            count = store_glossary.export_csv(project, args.file, replace=args.force)
        print(f"{args.file}: {wording.count(count, 'glossary term')}")
    return 0


def _history_checkpoints(args: argparse.Namespace) -> int:
    """``history --checkpoints`` lists them; ``history --since NAME`` shows (or writes) what
    changed since one, one line per field."""
    from reviewer.store import Project
    from reviewer.store.change_report import rows, write_csv, write_docx

    with Project.open(args.project, read_only=True) as project:
        if args.checkpoints:
            points = project.checkpoints()
            if args.json:
                print(json.dumps([p.__dict__ for p in points], ensure_ascii=False, indent=2))
            for p in points if not args.json else []:
                print(f"{local_stamp(p.time)}  {p.author:<10}  {p.name}")
            return 0
        changes = project.changes_since(args.since)
        title = project.transcript.title or project.path.stem
    if args.segment is not None:
        changes = [c for c in changes if c.entity == "segment" and c.entity_id == args.segment]
    if args.author:
        changes = [c for c in changes if args.author in c.authors]
    for out in (args.csv, args.docx):
        if out is not None:
            _check_output(out, args.force, kept=args.project)
    with _refusing_to_replace():
        if args.csv:
            print(write_csv(changes, args.csv, replace=args.force))
        if args.docx:
            print(
                write_docx(
                    changes, args.docx, title=title, checkpoint=args.since, replace=args.force
                )
            )
    if args.csv or args.docx:
        return 0
    table = rows(changes)
    if args.json:
        print(json.dumps(table, ensure_ascii=False, indent=2))
        return 0
    for row in table:
        print(
            f"{row['segment']:>6}  {row['time']:>9}  {row['field']:<12}  {_short(row['old'])}"
            f" -> {_short(row['new'])}  ({row['author']}, {row['when']})"
        )
    if not table:
        print(f"no changes since {args.since}", file=sys.stderr)
    return 0


def _change(field: str, old: object, new: object) -> str:
    """Return one change as the history prints it: a text edit as its changed words in their
    context ("…Wang [-Yee-]{+Yi+} met…"), anything else as old -> new."""
    prose = field in ("source", "translation", "note")
    if prose and isinstance(old, str) and isinstance(new, str) and old and new:
        from reviewer.text.diff import in_context

        return in_context(old, new)
    return f"{_short(old)} -> {_short(new)}"


def _short(value: object, width: int = 40) -> str:
    text = (
        "(none)"
        if value is None
        else json.dumps(value, ensure_ascii=False)
        if not isinstance(value, str)
        else repr(value)
    )
    return text if len(text) <= width else text[: width - 1] + "…"


_BREAK_LOCK_HELP = (
    "take over a lock another machine left (only when that machine no longer has it open)"
)


def cmd_rescue(args: argparse.Namespace) -> int:
    from reviewer.store.rescue import rescue

    target, notes = rescue(args.project, args.output, author=args.author)
    for note in notes:
        print(f"reviewer: {target}: {note}", file=sys.stderr)
    print(f"{target}: the data of {args.project} in a new project")
    return 0


def _rescue_hint(exc: ReviewerError) -> str:
    """For a project refused as untrusted, the command that copies its data out."""
    if not getattr(exc, "rescuable", False) or not exc.path:
        return ""
    return f"; `reviewer rescue {exc.path}` copies its data into a new project"


def _store_warnings_to_stderr() -> None:
    """What the store tells the editor while it works (a WAL set aside) goes to stderr."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("reviewer: warning: %(message)s"))
    logger = logging.getLogger("reviewer.store")
    logger.handlers[:] = [handler]
    logger.propagate = False


def _no_window(path: Path | None, encoding: str | None = None, **_options: bool) -> int:
    print(
        "reviewer: no window to open from here; run `reviewer` (python -m reviewer) instead",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
