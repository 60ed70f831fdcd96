"""Bundled fonts: registration with reportlab, glyph coverage checks, DOCX font names.

PDF: two TrueType fonts built by ``resources/fonts/build_fonts.py`` from Noto CJK SC
(SIL OFL 1.1, renamed): ``LDSerif`` for body text (宋体-like) and ``LDSans`` (bold) for
titles and headings (黑体-like). Both cover GBK plus common symbols.

DOCX does not embed fonts, so it names fonts that recipients have on Windows.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.paths import resource_path

if TYPE_CHECKING:
    from desktop_app.documents.model import Document

BODY_FONT = "LDSerif"
HEAD_FONT = "LDSans"

FONT_FILES = {
    "body": "LetterDeskSerifSC-Regular.ttf",
    "head": "LetterDeskSansSC-Bold.ttf",
}
PDF_FONT_NAMES = {"body": BODY_FONT, "head": HEAD_FONT}

# DOCX: fonts named, not embedded. East Asian font per preset and role.
DOCX_BODY_FONT = "宋体"
DOCX_HEAD_FONT = "黑体"
DOCX_OFFICIAL_BODY_FONT = "仿宋"
DOCX_OFFICIAL_HEAD_FONT = "方正小标宋简体"
DOCX_LATIN_FONT = "Times New Roman"

MISSING_GLYPH = "MISSING_GLYPH"

_lock = threading.Lock()
_registered = False


def font_path(role: str) -> Path:
    """Path of the bundled font for ``role`` ("body" or "head"; "serif"/"sans" also accepted)."""
    alias = {"serif": "body", "sans": "head", "title": "head", BODY_FONT: "body",
             HEAD_FONT: "head"}
    key = alias.get(role, role)
    if key not in FONT_FILES:
        raise ValueError(f"unknown font role {role!r} (expected 'body' or 'head')")
    return resource_path("fonts", FONT_FILES[key])


def register_pdf_fonts() -> None:
    """Register ``LDSerif`` and ``LDSans`` with reportlab (idempotent, thread-safe).

    The family mapping makes ``<b>`` inside body text use the sans bold face.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        registered = set(pdfmetrics.getRegisteredFontNames())
        for role, name in PDF_FONT_NAMES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(font_path(role))))
            _cache_tables(pdfmetrics.getFont(name).face)
        for family in (BODY_FONT, HEAD_FONT):
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, HEAD_FONT)
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 1, HEAD_FONT)
        _registered = True


def _cache_tables(face) -> None:
    """Keep the font tables the PDF subsetter copies out of the font file.

    reportlab slices every table (the 9 MB ``glyf`` of the body font among them) out of the
    font file again for each 256-glyph subset of each PDF; one copy per process is enough.
    """
    if getattr(face, "_letterdesk_tables", None) is not None:
        return
    tables: dict[str, bytes] = {}
    read = face.get_table

    def get_table(tag: str) -> bytes:
        data = tables.get(tag)
        if data is None:
            data = tables[tag] = read(tag)
        return data

    face.get_table = get_table
    face._letterdesk_tables = tables


@lru_cache(maxsize=4)
def _codepoints(role: str) -> frozenset[int]:
    """Code points mapped by the bundled font's cmap (read once with fontTools)."""
    from fontTools.ttLib import TTFont

    with TTFont(str(font_path(role)), lazy=True) as font:
        return frozenset(font.getBestCmap().keys())


def _ignorable(ch: str) -> bool:
    # Whitespace, control and format characters (\n \t, zero-width joiners) draw nothing.
    return ch.isspace() or unicodedata.category(ch) in {"Cc", "Cf", "Zs", "Zl", "Zp", "Cs"}


def missing_glyphs(text: str, role: str = "body") -> list[str]:
    """Characters of ``text`` the bundled font lacks, each once, in order of appearance."""
    cps = _codepoints("head" if role in ("head", HEAD_FONT) else "body")
    if cps.issuperset(map(ord, text)):
        return []  # the usual case, checked in C
    out: list[str] = []
    for ch in text:
        if ord(ch) not in cps and not _ignorable(ch) and ch not in out:
            out.append(ch)
    return out


def missing_glyph_message(ch: str) -> str:
    return f"字体缺少字符“{ch}”(U+{ord(ch):04X})，打印时将无法显示，请改用常用字或手写补充"


def check_glyphs(doc: Document) -> list[dict]:
    """Warnings for every character of the document the PDF fonts cannot draw.

    One warning per (field, character): ``{"code", "field", "char", "message"}``; ``field``
    is the block position from ``Document.texts()`` (e.g. ``Paragraph[3]``, ``watermark``).
    Text drawn in the title font is checked against both fonts.
    """
    warnings: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for where, text in doc.texts():
        if not text:
            continue
        missing = missing_glyphs(text, "body")
        for ch in missing_glyphs(text, "head"):
            if ch not in missing:
                missing.append(ch)
        for ch in missing:
            if (where, ch) in seen:
                continue
            seen.add((where, ch))
            warnings.append(
                {"code": MISSING_GLYPH, "field": where, "char": ch,
                 "message": missing_glyph_message(ch)}
            )
    return warnings


def docx_fonts(preset: str) -> tuple[str, str]:
    """(body, head) East Asian font names for the DOCX of a preset."""
    if preset == "official":
        return DOCX_OFFICIAL_BODY_FONT, DOCX_OFFICIAL_HEAD_FONT
    return DOCX_BODY_FONT, DOCX_HEAD_FONT
