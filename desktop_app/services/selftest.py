"""``letterdesk self-test``: render every letter kind in a temporary folder and check it.

The frozen program runs this to catch a resource missing from the bundle (fonts, wording,
LPR table) or a broken renderer (ARCHITECTURE.md, "Packaging"). For every kind, from its
built-in sample: a preview (草稿, nothing recorded) and an issued letter (number, store,
ledger) in PDF and DOCX, each checked for size, embedded fonts and key text; no character
may be missing from the fonts. Nothing outside the temporary folder is touched.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

MIN_BYTES = {"pdf": 5_000, "docx": 5_000}
FONT_PROBE = "函据通付款催告函（¥1,409.50）人民币壹仟肆佰零玖元伍角整。〔2026〕催字第001号"


def _docx_text(path: Path) -> str:
    """Text of a DOCX (no python-docx needed): the runs of the body and the headers, and
    the watermark, which Word keeps as a VML text path (``string="草稿"``) in a header."""
    parts: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name == "word/document.xml" or re.fullmatch(r"word/header\d*\.xml", name):
                xml = z.read(name).decode("utf-8")
                parts.extend(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml))
                parts.extend(re.findall(r'<v:textpath\b[^>]*\bstring="([^"]*)"', xml))
    return "".join(parts)


def _pdf_text(path: Path) -> str | None:
    """Text of a PDF with pypdf when it is installed (tests); ``None`` in a lean build."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    reader = PdfReader(str(path))
    return "".join(page.extract_text() or "" for page in reader.pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _check_file(path: Path, fmt: str, expected: Iterable[str]) -> str | None:
    """``None`` when the file is fine, else the reason it is not."""
    if not path.is_file():
        return "文件未生成"
    size = path.stat().st_size
    if size < MIN_BYTES[fmt]:
        return f"文件过小（{size} 字节）"
    if fmt == "pdf":
        head = path.read_bytes()
        if not head.startswith(b"%PDF-"):
            return "不是 PDF 文件"
        if b"/FontFile2" not in head:
            return "PDF 未嵌入 TrueType 字体"
        text = _pdf_text(path)
    else:
        text = _docx_text(path)
    if text is None:
        return None  # no extractor in this build: size, header and fonts checked above
    squashed = _squash(text)
    missing = [e for e in expected if _squash(e) not in squashed]
    if missing:
        return f"缺少文字：{'、'.join(missing)}"
    return None


def _check_fonts() -> tuple[bool, str]:
    try:
        from desktop_app.documents.fonts import font_path, missing_glyphs, register_pdf_fonts

        register_pdf_fonts()
        sizes = [font_path(role).stat().st_size for role in ("body", "head")]
        missing = missing_glyphs(FONT_PROBE, "body") + missing_glyphs(FONT_PROBE, "head")
    except Exception as exc:  # noqa: BLE001 - a self-test reports, it does not crash
        return False, f"FAIL fonts: {type(exc).__name__}: {exc}"
    if missing:
        return False, f"FAIL fonts: 缺少字符 {''.join(missing)}"
    return True, f"ok  fonts body+head {sum(sizes) // 1024} KB"


def _party(data: dict[str, Any]) -> str:
    """The addressee: the guarantor of a guarantor demand, else the debtor."""
    party = data.get("guarantor") or data.get("debtor") or {}
    return str(party.get("name") or "") if isinstance(party, dict) else ""


def run_self_test() -> tuple[bool, list[str]]:
    """Render and check every kind; ``(all passed, report lines)``."""
    from desktop_app.services.context import AppContext
    from desktop_app.services.letters import KIND_IDS, render_letter, sample_data

    ok, line = _check_fonts()
    lines = [line]
    with tempfile.TemporaryDirectory(prefix="letterdesk-selftest-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        ctx = AppContext(home=home)
        try:
            for kind in KIND_IDS:
                for preview in (True, False):
                    passed, report = _run_kind(ctx, kind, sample_data(kind), Path(tmp) / "out",
                                               preview, render_letter)
                    ok = ok and passed
                    lines.extend(report)
        finally:
            ctx.close()
    lines.append("self-test passed" if ok else "self-test FAILED")
    return ok, lines


def _run_kind(ctx: Any, kind: str, data: dict[str, Any], out_root: Path, preview: bool,
              render: Any) -> tuple[bool, list[str]]:
    mode = "preview" if preview else "issue"
    out = out_root / mode / kind
    out.mkdir(parents=True, exist_ok=True)
    try:
        result = render(ctx, kind, data, out, formats=("pdf", "docx"), preview=preview)
    except Exception as exc:  # noqa: BLE001 - report every kind, whatever breaks
        return False, [f"FAIL {kind} {mode}: {type(exc).__name__}: {exc}"]
    from desktop_app.services.letters import kind_spec

    title = kind_spec(kind)["title"]
    expected = [title, _party(data)]
    expected.append("草稿" if preview else str(result.number))
    lines: list[str] = []
    ok = True
    glyphs = [w for w in result.warnings if w.get("code") == "MISSING_GLYPH"]
    if glyphs:
        ok = False
        chars = "".join(str(w.get("char", "")) for w in glyphs)
        lines.append(f"FAIL {kind} {mode}: 字体缺少字符 {chars}")
    files = [Path(f) for f in result.files]
    for fmt in ("pdf", "docx"):
        path = next((f for f in files if f.suffix == f".{fmt}"), None)
        problem = "文件未生成" if path is None else _check_file(path, fmt, expected)
        if problem:
            ok = False
            lines.append(f"FAIL {kind} {fmt} {mode}: {problem}")
        else:
            assert path is not None
            size_kb = max(1, round(path.stat().st_size / 1024))
            lines.append(f"ok  {kind} {fmt} {size_kb} KB" + (" (preview)" if preview else ""))
    return ok, lines
