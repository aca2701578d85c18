"""Text from a file's bytes: byte-order marks, UTF-8 first, then charset-normalizer.

A guess that could be wrong is never silent: when charset-normalizer finds other encodings that
read the bytes as plausibly (as little mess, within ``NEAR_CHAOS``) but as different text, the
guess is not sure and lists them (:class:`Guess`); the import warns, ``--encoding`` chooses,
and the window shows a preview of each. Between the Central European (cp1250) and Western
(cp1252) code pages, which read most bytes alike, the language charset-normalizer hears in the
text decides: "Đino" in a Croatian file is not "Ðino".
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.errors import ImportError_, say
from reviewer.core.lazy import lazy

if TYPE_CHECKING:
    import charset_normalizer
else:
    charset_normalizer = lazy("charset_normalizer")  # reviewer.core.lazy.COMMANDS

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# What transcripts in our languages come in, for charset-normalizer to choose among.
_CANDIDATES = [
    "utf_8", "gb18030", "big5", "big5hkscs", "cp1251", "koi8_r", "cp1252", "cp1250",
    "iso8859_2", "shift_jis", "cp932", "euc_jp", "euc_kr",
]  # fmt: skip
# The codec we decode with for what the detector names: GBK and GB2312 are subsets of GB18030,
# Big5 of Big5-HKSCS (Hong Kong text uses its extra characters).
_WIDER = {
    "gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030", "gb18030": "gb18030",
    "big5": "big5hkscs", "cp950": "big5hkscs", "big5hkscs": "big5hkscs",
    "shiftjis": "cp932", "sjis": "cp932", "cp932": "cp932",
}  # fmt: skip
NEAR_CHAOS = 0.05  # charset-normalizer's mess ratios this close are equally plausible
# The languages written in each of the two Latin code pages that read most bytes alike.
_CENTRAL = frozenset({
    "Croatian", "Czech", "Slovak", "Polish", "Slovene", "Hungarian", "Romanian", "Serbian",
    "Bosnian",
})  # fmt: skip
_WESTERN_PAGES = ("cp1252",)
_CENTRAL_PAGES = ("cp1250", "iso8859_2")
# Letters that each code page shows for the other's common ones, and that are rare in the
# languages it serves: cp1252 reads Croatian "Đ ć ř" as "Ð æ ø", cp1250 reads French "à" as "ŕ".
_UNLIKELY = {
    "cp1252": frozenset("ÐðÞþÆæØø¾¼½¹"),
    "cp1250": frozenset("ŕĺŔĹőűŐŰăĂţŢ"),
    "iso8859_2": frozenset("ŕĺŔĹőűŐŰăĂţŢ"),
}


@dataclass(frozen=True)
class Guess:
    """The encoding a file's text is read in; ``candidates`` (best first, ``codec`` among them)
    are the encodings that read it as plausibly as different text: more than one means unsure."""

    codec: str
    candidates: tuple[str, ...] = ()

    @property
    def sure(self) -> bool:
        return len(self.candidates) <= 1


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SAMPLE = 4096


def decode(data: bytes, path: str | Path = "", encoding: str | None = None) -> tuple[str, str]:
    """Return (text with LF line ends, codec name) for a text file's bytes.

    ``encoding`` (a codec name such as "cp1250") is the editor's choice; None guesses.
    Raises ImportError_ for an empty file, binary data, or bytes no known encoding reads.
    """
    text, guess = decode_guessed(data, path, encoding)
    return text, guess.codec


def decode_guessed(
    data: bytes, path: str | Path = "", encoding: str | None = None
) -> tuple[str, Guess]:
    """Return (text with LF line ends, the guess it was read by): see :func:`decode`."""
    if not data.strip(b" \t\r\n\x00"):
        raise ImportError_(say("the file is empty"), path)
    if encoding is not None:
        guess = Guess(_codec_named(encoding, path))
        text = _strict(_without_bom(data, guess.codec), guess.codec, path)
    else:
        text, guess = _decode(data, path)
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Binary data is refused; a few stray control characters (a NUL among text) are not: the
    # registry replaces them with a warning naming their lines.
    if len(_CONTROL.findall(text[:_SAMPLE])) > max(2, len(text[:_SAMPLE]) // 100):
        raise ImportError_(say("not a text file (it holds binary data)"), path)
    if not text.strip():
        raise ImportError_(say("the file is empty"), path)
    return text, guess


def _codec_named(encoding: str, path: str | Path) -> str:
    """Return the codec for an encoding name the editor gave, or raise ImportError_."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ImportError_(say("unknown text encoding {name}", name=repr(encoding)), path) from None
    return _WIDER.get(name.replace("_", "").replace("-", ""), name)


