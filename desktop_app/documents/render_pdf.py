"""Draw a ``Document`` as PDF with reportlab platypus.

* Every font is the bundled TrueType CJK font (embedded, subset); the canvas's initial font
  is set to it too, so no unembedded Helvetica is ever referenced.
* User text is escaped for reportlab's paragraph mini-markup (``<A&B>`` prints literally).
* Chinese line breaking (``linebreak.install_cjk_linebreak``), ``wordWrap='CJK'``.
* Page numbers "第 N 页 共 M 页" only on documents of more than one page; the watermark
  (草稿 / 作废) is drawn diagonally under the content of every page.
* ``invariant=1``: the same Document gives the same bytes (no dates or random ids).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from desktop_app.documents import model as m
from desktop_app.documents.fonts import BODY_FONT, HEAD_FONT, register_pdf_fonts
from desktop_app.documents.linebreak import (
    char_widths,
    install_cjk_linebreak,
    min_unbreakable_width,
    runs_move_freely,
)
from desktop_app.documents.presets import Preset, get_preset

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_TABLE_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}

WATERMARK_GREY = colors.Color(0.88, 0.88, 0.88)
OFFICIAL_RED = colors.Color(0.80, 0.0, 0.0)


def page_label(n: int, total: int) -> str:
    """Footer text of page ``n`` of ``total`` (only drawn when ``total > 1``)."""
    return f"第 {n} 页 共 {total} 页"


def markup(text: str) -> str:
    """User text -> reportlab paragraph markup: escape ``& < >``, keep line breaks, keep
    runs of ideographic spaces (U+3000; reportlab's cleaner would collapse them to one ASCII
    space before parsing, the entity survives it)."""
    out = escape(text).replace("\r\n", "\n").replace("\n", "<br/>")
    return out.replace("\u3000", "&#12288;") if "\u3000" in out else out


class _Styles:
    """All paragraph styles of one preset."""

    def __init__(self, p: Preset) -> None:
        base = {"fontName": BODY_FONT, "wordWrap": "CJK", "textColor": colors.black}
        s = p.body_size
        self.preset = p
        self.body = ParagraphStyle(
            "ld-body", fontSize=s, leading=p.body_leading, alignment=TA_JUSTIFY,
            spaceAfter=p.para_space_after, **base,
        )
        self.title = ParagraphStyle(
            "ld-title", fontSize=p.title_size, leading=p.title_leading, alignment=TA_CENTER,
            spaceBefore=0, spaceAfter=p.body_leading * 0.6,
            **{**base, "fontName": HEAD_FONT},
        )
        self.number = ParagraphStyle(
            "ld-number", fontSize=p.number_size, leading=p.body_leading,
            alignment=_ALIGN[p.number_align], spaceAfter=p.body_leading * 0.4, **base,
        )
        self.addressee = ParagraphStyle(
            "ld-addressee", fontSize=s, leading=p.body_leading, alignment=TA_LEFT,
            spaceBefore=p.body_leading * 0.3, **base,
        )
        self.heading = ParagraphStyle(
            "ld-heading", fontSize=p.heading_size, leading=p.body_leading, alignment=TA_LEFT,
            spaceBefore=p.body_leading * 0.4, spaceAfter=p.body_leading * 0.2, keepWithNext=1,
            **{**base, "fontName": HEAD_FONT},
        )
        self.letterhead = ParagraphStyle(
            "ld-letterhead", fontSize=p.letterhead_size, leading=p.letterhead_size * 1.35,
            alignment=TA_CENTER,
            **{**base, "fontName": HEAD_FONT,
               "textColor": OFFICIAL_RED if p.name == "official" else colors.black},
        )
        self.letterhead_line = ParagraphStyle(
            "ld-letterhead-line", fontSize=p.small_size, leading=p.small_leading,
            alignment=TA_CENTER, **base,
        )
        self.cell = ParagraphStyle(
            "ld-cell", fontSize=p.small_size, leading=p.small_leading, alignment=TA_LEFT,
            **base,
        )
        self.cell_head = ParagraphStyle(
            "ld-cell-head", fontSize=p.small_size, leading=p.small_leading,
            alignment=TA_CENTER, **{**base, "fontName": HEAD_FONT},
        )
        self.caption = ParagraphStyle(
            "ld-caption", fontSize=p.small_size + 1, leading=p.small_leading * 1.2,
            alignment=TA_CENTER, spaceBefore=p.body_leading * 0.3, spaceAfter=4,
            keepWithNext=1, **{**base, "fontName": HEAD_FONT},
        )
        self.signature = ParagraphStyle(
            "ld-signature", fontSize=s, leading=p.body_leading, alignment=TA_CENTER, **base,
        )
        self.signature_line = ParagraphStyle(
            "ld-signature-line", fontSize=p.small_size, leading=p.small_leading,
            alignment=TA_LEFT, **base,
        )
        self.slip_title = ParagraphStyle(
            "ld-slip-title", fontSize=s + 2, leading=p.body_leading * 1.2, alignment=TA_CENTER,
            spaceBefore=4, spaceAfter=4, **{**base, "fontName": HEAD_FONT},
        )
        self.cut = ParagraphStyle(
            "ld-cut", fontSize=p.small_size, leading=p.small_leading, alignment=TA_CENTER,
            **base,
        )

        self.slip_body = ParagraphStyle("ld-slip-body", parent=self.body,
                                        firstLineIndent=2 * self.body.fontSize)
        self._derived: dict[tuple, ParagraphStyle] = {}

    def paragraph(self, block: m.Paragraph) -> ParagraphStyle:
        key = ("p", block.align, block.indent, block.bold)
        style = self._derived.get(key)
        if style is None:
            style = ParagraphStyle(
                "ld-p", parent=self.body, alignment=_ALIGN.get(block.align, TA_JUSTIFY),
                firstLineIndent=2 * self.body.fontSize if block.indent else 0,
            )
            if block.bold:
                style.fontName = HEAD_FONT
            self._derived[key] = style
        return style

    def cell_style(self, align: str, bold: bool = False, size: float | None = None,
                   ) -> ParagraphStyle:
        """A table cell's style: ``size`` (default the preset's small size), its leading in
        proportion."""
        size = size or self.cell.fontSize
        key = ("cell", align, bold, size)
        style = self._derived.get(key)
        if style is None:
            style = ParagraphStyle(
                f"ld-cell-{align}-{int(bold)}-{size}", parent=self.cell,
                alignment=_ALIGN.get(align, TA_LEFT), fontSize=size,
                leading=self.preset.small_leading * size / self.preset.small_size,
            )
            if bold:
                style.fontName = HEAD_FONT
            self._derived[key] = style
        return style


_styles_cache: dict[Preset, _Styles] = {}


def _styles(preset: Preset) -> _Styles:
    """The styles of a preset, made once per process (styles are never modified)."""
    st = _styles_cache.get(preset)
    if st is None:
        st = _styles_cache.setdefault(preset, _Styles(preset))
    return st


class CellParagraph(RLParagraph):
    """A table cell's paragraph: a number that does not fit after the text before it moves
    to the next line whole, however short the line left behind (``runs_move_freely``)."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        with runs_move_freely():
            return super().wrap(availWidth, availHeight)


