"""Walk the review window, its menus and every dialog it opens, and report what a Chinese editor
would see wrong: English left in the chrome, and labels cut short by their widget.

Used by tests/ui/test_translations.py in process (1280x800) and in a child process at 200%
scaling (QT_SCALE_FACTOR must be set before Qt starts): ``python tests/ui/translation_walk.py
LANG SETTINGS PROJECT QM_FOLDER`` prints the findings as JSON.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)

# What may stay as it is in a Chinese window: names of formats, keys, programs and encodings,
# the tags the desks use, the language menu's own "English", and the sample project's data.
ALLOWED = re.compile(
    r"Reviewer|SRT|WebVTT|ASS|Word|JSON|CSV|Whisper|OpenCC|libvlc|PySide6|Qt|SQLite|GNU|GPL"
    r"|\bor-later\b|SOT|VO|needs-legal|English|H\.264|MP4|QT_QPA_PLATFORM|xcb|\.docx|\.review"
    r"|Windows-\d+|ISO|KOI8-R|Shift_JIS|EUC-JP|EUC-KR|GB18030|GBK|Big5-HKSCS|s2t\w*|t2s\w*"
    r"|s2hk|hk2s|s2tw\w*|tw2s\w*|t2tw|t2hk|Noto|\bms\b|fps|SubRip|Advanced SubStation|YouTube"
    r"|TTML|DFXP|CEA-608|\.[a-z0-9]{2,4}\b"
    # key names, only as keys ("Ctrl+Shift+P", "(F2)", "Alt+Left / Alt+Right", "按 Esc 返回"),
    # not as words ("Delete segments")
    r"|\b(?:Ctrl|Alt|Shift|Meta)\+"
    r"|\b(?:Left|Right|Up|Down|Home|End|Delete|Del|Return|Enter|Space|Esc|PgUp|PgDown|Tab|F\d+)"
    r"(?=\s*(?:[/,)+）]|$|[^\x00-\x7f]))"
)
WORD = re.compile(r"[A-Za-z]{3,}")


@dataclass(frozen=True)
class Finding:
    kind: str  # "untranslated" or "cut"
    where: str
    text: str


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text).replace("&&", "").replace("&", "")


def english_left(text: str, data: Iterable[str]) -> list[str]:
    """Return the English words left in ``text`` once allowed names and ``data`` are taken out."""
    rest = _plain(text)
    for item in sorted(data, key=len, reverse=True):
        if item:
            rest = rest.replace(item, " ")
    rest = re.sub(r"(?<![\w.])(/|~/)[^\s]*", " ", rest)  # paths
    rest = re.sub(r"\S+\.(review|srt|vtt|json|csv|docx|mp4|mkv|txt|ini)\b", " ", rest)
    rest = ALLOWED.sub(" ", rest)
    return WORD.findall(rest)


def _header_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount())
    ]


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    """Return (where, text) for every word a person reads in ``widget`` and its children."""
    found: list[tuple[str, str]] = []

    def add(w: QWidget, what: str, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(w).__name__}#{w.objectName() or '?'}.{what}", text))

    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        add(w, "toolTip", w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(w, "text", w.text())
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            for i, text in enumerate(_header_texts(w.model())):
                add(w, f"section{i}", text)
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            for i in range(header.columnCount()):
                add(w, f"header{i}", header.text(i))
        elif isinstance(w, QDockWidget):
            add(w, "title", w.windowTitle())
    return found


def menu_texts(menu: QMenu, path: str = "") -> list[tuple[str, str]]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        where = f"menu {path}{menu.title()}"
        found.append((where, action.text()))
        if action.toolTip() != action.text().replace("&", ""):
            found.append((where + " tip", action.toolTip()))
        if action.menu() is not None:
            found += menu_texts(action.menu(), f"{path}{menu.title()} > ")
    return found


def cut_labels(widget: QWidget) -> list[Finding]:
    """Return the labels and buttons of ``widget`` whose text is wider than the room they have."""
    found = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 1:
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.pixmap().isNull():
            text = _plain(w.text())
            if "\n" in text or not text.strip():
                continue
            need = w.fontMetrics().horizontalAdvance(text)
            room = (
                w.contentsRect().width() - 2 * w.margin() - w.indent()
                if w.indent() > 0
                else (w.contentsRect().width() - 2 * w.margin())
            )
            if need > room + 1:
                found.append(Finding("cut", f"QLabel#{w.objectName()}", f"{text} ({need}>{room})"))
        elif isinstance(w, QAbstractButton) and w.text() and type(w).__name__ != "QToolButton":
            text = _plain(w.text())
            need = w.fontMetrics().horizontalAdvance(text)
            if need > w.width():
                found.append(
                    Finding("cut", f"{type(w).__name__}#{w.objectName()}", f"{text} ({need})")
                )
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            model = w.model()
            for i, text in enumerate(_header_texts(model)):
                if w.isSectionHidden(i) or not text:
                    continue
                need = w.fontMetrics().horizontalAdvance(text)
                if need > w.sectionSize(i):
                    found.append(Finding("cut", f"header {w.objectName()}[{i}]", text))
    return found


# The window's dialogs, by the action that opens each (a project must be open).
DIALOG_ACTIONS = (
    "shortcuts",
    "about",
    "welcome",
    "export",
    "check_preferences",
    "find_replace",
    "name_checkpoint",
    "compare_checkpoint",
    "timeline",
    "convert_script",
    "palette",
    "fix_all_problems",
)


def open_dialog(window: QWidget, name: str, wait: Callable[[Callable[[], bool]], None]) -> QWidget:
    """Trigger the action ``name`` and return the top-level dialog it opened."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    window.actions_by_name[name].trigger()  # type: ignore[attr-defined]

    def opened() -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
        ]

    try:
        wait(lambda: bool(opened()))
    except Exception as exc:
        raise AssertionError(f"{name} opened no dialog") from exc
    return opened()[0]


