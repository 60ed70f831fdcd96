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
from collections.abc import Sequence
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
from desktop_app.documents.linebreak import install_cjk_linebreak
from desktop_app.documents.presets import Preset, get_preset

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_TABLE_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}

WATERMARK_GREY = colors.Color(0.88, 0.88, 0.88)
OFFICIAL_RED = colors.Color(0.80, 0.0, 0.0)


def page_label(n: int, total: int) -> str:
    """Footer text of page ``n`` of ``total`` (only drawn when ``total > 1``)."""
    return f"第 {n} 页 共 {total} 页"


def markup(text: str) -> str:
    """User text -> reportlab paragraph markup: escape ``& < >``, keep line breaks."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


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

    def cell_style(self, align: str, bold: bool = False) -> ParagraphStyle:
        key = ("cell", align, bold)
        style = self._derived.get(key)
        if style is None:
            style = ParagraphStyle(
                f"ld-cell-{align}-{int(bold)}", parent=self.cell,
                alignment=_ALIGN.get(align, TA_LEFT),
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
        ncol = max([len(b.header), *(len(r) for r in b.rows), len(b.total or ())] or [1])
        aligns = [b.align[i] if i < len(b.align) else "left" for i in range(ncol)]
        weights = [b.widths[i] if i < len(b.widths) else 1.0 for i in range(ncol)]
        col_widths = fit_column_widths(b, ncol, aligns, weights, self.fw, self.p.small_size)
        cell_styles = [st.cell_style(a) for a in aligns]
        bold_styles = [st.cell_style(a, bold=True) for a in aligns]

        def row(cells: tuple[str, ...], styles: list[ParagraphStyle]) -> list:
            padded = list(cells) + [""] * (ncol - len(cells))
            return [RLParagraph(markup(c), styles[i]) for i, c in enumerate(padded)]

        data = []
        if b.header:
            data.append(row(b.header, [st.cell_head] * ncol))
        data.extend(row(r, cell_styles) for r in b.rows)
        if b.total:
            data.append(row(b.total, bold_styles))
        if not data:
            return []
        commands = [
            ("FONT", (0, 0), (-1, -1), BODY_FONT, self.p.small_size),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
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
            label_w = self.fw * 0.32
            rows = [[RLParagraph(markup(field_label(f)), st.body), ""] for f in b.fields]
            t = RLTable(rows, colWidths=[label_w, self.fw * 0.5], hAlign="LEFT",
                        rowHeights=[self.p.body_leading * 1.9] * len(rows))
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), BODY_FONT, self.p.body_size),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]))
            parts.append(t)
        return KeepTogether(parts)


def fit_column_widths(b: m.Table, ncol: int, aligns: Sequence[str], weights: list[float],
                      width: float, size: float, stretch: float = 1.0) -> list[float]:
    """Column widths from relative weights, widened so that amounts and dates (right or
    centre aligned columns) fit on one line; the room comes from text columns, which wrap.
    ``stretch`` > 1 leaves room for a word processor's wider substitute fonts (DOCX)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_pdf_fonts()
    total_w = sum(weights) or 1.0
    widths = [width * w / total_w for w in weights]
    pad = 7.0
    need = [0.0] * ncol
    for row, font in [*((r, BODY_FONT) for r in b.rows), (b.total or (), HEAD_FONT)]:
        for i, cell in enumerate(row[:ncol]):
            if aligns[i] in ("right", "center") and cell:
                longest = max(cell.split("\n"), key=len)
                need[i] = max(need[i], stringWidth(longest, font, size) * stretch + pad)
    floor = [need[i] if aligns[i] in ("right", "center") else 3.5 * size + pad
             for i in range(ncol)]
    deficit = sum(max(0.0, need[i] - widths[i]) for i in range(ncol))
    if deficit <= 0:
        return widths
    slack = [max(0.0, widths[i] - floor[i]) for i in range(ncol)]
    available = sum(slack)
    if available <= 0:
        return widths
    take = min(deficit, available)
    grow = [max(0.0, need[i] - widths[i]) for i in range(ncol)]
    return [
        widths[i] - take * slack[i] / available + take * grow[i] / deficit
        for i in range(ncol)
    ]


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