class CutLine(Flowable):
    """Dashed cut line across the frame with a centred label in a gap."""

    def __init__(self, label: str, font_size: float) -> None:
        super().__init__()
        self.label = label
        self.font_size = font_size

    def wrap(self, aW, aH):  # noqa: N803 - reportlab API
        self.width = aW
        self.height = self.font_size * 2.4
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        y = self.height / 2
        label_w = c.stringWidth(self.label, BODY_FONT, self.font_size)
        gap = label_w + self.font_size
        left_end = (self.width - gap) / 2
        c.saveState()
        c.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
        c.setLineWidth(0.6)
        c.setDash(4, 3)
        c.line(0, y, left_end, y)
        c.line(self.width - left_end, y, self.width, y)
        c.setFont(BODY_FONT, self.font_size)
        c.setFillColor(colors.Color(0.25, 0.25, 0.25))
        c.drawCentredString(self.width / 2, y - self.font_size * 0.35, self.label)
        c.restoreState()


class SignatureBlock(Flowable):
    """Sender, seal area and date stacked in a block at the right; optional seal image on top.

    Never split across pages (a sender's name separated from its date is useless).
    """

    def __init__(self, paras: list[RLParagraph], extra: list[RLParagraph], seal: str | None,
                 seal_size: float, space_before: float) -> None:
        super().__init__()
        self.paras = paras
        self.extra = extra
        self.seal = seal if seal and Path(seal).is_file() else None
        self.seal_size = seal_size
        self.space_before = space_before

    def wrap(self, aW, aH):  # noqa: N803 - reportlab API
        widths = [p.minWidth() for p in self.paras]
        self.block_w = min(aW, max([aW * 0.45, *(w + 12 for w in widths)]))
        self.heights = [p.wrap(self.block_w, aH)[1] for p in self.paras]
        self.extra_heights = [p.wrap(self.block_w, aH)[1] for p in self.extra]
        self.width = aW
        self.height = self.space_before + sum(self.heights) + sum(self.extra_heights)
        return self.width, self.height

    def draw(self) -> None:
        x0 = self.width - self.block_w
        y = self.height - self.space_before
        main_top = y
        for p, h in zip(self.paras, self.heights, strict=True):
            y -= h
            p.drawOn(self.canv, x0, y)
        main_bottom = y
        for p, h in zip(self.extra, self.extra_heights, strict=True):
            y -= h
            p.drawOn(self.canv, x0, y)
        if self.seal:
            size = self.seal_size
            cx = x0 + self.block_w / 2
            cy = (main_top + main_bottom) / 2
            self.canv.drawImage(self.seal, cx - size / 2, cy - size / 2, size, size,
                                mask="auto", preserveAspectRatio=True, anchor="c")

    def split(self, aW, aH):  # noqa: N803 - reportlab API
        return []


