"""Text from a file's bytes: byte-order marks, UTF-8 first, then charset-normalizer."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from reviewer.core.errors import ImportError_

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# What transcripts in our languages come in, for charset-normalizer to choose among.
_CANDIDATES = [
    "utf_8", "gb18030", "big5", "big5hkscs", "cp1251", "koi8_r",
    "cp1252",
]  # fmt: skip
# The codec we decode with for what the detector names: GBK and GB2312 are subsets of GB18030,
# Big5 of Big5-HKSCS (Hong Kong text uses its extra characters).
_WIDER = {
    "gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030", "gb18030": "gb18030",
    "big5": "big5hkscs", "cp950": "big5hkscs", "big5hkscs": "big5hkscs",
}  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SAMPLE = 4096


def decode(data: bytes, path: str | Path = "") -> tuple[str, str]:
    """Return (text with LF line ends, codec name) for a text file's bytes.

    Raises ImportError_ for an empty file, binary data, or bytes no known encoding reads.
    """
    if not data.strip(b" \t\r\n\x00"):
        raise ImportError_("the file is empty", path)
    text, encoding = _decode(data, path)
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Binary data is refused; a few stray control characters (a NUL among text) are not: the
    # registry replaces them with a warning naming their lines.
    if len(_CONTROL.findall(text[:_SAMPLE])) > max(2, len(text[:_SAMPLE]) // 100):
        raise ImportError_("not a text file (it holds binary data)", path)
    if not text.strip():
        raise ImportError_("the file is empty", path)
    return text, encoding


def _decode(data: bytes, path: str | Path) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec.removesuffix("-sig"), path), codec
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise ImportError_("not a text file (it holds binary data)", path)
    import charset_normalizer  # only for files that are not UTF-8 (most are): 8 ms at start

    best = charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None or best.encoding is None:
        raise ImportError_("cannot tell which text encoding the file is in", path)
    codec = _WIDER.get(best.encoding.replace("_", "").replace("-", ""), best.encoding)
    return _strict(data, codec, path), codec


def _strict(data: bytes, codec: str, path: str | Path) -> str:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        raise ImportError_(f"the text is not valid {codec}", path) from None


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
