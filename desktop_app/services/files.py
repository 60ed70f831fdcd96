"""Safe output file names: a user's name never becomes a path outside the output folder."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from desktop_app.domain.errors import ValidationError

# Windows reserves these names whatever the extension (CON.pdf is the console).
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
_BAD_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_STEM = 80


def safe_component(text: str, fallback: str = "未命名") -> str:
    """One file-name component from arbitrary user text (no separators, no dots at ends)."""
    text = unicodedata.normalize("NFC", str(text))
    # drop bidi overrides and zero-width characters: they disguise extensions
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cc", "Cs", "Co"))
    text = _BAD_CHARS.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = text.replace("..", "_")
    if not text:
        text = fallback
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    return text[:MAX_STEM]


def output_dir(path: str | os.PathLike[str], field: str = "out", create: bool = True) -> Path:
    """Check (and unless ``create=False``, create) an output folder; a file in the way is an
    error. The CLI checks without creating, so bad input leaves nothing behind: the folder
    is made by ``file_in`` when the first file is written."""
    out = Path(path).expanduser()
    if out.exists() and not out.is_dir():
        raise ValidationError(field, f"输出位置不是文件夹：{out}")
    if create:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValidationError(field, f"无法创建输出文件夹 {out}：{exc.strerror}") from exc
    return out.resolve()


def file_in(folder: Path, *parts: str, suffix: str) -> Path:
    """``folder / "part1_part2.suffix"`` built from sanitised parts, checked to stay inside."""
    stem = "_".join(safe_component(p) for p in parts if p)
    folder.mkdir(parents=True, exist_ok=True)
    target = (folder / f"{stem}{suffix}").resolve()
    if target.parent != folder.resolve():
        raise ValidationError("out", "文件名不安全")  # defence in depth; cannot happen
    return target


def free_name_parts(folder: Path, parts: list[str] | tuple[str, ...],
                    suffixes: tuple[str, ...] = (".pdf", ".docx")) -> list[str]:
    """``parts``, or ``parts + ["2"]``, ``["3"]`` … so that no file (or staged file) of that
    name exists yet: an issued document never silently replaces another one's file (two
    desks sharing an output folder, a reinstall with a new data folder)."""
    from desktop_app.store.db import staged_path

    def taken(candidate: list[str]) -> bool:
        for suffix in suffixes:
            path = file_in(folder, *candidate, suffix=suffix)
            if path.exists() or staged_path(path).exists():
                return True
        return False

    candidate, n = list(parts), 2
    while taken(candidate):
        candidate, n = [*parts, str(n)], n + 1
    return candidate
