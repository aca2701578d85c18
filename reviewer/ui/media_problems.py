"""The banner's words: why the video does not show, and what the editor can do about it.

One or two sentences each: what is missing, then how to fix it. Plain text (the banner shows it
with Qt.PlainText), so paths that look like markup are shown as they are.
"""

from __future__ import annotations

import os

from reviewer.ui.i18n import tr


def _relink() -> str:
    return f"“{tr('Relink video…')}”"


def no_media_problem() -> str:
    """Return the banner for a transcript with no video linked."""
    return tr(
        "No video is linked to this transcript, so it plays without picture. "
        "Use {relink} to choose the video file."
    ).format(relink=_relink())


def missing_file_problem(path: str) -> str:
    """Return the banner for a video file that is not where the project says."""
    return tr(
        "The video file is missing: {file}. If it was moved or renamed, use {relink} to find "
        "it; until then the transcript plays without picture, and nothing is lost."
    ).format(file=path, relink=_relink())


def unplayable_problem(path: str, why: str) -> str:
    """Return the banner for a file libvlc could not play; `why` is libvlc's message."""
    prefix = f"{path}: "
    reason = why[len(prefix) :] if why.startswith(prefix) else why
    try:
        if os.path.getsize(path) == 0:
            reason = tr("the file is empty")
    except OSError:
        pass
    return tr(
        "The video cannot be played: {file} ({reason}). Use {relink} to choose a playable copy"
        " (H.264 MP4 plays everywhere); until then the transcript plays without picture."
    ).format(file=path, reason=reason or tr("libvlc gave no reason"), relink=_relink())


def libvlc_problem(reason: str, install_hint: str) -> str:
    """Return the banner for a machine without a usable libvlc, with the install step."""
    if not install_hint:
        return tr("No video: {reason}. The transcript plays without picture.").format(reason=reason)
    fix = (
        tr("run: {command}").format(command=install_hint)
        if install_hint.startswith("sudo ")
        else install_hint
    )
    return tr(
        "No video: {reason}, so the transcript plays without picture. "
        "To fix it, {fix}, then restart Reviewer."
    ).format(reason=reason, fix=fix)


def platform_problem(platform: str) -> str:
    """Return the banner for a Qt platform libvlc cannot draw into (offscreen, Wayland)."""
    return tr(
        "No video: libvlc cannot draw into windows on Qt's “{platform}” platform, so the "
        "transcript plays without picture. Start Reviewer with QT_QPA_PLATFORM=xcb to see it."
    ).format(platform=platform)