def _logo(path: str | None, height: float) -> RLImage | None:
    if not path or not Path(path).is_file():
        return None
    from reportlab.lib.utils import ImageReader

    iw, ih = ImageReader(path).getSize()
    return RLImage(path, width=height * iw / ih, height=height)


class _Builder:
    def __init__(self, doc: m.Document, preset: Preset, frame_width: float) -> None:
        self.doc = doc
        self.p = preset
        self.st = _styles(preset)
        self.fw = frame_width

    def flowables(self) -> list[Flowable]:
        out: list[Flowable] = []
        for block in self.doc.blocks:
            out.extend(self.block(block))
        return out

    def block(self, b: m.Block) -> list[Flowable]:  # noqa: PLR0911 - one branch per block
        st = self.st
        if isinstance(b, m.Letterhead):
            return self.letterhead(b)
        if isinstance(b, m.Title):
            return [RLParagraph(markup(b.text), st.title)]
        if isinstance(b, m.NumberLine):
            return [RLParagraph(markup(b.text), st.number)]
        if isinstance(b, m.Addressee):
            return [RLParagraph(markup(addressee_text(b)), st.addressee)]
        if isinstance(b, m.Paragraph):
            return [RLParagraph(markup(b.text), st.paragraph(b))]
        if isinstance(b, m.Heading):
            return [RLParagraph(markup(b.text), st.heading)]
        if isinstance(b, m.Table):
            return self.table(b)
        if isinstance(b, m.Signature):
            return [self.signature(b)]
        if isinstance(b, m.AckSlip):
            return [self.ack_slip(b)]
        if isinstance(b, m.PageBreak):
            return [RLPageBreak()]
        if isinstance(b, m.Spacer):
            return [RLSpacer(0, b.height_mm * mm)]
        raise TypeError(f"unknown block {type(b).__name__}")

    def letterhead(self, b: m.Letterhead) -> list[Flowable]:
        st = self.st
        texts: list[Flowable] = [RLParagraph(markup(b.name), st.letterhead)]
        texts += [RLParagraph(markup(t), st.letterhead_line) for t in b.lines]
        logo = _logo(b.logo_path, 16 * mm)
        out: list[Flowable]
        if logo is not None:
            lw = logo.drawWidth + 4 * mm
            t = RLTable([[logo, texts, ""]], colWidths=[lw, self.fw - 2 * lw, lw])
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), BODY_FONT, self.p.small_size),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]))
            out = [t]
        else:
            out = texts
        rule = OFFICIAL_RED if self.p.name == "official" else colors.Color(0.2, 0.2, 0.2)
        out.append(HRFlowable(width="100%", thickness=1.2, color=rule, spaceBefore=3,
                              spaceAfter=self.p.body_leading * 0.6))
        return out

    def table(self, b: m.Table) -> list[Flowable]:
        st = self.st
        lay = table_layout(b, self.fw, self.p)
        ncol, aligns, col_widths = lay.ncol, lay.aligns, lay.widths
        cell_styles = [st.cell_style(a, size=lay.size) for a in aligns]
        bold_styles = [st.cell_style(a, bold=True, size=lay.size) for a in aligns]
        head_style = st.cell_style("center", bold=True, size=lay.size)

        def row(cells: tuple[str, ...], styles: list[ParagraphStyle]) -> list:
            padded = list(cells) + [""] * (ncol - len(cells))
            return [CellParagraph(markup(c), styles[i]) for i, c in enumerate(padded)]

        data = []
        if b.header:
            data.append(row(b.header, [head_style] * ncol))
        data.extend(row(r, cell_styles) for r in b.rows)
        if b.total:
            data.append(row(b.total, bold_styles))
        if not data:
            return []
        commands = [
            ("FONT", (0, 0), (-1, -1), BODY_FONT, lay.size),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        if b.header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)))
        if b.total:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black))
        t = RLTable(data, colWidths=col_widths, repeatRows=1 if b.header else 0,
                    hAlign="CENTER", splitByRow=1)
        t.setStyle(TableStyle(commands))
        out: list[Flowable] = []
        if b.caption:
            out.append(RLParagraph(markup(b.caption), st.caption))
        out.append(t)
        out.append(RLSpacer(0, self.p.body_leading * 0.4))
        return out

    def signature(self, b: m.Signature) -> Flowable:
        st = self.st
        paras = [RLParagraph(markup(t), st.signature) for t in signature_main_texts(b)]
        extra = [RLParagraph(markup(t), st.signature_line) for t in b.lines]
        return SignatureBlock(paras, extra, b.seal_image, 40 * mm,
                              space_before=self.p.body_leading * 1.5)

    def ack_slip(self, b: m.AckSlip) -> Flowable:
        st = self.st
        parts: list[Flowable] = [
            RLSpacer(0, self.p.body_leading * 0.5),
            CutLine(b.cut_label, self.p.small_size),
            RLParagraph(markup(b.title), st.slip_title),
        ]
        parts += [RLParagraph(markup(t), st.slip_body) for t in b.paragraphs]
        if b.fields:
            # Label column: 32 % of the frame, wider (up to half) for a longer label; a label
            # that still wraps makes its row taller (no fixed row heights: the rows grow with
            # their content).  A one-line row keeps the 1.9-line height as room to sign.
            labels = [field_label(f) for f in b.fields]
            longest = max(sum(char_widths(t, BODY_FONT, self.p.body_size)) for t in labels)
            label_w = min(max(self.fw * 0.32, longest + 8), self.fw * 0.5)  # + right padding
            rows = [[RLParagraph(markup(t), st.body), ""] for t in labels]
            bottom = 2.0
            top = max(0.0, self.p.body_leading * 1.9 - self.p.body_leading - bottom)
            t = RLTable(rows, colWidths=[label_w, min(self.fw * 0.5, self.fw - label_w)],
                        hAlign="LEFT")
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), BODY_FONT, self.p.body_size),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), top),
                ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            ]))
            parts.append(t)
        return KeepTogether(parts)


