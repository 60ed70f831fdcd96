"""Bundled fonts: TrueType outlines, renamed (OFL), GBK coverage, glyph checks."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from desktop_app.documents import fonts
from desktop_app.documents import model as m
from desktop_app.paths import resource_path


@pytest.mark.parametrize("role", ["body", "head"])
def test_font_file_is_truetype_renamed_and_small(role: str) -> None:
    path = fonts.font_path(role)
    assert path.is_file()
    assert path.stat().st_size < 15_000_000
    with TTFont(str(path), lazy=True) as font:
        assert "glyf" in font and "CFF " not in font  # reportlab needs TrueType outlines
        names = {n.nameID: n.toUnicode() for n in font["name"].names if n.platformID == 3}
        assert names[1].startswith("LetterDesk")
        for name_id in (1, 3, 4, 6):  # OFL: no Reserved Font Name in a Modified Version
            assert "Noto" not in names[name_id] and "Source" not in names[name_id]
        assert "SIL Open Font License" in names[13]
        assert font["OS/2"].fsType == 0  # installable embedding


def test_licence_and_readme_shipped() -> None:
    ofl = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
    assert "Adobe" in ofl
    readme = resource_path("fonts", "README.md").read_text(encoding="utf-8")
    assert "fonts-noto-cjk" in readme and "build_fonts.py" in readme
    assert resource_path("fonts", "build_fonts.py").is_file()


def test_font_path_unknown_role() -> None:
    with pytest.raises(ValueError):
        fonts.font_path("italic")


def test_register_pdf_fonts_idempotent() -> None:
    from reportlab.pdfbase import pdfmetrics

    fonts.register_pdf_fonts()
    fonts.register_pdf_fonts()
    names = pdfmetrics.getRegisteredFontNames()
    assert fonts.BODY_FONT in names and fonts.HEAD_FONT in names
    assert pdfmetrics.stringWidth("付款", fonts.BODY_FONT, 12) == pytest.approx(24, abs=0.5)


def test_gbk_and_symbols_covered() -> None:
    gbk = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                ch = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                gbk.add(ch)
    text = "".join(sorted(gbk))
    assert len(fonts.missing_glyphs(text)) <= 2  # Noto SC lacks only ≒ (U+2252)
    symbols = "¥￥〔〕【】·—…℃№×÷±①②⑩⑳，。、；：！？（）《》“”‘’％０１２ABCxyz0123456789"
    assert fonts.missing_glyphs(symbols) == []
    assert fonts.missing_glyphs(symbols, "head") == []


def test_missing_glyphs_ignores_whitespace_and_reports_once() -> None:
    assert fonts.missing_glyphs("张\n\t 𠀀三𠀀\u3000\u200b") == ["𠀀"]
    assert fonts.missing_glyphs("正常文字") == []


def test_check_glyphs_reports_field_and_char() -> None:
    doc = m.Document(kind="payment_demand", title="付款催告函", watermark="草稿")
    doc.add(m.Title("付款催告函"), m.Addressee("王𠀀明"),
            m.Table(header=("姓名",), rows=(("李𠀀",),)))
    warnings = fonts.check_glyphs(doc)
    assert [(w["field"], w["char"]) for w in warnings] == [
        ("Addressee[1]", "𠀀"), ("Table[2]", "𠀀")]
    w = warnings[0]
    assert w["code"] == "MISSING_GLYPH"
    assert "“𠀀”" in w["message"] and "U+20000" in w["message"]


def test_check_glyphs_clean_document() -> None:
    from tests.documents import sample_document

    assert fonts.check_glyphs(sample_document(watermark="作废")) == []


def test_docx_font_names() -> None:
    assert fonts.docx_fonts("business") == ("宋体", "黑体")
    assert fonts.docx_fonts("official") == ("仿宋", "方正小标宋简体")
