"""The app's options, typed and in one place, over QSettings (an INI file per user)."""

from __future__ import annotations

import contextlib
import os
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
MAX_POSITIONS = 50  # projects whose last segment is remembered
DEFAULT_TAGS = ["SOT", "VO", "needs-legal"]


class Settings:
    """Typed access to the user's options; values survive restarts."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Reviewer", "Reviewer"
        )

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self.store.value(key, default)
        if kind is bool and isinstance(value, str):
            return value.lower() == "true"
        if kind is list:
            if value is None or value == "":
                return []
            return [str(v) for v in (value if isinstance(value, list) else [value])]
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def author(self) -> str:
        """The editor's name: REVIEWER_AUTHOR, else the name stored for the command line and the
        window alike (reviewer.author), else the one older versions kept here; "" for none."""
        from reviewer.author import ENVIRONMENT, stored_author

        return (
            os.environ.get(ENVIRONMENT, "").strip()
            or stored_author()
            or self._get("author", "", str)
        )

    @author.setter
    def author(self, name: str) -> None:
        from reviewer.author import store_author

        self.store.setValue("author", name)
        # Unwritable config folder: kept in the window's own settings; the command line then
        # falls back to the user name.
        with contextlib.suppress(OSError):
            store_author(name)

    @property
    def language(self) -> str:
        """The window's language ("en", "zh_CN", "zh_TW", "zh_HK"); "" follows the system."""
        return self._get("language", "", str)

    @language.setter
    def language(self, code: str) -> None:
        self.store.setValue("language", code)

    @property
    def recent(self) -> list[str]:
        return self._get("recent", [], list)

    def add_recent(self, path: str) -> None:
        items = [p for p in self.recent if p != path]
        self.store.setValue("recent", [path, *items][:MAX_RECENT])

    def segment_of(self, project: str) -> int | None:
        """The segment the editor was on when ``project`` was last closed here, if known."""
        for entry in self._get("positions", [], list):
            number, _tab, path = str(entry).partition("\t")
            if path == project and number.isdigit():
                return int(number)
        return None

    def remember_segment(self, project: str, segment_id: int) -> None:
        """Keep the segment the editor is on in ``project`` (the last MAX_POSITIONS projects)."""
        kept = [
            str(e) for e in self._get("positions", [], list) if str(e).partition("\t")[2] != project
        ]
        self.store.setValue("positions", [f"{segment_id}\t{project}", *kept][:MAX_POSITIONS])

    @property
    def last_project(self) -> str:
        return self._get("last_project", "", str)

    @last_project.setter
    def last_project(self, path: str) -> None:
        self.store.setValue("last_project", path)

    @property
    def opening_project(self) -> str:
        """The project a start was opening and had not shown yet: if it is still set at the
        next start, that start ended (a crash) while opening it."""
        return self._get("opening_project", "", str)

    @opening_project.setter
    def opening_project(self, path: str) -> None:
        self.store.setValue("opening_project", path)
        self.store.sync()  # on disk now: a crash while opening must find it at the next start

    def flag(self, key: str, default: bool) -> bool:
        return bool(self._get(key, default, bool))

    def set_flag(self, key: str, value: bool) -> None:
        self.store.setValue(key, value)

    @property
    def tags(self) -> list[str]:
        return self._get("tags", DEFAULT_TAGS, list) or list(DEFAULT_TAGS)

    def state(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.store.setValue(key, value)
