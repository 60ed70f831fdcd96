"""PDF renderer: real files, text extracted with pypdf, fonts checked with pdffonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.documents import model as m
from desktop_app.documents.presets import get_preset
from desktop_app.documents.render_pdf import _Builder, render_pdf, render_pdf_bytes
from desktop_app.domain.errors import ValidationError
from tests.documents import LONG_NAME, block_texts, sample_document
from tests.textutil import pdf_text, squash

MM = 72 / 25.4


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "letter.pdf"
    render_pdf(sample_document(), path)
    return path


def page_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def text_positions(path: Path, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text show on a page, in user space."""
    out: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((text, x, y))

    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return out


def test_every_block_text_present(sample_pdf: Path) -> None:
    text = squash(pdf_text(sample_pdf))
    pos = 0
    for t in block_texts(sample_document()):
        found = text.find(squash(t), pos)
        assert found >= 0, f"missing or out of order: {t!r}"
        pos = found + len(squash(t))


def test_user_markup_printed_literally(sample_pdf: Path) -> None:
    text = pdf_text(sample_pdf)
    assert "<A&B>" in text
    assert "{{x}}" in text
    assert "&amp;" not in text and "&lt;" not in text


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts not installed")
@pytest.mark.parametrize("preset", ["business", "official"])
def test_every_font_embedded(tmp_path: Path, preset: str) -> None:
    path = tmp_path / "f.pdf"
    render_pdf(sample_document(preset, watermark="草稿"), path)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout
    rows = out.splitlines()[2:]
    assert len(rows) == 2, out
    for row in rows:
        assert "LetterDesk" in row
        assert re.search(r"\byes\s+yes\s+yes\b", row), row  # emb sub uni
    assert "Helvetica" not in out


def test_metadata_and_determinism(sample_pdf: Path) -> None:
    meta = PdfReader(str(sample_pdf)).metadata
    assert meta.title == "付款催告函"
    assert meta.author == "某某置业有限公司"
    doc = sample_document()
    assert render_pdf_bytes(doc) == render_pdf_bytes(doc)


def test_page_numbers_only_on_multi_page(tmp_path: Path, sample_pdf: Path) -> None:
    pages = page_texts(sample_pdf)
    assert len(pages) == 3
    for n, t in enumerate(pages, start=1):
        assert f"第{n}页共3页" in squash(t)
    single = tmp_path / "one.pdf"
    doc = m.Document(kind="t", title="短函").add(m.Title("短函"), m.Paragraph("一页即可。"))
    render_pdf(doc, single)
    assert len(page_texts(single)) == 1
    assert "页共" not in squash(pdf_text(single))


def test_watermark_on_every_page(tmp_path: Path) -> None:
    path = tmp_path / "wm.pdf"
    render_pdf(sample_document(watermark="草稿"), path)
    pages = page_texts(path)
    assert len(pages) == 3
    assert all("草稿" in t for t in pages)


def test_no_watermark_without_request(sample_pdf: Path) -> None:
    assert "草稿" not in pdf_text(sample_pdf)
    assert "作废" not in pdf_text(sample_pdf)


@pytest.mark.parametrize("preset", ["business", "official"])
def test_page_size_and_margins(tmp_path: Path, preset: str) -> None:
    p = get_preset(preset)
    path = tmp_path / "p.pdf"
    doc = m.Document(kind="t", title="t", preset=preset)
    doc.add(m.Paragraph("第一行文字从版心左上角开始。" * 10, indent=False, align="left"))
    render_pdf(doc, path)
    page = PdfReader(str(path)).pages[0]
    assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=0.5)
    pos = text_positions(path)
    top_y = max(y for _t, _x, y in pos)
    left_x = min(x for _t, x, _y in pos)
    page_h = 297 * MM
    # first baseline sits one ascent below the top margin
    assert page_h - p.margin_top * MM - p.body_size * 1.2 < top_y < page_h - p.margin_top * MM
    assert left_x == pytest.approx(p.margin_left * MM, abs=1.0)
    right_limit = (210 - p.margin_right) * MM
    widest = max(x for _t, x, _y in pos)
    assert widest < right_limit


