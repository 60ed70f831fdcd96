"""DOCX renderer: real files opened with python-docx and read as XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from desktop_app.documents import model as m
from desktop_app.documents.presets import get_preset
from desktop_app.documents.render_docx import render_docx
from tests.documents import block_texts, sample_document
from tests.textutil import docx_text, squash

THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


@pytest.fixture(scope="module")
def sample_docx(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "letter.docx"
    render_docx(sample_document(watermark="草稿"), path)
    return path


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8")


def test_every_block_text_present_in_order(sample_docx: Path) -> None:
    text = squash(docx_text(sample_docx))
    pos = 0
    for t in block_texts(sample_document()):
        found = text.find(squash(t), pos)
        assert found >= 0, f"missing or out of order: {t!r}"
        pos = found + len(squash(t))


def test_user_markup_literal(sample_docx: Path) -> None:
    text = docx_text(sample_docx)
    assert "<A&B>" in text and "{{x}}" in text


@pytest.mark.parametrize(("preset", "body", "title"),
                         [("business", "宋体", "黑体"), ("official", "仿宋", "方正小标宋简体")])
def test_east_asian_fonts_without_theme(tmp_path: Path, preset: str, body: str,
                                        title: str) -> None:
    path = tmp_path / "f.docx"
    render_docx(sample_document(preset), path)
    styles = part(path, "word/styles.xml")
    for attr in THEME_ATTRS:
        assert f"w:{attr}=" not in styles
    d = docx.Document(str(path))
    rpr = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == body
    assert rpr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    # Latin runs are English: LibreOffice then keeps contract numbers like HT-2025-0088 whole
    assert rpr.find(qn("w:lang")).get(qn("w:val")) == "en-US"
    assert 'w:lang w:val="en-US" w:eastAsia="zh-CN"' in part(path, "word/document.xml")
    for name in ("Normal", "Title", "Heading 1", "Table Grid"):
        rfonts = d.styles[name].element.rPr.find(qn("w:rFonts"))
        assert rfonts.get(qn("w:eastAsia")), name
    assert d.styles["Normal"].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == body
    # every run names its East Asian font explicitly; the title uses the title font
    document_xml = part(path, "word/document.xml")
    assert f'w:eastAsia="{title}"' in document_xml
    for r in d.element.body.iter(qn("w:r")):
        if r.find(qn("w:t")) is not None:
            assert r.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia"))


@pytest.mark.parametrize("preset", ["business", "official"])
def test_page_size_and_margins(tmp_path: Path, preset: str) -> None:
    p = get_preset(preset)
    path = tmp_path / "p.docx"
    render_docx(sample_document(preset), path)
    s = docx.Document(str(path)).sections[0]
    assert round(s.page_width.mm) == 210 and round(s.page_height.mm) == 297
    assert (round(s.top_margin.mm), round(s.bottom_margin.mm), round(s.left_margin.mm),
            round(s.right_margin.mm)) == p.margins_mm


def test_table_header_borders_and_money_alignment(sample_docx: Path) -> None:
    d = docx.Document(str(sample_docx))
    table = d.tables[0]
    tr_pr = table.rows[0]._tr.trPr
    assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and borders.find(qn("w:insideV")).get(qn("w:val")) == "single"
    money = table.rows[1].cells[2].paragraphs[0]
    assert money.text == "300,000.00"
    assert money.alignment == 2  # RIGHT
    assert table.rows[1].cells[0].paragraphs[0].alignment in (None, 0)  # LEFT
    total = table.rows[-1].cells[2].paragraphs[0]
    assert total.text == "1,000,000.00"


def test_watermark_and_page_fields(sample_docx: Path, tmp_path: Path) -> None:
    headers = [n for n in zipfile.ZipFile(sample_docx).namelist() if "header" in n]
    assert any('string="草稿"' in part(sample_docx, h) for h in headers)
    footers = [n for n in zipfile.ZipFile(sample_docx).namelist() if "footer" in n]
    footer_xml = "".join(part(sample_docx, f) for f in footers)
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml and "共" in footer_xml
    plain = tmp_path / "plain.docx"
    render_docx(sample_document(), plain)
    assert "草稿" not in "".join(
        part(plain, n) for n in zipfile.ZipFile(plain).namelist() if n.endswith(".xml"))


def test_ack_slip_cut_line_is_dashed_border(sample_docx: Path) -> None:
    d = docx.Document(str(sample_docx))
    cut = [p for p in d.paragraphs if p.text == "（请沿此线剪下并寄回）"]
    assert len(cut) == 1
    top = cut[0]._p.pPr.find(qn("w:pBdr")).find(qn("w:top"))
    assert top.get(qn("w:val")) == "dashed"
    assert cut[0].paragraph_format.keep_with_next


def test_logo_and_seal(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 100), (200, 30, 30)).save(logo)
    seal = tmp_path / "seal.png"
    Image.new("RGBA", (300, 300), (220, 0, 0, 120)).save(seal)
    path = tmp_path / "img.docx"
    render_docx(sample_document(logo=str(logo), seal=str(seal)), path)
    assert len(docx.Document(str(path)).inline_shapes) == 2


def test_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "e.docx"
    render_docx(m.Document(kind="t", title="空"), path)
    assert docx_text(path) == ""


def test_same_document_same_bytes_and_no_state_between_letters(tmp_path: Path) -> None:
    """Cached skeleton parts: a letter's DOCX does not depend on the letters before it."""
    from desktop_app.documents.render_docx import render_docx_bytes

    first = render_docx_bytes(sample_document())
    render_docx_bytes(sample_document("official", watermark="作废"))
    assert render_docx_bytes(sample_document()) == first
    path = tmp_path / "x.docx"
    path.write_bytes(first)
    assert not [n for n in zipfile.ZipFile(path).namelist() if "header" in n]


def test_one_image_used_twice_is_stored_once(tmp_path: Path) -> None:
    from PIL import Image

    seal = tmp_path / "seal.png"
    Image.new("RGBA", (300, 300), (220, 0, 0, 120)).save(seal)
    path = tmp_path / "img.docx"
    render_docx(sample_document(logo=str(seal), seal=str(seal)), path)
    media = [n for n in zipfile.ZipFile(path).namelist() if n.startswith("word/media/")]
    assert media == ["word/media/image1.png"]
    assert len(docx.Document(str(path)).inline_shapes) == 2


def test_control_character_refused(tmp_path: Path) -> None:
    doc = m.Document(kind="t", title="t")
    doc.add(m.Paragraph("坏字符\x01"))
    with pytest.raises(ValueError):
        render_docx(doc, tmp_path / "bad.docx")
    assert not (tmp_path / "bad.docx").exists()
