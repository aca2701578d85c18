"""WebVTT cue text as the W3C cue text parsing rules read it: tags, entities, voices, ruby.

The tokenizer of the WebVTT specification (section "WebVTT cue text parsing rules"), reduced to
what a transcript keeps: a ``<`` opens a tag that runs to the next ``>`` (or to the end of the
cue, when there is none: the rest is markup, not text); the text between tags is kept with its
character references decoded by the HTML rules (``&amp;``, ``&lt``, ``&nbsp;``, ``&#x4E2D;``;
an unknown one such as ``&lr;`` stays as written); ``<rt>`` ruby annotations keep their text,
as a page would show it; the annotation of the first voice span ``<v Name>`` or
``<v.class Name>`` is the speaker; every other tag (``<c>``, ``<i>``, ``<b>``, ``<u>``,
``<lang>``, ``<ruby>``, timestamps ``<00:01.000>``, end tags, unknown names) is dropped.
"""

from __future__ import annotations

import html

_WHITESPACE = " \t\n\f\r"


def _voice(tag: str) -> str | None:
    """Return the annotation of a ``v`` start tag's contents (``v.loud Esme``), else None."""
    if not tag.startswith("v"):
        return None
    cut = len(tag)
    for i, char in enumerate(tag):
        if char in _WHITESPACE:
            cut = i
            break
    name = tag[:cut].split(".", 1)[0]
    if name != "v":
        return None
    annotation = " ".join(html.unescape(tag[cut:]).split())
    return annotation or None


def cue_payload(lines: list[str]) -> tuple[str | None, str]:
    """Return (speaker of the first voice span, plain text) of a cue's payload lines.

    Each line of the text is stripped; blank lines are dropped.

    >>> cue_payload(["<v.loud Esme>It's a <i>blue</i> apple &amp; tree!"])
    ('Esme', "It's a blue apple & tree!")
    """
    raw = "\n".join(lines)
    speaker: str | None = None
    parts: list[str] = []
    at, end = 0, len(raw)
    while at < end:
        opening = raw.find("<", at)
        if opening < 0:
            opening = end
        if opening > at:
            chunk = raw[at:opening]
            parts.append(html.unescape(chunk) if "&" in chunk else chunk)
        if opening == end:
            break
        closing = raw.find(">", opening + 1)
        if closing < 0:
            closing = end
        if speaker is None:
            speaker = _voice(raw[opening + 1 : closing])
        at = closing + 1
    text = "".join(parts)
    return speaker, "\n".join(line.strip() for line in text.split("\n") if line.strip())


def escape(text: str) -> str:
    """Return ``text`` with &, < and > escaped for a cue payload."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