CELL_PADDING = 3.0  # pt, left and right in every table cell (the DOCX uses the same margins)
_CELL_SLACK = 1.0  # pt more than the text's width, against rounding
_SHORT_CELL = 10.0  # ems: a text cell up to this wide is kept on one line when there is room


@dataclass(frozen=True)
class TableLayout:
    """Column count, alignments, cell font size and column widths (pt) of one table."""

    ncol: int
    aligns: list[str]
    size: float
    widths: list[float]


def table_layout(b: m.Table, width: float, preset: Preset, stretch: float = 1.0) -> TableLayout:
    """Font size and column widths of a table ``width`` pt wide.

    Every column is at least as wide as the widest piece of its cells that the line-breaking
    rules never break (amounts, dates, masked IDs, invoice numbers, "（天）"; header cells at
    least two characters), so that numbers never break inside; right/centre aligned columns
    (amounts, dates, counts) get their cells on one line when there is room; text columns
    keep 3.5 characters and wrap.  The room comes from columns wider than they need (weights
    ``b.widths``).  When even that does not fit, the cell size goes down from
    ``preset.table_size`` in 0.5 pt steps (not below ``preset.table_min_size``): first until
    every right/centre cell fits on one line, at worst until every number fits.
    ``stretch`` > 1 leaves room for a word processor's substitute fonts (DOCX).
    """
    ncol = max([len(b.header), *(len(r) for r in b.rows), len(b.total or ())] or [1])
    aligns: list[str] = [b.align[i] if i < len(b.align) else "left" for i in range(ncol)]
    weights = [b.widths[i] if i < len(b.widths) else 1.0 for i in range(ncol)]
    total_w = sum(weights) or 1.0
    base = [width * w / total_w for w in weights]
    register_pdf_fonts()
    # Requirements at 1 pt, scaled by the size tried.
    piece = [0.0] * ncol  # widest unbreakable piece
    line = [0.0] * ncol  # widest cell line (right/centre columns)
    short = [0.0] * ncol  # widest short cell line (left columns: "发票25440000001")
    rows: list[tuple[tuple[str, ...], str, bool]] = [(b.header, HEAD_FONT, True)]
    rows += [(r, BODY_FONT, False) for r in b.rows]
    if b.total:
        rows.append((b.total, HEAD_FONT, False))
    for cells, font, header in rows:
        for i, cell in enumerate(cells[:ncol]):
            if not cell:
                continue
            need, widest = _cell_measure(cell, font)
            if header:  # "逾期天数" as two lines of two, not four of one
                need = max(need, min(widest, 2.0))
            piece[i] = max(piece[i], need)
            if not header:
                if aligns[i] in ("right", "center"):
                    line[i] = max(line[i], widest)
                elif widest <= _SHORT_CELL:
                    short[i] = max(short[i], widest)
    pad = 2 * CELL_PADDING + _CELL_SLACK

    def needs(size: float, st: float = 1.0) -> tuple[list[float], list[float], list[float]]:
        """(hard, soft, nice) column widths at ``size`` with text widths times ``st``."""
        hard = [piece[i] * size * st + pad for i in range(ncol)]
        soft = [
            max(hard[i], line[i] * size * st + pad if aligns[i] in ("right", "center")
                else 3.5 * size + pad)
            for i in range(ncol)
        ]
        # Short text cells on one line too ("发票25440000001": word processors do not break
        # between "发票" and the number, they cut the number).
        nice = [max(soft[i], short[i] * size * st + pad) for i in range(ncol)]
        return hard, soft, nice

    # The size is chosen as for the PDF (the DOCX may be up to 1.5 pt smaller to keep its
    # short text cells on one line with ``stretch``: word processors draw digits after
    # Chinese text in the Chinese font, wider), the widths with ``stretch`` when possible.
    sizes = []
    size = preset.table_size
    while size >= preset.table_min_size - 1e-9:
        sizes.append(size)
        size -= 0.5
    chosen = next((s for s in sizes if sum(needs(s)[1]) <= width + 1e-6), None)
    if chosen is not None:  # up to 1 pt smaller still if then short text cells fit too
        def nicer(top: float, st: float, drop: float) -> float | None:
            return next((s for s in sizes if top - drop - 1e-9 <= s <= top
                         and sum(needs(s, st)[2]) <= width + 1e-6), None)

        chosen = ((stretch != 1.0 and nicer(chosen, stretch, 1.5)) or nicer(chosen, 1.0, 1.0)
                  or chosen)
    if chosen is None:
        chosen = next((s for s in sizes if sum(needs(s)[0]) <= width + 1e-6), None)
    if chosen is None:  # too many columns: numbers wrap, widths in proportion to their needs
        chosen = sizes[-1]
        hard = needs(chosen)[0]
        return TableLayout(ncol, aligns, chosen, [width * h / sum(hard) for h in hard])
    hard, soft, nice = needs(chosen)
    if stretch != 1.0:
        hard_s, soft_s, nice_s = needs(chosen, stretch)
        tiers = [nice_s, nice, soft_s, soft, hard_s]
    else:
        tiers = [nice, soft]
    target = next((t for t in tiers if sum(t) <= width + 1e-6), hard)
    return TableLayout(ncol, aligns, chosen, _distribute(base, target))


