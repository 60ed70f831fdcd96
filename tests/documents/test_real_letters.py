"""Layout problems found by looking at real letters (``build_letter`` with the built-in
samples), in both presets: what a reader sees in the PDF, and in the DOCX as LibreOffice
lays it out.  DOMAIN.md section 6: Chinese line breaking; amounts, dates and ID numbers must
be readable (a contract number or an amount cut in two is ambiguous)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.documents import model as m
from desktop_app.documents.fonts import BODY_FONT, register_pdf_fonts
from desktop_app.documents.linebreak import CJK_CANNOT_START, install_cjk_linebreak
from desktop_app.documents.render_docx import render_docx
from desktop_app.documents.render_pdf import render_pdf
from desktop_app.services.context import open_context
from desktop_app.services.letters import build_letter, sample_data
from tests.textutil import docx_text, pdf_text

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
KINDS = ["payment_demand", "mortgage_docs_request", "termination_notice", "receivable_demand",
         "debt_confirmation", "guarantor_demand"]
TABLE_KINDS = ["payment_demand", "receivable_demand", "debt_confirmation"]
# Latin letters, digits and the marks inside amounts, dates, masked IDs and numbers.
TOKEN = re.compile(r"[0-9A-Za-z*¥][0-9A-Za-z*¥,.\-/]*[0-9A-Za-z*]|[0-9]")


def letter(kind: str, preset: str, home: Path) -> m.Document:
    doc, _warnings = build_letter(kind, sample_data(kind), "〔2026〕催字第001号",
                                  open_context(home))
    doc.preset = preset  # type: ignore[assignment]
    return doc


def shows(path: Path) -> list[tuple[str, float, float, int]]:
    """(text, x, y, page) of every text show: one line of one paragraph or cell."""
    out: list[tuple[str, float, float, int]] = []
    for n, page in enumerate(PdfReader(str(path)).pages):
        def visit(text, cm, tm, _font, _size, n=n):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                out.append((text.strip(), x, y, n))
        page.extract_text(visitor_text=visit)
    return out


def table_tokens(doc: m.Document) -> dict[str, int]:
    """Tokens printed only in table cells (not in any other text), with their count."""
    other = " ".join(t for where, t in doc.texts() if not where.startswith("Table"))
    counts: dict[str, int] = {}
    for b in doc.blocks:
        if isinstance(b, m.Table):
            for row in (*b.rows, *(() if b.total is None else (b.total,))):
                for cell in row:
                    for tok in TOKEN.findall(cell):
                        counts[tok] = counts.get(tok, 0) + 1
    return {t: c for t, c in counts.items() if t not in other and len(t) > 1}


def broken_tokens(doc: m.Document, pdf: Path) -> list[str]:
    """Table tokens that are not found whole on one line as often as the cells hold them."""
    lines = [t for t, *_ in shows(pdf)]
    bad = []
    for tok, count in table_tokens(doc).items():
        whole = sum(len(re.findall(rf"(?<![0-9A-Za-z*,.]){re.escape(tok)}(?![0-9A-Za-z*,.])",
                                   line)) for line in lines)
        if whole < count:
            bad.append(tok)
    return bad


@pytest.mark.parametrize("preset", ["business", "official"])
@pytest.mark.parametrize("kind", TABLE_KINDS)
def test_table_numbers_dates_ids_never_break(tmp_path: Path, kind: str, preset: str) -> None:
    """Reported: official preset (16 pt body) cut "200,000.0|0", "2025-07-1|5" in cells."""
    doc = letter(kind, preset, tmp_path / "home")
    assert table_tokens(doc)
    pdf = tmp_path / "l.pdf"
    render_pdf(doc, pdf)
    assert broken_tokens(doc, pdf) == []


def test_header_cell_obeys_no_line_start(tmp_path: Path) -> None:
    """Reported: a header cell broke before "）" ("账期（天" | "）") in a narrow column."""
    doc = m.Document(kind="t", title="t")
    doc.add(m.Table(header=("发票号码", "开票日期", "账期（天）", "违约金（暂计）"),
                    rows=(("25440000001", "2025-09-10", "60", "5.00"),),
                    widths=(6, 3, 0.8, 0.8), align=("left", "center", "right", "right")))
    pdf = tmp_path / "h.pdf"
    render_pdf(doc, pdf)
    lines = [t for t, *_ in shows(pdf)]
    assert [t for t in lines if t[0] in CJK_CANNOT_START] == []
    assert [t for t in lines if t[-1] in "（《“"] == []
    if SOFFICE:
        dx = tmp_path / "h.docx"
        render_docx(doc, dx)
        lo = libreoffice_pdf([dx], tmp_path)[0]
        lines = [t for t, *_ in shows(lo)]
        assert [t for t in lines if t[0] in CJK_CANNOT_START] == []


def libreoffice_pdf(docs: list[Path], out: Path) -> list[Path]:
    subprocess.run([SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    *map(str, docs)], check=True, capture_output=True, timeout=120)
    return [out / (d.stem + ".pdf") for d in docs]


def _grid(xml: str) -> list[tuple[list[int], int, str]]:
    """(gridCol widths, cell margin left+right, layout type) of every table."""
    out = []
    for tbl in re.findall(r"<w:tbl>.*?</w:tbl>", xml):
        cols = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', tbl)]
        mar = re.search(r"<w:tblCellMar>(.*?)</w:tblCellMar>", tbl)
        lr = 216  # Word's default: 108 twips each side
        if mar:
            lr = sum(int(w) for w in re.findall(
                r'<w:(?:left|right|start|end) w:w="(\d+)" w:type="dxa"/>', mar.group(1)))
        layout = re.search(r'<w:tblLayout w:type="(\w+)"/>', tbl)
        out.append((cols, lr, layout.group(1) if layout else ""))
    return out


@pytest.mark.parametrize("preset", ["business", "official"])
@pytest.mark.parametrize("kind", TABLE_KINDS)
def test_docx_grid_fits_numbers(tmp_path: Path, kind: str, preset: str) -> None:
    """Reported: LibreOffice wrapped "2025-07-1|5" and "23|0" in the 8-column table.  Fixed
    layout, one grid column per column, and each number fits its column in Times New Roman
    (the DOCX's Latin font) with room to spare, inside the cell margins."""
    doc = letter(kind, preset, tmp_path / "home")
    dx = tmp_path / "l.docx"
    render_docx(doc, dx)
    with zipfile.ZipFile(dx) as z:
        xml = z.read("word/document.xml").decode()
    tables = [b for b in doc.blocks if isinstance(b, m.Table)]
    grids = _grid(xml)
    assert len(grids) == len(tables)
    for b, (cols, margins, layout), tbl in zip(tables, grids,
                                               re.findall(r"<w:tbl>.*?</w:tbl>", xml),
                                               strict=True):
        assert layout == "fixed"
        assert len(cols) == len(b.header)
        sizes = {int(s) / 2 for s in re.findall(r'<w:sz w:val="(\d+)"/>', tbl)}
        assert len(sizes) == 1
        size = sizes.pop()
        for row in (*b.rows, *(() if b.total is None else (b.total,))):
            for i, cell in enumerate(row):
                for tok in TOKEN.findall(cell):
                    need = stringWidth(tok, "Times-Bold", size) * 20 * 1.05 + margins
                    assert need <= cols[i], (tok, cols[i], need)


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice not installed")
def test_docx_in_libreoffice_keeps_numbers_whole(tmp_path: Path) -> None:
    docs, files = [], []
    for kind in ("payment_demand", "receivable_demand"):
        for preset in ("business", "official"):
            doc = letter(kind, preset, tmp_path / "home")
            path = tmp_path / f"{kind}-{preset}.docx"
            render_docx(doc, path)
            docs.append(doc)
            files.append(path)
    for doc, pdf in zip(docs, libreoffice_pdf(files, tmp_path), strict=True):
        assert broken_tokens(doc, pdf) == [], pdf.name


@pytest.mark.parametrize("preset", ["business", "official"])
def test_ack_slip_rows_grow_with_wrapped_label(tmp_path: Path, preset: str) -> None:
    """Reported: the slip's field rows had a fixed height, so a label that wraps ran into
    the row above.  Every printed line of the slip lies below the one before it."""
    long_label = "单位盖章／经办人签字（如由代理人签署请注明代理权限及授权委托书编号）"
    doc = m.Document(kind="t", title="t", preset=preset)  # type: ignore[arg-type]
    doc.add(m.AckSlip(title="回执", paragraphs=("本单位已收到贵方函件。",),
                      fields=("签字", long_label, "签署人身份／职务", "日期")))
    pdf = tmp_path / "s.pdf"
    render_pdf(doc, pdf)
    lines = [(t, y) for t, _x, y, _p in shows(pdf)]
    start = next(i for i, (t, _y) in enumerate(lines) if t.startswith("签字"))
    fields = lines[start:]
    assert len(fields) >= 5  # the long label wraps
    size = 16 if preset == "official" else 12
    for (t1, y1), (t2, y2) in zip(fields, fields[1:], strict=False):
        assert y1 - y2 >= size, (t1, t2, y1 - y2)


@pytest.mark.parametrize("preset", ["business", "official"])
def test_ideographic_spaces_kept_in_pdf(tmp_path: Path, preset: str) -> None:
    """Reported: "王经理　　联系电话" printed with one space in the PDF (two in the DOCX)."""
    doc = letter("payment_demand", preset, tmp_path / "home")
    texts = [t for _w, t in doc.texts() if "\u3000\u3000" in t]
    assert texts
    pdf, dx = tmp_path / "l.pdf", tmp_path / "l.docx"
    render_pdf(doc, pdf)
    render_docx(doc, dx)
    sample = re.search(r"\S+\u3000\u3000\S+", texts[0]).group(0)
    assert sample in pdf_text(pdf)
    assert sample in docx_text(dx)
    # Also in a table cell and at the start of a paragraph that wraps.
    doc = m.Document(kind="t", title="t", preset=preset)  # type: ignore[arg-type]
    doc.add(m.Paragraph("\u3000\u3000甲方" + "正文" * 40, indent=False),
            m.Table(header=("甲\u3000\u3000乙",), rows=(("丙\u3000\u3000丁",),)))
    render_pdf(doc, pdf)
    text = pdf_text(pdf)
    assert "\u3000\u3000甲方" in text and "甲\u3000\u3000乙" in text and "丙\u3000\u3000丁" in text


CONTRACT = "贵我双方于2025年1月6日签订《年度供货合同》（合同编号：GH-2025-017），我方已按约交付货物并开具发票。"


@pytest.mark.parametrize("size", [12, 16])
def test_contract_number_kept_whole(size: int) -> None:
    """Reported: "GH-2025-01" | "7" (the run started just past the middle of the line by
    width, but before it by character count).  Measured at every width and position."""
    from desktop_app.documents.linebreak import split_widths

    register_pdf_fonts()
    install_cjk_linebreak()
    cut = []
    for pre in range(0, 30):
        text = "一" * pre + CONTRACT
        widths = [stringWidth(c, BODY_FONT, size) for c in text]
        for width in range(200, 460, 7):
            lines = split_widths(text, widths, [width])
            pieces = [text[s:e] for s, e, *_ in lines]
            assert "".join(pieces) == text
            for a, b in zip(pieces, pieces[1:], strict=False):
                used = sum(widths[text.index(a):text.index(a) + len(a)])
                assert used >= 0.4 * width or a is pieces[-1], (a, width)
                if a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii():
                    cut.append((pre, width, a[-10:], b[:5]))
    assert cut == []


def test_contract_number_in_rendered_paragraph(tmp_path: Path) -> None:
    """The same in a PDF: official preset, a text frame 277 pt wide (as reported)."""
    from desktop_app.documents.presets import get_preset

    p = get_preset("official")
    doc = m.Document(kind="t", title="t", preset="official",
                     page_size_mm=(277 * 25.4 / 72 + p.margin_left + p.margin_right, 297))
    doc.add(m.Paragraph(CONTRACT, indent=False))
    pdf = tmp_path / "c.pdf"
    render_pdf(doc, pdf)
    assert any("GH-2025-017" in t for t, *_ in shows(pdf))


@pytest.mark.parametrize("preset", ["business", "official"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_without_cut_runs(tmp_path: Path, kind: str, preset: str) -> None:
    """No Latin/digit run of a paragraph is cut at a line end in any real letter."""
    doc = letter(kind, preset, tmp_path / "home")
    pdf = tmp_path / "l.pdf"
    render_pdf(doc, pdf)
    for text in (t for w, t in doc.texts() if w.startswith(("Paragraph", "AckSlip"))):
        for tok in TOKEN.findall(text):
            if len(tok) > 3:
                assert tok in pdf_text(pdf).replace("\n", "|"), tok