def _without_bom(data: bytes, codec: str) -> bytes:
    """Return ``data`` without the byte-order mark of ``codec``'s family, if it has one."""
    if codec in ("utf-16", "utf-32", "utf-8-sig"):
        return data  # these read (and drop) the mark themselves
    for bom, bom_codec in _BOMS:
        if data.startswith(bom) and bom_codec.startswith(codec.replace("_", "-")[:6]):
            return data[len(bom) :]
    return data


def _decode(data: bytes, path: str | Path) -> tuple[str, Guess]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec.removesuffix("-sig"), path), Guess(codec)
    wide = _utf32_without_bom(data) or _utf16_without_bom(data)
    if wide:
        try:
            return data.decode(wide), Guess(wide)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), Guess("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise ImportError_(say("not a text file (it holds binary data)"), path)
    guess = guess_encoding(data)
    if guess is None:
        raise ImportError_(say("cannot tell which text encoding the file is in"), path)
    return _strict(data, guess.codec, path), guess


def guess_encoding(data: bytes) -> Guess | None:
    """Return charset-normalizer's reading of bytes that are not UTF-8, or None when nothing
    reads them; see the module's notes for when it is not sure."""
    matches = list(charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES))
    matches = [m for m in matches if m.encoding]
    if not matches:
        return None
    best = matches[0]
    near = [m for m in matches if m.chaos <= best.chaos + NEAR_CHAOS]
    pages = {m.encoding: m for m in near}
    if best.encoding in _UNLIKELY:
        # Fewest unlikely letters first, then the page of the language heard, then Western.
        preferred = _CENTRAL_PAGES if best.language in _CENTRAL else _WESTERN_PAGES
        latin = [m for m in pages.values() if m.encoding in _UNLIKELY]
        best = min(
            latin,
            key=lambda m: (
                _unlikely(str(m), m.encoding),
                m.encoding not in preferred,
                m.encoding not in _WESTERN_PAGES,
            ),
        )
    seen, candidates = {str(best)}, [_wider(best.encoding)]
    for match in near:
        text = str(match)
        if text not in seen:
            seen.add(text)
            candidates.append(_wider(match.encoding))
    return Guess(candidates[0], tuple(dict.fromkeys(candidates)))


def _unlikely(text: str, encoding: str) -> int:
    """Return how many of ``encoding``'s unlikely letters ``text`` holds."""
    unlikely = _UNLIKELY[encoding]
    return sum(1 for char in text if char in unlikely) if not text.isascii() else 0


def _wider(encoding: str) -> str:
    return _WIDER.get(encoding.replace("_", "").replace("-", ""), encoding)


def preview(data: bytes, codec: str, lines: int = 6) -> str:
    """Return up to ``lines`` lines of ``data`` read as ``codec`` that hold letters beyond ASCII
    (where encodings differ), or its first lines when none do; undecodable bytes shown as �."""
    text = data.decode(codec, errors="replace").lstrip("\ufeff")
    all_lines = [line.strip() for line in text.splitlines() if line.strip()]
    telling = [line for line in all_lines if not line.isascii()]
    return "\n".join((telling or all_lines)[:lines])


def _strict(data: bytes, codec: str, path: str | Path) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1 if codec[:6] not in ("utf-16", "utf-32") else None
        message = say(
            "the text is not valid {codec} (choose its encoding with --encoding)", codec=codec
        )
        raise ImportError_(message, path, line) from None
    except LookupError:
        raise ImportError_(say("the text is not valid {codec}", codec=codec), path) from None


def _utf32_without_bom(data: bytes) -> str | None:
    """Return "utf-32-le"/"-be" when two of every four bytes are zero, as in UTF-32 text of the
    Basic Multilingual Plane (where every letter of our languages is)."""
    sample = data[: _SAMPLE - _SAMPLE % 4]
    if len(sample) < 8 or len(data) % 4:
        return None
    if not any(sample[2::4]) and not any(sample[3::4]) and any(sample[0::4]):
        return "utf-32-le"
    if not any(sample[0::4]) and not any(sample[1::4]) and any(sample[3::4]):
        return "utf-32-be"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Return "utf-16-le"/"utf-16-be" when zero bytes fall on one side of most ASCII characters."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.2 and even < odd / 10:
        return "utf-16-le"
    if even > half * 0.2 and odd < even / 10:
        return "utf-16-be"
    return None
