"""The window in Simplified and Traditional Chinese: the catalogues are current and complete,
and every window, dialog and menu reads in the language chosen, with nothing cut short, at
1280x800 and at 200% scaling."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.ui import catalogue_maker, i18n, translated

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("zh_CN", "zh_TW", "zh_HK")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d")
WALK = Path(__file__).with_name("translation_walk.py")


def ts_messages(path: Path) -> dict[str, str]:
    """Return {source: translation} of a .ts file (unfinished ones as None)."""
    found = {}
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
        found[message.findtext("source") or ""] = translation.text if finished else None
    return found


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues as committed, compiled with pyside6-lrelease (as the set-up does)."""
    folder = tmp_path_factory.mktemp("qm")
    for lang in LANGS:
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                str(ROOT / "translations" / f"reviewer_{lang}.ts"),
                "-qm",
                str(folder / f"reviewer_{lang}.qm"),
            ],
            check=True,
        )
    return folder


@pytest.fixture(params=LANGS)
def language(request, compiled: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    assert i18n.install(request.param, qapp)
    yield request.param
    i18n.install(i18n.ENGLISH, qapp)


# -- the catalogues ---------------------------------------------------------------------------


def test_the_generated_catalogue_module_is_current() -> None:
    # Stale: run `python -m reviewer.ui.catalogue_maker`, then pyside6-lupdate (CONTRIBUTING.md).
    written = catalogue_maker.SOURCES.read_text(encoding="utf-8")
    assert written == catalogue_maker.source_text(catalogue_maker.data_strings())


def test_lupdate_finds_no_string_the_catalogues_lack(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "reviewer" / "ui").glob("*.py"))
    sources += sorted(str(p) for p in (ROOT / "reviewer" / "ui").glob("*/*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", *sources, "-ts", str(fresh)], check=True
    )
    wanted = set(ts_messages(fresh))
    assert len(wanted) > 400
    for lang in LANGS:
        have = ts_messages(ROOT / "translations" / f"reviewer_{lang}.ts")
        assert sorted(wanted - set(have)) == [], f"{lang}: refresh the .ts with pyside6-lupdate"


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated_and_keeps_its_placeholders(lang: str) -> None:
    messages = ts_messages(ROOT / "translations" / f"reviewer_{lang}.ts")
    unfinished = [s for s, t in messages.items() if not t]
    assert unfinished == []
    for source, text in messages.items():
        assert text is not None
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
        mnemonic = re.search(r"&([^&\s])", source)
        if mnemonic:  # Alt+letter keeps working: "查找(&F)"
            assert f"&{mnemonic[1].upper()}" in text.upper(), (source, text)
        if re.search(r"[A-Za-z]{3,}", source) and not source.startswith("Speaker "):
            assert text != source, source
    # No character of the other script: 转/轉, 项/項, 说/說, 设/設, 视/視, 级/級.
    other = "轉項說説設視級" if lang == "zh_CN" else "转项说设视级"
    assert [t for t in messages.values() if t and set(t) & set(other)] == []


def test_taiwan_and_hong_kong_differ_in_words_not_only_script() -> None:
    tw = ts_messages(ROOT / "translations" / "reviewer_zh_TW.ts")
    hk = ts_messages(ROOT / "translations" / "reviewer_zh_HK.ts")
    expected = {
        "Undo": ("復原", "還原"),
        "&Find": ("尋找(&F)", "搜尋(&F)"),
        "Approve and next": ("核准並轉到下一個", "批核並轉到下一個"),
        "Check preferences": ("檢查規則", "檢查規則"),
    }
    for source, (taiwan, hong_kong) in expected.items():
        assert (tw[source], hk[source]) == (taiwan, hong_kong)
    assert "專案" in tw["Open a project, transcript or video"]
    assert "項目" in hk["Open a project, transcript or video"]
    # OpenCC's slips, caught by eye once: 台灣 is no table (枱, 檯).
    assert [t for t in [*tw.values(), *hk.values()] if t and ("枱" in t or "檯" in t)] == []
    differing = [s for s in tw if tw[s] != hk[s]]
    assert len(differing) > 100


def test_the_system_locale_chooses_the_language() -> None:
    assert i18n.system_language(QLocale("zh_CN")) == "zh_CN"
    assert i18n.system_language(QLocale("zh_TW")) == "zh_TW"
    assert i18n.system_language(QLocale("zh_HK")) == "zh_HK"
    assert i18n.system_language(QLocale("zh_Hant_MO")) == "zh_HK"
    assert i18n.system_language(QLocale("zh_Hans_SG")) == "zh_CN"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.chosen("zh_TW") == "zh_TW"