_measures: dict[tuple[str, str], tuple[float, float]] = {}


def _cell_measure(cell: str, font: str) -> tuple[float, float]:
    """(widest unbreakable piece, widest line) of a cell's text at 1 pt, remembered (the
    same dates, headers and labels come back in every letter)."""
    key = (cell, font)
    got = _measures.get(key)
    if got is None:
        cw = char_widths(cell, font, 1.0)
        widest, start = 0.0, 0
        for part in cell.split("\n"):
            widest = max(widest, sum(cw[start:start + len(part)]))
            start += len(part) + 1
        got = (min_unbreakable_width(cell, cw), widest)
        if len(_measures) > 4096:
            _measures.clear()
        _measures[key] = got
    return got


def _distribute(widths: list[float], target: list[float]) -> list[float]:
    """Widen the columns narrower than ``target`` to it, taking the room from the columns
    wider than theirs in proportion to their excess (``sum(target) <= sum(widths)``)."""
    grow = [max(0.0, t - w) for w, t in zip(widths, target, strict=True)]
    deficit = sum(grow)
    if deficit <= 0:
        return widths
    slack = [max(0.0, w - t) for w, t in zip(widths, target, strict=True)]
    available = sum(slack)
    if available <= 0:
        return widths
    take = min(deficit, available)
    return [w - take * sl / available + take * g / deficit
            for w, sl, g in zip(widths, slack, grow, strict=True)]


