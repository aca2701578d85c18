"""installer/linux: the desktop entry, the .review MIME type, AppStream metadata, the user-level
install script; the PyInstaller spec's plugin filter and libvlc runtime hook."""

from __future__ import annotations

import configparser
import os
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import sample_transcript

from reviewer.store import Project

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"
METAINFO = "io.github.reviewer.Reviewer.metainfo.xml"
HOOK_VARS = ("PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH", "VLC_PLUGIN_PATH")
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "reviewer.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_projects() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "reviewer %f"
    assert entry["Icon"] == "reviewer"
    assert entry["MimeType"] == "application/x-reviewer-project;"
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_entry_is_valid() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(LINUX / "reviewer.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_mime_type_by_name_and_by_content() -> None:
    from reviewer.store.schema import APPLICATION_ID

    root = ET.parse(LINUX / "reviewer-mime.xml").getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-reviewer-project"
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.review"]
    header = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert header is not None
    assert (header.get("type"), header.get("offset")) == ("string", "0")
    assert header.get("value") == "SQLite format 3\\000"
    app_id = header.find(f"{MIME_NS}match")
    assert app_id is not None
    assert (app_id.get("type"), app_id.get("offset")) == ("big32", "68")
    assert int(app_id.get("value") or "", 16) == APPLICATION_ID


def test_a_project_file_has_the_magic_the_mime_type_looks_for(tmp_path: Path) -> None:
    path = tmp_path / "p.review"
    Project.create(path, sample_transcript()).close()
    head = path.read_bytes()[:72]
    assert head[:16] == b"SQLite format 3\x00"
    assert int.from_bytes(head[68:72], "big") == 0x52565752


def test_appstream_metadata() -> None:
    root = ET.parse(LINUX / METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.reviewer.Reviewer"
    assert root.findtext("launchable") == "reviewer.desktop"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("provides/mediatype") == "application/x-reviewer-project"
    assert root.findtext("provides/binary") == "reviewer"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli")
def test_appstream_metadata_is_valid() -> None:
    done = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(LINUX / "io.github.reviewer.Reviewer.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


DETECT = """
import sys
from PySide6.QtCore import QMimeDatabase
db = QMimeDatabase()
for path in sys.argv[1:]:
    print(db.mimeTypeForFile(path).name())
"""


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="no shared-mime-info")
def test_install_script_registers_the_type_icons_and_entry(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    app = tmp_path / "app"  # a stand-in for dist/Reviewer
    app.mkdir()
    (app / "reviewer").write_text("#!/bin/sh\nexit 0\n")
    (app / "reviewer").chmod(0o755)
    done = subprocess.run(
        [str(LINUX / "install.sh"), str(app)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    share = home / ".local" / "share"
    installed = home / ".local" / "opt" / "Reviewer" / "reviewer"
    assert (home / ".local" / "bin" / "reviewer").resolve() == installed
    entry = (share / "applications" / "reviewer.desktop").read_text()
    assert f"Exec={installed} %f" in entry
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "reviewer.png").exists()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "reviewer.svg").exists()
    assert (share / "mime" / "mime.cache").exists()

    # What a file manager would say, with the type installed for this user only
    named = tmp_path / "story.review"
    Project.create(named, sample_transcript()).close()
    renamed = tmp_path / "story-copy.bin"
    shutil.copy(named, renamed)
    other = tmp_path / "other.bin"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    detect = subprocess.run(
        [sys.executable, "-c", DETECT, str(named), str(renamed), str(other)],
        env=dict(env, XDG_DATA_DIRS="/usr/share"),
        capture_output=True,
        text=True,
    )
    assert detect.returncode == 0, detect.stderr
    assert detect.stdout.split() == [
        "application/x-reviewer-project",
        "application/x-reviewer-project",  # by content: SQLite header + application_id
        "application/vnd.sqlite3",
    ]

    removed = subprocess.run(
        [str(LINUX / "install.sh"), "--remove"], env=env, capture_output=True, text=True
    )
    assert removed.returncode == 0, removed.stderr
    assert not (share / "applications" / "reviewer.desktop").exists()
    assert not installed.exists()


def test_the_spec_keeps_only_the_qt_plugins_reviewer_uses() -> None:
    sys.path.insert(0, str(ROOT / "installer" / "pyinstaller" / "hooks"))
    try:
        from qt_plugins import wanted
    finally:
        sys.path.pop(0)
    plugins = "PySide6/Qt/plugins"
    assert wanted(("/x/libqxcb.so", f"{plugins}/platforms"))
    assert wanted(("/x/libqxcb-glx-integration.so", f"{plugins}/xcbglintegrations"))
    assert wanted(("/x/libibusplatforminputcontextplugin.so", f"{plugins}/platforminputcontexts"))
    assert wanted(("/x/libqsvg.so", f"{plugins}/imageformats"))
    assert wanted(("/x/libQt6Core.so.6", "PySide6/Qt/lib"))
    assert not wanted(("/x/libqwayland.so", f"{plugins}/platforms"))
    assert not wanted(("/x/libqeglfs.so", f"{plugins}/platforms"))
    assert not wanted(("/x/libqgtk3.so", f"{plugins}/platformthemes"))
    assert not wanted(("/x/libxdg-shell.so", f"{plugins}/wayland-shell-integration"))
    assert not wanted(("/x/libqtvirtualkeyboardplugin.so", f"{plugins}/platforminputcontexts"))


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_runtime_hook_points_python_vlc_at_a_bundled_libvlc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    name = {"win32": "libvlc.dll", "darwin": "libvlc.dylib", "linux": "libvlc.so.5"}[platform]
    (tmp_path / "vlc" / "plugins").mkdir(parents=True)
    (tmp_path / "vlc" / name).write_bytes(b"")
    for var in HOOK_VARS:  # set first, so that what the hook sets is undone after the test
        monkeypatch.setenv(var, "")
        monkeypatch.delenv(var)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    added: list[str] = []
    monkeypatch.setattr(os, "add_dll_directory", added.append, raising=False)
    runpy.run_path(str(ROOT / "installer" / "pyinstaller" / "rthook_libvlc.py"))
    assert os.environ["PYTHON_VLC_LIB_PATH"] == str(tmp_path / "vlc" / name)
    assert os.environ["PYTHON_VLC_MODULE_PATH"] == str(tmp_path / "vlc" / "plugins")
    assert added == ([str(tmp_path / "vlc")] if platform == "win32" else [])


def test_runtime_hook_leaves_the_system_libvlc_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in HOOK_VARS:
        monkeypatch.setenv(var, "")
        monkeypatch.delenv(var)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # no vlc/ inside
    runpy.run_path(str(ROOT / "installer" / "pyinstaller" / "rthook_libvlc.py"))
    assert not any(var in os.environ for var in HOOK_VARS)


def test_the_hook_tests_leave_the_environment_as_it_was() -> None:
    assert os.environ.get("PYTHON_VLC_LIB_PATH", "").find("pytest") < 0
