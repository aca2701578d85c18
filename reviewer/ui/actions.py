"""Every action of the review window, declared once: its name, text, menu, keys and scope, the
command it runs (``run``) and when it can (``when``).

Menus, the command palette, tooltips and Help > Keyboard shortcuts are all made from this
table, so they cannot disagree; the window enables each action by its ``when`` (see
:mod:`reviewer.ui.commands` for the predicates), so no list of names is kept by hand.
"""

from __future__ import annotations

from functools import partial

from reviewer.ui.action_spec import (
    ANYWHERE,
    EDITOR,
    LIST,
    ActionSpec,
    key_text,
    make_action,
)
from reviewer.ui.commands import (
    can_redo,
    can_undo,
    edit,
    file,
    has_project,
    help,
    on_segment,
    playback,
    review,
    writable,
)


def _speaker_specs() -> list[ActionSpec]:
    specs = []
    for slot in range(1, 10):
        run = partial(review.assign_slot, slot=slot)
        specs.append(
            ActionSpec(
                f"speaker_{slot}",
                f"Speaker {slot}",
                "Review",
                (str(slot),),
                LIST,
                f"Give the selected segments the speaker on key {slot}",
                run=run,
                when=on_segment,
                submenu="Speakers",
            )
        )
        specs.append(
            ActionSpec(
                f"speaker_alt_{slot}",
                f"Speaker {slot} (while typing)",
                "",
                (f"Alt+{slot}",),
                ANYWHERE,
                run=run,
                when=on_segment,
            )
        )
    return specs


