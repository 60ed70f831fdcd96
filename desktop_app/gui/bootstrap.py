"""Application-wide setup: the bundled CJK font and the Qt translator."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop_app.paths import resources_root

log = logging.getLogger("letterdesk")
UI_FONT_FILE = "LetterDeskSerifSC-Regular.ttf"
_loaded_families: list[str] = []
_translators: list[QTranslator] = []


def install_fonts(app: QApplication) -> list[str]:
    """Load the bundled CJK font and put it in the application font's fallback list.

    Without a CJK font Qt draws boxes (TECH-NOTES "Qt"); listing the bundled family right
    after the platform UI family keeps Latin text native and Chinese always readable."""
    if not _loaded_families:
        path = resources_root() / "fonts" / UI_FONT_FILE
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("UI font not loaded: %s", path)
            return []
        _loaded_families.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QFont(app.font())
    base = font.family()
    font.setFamilies([base, *_loaded_families])
    app.setFont(font)
    return list(_loaded_families)


def ui_language(choice: str | None) -> str:
    """``zh_CN`` or ``en``: an explicit choice wins, else the system language decides."""
    if choice in ("zh_CN", "en"):
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def translation_dirs() -> list[Path]:
    root = resources_root()
    return [root / "translations", root.parent / "build" / "translations"]


def install_translator(app: QApplication, choice: str | None) -> str:
    """Install our ``letterdesk_en.qm`` (Chinese is the source language) and Qt's own."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    lang = ui_language(choice)
    if lang == "zh_CN":
        qt_tr = QTranslator(app)
        if qt_tr.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            _translators.append(qt_tr)
        return lang
    for folder in translation_dirs():
        tr = QTranslator(app)
        if tr.load(str(folder / "letterdesk_en.qm")):
            app.installTranslator(tr)
            _translators.append(tr)
            break
    else:
        log.info("English translation not found; UI stays Chinese")
    return lang
