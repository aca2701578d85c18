"""Every action of the review window, declared once: its name, menu, keys and scope.

Menus, the command palette, tooltips and Help > Keyboard shortcuts are all made from this
table, so they cannot disagree. The window binds each action to its method ``do_<name>``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

LIST = "segment list"
EDITOR = "editor"
ANYWHERE = "anywhere"


@dataclass(frozen=True)
class ActionSpec:
    """One action: ``keys`` work in ``scope`` (the list only, or anywhere in the window)."""

    name: str
    text: str
    menu: str
    keys: tuple[str, ...] = ()
    scope: str = ANYWHERE
    tip: str = ""
    checkable: bool = False


def _speaker_specs() -> list[ActionSpec]:
    specs = []
    for slot in range(1, 10):
        specs.append(
            ActionSpec(
                f"speaker_{slot}",
                f"Speaker {slot}",
                "Review",
                (str(slot),),
                LIST,
                f"Give the selected segments the speaker on key {slot}",
            )
        )
        specs.append(
            ActionSpec(
                f"speaker_alt_{slot}",
                f"Speaker {slot} (while typing)",
                "",
                (f"Alt+{slot}",),
                ANYWHERE,
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
        )
        for n in range(1, 10)
    ]


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open", "Open…", "File", ("Ctrl+O",), tip="Open a project, transcript or video"),
    ActionSpec(
        "import_other_language",
        "Add the other language…",
        "File",
        tip="Pair a transcript in the other language with this one by time",
    ),
    ActionSpec("relink_media", "Relink video…", "File", tip="Point the project at its video"),
    ActionSpec(
        "export",
        "Export…",
        "File",
        ("Ctrl+Shift+E",),
        tip="Write SRT, WebVTT, ASS, text, Word, JSON or CSV",
    ),
    ActionSpec(
        "saved_state",
        "Save (everything is saved already)",
        "File",
        ("Ctrl+S",),
        tip="There is nothing to save: every change is in the project file at once",
    ),
    ActionSpec("quit", "Quit", "File", ("Ctrl+Q",)),
    # Edit
    ActionSpec("undo", "Undo", "Edit", ("Ctrl+Z",), tip="Undo the last change (survives restarts)"),
    ActionSpec("redo", "Redo", "Edit", ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("find", "Find…", "Edit", ("Ctrl+F",), tip="Show only segments holding a text"),
    ActionSpec(
        "edit_translation",
        "Edit translation",
        "Edit",
        ("Return", "F2"),
        LIST,
        "Type in the translation of the current segment",
    ),
    ActionSpec("edit_source", "Edit source", "Edit", ("Shift+F2",), ANYWHERE),
    ActionSpec(
        "back_to_list",
        "Back to the list",
        "Edit",
        ("Esc",),
        EDITOR,
        "Leave the editor, keeping the edit",
    ),
    ActionSpec("edit_note", "Note…", "Edit", ("Ctrl+M",), tip="Write a note on the segment"),
    ActionSpec(
        "split",
        "Split at playhead",
        "Edit",
        ("Ctrl+K",),
        tip="Split the segment at the playhead (text at the cursor)",
    ),
    ActionSpec("merge", "Merge with next", "Edit", ("Ctrl+J",)),
    ActionSpec("insert_segment", "New segment at playhead", "Edit", ("Ctrl+Shift+N",)),
    ActionSpec("delete_segments", "Delete segments", "Edit", ("Ctrl+Delete",)),
    ActionSpec("start_at_playhead", "Set start at playhead", "Edit", ("Ctrl+[",)),
    ActionSpec("end_at_playhead", "Set end at playhead", "Edit", ("Ctrl+]",)),
    ActionSpec("nudge_start_earlier", "Start 100 ms earlier", "Edit", ("Alt+[",)),
    ActionSpec("nudge_start_later", "Start 100 ms later", "Edit", ("Alt+]",)),
    ActionSpec("nudge_end_earlier", "End 100 ms earlier", "Edit", ("Alt+;",)),
    ActionSpec("nudge_end_later", "End 100 ms later", "Edit", ("Alt+'",)),
    # Review
    ActionSpec(
        "approve_next",
        "Approve and next",
        "Review",
        ("Ctrl+Return", "Ctrl+Enter"),
        tip="Approve the current segment and go to the next",
    ),
    ActionSpec("flag", "Flag / unflag", "Review", ("Ctrl+G",), tip="Mark for a second look"),
    ActionSpec("next_unreviewed", "Next unreviewed", "Review", ("Ctrl+U",)),
    ActionSpec("clear_speaker", "Clear speaker", "Review", ("0",), LIST),
    ActionSpec("clear_speaker_alt", "Clear speaker (while typing)", "", ("Alt+0",)),
    ActionSpec(
        "new_speaker",
        "New speaker…",
        "Review",
        ("Alt+N",),
        tip="Type a name: a new speaker on the next free key, given to the selection",
    ),
    *_speaker_specs(),
    *_tag_specs(),
    # Playback
    ActionSpec("play_pause", "Play / pause", "Playback", ("Space",), LIST),
    ActionSpec("play_pause_anywhere", "Play / pause (anywhere)", "Playback", ("Ctrl+Space",)),
    ActionSpec(
        "replay",
        "Replay segment",
        "Playback",
        ("Ctrl+R",),
        tip="Play the current segment from its start",
    ),
    ActionSpec("loop", "Loop segment", "Playback", ("Ctrl+L",), checkable=True),
    ActionSpec("jump_back", "Back 2 s", "Playback", ("Alt+Left",)),
    ActionSpec("jump_forward", "Forward 2 s", "Playback", ("Alt+Right",)),
    ActionSpec("slower", "Slower", "Playback", ("Alt+Down",)),
    ActionSpec("faster", "Faster", "Playback", ("Alt+Up",)),
    ActionSpec("normal_speed", "Normal speed", "Playback", ("Alt+Home",)),
    ActionSpec("frame_step", "Next frame", "Playback", ("Alt+.",)),
    ActionSpec("frame_back", "Previous frame", "Playback", ("Alt+,",)),
    ActionSpec(
        "follow",
        "Follow playback",
        "Playback",
        ("Ctrl+Shift+F",),
        checkable=True,
        tip="Keep the playing segment selected and in view",
    ),
    ActionSpec("pause_while_typing", "Pause while typing", "Playback", checkable=True),
    # Help
    ActionSpec(
        "palette",
        "Command palette…",
        "Help",
        ("Ctrl+Shift+P",),
        tip="Every action by name, with its key",
    ),
    ActionSpec("shortcuts", "Keyboard shortcuts", "Help", ("F1",)),
    ActionSpec("about", "About Reviewer", "Help"),
)

SPECS = {spec.name: spec for spec in ACTIONS}


def key_text(spec: ActionSpec) -> str:
    """Return the keys of ``spec`` as an editor reads them ("Ctrl+Enter, F2")."""
    return ", ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys
    )


def make_action(spec: ActionSpec, parent: QWidget) -> QAction:
    """Return a QAction for ``spec``: keys, tooltip with its keys, scope."""
    action = QAction(spec.text, parent)
    action.setObjectName(spec.name)
    if spec.keys:
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
    action.setShortcutContext(
        Qt.ShortcutContext.WidgetWithChildrenShortcut
        if spec.scope in (LIST, EDITOR)
        else Qt.ShortcutContext.WindowShortcut
    )
    keys = key_text(spec)
    tip = spec.tip or spec.text
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.setCheckable(spec.checkable)
    return action