def test_custom_page_size(tmp_path: Path) -> None:
    path = tmp_path / "a5.pdf"
    doc = m.Document(kind="t", title="t", page_size_mm=(148.0, 210.0)).add(m.Paragraph("甲"))
    render_pdf(doc, path)
    box = PdfReader(str(path)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((148 * MM, 210 * MM), abs=0.5)


def test_official_leading_gives_22_lines(tmp_path: Path) -> None:
    path = tmp_path / "o.pdf"
    doc = m.Document(kind="t", title="t", preset="official")
    doc.add(*(m.Paragraph(f"第{i}行。", indent=False) for i in range(1, 24)))
    render_pdf(doc, path)
    pages = page_texts(path)
    assert "第22行" in pages[0] and "第23行" not in pages[0]


def test_long_name_wraps_in_table_never_overflows(tmp_path: Path) -> None:
    def table(name: str) -> m.Table:
        return m.Table(header=("姓名/名称", "地址", "金额（元）"),
                       rows=((name, "某某路1号", "1,234,567.89"),),
                       align=("left", "left", "right"), widths=(2, 3, 1))

    preset = get_preset("business")
    frame_w = (210 - preset.margin_left - preset.margin_right) * MM
    heights = []
    for name in ("张三", LONG_NAME * 2):
        doc = m.Document(kind="t", title="t").add(table(name))
        flow = [f for f in _Builder(doc, preset, frame_w).flowables()
                if type(f).__name__ == "Table"][0]
        w, h = flow.wrap(frame_w, 10_000)
        assert sum(flow._colWidths) <= frame_w + 0.01
        heights.append(h)
        cell = flow._cellvalues[1][0]
        cell = cell[0] if isinstance(cell, (list, tuple)) else cell
        for line in cell.blPara.lines:
            assert line[0] >= -0.01  # no line of the cell wider than the cell
    assert heights[1] > heights[0] * 2
    path = tmp_path / "long.pdf"
    doc = m.Document(kind="t", title="t").add(m.Addressee(LONG_NAME * 2), table(LONG_NAME * 2))
    render_pdf(doc, path)
    text = squash(pdf_text(path))
    assert text.count(LONG_NAME * 2) == 2
    assert "1,234,567.89" in text  # money cell on one line, not split


def test_ack_slip_kept_together(tmp_path: Path) -> None:
    """Whatever the body length, the slip is never split: cut line, title and signature
    fields land on one page (a new page when the rest of the current one is too short)."""
    moved = 0
    for n in range(12, 20):
        doc = m.Document(kind="t", title="t")
        doc.add(*(m.Paragraph("正文占位文字，用来把回执挤到页面底部附近。" * 3)
                  for _ in range(n)))
        doc.add(m.AckSlip(title="回执", paragraphs=("本人已收到贵公司发出的函件。",),
                          fields=("签字", "日期")))
        path = tmp_path / f"slip{n}.pdf"
        render_pdf(doc, path)
        pages = [squash(t) for t in page_texts(path)]
        slip_pages = [i for i, t in enumerate(pages) if "请沿此线剪下并寄回" in t]
        field_pages = [i for i, t in enumerate(pages) if "日期：" in t]
        assert len(slip_pages) == 1 and slip_pages == field_pages, n
        if slip_pages == [1] and "正文占位" not in pages[1]:
            moved += 1
    assert moved >= 1  # some body length pushed the whole slip to page 2


def test_logo_and_seal_images(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 100), (200, 30, 30)).save(logo)
    seal = tmp_path / "seal.png"
    Image.new("RGBA", (300, 300), (220, 0, 0, 120)).save(seal)
    doc = sample_document(logo=str(logo), seal=str(seal))
    path = tmp_path / "img.pdf"
    render_pdf(doc, path)
    page = PdfReader(str(path)).pages[0]
    assert len(page.images) == 2
    missing = sample_document(logo=str(tmp_path / "nope.png"), seal=str(tmp_path / "no.png"))
    render_pdf(missing, tmp_path / "noimg.pdf")  # missing images are skipped, not fatal


def test_unknown_preset_is_validation_error(tmp_path: Path) -> None:
    doc = m.Document(kind="t", title="t", preset="fancy")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as err:
        render_pdf(doc, tmp_path / "x.pdf")
    assert err.value.field == "preset"
    assert not (tmp_path / "x.pdf").exists()
