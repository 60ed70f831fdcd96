"""Small GUI helpers: open files and folders with the system, turn errors into user text."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.domain.errors import LetterDeskError, ValidationError

log = logging.getLogger("letterdesk")


def open_path(path: str | Path) -> bool:
    """Open a file or folder with the system's default program."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path)))))


def open_folder_of(path: str | Path) -> bool:
    p = Path(path)
    return open_path(p if p.is_dir() else p.parent)


def error_text(exc: BaseException) -> str:
    """What the user reads: the Chinese message; no stack trace (STYLE.md rule 6)."""
    if isinstance(exc, ValidationError):
        return exc.message
    if isinstance(exc, LetterDeskError):
        return exc.message
    if isinstance(exc, OSError):
        return f"文件操作失败：{exc.strerror or exc}（{exc.filename or ''}）"
    log.error("unexpected error in the desktop program", exc_info=exc)
    return f"发生意外错误：{type(exc).__name__}: {exc}。详情已写入日志。"


def ensure_suffix(path: str | Path, suffix: str) -> Path:
    """``path`` with ``suffix`` appended when the user typed a name without it (save dialogs
    on Linux do not add it): 台账导出 → 台账导出.xlsx, 台账.2026 → 台账.2026.xlsx."""
    p = Path(path)
    return p if p.suffix.lower() == suffix.lower() else p.with_name(p.name + suffix)
