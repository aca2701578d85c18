"""The banner's words: why the video does not show, and what the editor can do about it.

One or two sentences each: what is missing, then how to fix it. Plain text (the banner shows it
with Qt.PlainText), so paths that look like markup are shown as they are.
"""

from __future__ import annotations

import os

RELINK = "“Relink video…”"


def no_media_problem() -> str:
    """Return the banner for a transcript with no video linked."""
    return (
        "No video is linked to this transcript, so it plays without picture. "
        f"Use {RELINK} to choose the video file."
    )


def missing_file_problem(path: str) -> str:
    """Return the banner for a video file that is not where the project says."""
    return (
        f"The video file is missing: {path}. If it was moved or renamed, use {RELINK} to find "
        "it; until then the transcript plays without picture, and nothing is lost."
    )


def unplayable_problem(path: str, why: str) -> str:
    """Return the banner for a file libvlc could not play; `why` is libvlc's message."""
    prefix = f"{path}: "
    reason = why[len(prefix) :] if why.startswith(prefix) else why
    try:
        if os.path.getsize(path) == 0:
            reason = "the file is empty"
    except OSError:
        pass
    return (
        f"The video cannot be played: {path} ({reason or 'libvlc gave no reason'}). "
        f"Use {RELINK} to choose a playable copy (H.264 MP4 plays everywhere); until then the "
        "transcript plays without picture."
    )


def libvlc_problem(reason: str, install_hint: str) -> str:
    """Return the banner for a machine without a usable libvlc, with the install step."""
    if not install_hint:
        return f"No video: {reason}. The transcript plays without picture."
    fix = f"run: {install_hint}" if install_hint.startswith("sudo ") else install_hint
    return (
        f"No video: {reason}, so the transcript plays without picture. "
        f"To fix it, {fix}, then restart Reviewer."
    )


def platform_problem(platform: str) -> str:
    """Return the banner for a Qt platform libvlc cannot draw into (offscreen, Wayland)."""
    return (
        f"No video: libvlc cannot draw into windows on Qt's “{platform}” platform, so the "
        "transcript plays without picture. Start Reviewer with QT_QPA_PLATFORM=xcb to see it."
    )
