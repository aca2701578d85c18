"""Language profiles for the checks: line length, reading speed, lines, durations, gaps.

Defaults after the Netflix timed-text style guide: English 42 characters a line and 20
characters a second, Chinese 16 and 9; at most two lines; 5/6 s to 7 s on screen; no gap
shorter than two frames between subtitles. Stored in the project as JSON (meta key
``check_profiles``), edited in the window's preferences.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

META_KEY = "check_profiles"


@dataclass(frozen=True)
class LanguageProfile:
    """How much text of one language a subtitle may hold."""

    max_line_chars: int = 42
    max_cps: float = 20.0
    max_lines: int = 2


DEFAULT_LANGUAGES = {
    "en": LanguageProfile(42, 20.0, 2),
    "zh": LanguageProfile(16, 9.0, 2),
}


@dataclass(frozen=True)
class Profiles:
    """The language profiles and the timing rules every segment shares."""

    languages: dict[str, LanguageProfile] = field(default_factory=lambda: dict(DEFAULT_LANGUAGES))
    min_duration_ms: int = 833
    max_duration_ms: int = 7000
    frame_rate: float = 25.0
    min_gap_frames: int = 2

    @property
    def min_gap_ms(self) -> float:
        return self.min_gap_frames * 1000.0 / self.frame_rate

    def for_language(self, language: str) -> LanguageProfile:
        """Return the profile of ``language`` ("zh-Hans" uses "zh"; unknown ones "en")."""
        code = (language or "en").lower().replace("_", "-")
        for key in (code, code.split("-")[0]):
            if key in self.languages:
                return self.languages[key]
        return self.languages.get("en", LanguageProfile())

    def with_language(self, code: str, profile: LanguageProfile) -> Profiles:
        return replace(self, languages={**self.languages, code: profile})

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Profiles:
        """Return the profiles stored as ``text``; defaults for anything missing or unreadable."""
        if not text:
            return cls()
        try:
            data: dict[str, Any] = json.loads(text)
            languages = dict(DEFAULT_LANGUAGES)
            for code, values in (data.get("languages") or {}).items():
                languages[str(code)] = LanguageProfile(
                    int(values.get("max_line_chars", 42)),
                    float(values.get("max_cps", 20.0)),
                    int(values.get("max_lines", 2)),
                )
            defaults = cls()
            return cls(
                languages,
                int(data.get("min_duration_ms", defaults.min_duration_ms)),
                int(data.get("max_duration_ms", defaults.max_duration_ms)),
                float(data.get("frame_rate", defaults.frame_rate)) or defaults.frame_rate,
                int(data.get("min_gap_frames", defaults.min_gap_frames)),
            )
        except (ValueError, TypeError, AttributeError):
            return cls()
