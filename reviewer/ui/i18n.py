"""The window's language: Reviewer's own catalogue, Qt's, and a font that draws it.

The catalogues are ``translations/reviewer_<lang>.ts`` in the repository, compiled to ``.qm``
by the set-up (``build_translations`` in installer/bootstrap.sh) and by packaging. Qt's own
``qtbase`` catalogue comes from PySide6, so that standard dialogs and context menus agree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication


def QT_TR_NOOP(text: str) -> str:
    """Mark ``text`` for the catalogue where it is defined; ``tr()`` it where it is shown.

    PySide6's own QT_TR_NOOP is typed as returning object; this one keeps the str.
    """
    return text


ENGLISH = "en"
# The languages of the window, as View > Language names them (each in its own words).
LANGUAGES: dict[str, str] = {
    ENGLISH: "English",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文（台灣）",
    "zh_HK": "繁體中文（香港）",
}
# Qt ships no qtbase_zh_HK: Hong Kong reads the Taiwan one (same script, close enough for
# "Cancel" and "Copy").
_QTBASE = {"zh_CN": "zh_CN", "zh_TW": "zh_TW", "zh_HK": "zh_TW"}
# The Noto CJK family drawing each language's glyph forms (骨, 直, 說 differ between them).
_FONTS = {"zh_CN": "Noto Sans CJK SC", "zh_TW": "Noto Sans CJK TC", "zh_HK": "Noto Sans CJK HK"}

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """Return the folder of the compiled catalogues (beside the package, or in the bundle)."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "translations"
    return Path(__file__).resolve().parents[2] / "translations"


def system_language(locale: QLocale | None = None) -> str:
    """Return the window language the system locale asks for ("zh_HK", or "en" for any other).

    >>> system_language(QLocale("zh_Hant_HK"))
    'zh_HK'
    """
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return ENGLISH
    territory = locale.territory()
    if territory in (QLocale.Country.HongKong, QLocale.Country.Macao):
        return "zh_HK"
    if (
        territory == QLocale.Country.Taiwan
        or locale.script() == QLocale.Script.TraditionalHanScript
    ):
        return "zh_TW"
    return "zh_CN"


def chosen(setting: str) -> str:
    """Return the language to use for the ``language`` setting ("" means the system's)."""
    return setting if setting in LANGUAGES else system_language()


def install(language: str, app: QCoreApplication | None = None) -> bool:
    """Load the catalogues and font of ``language`` into the application, replacing any loaded
    before; return False when Reviewer's own catalogue for it is missing (the window then stays
    English, and says so through the log only: the set-up compiles them)."""
    app = app or QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(ENGLISH if language == ENGLISH else language))
    if language == ENGLISH:
        if _default_font is not None:  # back from another language (tests); at start, nothing
            _set_font(None)
        return True
    qtbase = QTranslator(app)
    if qtbase.load(
        f"qtbase_{_QTBASE[language]}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    own = QTranslator(app)
    ok = own.load(f"reviewer_{language}", str(translations_dir()))
    if ok:
        app.installTranslator(own)
        _installed.append(own)
    _set_font(_FONTS[language])
    return ok


_default_font: QFont | None = None


def _set_font(family: str | None) -> None:
    """Put ``family`` first in the application font (Latin text falls back to the system's
    own choice); None restores the font the application started with."""
    global _default_font
    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    if _default_font is None:
        _default_font = QApplication.font()
    font = QFont(_default_font)
    if family and family in QFontDatabase.families():
        font.setFamilies([family, *_default_font.families()])
    QApplication.setFont(font)


def key_names(text: str) -> str:
    """Return keys written in English ("Alt+Left / Alt+Right") as Qt names them in the window's
    language; a part that is not a key ("1 … 9") stays as it is."""
    from PySide6.QtGui import QKeySequence

    parts = []
    for part in text.split(" / "):
        sequence = QKeySequence(part)
        ok = sequence.count() == 1 and sequence.toString() == part
        parts.append(sequence.toString(QKeySequence.SequenceFormat.NativeText) if ok else part)
    return " / ".join(parts)


def menu_title(name: str) -> str:
    """Return the menu bar's title for the menu ``name`` ("File" -> "&File", "文件(&F)")."""
    title = "&" + name  # the catalogue holds "&File" (reviewer.ui.catalogue_sources)
    return tr(title)


def tr(text: str) -> str:
    """Return ``text`` in the window's language.

    One catalogue context for the whole window (lupdate files a bare ``tr("...")`` under ""):
    a phrase reads the same wherever it is shown. Write ``tr("... {name} ...").format(name=...)``,
    never an f-string, so that lupdate sees the whole sentence.
    """
    return QCoreApplication.translate("", text)


# Counts as the window says them (reviewer.core.wording.count is the English of the CLI).
COUNTS = {
    "change": (QT_TR_NOOP("1 change"), QT_TR_NOOP("{n} changes")),
    "segment": (QT_TR_NOOP("1 segment"), QT_TR_NOOP("{n} segments")),
    "glossary term": (QT_TR_NOOP("1 glossary term"), QT_TR_NOOP("{n} glossary terms")),
    "revision": (QT_TR_NOOP("1 revision"), QT_TR_NOOP("{n} revisions")),
    "character": (QT_TR_NOOP("1 character"), QT_TR_NOOP("{n} characters")),
}


def count(n: int, noun: str) -> str:
    """Return ``n`` and ``noun`` as the window says them ("3 segments", "3 个段落").

    >>> count(1, "segment")
    '1 segment'
    """
    one, many = COUNTS[noun]
    return tr(one if n == 1 else many).format(n=f"{n:,}")


# Values of an undo step's label that are words of the window (reviewer.store.labels).
_STEP_WORDS = ("conversion",)


def step(text: str) -> str:
    """Return the label of an undo step or history entry ("Undo Edit translation", stored in
    English in the project) in the window's language; file names, speakers and terms in it are
    kept as they are, and a label of no known form reads as it is.

    >>> step("Import clip.srt")
    'Import clip.srt'
    """
    from reviewer.store.labels import parse

    found = parse(text)
    if found is None:
        return text
    template, values = found
    worded = {
        name: step(value) if name == "label" else tr(value) if name in _STEP_WORDS else value
        for name, value in values.items()
    }
    return tr(template).format(**worded)