def addressee_text(b: m.Addressee) -> str:
    """The addressee line: the full name followed by a full-width colon."""
    name = b.name.rstrip()
    return name if name.endswith(("：", ":")) else name + "："


def field_label(f: str) -> str:
    f = f.rstrip()
    return f if f.endswith(("：", ":")) else f + "："


def signature_main_texts(b: m.Signature) -> list[str]:
    return [t for t in (b.sender, b.seal_label, b.date_text) if t]


@lru_cache(maxsize=8)
def _numbered_canvas_factory(preset: Preset):
    class NumberedCanvas(Canvas):
        """Defers page output so the footer can say how many pages there are."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if total > 1:
                    self.saveState()
                    self.setFont(BODY_FONT, preset.footer_size)
                    self.setFillColor(colors.Color(0.3, 0.3, 0.3))
                    w, _h = self._pagesize
                    self.drawCentredString(w / 2, preset.margin_bottom * mm / 2 - 3,
                                           page_label(n, total))
                    self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def _on_page(doc: m.Document):
    text = doc.watermark

    def draw(canv: Canvas, _template) -> None:
        if not text:
            return
        w, h = canv._pagesize
        diag = (w * w + h * h) ** 0.5
        size = min(160.0, diag * 0.55 / max(len(text), 1))
        canv.saveState()
        canv.setFillColor(WATERMARK_GREY)
        canv.setFont(HEAD_FONT, size)
        canv.translate(w / 2, h / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -size * 0.35, text)
        canv.restoreState()

    return draw


def _build(doc: m.Document, target) -> None:
    register_pdf_fonts()
    install_cjk_linebreak()
    preset = get_preset(doc.preset)
    page_w, page_h = doc.page_size_mm[0] * mm, doc.page_size_mm[1] * mm
    template = BaseDocTemplate(
        target,
        pagesize=(page_w, page_h),
        leftMargin=preset.margin_left * mm,
        rightMargin=preset.margin_right * mm,
        topMargin=preset.margin_top * mm,
        bottomMargin=preset.margin_bottom * mm,
        title=doc.title,
        author=doc.author,
        subject=doc.kind,
        creator="LetterDesk",
        producer="LetterDesk (reportlab)",
        lang="zh-CN",
        invariant=1,
        initialFontName=BODY_FONT,
        initialFontSize=preset.body_size,
        initialLeading=preset.body_leading,
    )
    frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_on_page(doc))])
    story = _Builder(doc, preset, template.width).flowables()
    if not story:
        story = [RLSpacer(0, 1)]
    template.build(story, canvasmaker=_numbered_canvas_factory(preset))


def render_pdf_bytes(doc: m.Document) -> bytes:
    """The PDF of ``doc`` as bytes."""
    buf = io.BytesIO()
    _build(doc, buf)
    return buf.getvalue()


def render_pdf(doc: m.Document, path: Path) -> None:
    """Write the PDF of ``doc`` to ``path`` (written whole, then renamed into place)."""
    path = Path(path)
    data = render_pdf_bytes(doc)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
