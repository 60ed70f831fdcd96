"""Chinese line breaking: no closing punctuation at a line start, no opening bracket at a
line end, no line wider than its box, no character lost."""

from __future__ import annotations

import random

import pytest
from reportlab.lib import textsplit
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from desktop_app.documents.fonts import BODY_FONT, register_pdf_fonts
from desktop_app.documents.linebreak import install_cjk_linebreak, split_widths

NO_START = "，。、；：！？）》」』】…％”’"
NO_END = "（《「『【“‘"

WORDS = [
    "贵方", "于2025年6月30日", "应付", "购房款", "人民币1,234,567.89元", "合同", "第十二条",
    "违约金", "HT-2025-0301", "利率", "已付", "未付", "按日万分之五", "计算", "截至", "元",
]
# Realistic dense punctuation: closing marks (up to three in a row), opening brackets.
CLOSERS = ["，", "。", "、", "；", "：", "！", "？", "……", "％", "”", "’", "）", "》", "」",
           "』", "】", "。”", "）。", "》，", "”。", "％）；", "……”"]
OPENERS = ["（", "《", "「", "『", "【", "“", "‘", "（“"]


def dense_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(30, 70)):
        if rng.random() < 0.35:
            parts.append(rng.choice(OPENERS))
        parts.append(rng.choice(WORDS))
        if rng.random() < 0.7:
            parts.append(rng.choice(CLOSERS))
    return "".join(parts)


@pytest.fixture(scope="module", autouse=True)
def _setup() -> None:
    register_pdf_fonts()
    install_cjk_linebreak()


def line_texts(para: Paragraph) -> list[tuple[str, float]]:
    """(text, extra space) of every laid-out line, read from reportlab's own line list."""
    out = []
    for line in para.blPara.lines:
        if isinstance(line, tuple):  # single fragment: (extraSpace, [text])
            out.append(("".join(line[1]), line[0]))
        else:  # FragLine of a multi-fragment paragraph
            out.append(("".join(w.text for w in line.words), line.extraSpace))
    return out


def test_install_extends_both_lists_idempotently() -> None:
    install_cjk_linebreak()
    install_cjk_linebreak()
    for ch in "，：；！？》）。、”…％":
        assert ch in textsplit.ALL_CANNOT_START
        assert ch in rl_paragraph.ALL_CANNOT_START
    for ch in "（《“【":
        assert ch in textsplit.ALL_CANNOT_END
    assert textsplit.ALL_CANNOT_START.count("，") == 1


@pytest.mark.parametrize("markup", [False, True], ids=["single-fragment", "multi-fragment"])
def test_forty_dense_paragraphs(markup: bool) -> None:
    rng = random.Random(4 if markup else 40)
    style = ParagraphStyle("t", fontName=BODY_FONT, fontSize=12, leading=19, wordWrap="CJK",
                           firstLineIndent=24)
    checked = 0
    for n in range(40):
        text = dense_text(rng)
        width = rng.choice([120, 200, 311, 440])
        source = f"<b>{text[:5]}</b>{text[5:]}" if markup else text
        para = Paragraph(source, style)
        para.wrap(width, 10_000)
        lines = line_texts(para)
        assert "".join(t for t, _ in lines).replace(" ", "") == text.replace(" ", ""), n
        for i, (line, extra) in enumerate(lines):
            checked += 1
            assert extra >= -0.01, f"line wider than its box: {line!r}"
            if i > 0:
                assert line[:1] not in NO_START or not line[:1], f"para {n} line {i}: {line!r}"
            if i < len(lines) - 1:
                assert line[-1:] not in NO_END, f"para {n} line {i}: {line!r}"
    assert checked > 400


def test_split_widths_moves_preceding_char_down() -> None:
    text = "一二三四五，六七八"
    lines = split_widths(text, [1.0] * len(text), [5.0])
    starts = [text[s] for s, _e, *_ in lines]
    assert starts == ["一", "五"]  # "，" may not start line 2, so "五" goes down with it


def test_split_widths_opening_bracket_not_at_line_end() -> None:
    text = "一二三四《五六》七"
    lines = split_widths(text, [1.0] * len(text), [5.0])
    assert [text[s:e] for s, e, *_ in lines] == ["一二三四", "《五六》七"]


def test_latin_run_not_cut_when_avoidable() -> None:
    text = "关于合同编号HT-0301号"
    lines = split_widths(text, [1.0] * len(text), [10.0])
    assert [text[s:e] for s, e, *_ in lines] == ["关于合同编号", "HT-0301号"]


def test_rendered_pdf_lines(tmp_path) -> None:
    """The same rule on a real PDF: extract each text line and look at its first char."""
    from desktop_app.documents import model as m
    from desktop_app.documents.render_pdf import render_pdf
    from tests.textutil import pdf_text

    rng = random.Random(7)
    doc = m.Document(kind="t", title="断行")
    doc.add(*(m.Paragraph(dense_text(rng)) for _ in range(40)))
    path = tmp_path / "lines.pdf"
    render_pdf(doc, path)
    lines = [ln.strip() for ln in pdf_text(path).splitlines() if ln.strip()]
    assert len(lines) > 100
    bad = [ln for ln in lines if ln[0] in NO_START and not ln.startswith("第")]
    assert bad == []


ROOMS = ("贵方购买的房号 3-1-502、3-1-503、3-1-504、3-1-505、3-1-506、3-1-507、3-1-508、"
         "3-1-509、3-1-510、3-1-511、3-1-512、3-1-513、3-1-514 的车位款尚未付清。")


def cuts_inside_run(pieces: list[str]) -> list[tuple[str, str]]:
    """Line ends that split a Latin/digit run (``3-1-51`` | ``3、``)."""
    return [(a, b) for a, b in zip(pieces, pieces[1:], strict=False)
            if a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum()]


def test_pulled_back_break_keeps_number_whole() -> None:
    """Reported: "、" may not start a line, so the character before it goes down with it;
    that pulled-back break used to cut the room number: "…3-1-51" | "3、3-1-514…"."""
    text = "一二三四五六七八3-1-513、九十"
    lines = split_widths(text, [1.0] * len(text), [15.0])
    assert [text[s:e] for s, e, *_ in lines] == ["一二三四五六七八", "3-1-513、九十"]


@pytest.mark.parametrize("size", [12, 16])
def test_room_numbers_at_170mm(size: int) -> None:
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = [stringWidth(c, BODY_FONT, size) for c in ROOMS]
    for width in [170 * mm, *range(100, 500, 3)]:
        pieces = [ROOMS[s:e] for s, e, *_ in split_widths(ROOMS, widths, [width])]
        assert "".join(pieces) == ROOMS
        assert cuts_inside_run(pieces) == [], width


def test_room_numbers_in_rendered_pdf(tmp_path) -> None:
    """Official preset (16 pt body), page widened so that the text frame is 170 mm."""
    from desktop_app.documents import model as m
    from desktop_app.documents.presets import get_preset
    from desktop_app.documents.render_pdf import render_pdf
    from tests.textutil import pdf_text

    p = get_preset("official")
    doc = m.Document(kind="t", title="断行", preset="official",
                     page_size_mm=(170 + p.margin_left + p.margin_right, 297))
    doc.add(m.Paragraph(ROOMS), m.Paragraph(ROOMS, indent=False))
    path = tmp_path / "rooms.pdf"
    render_pdf(doc, path)
    lines = [ln.strip() for ln in pdf_text(path).splitlines() if ln.strip()]
    assert len(lines) >= 4
    assert cuts_inside_run(lines) == []
