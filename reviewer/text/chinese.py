"""Chinese script conversion through OpenCC, each converter built once."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from reviewer.core.lazy import lazy

if TYPE_CHECKING:
    import opencc
else:
    opencc = lazy("opencc")  # reviewer.core.lazy.COMMANDS: a command that converts nothing

# The stable configurations OpenCC ships, with what each does in an editor's words.
CONFIGS: dict[str, str] = {
    "s2t": "Simplified to Traditional",
    "t2s": "Traditional to Simplified",
    "s2tw": "Simplified to Traditional (Taiwan)",
    "tw2s": "Traditional (Taiwan) to Simplified",
    "s2twp": "Simplified to Traditional (Taiwan, with phrases)",
    "tw2sp": "Traditional (Taiwan) to Simplified (with phrases)",
    "s2hk": "Simplified to Traditional (Hong Kong)",
    "hk2s": "Traditional (Hong Kong) to Simplified",
    "t2tw": "Traditional to Taiwan standard",
    "t2hk": "Traditional to Hong Kong standard",
}


def opencc_version() -> str:
    """Return the installed OpenCC version (recorded with conversions)."""
    return str(getattr(opencc, "__version__", "unknown"))


@cache
def converter(config: str) -> opencc.OpenCC:
    """Return the OpenCC converter for ``config`` (e.g. "s2hk"), built on first use only."""
    name = config.removesuffix(".json")
    if name not in CONFIGS:
        raise ValueError(f"unknown OpenCC configuration {config!r}; one of {', '.join(CONFIGS)}")
    return opencc.OpenCC(f"{name}.json")


def convert(text: str, config: str | None) -> str:
    """Return ``text`` converted by the OpenCC ``config``; unchanged when config is None."""
    if not config or not text:
        return text
    return str(converter(config).convert(text))


def fold(text: str) -> str:
    """Return ``text`` in one script (Traditional to Simplified) for script-blind matching."""
    return convert(text, "t2s")
