"""First start: the welcome (name, the ten keys, the demo clip), shown once; About; the icon."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.ui.welcome import WelcomeDialog

pytest.importorskip("PySide6")

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

from reviewer.ui import welcome
from reviewer.ui.actions import ACTIONS
from reviewer.ui.app_icon import SIZES, app_icon
from reviewer.ui.help_dialogs import AboutDialog


@pytest.fixture
def new_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, settings):  # type: ignore[no-untyped-def]
    """A first start: no REVIEWER_AUTHOR, no name saved, a data folder of its own."""
    monkeypatch.delenv("REVIEWER_AUTHOR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return settings


def test_first_start_shows_the_welcome_once_and_keeps_the_name(qtbot, window, new_user) -> None:  # type: ignore[no-untyped-def]
    assert welcome.wanted_at_start(new_user)
    dialog = welcome.show_at_start(window)
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text()  # the OS user name to start with
    dialog.name.clear()
    dialog.name.insert("陈静")  # typed through an input method
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter in the field: "Start reviewing"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert new_user.author == "陈静"
    assert window.project.author == "陈静"  # the open project records the new name from now on
    assert not welcome.wanted_at_start(new_user)
    assert welcome.show_at_start(window) is None


def test_an_empty_name_falls_back_to_the_os_user(qtbot, window, new_user) -> None:  # type: ignore[no-untyped-def]
    from reviewer.store.project import default_author

    dialog = welcome.show_welcome(window)
    dialog.name.clear()
    dialog.reject()  # Esc or the window's close button: the name is still kept
    assert new_user.author == default_author()
    assert not welcome.wanted_at_start(new_user)


def test_reviewer_author_skips_the_welcome(window, settings) -> None:  # type: ignore[no-untyped-def]
    assert settings.author == "tester"  # the fixture sets REVIEWER_AUTHOR
    assert not welcome.wanted_at_start(settings)
    assert welcome.show_at_start(window) is None


def test_help_welcome_reopens_it_and_opens_the_demo(qtbot, window, new_user) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_name["welcome"].trigger()
    dialog = window.part(WelcomeDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Welcome to Reviewer"
    assert window.project.path.name == "news.review"
    # It says what is open (the editor's project, not "the demo clip") and how to open one's own.
    assert (
        dialog.showing.text() == "Behind this window is “Evening news” (news.review, 4 segments)."
    )
    assert (
        not dialog.open_own.isHidden() and dialog.open_own.text() == "&Open a transcript or video…"
    )
    dialog.all_keys.click()
    assert window.dialog.objectName() == "shortcutsDialog"
    window.dialog.close()
    assert not dialog.demo.isHidden()
    dialog.demo.click()  # closes the welcome, opens the demo
    assert window.project.path.name == "demo.review"
    assert len(window.project.transcript.segments) == 7
    assert not dialog.isVisible()
    window.actions_by_name["welcome"].trigger()
    again = window.part(WelcomeDialog)
    assert again.showing.text() == welcome.DEMO
    assert again.demo.isHidden()  # the demo is open: no button to open it
    again.accept()


def test_open_a_transcript_from_the_welcome_starts_in_the_projects_folder(  # type: ignore[no-untyped-def]
    qtbot, window, new_user, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def answer(_parent, _caption, folder, _filters):  # type: ignore[no-untyped-def]
        asked.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    dialog = welcome.show_welcome(window)
    dialog.open_own.click()
    assert not dialog.isVisible()
    assert asked == [str(window.project.path.parent)]


def test_the_ten_keys_are_the_windows_keys(qtbot, window, new_user) -> None:  # type: ignore[no-untyped-def]
    dialog = welcome.show_welcome(window)
    shown = [key for key, _ in dialog.key_labels]
    assert len(shown) == 10
    assert shown[0] == "Up / Down" and shown[1] == "1 … 9"
    keys = {k.replace("Return", "Enter") for spec in ACTIONS for k in spec.keys}
    for key in shown[2:]:
        for one in key.split(" / "):
            assert one in keys or one in {"Enter", "Esc"}, one
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t.startswith("Reviewer plays a video") for t in texts)
    dialog.accept()


def test_about_is_plain_text_with_icon_licence_and_versions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_name["about"].trigger()
    about = window.dialog
    assert isinstance(about, AboutDialog) and about.isVisible()
    for name in ("Reviewer", "Qt", "PySide6", "libvlc", "OpenCC", "SQLite", "Settings", "Data"):
        assert about.values[name].text(), name
        assert about.values[name].textFormat() == Qt.TextFormat.PlainText
    assert "GPL-3.0-or-later" in about.licence.text()
    assert "GPL-3.0-or-later" in about.text()
    icon = [label for label in about.findChildren(QLabel) if not label.pixmap().isNull()]
    assert icon and icon[0].pixmap().width() == 128
    about.close()


def test_the_icon_has_every_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(SIZES)
    assert all(s.width() == s.height() for s in icon.availableSizes())
    assert icon.pixmap(QSize(48, 48)).width() == 48


def test_the_window_gets_its_icon_once_started(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from reviewer.ui import app as app_module
    from reviewer.ui import heap

    seen: list[list[int]] = []
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)  # no event loop: the test drives it
    monkeypatch.setattr(heap.gc, "freeze", lambda: None)
    monkeypatch.setattr(heap.gc, "disable", lambda: None)
    original = QApplication.setWindowIcon
    monkeypatch.setattr(
        QApplication,
        "setWindowIcon",
        lambda icon: (
            seen.append(sorted(s.width() for s in icon.availableSizes())),
            original(icon),
        ),
    )
    monkeypatch.setenv("REVIEWER_AUTHOR", "me")
    before = set(QApplication.topLevelWidgets())
    app_module.run_app(None)
    (window,) = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "mainWindow" and w not in before
    ]
    qtbot.addWidget(window)
    assert seen == []  # not before the first paint
    qtbot.waitUntil(lambda: window.is_started)
    assert seen == [list(SIZES)]


def test_no_cyclic_collection_while_the_window_starts_and_as_usual_after(
    qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import gc

    from PySide6.QtWidgets import QApplication

    from reviewer.ui import app as app_module

    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)  # no event loop: the test drives it
    monkeypatch.setenv("REVIEWER_AUTHOR", "me")
    before = set(QApplication.topLevelWidgets())
    try:
        app_module.run_app(None)
        (window,) = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w not in before
        ]
        qtbot.addWidget(window)
        assert not gc.isenabled()
        qtbot.waitUntil(lambda: window.is_started)
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()