# -- the window -------------------------------------------------------------------------------


def test_problems_are_worded_in_the_window_language(language: str) -> None:
    from reviewer.core.models import Segment
    from reviewer.text.checks import Checker

    problems = Checker().segment(Segment(0, 3000, "黎巴嫩真主党说", "Lebanon's 真主党 said"))
    message = translated.message(problems[0])
    assert "真主党" in message
    assert message != problems[0].message
    assert "untranslated" not in message
    assert problems[0].message == "“真主党” left untranslated"  # the command line's English
    assert translated.short(problems[0]) in ("未翻译：真主党", "未翻譯：真主党")


def test_every_window_dialog_and_menu_reads_in_the_language(language, request, qtbot) -> None:  # type: ignore[no-untyped-def]
    from translation_walk import data_of, walk

    window = request.getfixturevalue("window")
    window.resize(1280, 800)
    qtbot.wait(50)

    def wait(condition) -> None:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(condition, timeout=10000)

    findings, walked = walk(window, data_of(window), wait)
    assert len(walked) > 10
    assert [f for f in findings if f.kind == "untranslated"] == []
    assert [f for f in findings if f.kind == "cut"] == []


@pytest.mark.parametrize("lang", LANGS)
def test_nothing_is_cut_at_200_percent(lang, compiled, settings, project_file) -> None:  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": "2",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    settings.store.sync()
    done = subprocess.run(
        [
            sys.executable,
            str(WALK),
            lang,
            settings.store.fileName(),
            str(project_file),
            str(compiled),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(result["walked"]) > 10
    assert [f for f in result["findings"] if f["kind"] == "cut"] == []


def test_view_language_remembers_the_choice_and_offers_a_restart(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from reviewer.ui.language_menu import LanguageMenu

    menu = window.part(LanguageMenu)
    names = [a.text() for a in menu.menu.actions()]
    assert names == ["English", "简体中文", "繁體中文（台灣）", "繁體中文（香港）"]
    menu.actions["zh_HK"].trigger()
    assert window.settings.language == "zh_HK"
    box = menu.box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "繁體中文（香港）" in box.text()
    assert "Nothing is lost" in box.text()
    later = next(b for b in box.buttons() if b.text() == "Later")
    later.click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible()  # "Later" keeps the window; the choice waits for the next start
    from reviewer.ui.settings import Settings

    assert Settings(window.settings.store).language == "zh_HK"
    assert QApplication.instance() is not None


def test_the_walk_sees_english_and_cut_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
    from translation_walk import cut_labels, english_left

    assert english_left("Delete segments (Ctrl+Del)", []) == ["Delete", "segments"]
    assert english_left("刪除段落 (Ctrl+Del)", []) == []
    assert english_left("按 Esc 返回；匯出 SubRip 字幕 (.srt)", []) == []
    assert english_left("“Wang Yi” 應為", ["Wang Yi"]) == []
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("鍵盤快速鍵一覽表，這一行很長很長")
    label.setObjectName("narrow")
    label.setFixedWidth(40)
    QHBoxLayout(box).addWidget(label)
    box.show()
    qtbot.waitExposed(box)
    assert [f.where for f in cut_labels(box)] == ["QLabel#narrow"]
    label.setFixedWidth(label.sizeHint().width())
    assert cut_labels(box) == []


RESTART = """
import sys
import time
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from reviewer.ui import language_menu
from reviewer.ui.main_window import MainWindow
from reviewer.ui.settings import Settings

settings_path, marker = sys.argv[1:3]
app = QApplication(["reviewer"])
language_menu.restart_command = lambda: (
    sys.executable, ["-c", f"open({marker!r}, 'w').write('started again')"]
)
window = MainWindow(Settings(QSettings(settings_path, QSettings.Format.IniFormat)))
window.show()

def choose():
    if not window.is_started:
        return QTimer.singleShot(20, choose)
    menu = window.part(language_menu.LanguageMenu)
    menu.actions["zh_TW"].trigger()
    box = menu.box
    restart = next(b for b in box.buttons() if b.text() == "Restart now")
    QTimer.singleShot(0, restart.click)

QTimer.singleShot(0, choose)
sys.exit(app.exec())
"""


def test_restart_now_closes_the_window_then_starts_reviewer_again(tmp_path: Path) -> None:
    marker = tmp_path / "restarted"
    settings_path = tmp_path / "settings.ini"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "REVIEWER_AUTHOR": "tester",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    done = subprocess.run(
        [sys.executable, "-c", RESTART, str(settings_path), str(marker)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]  # the window closed and Qt quit
    # The new Reviewer is a detached process: it has no signal to wait on, only its file.
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.read_text(encoding="utf-8") == "started again"
    from PySide6.QtCore import QSettings

    from reviewer.ui.settings import Settings

    stored = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    assert stored.language == "zh_TW"


def test_the_palette_finds_a_translated_action_by_its_english_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    from reviewer.ui.command_palette import CommandPalette

    export, approve = QAction("匯出…"), QAction("批核並轉到下一個")
    export.setObjectName("export")
    approve.setObjectName("approve_next")
    palette = CommandPalette([export, approve])
    qtbot.addWidget(palette)
    qtbot.keyClicks(palette.query, "export")
    assert palette.list.item(0).text() == "匯出…"  # first, as "Export…" is in English
    palette.query.setText("批核")  # typed through an input method: QTest has no keys for it
    assert palette.list.item(0).text() == "批核並轉到下一個"


def test_errors_are_worded_in_the_window_language(language, window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    # A real missing file and a real binary file opened through the window: its message box
    # says what is wrong in the window's language, the file named as it is; the English the
    # command line prints is unchanged (tests/cli).
    missing = tmp_path / "gone.srt"
    assert not window.open_path(missing, encoding="utf-8")
    box = window._dialog
    qtbot.waitUntil(box.isVisible)
    expected = {"zh_CN": "文件不存在", "zh_TW": "檔案不存在", "zh_HK": "檔案不存在"}
    assert box.text() == f"{missing}: {expected[language]}"
    assert "no such file" not in box.text()
    box.close()
    garbage = tmp_path / "clip.srt"
    garbage.write_bytes(bytes(range(256)) * 8)
    assert not window.open_path(garbage, encoding="utf-8")
    box = window._dialog
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith(f"{garbage}")
    words = box.text().split(": ", 1)[1]  # "clip.srt:1: 文本不是有效的 utf-8（请选择它的编码）"
    assert not re.search(r"[A-Za-z]{4,}", words.replace("utf-8", "")), words
    assert re.search(r"[\u4e00-\u9fff]", words), words
    box.close()


def test_undo_labels_are_worded_in_the_window_language(language, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Labels are stored in English in the project (the command line's history reads them so);
    # the Edit menu and the History panel word them, with the values kept.
    from reviewer.ui.history_panel import HistoryPanel

    undo_word = {"zh_CN": "撤销", "zh_TW": "復原", "zh_HK": "還原"}[language]
    edit_translation = {"zh_CN": "编辑译文", "zh_TW": "編輯譯文", "zh_HK": "編輯譯文"}[language]
    window.select_id(2)
    window.edit(lambda p: p.set_translation(2, "Lebanon's Hezbollah said"))
    assert window.project.undo_label == "Edit translation"
    undo = window.actions_by_name["undo"]
    qtbot.waitUntil(lambda: undo.text() == f"{undo_word} {edit_translation}")
    window.edit(lambda p: p.rename_speaker("陈嘉怡", "Chan Ka-yi"))
    renamed = {"zh_CN": "重命名 陈嘉怡", "zh_TW": "重新命名 陈嘉怡", "zh_HK": "重新命名 陈嘉怡"}
    qtbot.waitUntil(lambda: undo.text() == f"{undo_word} {renamed[language]}")
    window.actions_by_name["undo"].trigger()
    window.actions_by_name["undo"].trigger()
    panel = window.part(HistoryPanel)
    window.actions_by_name["show_history"].trigger()
    qtbot.waitUntil(panel.isVisible)
    steps = [panel.list.topLevelItem(i).text(2) for i in range(panel.list.topLevelItemCount())]
    assert f"{undo_word}：{edit_translation}" in steps, steps
    assert edit_translation in steps, steps
    assert not [s for s in steps if "Edit" in s or "Undo" in s], steps


def test_a_read_only_reason_is_worded_in_the_window_language(
    language, window, project_file
) -> None:  # type: ignore[no-untyped-def]
    from reviewer.store import Project

    window.close_project()
    window.set_project(Project.open(project_file, author="tester", read_only=True))
    expected = {
        "zh_CN": "只读：按要求以只读方式打开",
        "zh_TW": "唯讀：依要求以唯讀方式開啟",
        "zh_HK": "唯讀：按要求以唯讀方式開啓",
    }
    assert window.saved_label.text() == expected[language]