def walk(
    window: QWidget, data: Iterable[str], wait: Callable[[Callable[[], bool]], None]
) -> tuple[list[Finding], set[str]]:
    """Walk the window, its menus and dialogs; return the findings and the places walked."""
    data = list(data)
    findings: list[Finding] = []
    walked: set[str] = {"window"}

    def judge(pairs: list[tuple[str, str]], place: str) -> None:
        for where, text in pairs:
            if english_left(text, data):
                findings.append(Finding("untranslated", f"{place}: {where}", text))

    judge(texts_of(window), "window")
    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        if action.menu() is not None:
            judge(menu_texts(action.menu()), "menus")
    findings += cut_labels(window)
    project = window.project  # type: ignore[attr-defined]
    if not project.checkpoints():  # Compare needs one to compare with
        project.checkpoint("sent to the desk")
    data.append("sent to the desk")
    for name in DIALOG_ACTIONS:
        dialog = open_dialog(window, name, wait)
        walked.add(name)
        QApplication.processEvents()
        judge(texts_of(dialog), name)
        findings += [Finding(f.kind, f"{name}: {f.where}", f.text) for f in cut_labels(dialog)]
        dialog.close()
        QApplication.processEvents()
    return findings, walked


def main(argv: list[str]) -> int:
    """Child process: LANG SETTINGS PROJECT QM_FOLDER -> the findings as JSON on stdout."""
    import time
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from reviewer.ui import features, i18n
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings

    lang, settings_path, project, compiled = argv
    app = QApplication(["reviewer"])
    i18n.translations_dir = lambda: Path(compiled)  # the catalogues the test compiled
    assert i18n.install(lang, app)

    def wait(condition: Callable[[], bool]) -> None:
        deadline = time.monotonic() + 20
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not get there")
            app.processEvents()
            time.sleep(0.01)

    window = MainWindow(Settings(QSettings(settings_path, QSettings.Format.IniFormat)))
    window.resize(1280, 800)
    window.show()
    assert window.open_path(Path(project))
    wait(lambda: window.is_started)
    del features
    data = data_of(window)
    findings, walked = walk(window, data, wait)
    print(json.dumps({"findings": [asdict(f) for f in findings], "walked": sorted(walked)}))
    window.close()
    return 0


def data_of(window: QWidget) -> list[str]:
    """Return the project's own words (segment texts, speakers, title, file names)."""
    project = window.project  # type: ignore[attr-defined]
    transcript = project.transcript
    data = [transcript.title, project.path.name, project.path.stem, str(project.path)]
    data.append(window.settings.author)  # type: ignore[attr-defined]
    data += [s.name for s in transcript.speakers]
    for segment in transcript.segments:
        data += [segment.source, segment.translation, segment.note, *segment.tags]
    return [d for d in data if d]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
