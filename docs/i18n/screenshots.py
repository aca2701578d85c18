"""Take the screenshots of docs/i18n/: the main window, the welcome and F1 in each language.

Run on a 1280x800 X screen, with the catalogues compiled (installer/bootstrap.sh does it):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/i18n/screenshots.py [LANG...]

Each picture is the whole screen (ImageMagick's `import -window root`), so that the video, the
menus and the dialog over the window are all in it. The demo clip is made in a temporary home.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGS = ("en", "zh_CN", "zh_TW", "zh_HK")


def main(argv: list[str]) -> int:
    langs = argv or list(LANGS)
    for lang in langs:
        # One process a language: the fonts and Qt's own catalogue are chosen at start.
        subprocess.run([sys.executable, __file__, "--one", lang], check=True)
    return 0


def one(lang: str) -> None:
    home = tempfile.mkdtemp(prefix="reviewer-shots-")
    os.environ.update(
        HOME=home,
        XDG_CONFIG_HOME=f"{home}/.config",
        XDG_DATA_HOME=f"{home}/.local/share",
        REVIEWER_AUTHOR="陳嘉欣",
    )
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from reviewer.ui import i18n, opening, welcome
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings

    app = QApplication(["reviewer"])
    i18n.install(lang, app)
    settings = Settings()
    window = MainWindow(settings)
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    window.set_project(opening.demo_project("陳嘉欣"))

    def wait(condition: Callable[[], bool], seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)

    def settle(seconds: float) -> None:
        wait(lambda: False, seconds)

    def shoot(name: str) -> None:
        settle(1.0)
        out = HERE / f"{lang}-{name}.png"
        subprocess.run(["import", "-window", "root", str(out)], check=True)
        print(out)

    wait(lambda: window.is_started)
    window.select_row(3)
    settle(2.0)
    shoot("main")
    dialog = welcome.show_welcome(window)
    shoot("welcome")
    dialog.close()
    window.actions_by_name["shortcuts"].trigger()
    shoot("shortcuts")
    window.close()
    app.processEvents()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one(sys.argv[2])
    else:
        sys.exit(main(sys.argv[1:]))
