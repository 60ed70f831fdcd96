"""Receipt forms drawn with the reportlab canvas at fixed geometry (DOMAIN.md section 4).

A receipt is a form, not a flowing letter: every copy (存根联 / 收据联 / 记账联 …) is a box of
known size with a title, the number, a ruled table of fields, the payee's seal area and the
signature lines, and its copy label printed vertically in the right margin.

Layouts (``LAYOUTS``; the name is the ``layout`` field of the receipt JSON):

* ``a4_three_part``     — A4 portrait, three copies of 210×99 mm, dashed cut lines between;
                          more than three copies continue on the next sheet.
* ``a4_third``          — one copy per 210×99 mm page (A4 cut in three), copies as pages.
* ``continuous_241x93`` — one copy per 241×93.1 mm page (pin-feed continuous forms; wider side
                          margins keep text clear of the tractor holes).
* ``overlay``           — 套打 on pre-printed carbonless sets: only the field values, at the
                          positions of ``resources/layouts/overlay_default.json`` (mm from the
                          top-left corner of the form), shifted by the per-printer calibration
                          offset. One page per set (the carbon makes the copies), so no copy
                          labels are printed: they are on the pre-printed paper.

Long text never overflows or gets cut silently: values wrap inside their cell and the font
shrinks down to ``MIN_FONT_PT``; if a value still does not fit, ``FormOverflow`` names the
field (the service turns it into a ``ValidationError`` before any number is taken).

Every page sets the embedded ``LDSerif`` font first, so Helvetica is never referenced.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.fonts import BODY_FONT, HEAD_FONT, register_pdf_fonts
from desktop_app.documents.linebreak import split_widths
from desktop_app.domain.errors import ValidationError
from desktop_app.paths import resource_path

RED = Color(0.78, 0.08, 0.08)
STAMP_RED = Color(0.85, 0.05, 0.05, alpha=0.85)
GRID = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.8, 0.8, 0.8)

BASE_FONT_PT = 10.5
MIN_FONT_PT = 7.0
LEADING = 1.25  # line height as a multiple of the font size

DEFAULT_LAYOUT = "a4_three_part"
OVERLAY = "overlay"
DEFAULT_OVERLAY_FILE = "overlay_default.json"


# -- layouts --------------------------------------------------------------------------------
@dataclass(frozen=True)
class PageLayout:
    """Page size and the copy slots on it (x, y from the bottom-left, w, h; all mm)."""

    name: str
    label: str
    page_mm: tuple[float, float]
    slots: tuple[tuple[float, float, float, float], ...]
    margins_mm: tuple[float, float, float, float] = (7.0, 14.0, 6.0, 12.0)  # top right bottom left
    cut_lines: bool = False


LAYOUTS: dict[str, PageLayout] = {
    "a4_three_part": PageLayout(
        "a4_three_part", "A4 一页三联（裁剪线）", (210.0, 297.0),
        ((0.0, 198.0, 210.0, 99.0), (0.0, 99.0, 210.0, 99.0), (0.0, 0.0, 210.0, 99.0)),
        cut_lines=True,
    ),
    "a4_third": PageLayout("a4_third", "A4 三等分（210×99 mm，每联一页）", (210.0, 99.0),
                           ((0.0, 0.0, 210.0, 99.0),)),
    "continuous_241x93": PageLayout(
        "continuous_241x93", "241×93.1 mm 连续打印纸（每联一页）", (241.0, 93.1),
        ((0.0, 0.0, 241.0, 93.1),), margins_mm=(6.0, 22.0, 5.5, 18.0),
    ),
}
LAYOUT_NAMES = (*LAYOUTS, OVERLAY)
LAYOUT_LABELS = {**{k: v.label for k, v in LAYOUTS.items()}, OVERLAY: "套打（预印无碳联单，仅打印内容）"}

# Document-level page for certificates and refund slips: A4, two copies of 210×148.5 mm.
A4_HALVES = PageLayout("a4_halves", "A4 一页两联", (210.0, 297.0),
                       ((0.0, 148.5, 210.0, 148.5), (0.0, 0.0, 210.0, 148.5)),
                       margins_mm=(12.0, 16.0, 10.0, 16.0), cut_lines=True)


def check_layout(name: Any, field_name: str = "layout") -> str:
    value = DEFAULT_LAYOUT if name in (None, "") else str(name).strip()
    if value not in LAYOUT_NAMES:
        raise ValidationError(
            field_name, f"未知的收据版式“{value}”，可选：{'、'.join(LAYOUT_NAMES)}",
            message_en=f"unknown layout {value!r}",
        )
    return value


# -- content ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class FormRow:
    """One ruled row: label cell, value cell, optional side label/value (e.g. 小写 ¥…)."""

    label: str
    value: str
    field: str = ""
    side_label: str | None = None
    side_value: str | None = None


@dataclass
class FormContent:
    """Everything one copy shows; the same for every copy except the copy label."""

    title: str
    number: str | None
    date_text: str
    rows: list[FormRow]
    payee_label: str = "收款单位（盖章）"
    payee: str = ""
    signers: Sequence[str] = ()
    copies: Sequence[str] = ()
    mark: str | None = None  # 重打/副本
    stamp: str | None = None  # 作废
    stamp_note: str | None = None  # 作废原因 / 时间 / 操作人
    overlay_values: dict[str, str] = field(default_factory=dict)
    pdf_title: str = ""
    author: str = ""

    def texts(self) -> list[tuple[str, str]]:
        out = [("title", self.title), ("date", self.date_text), ("payee", self.payee),
               ("payee_label", self.payee_label)]
        if self.number:
            out.append(("number", self.number))
        for r in self.rows:
            out.extend((r.field or r.label, t) for t in (r.label, r.value, r.side_label or "",
                                                         r.side_value or ""))
        out.extend(("signers", s) for s in self.signers)
        out.extend(("copies", s) for s in self.copies)
        for key, text in (("mark", self.mark), ("stamp", self.stamp), ("stamp", self.stamp_note)):
            if text:
                out.append((key, text))
        return out


class FormOverflow(ValueError):
    """A value does not fit its box even at the smallest font size."""

    def __init__(self, field_name: str, where: str) -> None:
        super().__init__(f"{field_name} does not fit ({where})")
        self.field = field_name
        self.where = where


# -- text fitting -------------------------------------------------------------------------------
def wrap(text: str, font: str, size: float, width_pt: float) -> list[str]:
    """Lines of ``text`` no wider than ``width_pt`` (CJK rules of ``linebreak``; ``\\n`` kept).

    A closing punctuation mark may hang past ``width_pt`` by at most half an em (its glyph
    sits in the left half of the em box); callers leave that much padding.
    """
    lines: list[str] = []
    for para in str(text).split("\n"):
        chars = list(para)
        if not chars:
            lines.append("")
            continue
        widths = [stringWidth(ch, font, size) for ch in chars]
        for start, end, _used, _extra, _forced in split_widths(chars, widths, [width_pt]):
            lines.append("".join(chars[start:end]).rstrip())
    return lines


def lines_fit(lines: Sequence[str], font: str, size: float, width_pt: float) -> bool:
    return all(stringWidth(line, font, size) <= width_pt + size * 0.5 + 0.01 for line in lines)


def fit_single_line(text: str, font: str, size: float, width_pt: float, field_name: str,
                    min_size: float = MIN_FONT_PT) -> float:
    """Largest size <= ``size`` at which ``text`` fits on one line; FormOverflow otherwise."""
    s = size
    while s >= min_size - 1e-9:
        if stringWidth(text, font, s) <= width_pt:
            return s
        s -= 0.25
    raise FormOverflow(field_name, "single line")


def fit_box(text: str, font: str, size: float, width_pt: float, height_pt: float,
            field_name: str, min_size: float = MIN_FONT_PT) -> tuple[float, list[str]]:
    """(size, lines) so that the wrapped text fits ``width_pt`` × ``height_pt``."""
    s = size
    while s >= min_size - 1e-9:
        lines = wrap(text, font, s, width_pt)
        if len(lines) * s * LEADING <= height_pt + 0.01 and lines_fit(lines, font, s, width_pt):
            return s, lines
        s -= 0.25
    raise FormOverflow(field_name, "box")


# -- drawing primitives ---------------------------------------------------------------------------
def new_canvas(target: Path | BytesIO, page_mm: tuple[float, float], title: str = "",
               author: str = "") -> Canvas:
    register_pdf_fonts()
    c = Canvas(target if isinstance(target, BytesIO) else str(target),
               pagesize=(page_mm[0] * mm, page_mm[1] * mm), initialFontName=BODY_FONT,
               initialFontSize=BASE_FONT_PT, pageCompression=1, invariant=1)
    c.setFont(BODY_FONT, BASE_FONT_PT)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("LetterDesk 函据通")
    return c


def start_page(c: Canvas) -> None:
    c.setFont(BODY_FONT, BASE_FONT_PT)
    c.setFillColor(black)
    c.setStrokeColor(black)


def _draw_lines(c: Canvas, lines: Sequence[str], font: str, size: float, x: float, top: float,
                align: str = "left", width: float = 0.0) -> None:
    """Draw lines downwards from ``top`` (pt, baseline of the first line at top - size)."""
    c.setFont(font, size)
    y = top - size * 1.0
    for line in lines:
        if align == "center":
            c.drawCentredString(x + width / 2, y, line)
        elif align == "right":
            c.drawRightString(x + width, y, line)
        else:
            c.drawString(x, y, line)
        y -= size * LEADING


def draw_vertical_label(c: Canvas, text: str, x: float, y_center: float, size: float = 10.0) -> None:
    """Copy label as a column of characters (竖排), centred on ``y_center``."""
    chars = [ch for ch in text if not ch.isspace()]
    step = size * 1.15
    top = y_center + step * len(chars) / 2
    c.setFont(HEAD_FONT, size)
    for i, ch in enumerate(chars):
        c.drawCentredString(x, top - step * (i + 1) + size * 0.2, ch)


def draw_stamp(c: Canvas, cx: float, cy: float, text: str, size: float,
               note: str | None = None) -> None:
    """A large red rotated stamp (作废) with a double frame; ``note`` in small text under it."""
    c.saveState()
    c.translate(cx, cy)
    c.rotate(18)
    c.setFillColor(STAMP_RED)
    c.setStrokeColor(STAMP_RED)
    width = stringWidth(text, HEAD_FONT, size) + size * 0.6
    height = size * 1.35
    c.setLineWidth(2.2)
    c.roundRect(-width / 2, -height / 2, width, height, size * 0.15)
    c.setLineWidth(0.8)
    inset = size * 0.1
    c.roundRect(-width / 2 + inset, -height / 2 + inset, width - 2 * inset, height - 2 * inset,
                size * 0.12)
    c.setFont(HEAD_FONT, size)
    c.drawCentredString(0, -size * 0.36, text)
    c.restoreState()
    if note:
        c.saveState()
        c.setFillColor(RED)
        note_size = fit_single_line(note, BODY_FONT, 8, 180 * mm, "stamp_note", 5)
        c.setFont(BODY_FONT, note_size)
        c.drawCentredString(cx, cy - height * 0.9 - note_size, note)
        c.restoreState()


def draw_mark(c: Canvas, x: float, top: float, text: str, size: float = 9.0) -> None:
    """The reprint mark (重打/副本) in a red box at the top-left of a copy."""
    c.saveState()
    c.setFillColor(RED)
    c.setStrokeColor(RED)
    w = stringWidth(text, HEAD_FONT, size) + 4
    c.setLineWidth(0.8)
    c.rect(x, top - size - 4, w, size + 4, stroke=1, fill=0)
    c.setFont(HEAD_FONT, size)
    c.drawString(x + 2, top - size - 1.2, text)
    c.restoreState()


def draw_cut_line(c: Canvas, y_mm: float, width_mm: float) -> None:
    c.saveState()
    c.setStrokeColor(GRID)
    c.setLineWidth(0.5)
    c.setDash(4, 3)
    c.line(3 * mm, y_mm * mm, (width_mm - 3) * mm, y_mm * mm)
    c.restoreState()


# -- one copy ---------------------------------------------------------------------------------------
def draw_copy(c: Canvas, content: FormContent, slot: tuple[float, float, float, float],
              margins: tuple[float, float, float, float], copy_label: str | None) -> None:
    """Draw one copy of the form into ``slot`` (mm, bottom-left origin)."""
    sx, sy, sw, sh = (v * mm for v in slot)
    mt, mr, mb, ml = (v * mm for v in margins)
    left, right = sx + ml, sx + sw - mr
    top, bottom = sy + sh - mt, sy + mb
    width = right - left
    start_page(c)

    # Header: title centred, NO. right, date left; the reprint mark at the top-left corner.
    title_size = 17.0 if sh > 120 * mm else 15.0
    spaced = " ".join(content.title) if len(content.title) <= 4 else content.title
    title_size = fit_single_line(spaced, HEAD_FONT, title_size, width * 0.5, "title")
    c.setFont(HEAD_FONT, title_size)
    title_base = top - title_size
    c.drawCentredString(left + width / 2, title_base, spaced)
    tw = stringWidth(spaced, HEAD_FONT, title_size)
    c.setLineWidth(0.6)
    c.line(left + width / 2 - tw / 2 - 4, title_base - 3, left + width / 2 + tw / 2 + 4, title_base - 3)
    c.line(left + width / 2 - tw / 2 - 4, title_base - 4.6, left + width / 2 + tw / 2 + 4,
           title_base - 4.6)
    if content.mark:
        draw_mark(c, left, top, content.mark)
    info_size = 10.0
    info_base = title_base - 5.6 * mm
    if content.number:
        no_text = f"NO. {content.number}"
        size = fit_single_line(no_text, HEAD_FONT, 11.0, width * 0.42, "number")
        c.setFillColor(RED)
        c.setFont(HEAD_FONT, size)
        c.drawRightString(right, title_base, no_text)
        c.setFillColor(black)
    date_text = f"日期：{content.date_text}"
    c.setFont(BODY_FONT, info_size)
    c.drawString(left, info_base, date_text)

    # Footer: payee (seal area) and signature lines.
    foot_size = 10.0
    foot_base = bottom + 1.5 * mm
    table_top = info_base - 2.4 * mm
    table_bottom = foot_base + foot_size + 3.2 * mm
    _draw_footer(c, content, left, width, foot_base, foot_size)

    # Table.
    _draw_table(c, content.rows, left, width, table_top, table_bottom)

    if copy_label:
        draw_vertical_label(c, copy_label, right + mr / 2, (table_top + table_bottom) / 2,
                            size=min(10.5, (table_top - table_bottom) / max(len(copy_label), 1) / 1.2))
    if content.stamp:
        draw_stamp(c, left + width * 0.62, (table_top + table_bottom) / 2, content.stamp,
                   min(46.0, (table_top - table_bottom) * 0.55))
        if content.stamp_note:  # reason / time / operator on the date line, in red
            note_w = width - stringWidth(date_text, BODY_FONT, info_size) - 8 * mm
            nsize = fit_single_line(content.stamp_note, BODY_FONT, 9.0, note_w, "reason", 5.0)
            c.saveState()
            c.setFillColor(RED)
            c.setFont(BODY_FONT, nsize)
            c.drawRightString(right, info_base, content.stamp_note)
            c.restoreState()


def _draw_footer(c: Canvas, content: FormContent, left: float, width: float, base: float,
                 size: float) -> None:
    signers = [s for s in content.signers if s]
    sign_w = min(width * 0.58, 44 * mm * max(len(signers), 1)) if signers else 0.0
    payee_w = width - sign_w - 4 * mm
    payee_text = f"{content.payee_label}：{content.payee}"
    psize = fit_single_line(payee_text, BODY_FONT, size, payee_w, "payee")
    c.setFont(BODY_FONT, psize)
    c.drawString(left, base, payee_text)
    if not signers:
        return
    cell = sign_w / len(signers)
    x = left + width - sign_w
    for role in signers:
        label = f"{role}："
        lsize = fit_single_line(label, BODY_FONT, size, cell * 0.6, "signers")
        c.setFont(BODY_FONT, lsize)
        c.drawString(x, base, label)
        lw = stringWidth(label, BODY_FONT, lsize)
        c.setLineWidth(0.5)
        c.line(x + lw + 1, base - 1.5, x + cell - 3 * mm, base - 1.5)
        x += cell


def _draw_table(c: Canvas, rows: Sequence[FormRow], left: float, width: float, top: float,
                bottom: float) -> None:
    pad = 1.6 * mm
    label_w = 30 * mm
    side_label_w = 13 * mm
    side_value_w = 36 * mm
    avail_h = top - bottom
    font = BODY_FONT

    def value_width(row: FormRow) -> float:
        w = width - label_w
        if row.side_label is not None:
            w -= side_label_w + side_value_w
        return w - 2 * pad - 0.5 * BASE_FONT_PT

    # Rows start at the base size; while the table is too tall, the row that needs the most
    # room shrinks (short rows such as the amount keep their size).
    sizes = [BASE_FONT_PT] * len(rows)
    min_h = 7.0 * mm

    def needed(i: int) -> float:
        lines = wrap(rows[i].value, font, sizes[i], value_width(rows[i]))
        if not lines_fit(lines, font, sizes[i], value_width(rows[i])):
            return float("inf")
        return max(max(len(lines), 1) * sizes[i] * LEADING + 2 * pad, min_h)

    heights = [needed(i) for i in range(len(rows))]
    while sum(heights) > avail_h + 0.01:
        shrinkable = [i for i in range(len(rows))
                      if sizes[i] > MIN_FONT_PT + 1e-9 and heights[i] > min_h + 0.01]
        if not shrinkable:
            worst = max(range(len(rows)), key=lambda i: heights[i])
            raise FormOverflow(rows[worst].field or rows[worst].label, "table")
        i = max(shrinkable, key=lambda j: heights[j])
        sizes[i] -= 0.25
        heights[i] = needed(i)
    extra = (avail_h - sum(heights)) / max(len(rows), 1)
    heights = [h + extra for h in heights]
    # Labels share one size: the largest at which every label fits its cell.
    label_size = BASE_FONT_PT
    for row, h in zip(rows, heights, strict=True):
        for text, w in ((row.label, label_w), (row.side_label, side_label_w)):
            if text is not None:
                label_size = min(label_size, fit_box(text, font, BASE_FONT_PT, w - 2 * pad,
                                                     h - 2 * pad, row.field or row.label)[0])

    c.setLineWidth(0.9)
    c.rect(left, bottom, width, avail_h)
    c.setLineWidth(0.5)
    y = top
    for i, (row, h, size) in enumerate(zip(rows, heights, sizes, strict=True)):
        if i:
            c.line(left, y, left + width, y)
        c.line(left + label_w, y, left + label_w, y - h)
        llines = wrap(row.label, font, label_size, label_w - 2 * pad)
        block = len(llines) * label_size * LEADING
        _draw_lines(c, llines, font, label_size, left + pad, y - (h - block) / 2, "center",
                    label_w - 2 * pad)
        vw = value_width(row)
        lines = wrap(row.value, font, size, vw)
        block = len(lines) * size * LEADING
        _draw_lines(c, lines, font, size, left + label_w + pad, y - (h - block) / 2)
        if row.side_label is not None:
            x1 = left + width - side_label_w - side_value_w
            x2 = left + width - side_value_w
            c.line(x1, y, x1, y - h)
            c.line(x2, y, x2, y - h)
            slines = wrap(row.side_label, font, label_size, side_label_w - 2 * pad)
            block = len(slines) * label_size * LEADING
            _draw_lines(c, slines, font, label_size, x1 + pad, y - (h - block) / 2, "center",
                        side_label_w - 2 * pad)
            value = row.side_value or ""
            vsize = fit_single_line(value, HEAD_FONT, 11.5, side_value_w - 2 * pad,
                                    row.field or row.label)
            c.setFont(HEAD_FONT, vsize)
            c.drawRightString(left + width - pad, y - h / 2 - vsize * 0.35, value)
        y -= h


# -- whole documents -------------------------------------------------------------------------------
def draw_form(target: Path | BytesIO, content: FormContent, layout: PageLayout) -> None:
    """All copies of ``content`` on the pages of ``layout`` (copies fill slots in order)."""
    labels: list[str | None] = list(content.copies) or [None]
    per_page = len(layout.slots)
    pages = math.ceil(len(labels) / per_page)
    c = new_canvas(target, layout.page_mm, content.pdf_title or content.title, content.author)
    for p in range(pages):
        start_page(c)
        chunk = labels[p * per_page:(p + 1) * per_page]
        for slot, label in zip(layout.slots, chunk, strict=False):
            draw_copy(c, content, slot, layout.margins_mm, label)
        if layout.cut_lines:
            for slot in layout.slots[:-1]:
                draw_cut_line(c, slot[1], layout.page_mm[0])
        c.showPage()
    c.save()


def load_overlay(path: Path | None = None) -> dict[str, Any]:
    """The overlay field map (``resources/layouts/overlay_default.json`` by default)."""
    source = path or resource_path("layouts", DEFAULT_OVERLAY_FILE)
    try:
        spec = json.loads(Path(source).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError("overlay_layout", f"套打版式文件无法读取：{source}（{exc}）") from exc
    try:
        _w, _h = (float(v) for v in spec["page_mm"])
        for f in spec["fields"].values():
            for key in ("x", "y", "w", "h"):
                float(f[key])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError("overlay_layout", f"套打版式文件格式不正确：{source}（缺少 {exc}）") from exc
    return spec


def draw_overlay(target: Path | BytesIO, content: FormContent, spec: dict[str, Any],
                 offset_mm: tuple[Decimal, Decimal] = (Decimal(0), Decimal(0))) -> None:
    """Only the field values at their positions (mm from the top-left), shifted by the offset.

    Positive X moves right, positive Y moves down (as measured on the printed calibration
    page). Values wrap/shrink inside their field box. Marks and stamps are drawn too, so a
    reprint or a void copy printed on a form is still recognisable.
    """
    page_w, page_h = (float(v) for v in spec["page_mm"])
    dx, dy = float(offset_mm[0]), float(offset_mm[1])
    c = new_canvas(target, (page_w, page_h), content.pdf_title or content.title, content.author)
    start_page(c)
    for name, f in spec["fields"].items():
        text = content.overlay_values.get(name)
        if not text:
            continue
        x = (float(f["x"]) + dx) * mm
        top = (page_h - float(f["y"]) - dy) * mm
        w, h = float(f["w"]) * mm, float(f["h"]) * mm
        font = HEAD_FONT if f.get("bold") else BODY_FONT
        size, lines = fit_box(text, font, float(f.get("size", BASE_FONT_PT)), w, h, name)
        c.setFillColor(RED if f.get("red") else black)
        block = len(lines) * size * LEADING
        valign_top = top if len(lines) > 1 else top - (h - block) / 2
        _draw_lines(c, lines, font, size, x, valign_top, str(f.get("align", "left")), w)
        c.setFillColor(black)
    if content.mark:
        draw_mark(c, 4 * mm, (page_h - 3) * mm, content.mark)
    if content.stamp:
        draw_stamp(c, page_w * 0.6 * mm, page_h * 0.5 * mm, content.stamp, 40, content.stamp_note)
    c.showPage()
    c.save()


def draw_calibration(target: Path | BytesIO, spec: dict[str, Any],
                     offset_mm: tuple[Decimal, Decimal] = (Decimal(0), Decimal(0))) -> None:
    """Calibration page for 套打: mm grid from the page corner and crosshairs at the fields.

    The grid is not shifted: it shows where the printer really puts 0/0. The crosshairs are
    shifted by the current offset, exactly as the field values will be.
    """
    page_w, page_h = (float(v) for v in spec["page_mm"])
    dx, dy = float(offset_mm[0]), float(offset_mm[1])
    c = new_canvas(target, (page_w, page_h), "套打校准页")
    start_page(c)
    # grid: 1 mm ticks along the edges, 5 mm light lines, 10 mm darker lines with numbers
    for xm in range(0, int(page_w) + 1):
        x = xm * mm
        if xm % 10 == 0:
            c.setStrokeColor(GRID)
            c.setLineWidth(0.35)
            c.line(x, 0, x, page_h * mm)
            c.setFont(BODY_FONT, 5)
            c.setFillColor(GRID)
            c.drawString(x + 0.5, page_h * mm - 6, str(xm))
        elif xm % 5 == 0:
            c.setStrokeColor(LIGHT)
            c.setLineWidth(0.2)
            c.line(x, 0, x, page_h * mm)
        else:
            c.setStrokeColor(GRID)
            c.setLineWidth(0.2)
            c.line(x, page_h * mm, x, page_h * mm - 1.5 * mm)
    for ym in range(0, int(page_h) + 1):
        y = (page_h - ym) * mm  # ym measured from the top edge
        if ym % 10 == 0:
            c.setStrokeColor(GRID)
            c.setLineWidth(0.35)
            c.line(0, y, page_w * mm, y)
            c.setFont(BODY_FONT, 5)
            c.setFillColor(GRID)
            c.drawString(1, y - 5.5, str(ym))
        elif ym % 5 == 0:
            c.setStrokeColor(LIGHT)
            c.setLineWidth(0.2)
            c.line(0, y, page_w * mm, y)
        else:
            c.setStrokeColor(GRID)
            c.setLineWidth(0.2)
            c.line(0, y, 1.5 * mm, y)
    c.setFillColor(black)
    c.setStrokeColor(RED)
    c.setLineWidth(0.4)
    for name, f in spec["fields"].items():
        x = (float(f["x"]) + dx) * mm
        y = (page_h - float(f["y"]) - dy) * mm
        c.line(x - 3 * mm, y, x + 3 * mm, y)
        c.line(x, y - 3 * mm, x, y + 3 * mm)
        c.circle(x, y, 1 * mm)
        c.setFillColor(RED)
        c.setFont(BODY_FONT, 6)
        c.drawString(x + 1.5 * mm, y + 1.0 * mm, f"{f.get('label', name)} ({f['x']}, {f['y']})")
    # Instructions in a white box near the bottom edge, clear of the field crosshairs.
    box_top = min(page_h - 4, max(float(f["y"]) + float(f["h"]) for f in spec["fields"].values()) + 2)
    c.setFillColor(Color(1, 1, 1))
    c.rect(30 * mm, 2 * mm, (page_w - 60) * mm, (page_h - box_top - 2) * mm, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont(HEAD_FONT, 9)
    c.drawString(32 * mm, (page_h - box_top - 4) * mm, "套打校准页")
    c.setFont(BODY_FONT, 7.5)
    lines = [
        f"当前偏移：X = {dx:+.1f} mm，Y = {dy:+.1f} mm（X 向右为正，Y 向下为正）",
        "用本打印机在空白纸上打印本页，量取红色十字中心与预印联单上对应栏目起点的距离；",
        "若打印内容偏右/偏下，则把 X/Y 偏移减去该距离，反之加上，保存后再打印一次核对。",
    ]
    for i, line in enumerate(lines):
        c.drawString(58 * mm, (page_h - box_top - 4 - i * 3.4) * mm, line)
    c.showPage()
    c.save()


# -- atomic file output -------------------------------------------------------------------------------
def write_pdf(target: Path, draw: Callable[[Path], None]) -> Path:
    """Draw into a temporary file in the target folder, then replace: never a half file."""
    from desktop_app.fileio import atomic_write

    return atomic_write(target, draw)


def render_bytes(draw: Callable[[BytesIO], None]) -> bytes:
    buf = BytesIO()
    draw(buf)
    return buf.getvalue()