def _tag_specs() -> list[ActionSpec]:
    return [
        ActionSpec(
            f"tag_{n}",
            f"Toggle tag {n}",
            "Review",
            (f"Ctrl+{n}",),
            ANYWHERE,
            f"Add or remove the tag on key Ctrl+{n}",
            run=partial(review.toggle_tag, n=n),
            when=on_segment,
            submenu="Tags",
        )
        for n in range(1, 10)
    ]


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "open",
        "Open…",
        "File",
        ("Ctrl+O",),
        tip="Open a project, transcript or video",
        run=file.open_file,
    ),
    ActionSpec(
        "import_other_language",
        "Add the other language…",
        "File",
        tip="Pair a transcript in the other language with this one by time",
        run=file.import_other_language,
        when=writable,
    ),
    ActionSpec(
        "relink_media",
        "Relink video…",
        "File",
        tip="Point the project at its video",
        run=file.relink_media,
        when=writable,
    ),
    ActionSpec(
        "export",
        "Export…",
        "File",
        ("Ctrl+Shift+E",),
        tip="Write SRT, WebVTT, ASS, text, Word, JSON or CSV",
        run=file.export,
        when=has_project,
    ),
    ActionSpec(
        "saved_state",
        "Save (everything is saved already)",
        "File",
        ("Ctrl+S",),
        tip="There is nothing to save: every change is in the project file at once",
        run=file.saved_state,
    ),
    ActionSpec("quit", "Quit", "File", ("Ctrl+Q",), run=file.quit_window),
    # Edit
    ActionSpec(
        "undo",
        "Undo",
        "Edit",
        ("Ctrl+Z",),
        tip="Undo the last change (survives restarts)",
        run=edit.undo,
        when=can_undo,
        retitle=edit.undo_text,
    ),
    ActionSpec(
        "redo",
        "Redo",
        "Edit",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        run=edit.redo,
        when=can_redo,
        retitle=edit.redo_text,
    ),
    ActionSpec(
        "find",
        "Find…",
        "Edit",
        ("Ctrl+F",),
        tip="Show only segments holding a text",
        run=edit.find,
    ),
    ActionSpec(
        "edit_translation",
        "Edit translation",
        "Edit",
        ("Return", "F2"),
        LIST,
        "Type in the translation of the current segment",
        run=edit.edit_translation,
        when=on_segment,
    ),
    ActionSpec(
        "edit_source",
        "Edit source",
        "Edit",
        ("Shift+F2",),
        ANYWHERE,
        run=edit.edit_source,
        when=on_segment,
    ),
    ActionSpec(
        "back_to_list",
        "Back to the list",
        "Edit",
        ("Esc",),
        EDITOR,
        "Leave the editor, keeping the edit",
        run=edit.back_to_list,
    ),
    ActionSpec(
        "edit_note",
        "Note…",
        "Edit",
        ("Ctrl+M",),
        tip="Write a note on the segment",
        run=edit.edit_note,
        when=on_segment,
    ),
    ActionSpec(
        "split",
        "Split at playhead",
        "Edit",
        ("Ctrl+K",),
        tip="Split the segment at the playhead (text at the cursor)",
        run=edit.split,
        when=on_segment,
    ),
    ActionSpec("merge", "Merge with next", "Edit", ("Ctrl+J",), run=edit.merge, when=on_segment),
    ActionSpec(
        "insert_segment",
        "New segment at playhead",
        "Edit",
        ("Ctrl+Shift+N",),
        run=edit.insert_segment,
        when=writable,
    ),
    ActionSpec(
        "delete_segments",
        "Delete segments",
        "Edit",
        ("Ctrl+Delete",),
        run=edit.delete_segments,
        when=on_segment,
    ),
    ActionSpec(
        "start_at_playhead",
        "Set start at playhead",
        "Edit",
        ("Ctrl+[",),
        run=edit.start_at_playhead,
        when=on_segment,
    ),
    ActionSpec(
        "end_at_playhead",
        "Set end at playhead",
        "Edit",
        ("Ctrl+]",),
        run=edit.end_at_playhead,
        when=on_segment,
    ),
    ActionSpec(
        "nudge_start_earlier",
        "Start 100 ms earlier",
        "Edit",
        ("Alt+[",),
        run=edit.nudge_start_earlier,
        when=on_segment,
    ),
    ActionSpec(
        "nudge_start_later",
        "Start 100 ms later",
        "Edit",
        ("Alt+]",),
        run=edit.nudge_start_later,
        when=on_segment,
    ),
    ActionSpec(
        "nudge_end_earlier",
        "End 100 ms earlier",
        "Edit",
        ("Alt+;",),
        run=edit.nudge_end_earlier,
        when=on_segment,
    ),
    ActionSpec(
        "nudge_end_later",
        "End 100 ms later",
        "Edit",
        ("Alt+'",),
        run=edit.nudge_end_later,
        when=on_segment,
    ),
    # Review
    ActionSpec(
        "approve_next",
        "Approve and next",
        "Review",
        ("Ctrl+Return", "Ctrl+Enter"),
        tip="Approve the current segment and go to the next",
        run=review.approve_next,
        when=on_segment,
    ),
    ActionSpec(
        "flag",
        "Flag / unflag",
        "Review",
        ("Ctrl+G",),
        tip="Mark for a second look",
        run=review.flag,
        when=on_segment,
    ),
    ActionSpec(
        "next_unreviewed", "Next unreviewed", "Review", ("Ctrl+U",), run=review.next_unreviewed
    ),
    ActionSpec(
        "clear_speaker",
        "Clear speaker",
        "Review",
        ("0",),
        LIST,
        run=review.clear_speaker,
        when=on_segment,
    ),
    ActionSpec(
        "clear_speaker_alt",
        "Clear speaker (while typing)",
        "",
        ("Alt+0",),
        run=review.clear_speaker,
        when=on_segment,
    ),
    ActionSpec(
        "new_speaker",
        "New speaker…",
        "Review",
        ("Alt+N",),
        tip="Type a name: a new speaker on the next free key, given to the selection",
        run=review.new_speaker,
        when=on_segment,
    ),
    *_speaker_specs(),
    *_tag_specs(),
    # Playback
    ActionSpec("play_pause", "Play / pause", "Playback", ("Space",), LIST, run=playback.play_pause),
    ActionSpec(
        "play_pause_anywhere",
        "Play / pause (anywhere)",
        "Playback",
        ("Ctrl+Space",),
        run=playback.play_pause,
    ),
    ActionSpec(
        "replay",
        "Replay segment",
        "Playback",
        ("Ctrl+R",),
        tip="Play the current segment from its start",
        run=playback.replay,
    ),
    ActionSpec(
        "loop",
        "Loop segment",
        "Playback",
        ("Ctrl+L",),
        checkable=True,
        run=playback.loop,
        on_toggle=playback.loop_toggled,
    ),
    ActionSpec("jump_back", "Back 2 s", "Playback", ("Alt+Left",), run=playback.jump_back),
    ActionSpec(
        "jump_forward", "Forward 2 s", "Playback", ("Alt+Right",), run=playback.jump_forward
    ),
    ActionSpec("slower", "Slower", "Playback", ("Alt+Down",), run=playback.slower),
    ActionSpec("faster", "Faster", "Playback", ("Alt+Up",), run=playback.faster),
    ActionSpec(
        "normal_speed", "Normal speed", "Playback", ("Alt+Home",), run=playback.normal_speed
    ),
    ActionSpec("frame_step", "Next frame", "Playback", ("Alt+.",), run=playback.frame_step),
    ActionSpec("frame_back", "Previous frame", "Playback", ("Alt+,",), run=playback.frame_back),
    ActionSpec(
        "follow",
        "Follow playback",
        "Playback",
        ("Ctrl+Shift+F",),
        checkable=True,
        tip="Keep the playing segment selected and in view",
        checked=playback.follow_setting,
        on_toggle=playback.follow_toggled,
    ),
    ActionSpec(
        "pause_while_typing",
        "Pause while typing",
        "Playback",
        checkable=True,
        checked=playback.pause_while_typing_setting,
        on_toggle=playback.pause_while_typing_toggled,
    ),
    # Help
    ActionSpec(
        "palette",
        "Command palette…",
        "Help",
        ("Ctrl+Shift+P",),
        tip="Every action by name, with its key",
        run=help.palette,
    ),
    ActionSpec("shortcuts", "Keyboard shortcuts", "Help", ("F1",), run=help.shortcuts),
    ActionSpec("about", "About Reviewer", "Help", run=help.about),
)

SPECS = {spec.name: spec for spec in ACTIONS}

__all__ = [
    "ACTIONS",
    "ANYWHERE",
    "EDITOR",
    "LIST",
    "SPECS",
    "ActionSpec",
    "key_text",
    "make_action",
]
