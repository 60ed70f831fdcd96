"""The PDF and the DOCX of one Document carry the same text in the same order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.documents import model as m
from desktop_app.documents.render_docx import render_docx
from desktop_app.documents.render_pdf import render_pdf
from tests.documents import LONG_ADDRESS, LONG_NAME, block_texts, sample_document
from tests.textutil import docx_text, pdf_text, squash

ALL_BLOCKS = {
    "Letterhead", "Title", "NumberLine", "Addressee", "Paragraph", "Heading", "Table",
    "Signature", "AckSlip", "PageBreak", "Spacer",
}


def pdf_body(path: Path, watermark: str | None) -> str:
    """PDF text without the page footers and the watermark drawn under each page."""
    text = squash(pdf_text(path))
    text = re.sub(r"第\d+页共\d+页", "", text)
    if watermark:
        assert text.startswith(watermark)
        text = text.replace(watermark, "")
    return text


def test_sample_uses_every_block_type() -> None:
    assert {type(b).__name__ for b in sample_document().blocks} == ALL_BLOCKS


@pytest.mark.parametrize("preset", ["business", "official"])
@pytest.mark.parametrize("watermark", [None, "草稿"])
def test_pdf_and_docx_text_equal(tmp_path: Path, preset: str, watermark: str | None) -> None:
    doc = sample_document(preset, watermark=watermark)
    pdf, dx = tmp_path / "a.pdf", tmp_path / "a.docx"
    render_pdf(doc, pdf)
    render_docx(doc, dx)
    expected = "".join(squash(t) for t in block_texts(doc))
    assert pdf_body(pdf, watermark) == expected
    assert squash(docx_text(dx)) == expected


def test_parity_with_awkward_text(tmp_path: Path) -> None:
    doc = m.Document(kind="t", title="t")
    doc.add(
        m.Addressee("A&B <公司>"),
        m.Paragraph("第一行\n第二行，{{ name }}、${x}、{0}、&amp; 与 100% 保留。"),
        m.Table(header=("名称", "金额"), rows=((LONG_NAME, "12,345.60"),
                                              (LONG_ADDRESS, "-0.01")),
                align=("left", "right"), total=("合计", "12,345.59")),
        m.Signature("甲公司", "2026年1月5日", seal_label=""),
    )
    pdf, dx = tmp_path / "b.pdf", tmp_path / "b.docx"
    render_pdf(doc, pdf)
    render_docx(doc, dx)
    assert pdf_body(pdf, None) == squash(docx_text(dx)) == "".join(
        squash(t) for t in block_texts(doc))
    assert "&amp;" in pdf_text(pdf)  # typed by the user: printed as typed
