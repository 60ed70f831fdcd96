"""Draw a ``Document`` as DOCX with python-docx.

Every block prints the same text as in the PDF, in the same order (a parity test compares
the extracted text). Fonts are named, not embedded: 宋体/黑体 (business) or 仿宋/方正小标宋简体
(official), set as the East Asian font (``w:eastAsia``) on docDefaults, on the styles and on
every run, with the theme font attributes removed (they would win over explicit fonts) and
``zh-CN`` as East Asian language.

The watermark is a Word-style diagonal text watermark (VML text path in the header); page
numbers are PAGE / NUMPAGES fields in the footer ("第 N 页 共 M 页").
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import quoteattr

import docx
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from desktop_app.documents import fonts
from desktop_app.documents import model as m
from desktop_app.documents.presets import Preset, get_preset
from desktop_app.documents.render_pdf import (
    addressee_text,
    field_label,
    fit_column_widths,
    signature_main_texts,
)

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_STYLE_NAMES = ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Table Grid",
                "Normal Table", "Header", "Footer")
RED = RGBColor(0xCC, 0x00, 0x00)
GREY = RGBColor(0x55, 0x55, 0x55)


def set_rfonts(rpr, east_asia: str, latin: str) -> None:
    """Explicit fonts on an ``w:rPr`` (theme attributes removed), East Asian language zh-CN."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in _THEME_ATTRS:
        key = qn(attr)
        if key in rfonts.attrib:
            del rfonts.attrib[key]
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:cs"), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


# Child order of pPr / tblPr / tcPr / trPr in the OOXML schema (Word rejects other orders).
PPR_SEQ = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
TBLPR_SEQ = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
    "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
    "w:tblDescription", "w:tblPrChange",
)
TCPR_SEQ = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)
TRPR_SEQ = (
    "w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter",
    "w:cantSplit", "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
    "w:ins", "w:del", "w:trPrChange",
)


def insert_ordered(parent, el, seq: tuple[str, ...]) -> None:
    """Insert ``el`` into ``parent`` at the position the schema sequence ``seq`` requires."""
    tag = next(t for t in seq if qn(t) == el.tag)
    parent.insert_element_before(el, *seq[seq.index(tag) + 1:])


def no_grid(par) -> None:
    """Keep a paragraph off the document line grid (tables, small print, titles)."""
    ppr = par._p.get_or_add_pPr()
    if ppr.find(qn("w:snapToGrid")) is None:
        el = OxmlElement("w:snapToGrid")
        el.set(qn("w:val"), "0")
        insert_ordered(ppr, el, PPR_SEQ)


def _strip_theme_fonts(element) -> None:
    for rfonts in element.iter(qn("w:rFonts")):
        for attr in _THEME_ATTRS:
            key = qn(attr)
            if key in rfonts.attrib:
                del rfonts.attrib[key]


def _setup_styles(document, p: Preset) -> None:
    styles_el = document.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_rfonts(rpr, p.docx_body_font, p.docx_latin_font)
    rpr.find(qn("w:lang")).set(qn("w:val"), "zh-CN")
    for sz_tag in ("w:sz", "w:szCs"):
        sz = rpr.find(qn(sz_tag))
        if sz is not None:
            sz.set(qn("w:val"), str(int(round(p.body_size * 2))))
    ppr_default = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr_default.find(qn("w:spacing"))
    if spacing is not None:  # no 10 pt "space after" on every paragraph
        spacing.set(qn("w:after"), "0")
    head = {"Title", "Heading 1", "Heading 2", "Heading 3"}
    for name in _STYLE_NAMES:
        try:
            style = document.styles[name]
        except KeyError:
            continue
        el_rpr = style.element.get_or_add_rPr()
        east = p.docx_head_font if name == "Title" else (
            fonts.DOCX_HEAD_FONT if name in head else p.docx_body_font)
        set_rfonts(el_rpr, east, p.docx_latin_font)
        if name in head:
            style.font.color.rgb = RGBColor(0, 0, 0)
    normal = document.styles["Normal"]
    normal.font.size = Pt(p.body_size)
    _strip_theme_fonts(styles_el)


def _set_page(document, doc: m.Document, p: Preset) -> None:
    section = document.sections[0]
    section.page_width = Mm(doc.page_size_mm[0])
    section.page_height = Mm(doc.page_size_mm[1])
    section.top_margin = Mm(p.margin_top)
    section.bottom_margin = Mm(p.margin_bottom)
    section.left_margin = Mm(p.margin_left)
    section.right_margin = Mm(p.margin_right)
    section.header_distance = Mm(min(15.0, p.margin_top / 2))
    section.footer_distance = Mm(min(15.0, p.margin_bottom / 2))
    if p.lines_per_page:  # GB/T 9704: a line grid of 22 lines a page
        grid = section._sectPr.find(qn("w:docGrid"))
        if grid is None:
            grid = OxmlElement("w:docGrid")
            section._sectPr.append(grid)
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(int(round(p.body_leading * 20))))


class _Writer:
    def __init__(self, doc: m.Document, preset: Preset) -> None:
        self.doc = doc
        self.p = preset
        self.d = docx.Document()
        _setup_styles(self.d, preset)
        _set_page(self.d, doc, preset)
        section = self.d.sections[0]
        self.frame_w_pt = (section.page_width - section.left_margin
                           - section.right_margin) / 12700

    # -- helpers ---------------------------------------------------------------------------
    def run(self, par, text: str, *, size: float, east: str | None = None, bold: bool = False,
            color: RGBColor | None = None, underline: bool = False):
        """Add ``text`` as runs (``\\n`` becomes a line break) with explicit fonts."""
        lines = text.replace("\r\n", "\n").split("\n")
        last = None
        for i, line in enumerate(lines):
            r = par.add_run(line)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
            r.font.size = Pt(size)
            r.bold = bold or None
            r.underline = underline or None
            if color is not None:
                r.font.color.rgb = color
            set_rfonts(r._r.get_or_add_rPr(), east or self.p.docx_body_font,
                       self.p.docx_latin_font)
            last = r
        return last

    def para(self, text: str = "", *, align: str = "left", size: float | None = None,
             east: str | None = None, bold: bool = False, indent: bool = False,
             leading: float | None = None, before: float = 0, after: float = 0,
             color: RGBColor | None = None, keep_next: bool = False, container=None):
        size = size or self.p.body_size
        par = (container or self.d).add_paragraph()
        fmt = par.paragraph_format
        fmt.alignment = _ALIGN.get(align, WD_ALIGN_PARAGRAPH.LEFT)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(leading or max(size * 1.3, self.p.body_leading * size
                                             / self.p.body_size))
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(after)
        if indent:
            fmt.first_line_indent = Pt(2 * size)
        if keep_next:
            fmt.keep_with_next = True
        if self.p.lines_per_page and leading != self.p.body_leading:
            no_grid(par)  # only body lines sit on the 22-line grid
        if text:
            self.run(par, text, size=size, east=east, bold=bold, color=color)
        return par

    @staticmethod
    def border(par, side: str, val: str = "single", size: int = 8, color: str = "000000",
               space: int = 1) -> None:
        ppr = par._p.get_or_add_pPr()
        bdr = ppr.find(qn("w:pBdr"))
        if bdr is None:
            bdr = OxmlElement("w:pBdr")
            insert_ordered(ppr, bdr, PPR_SEQ)
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), str(space))
        el.set(qn("w:color"), color)
        bdr.append(el)

    # -- blocks ----------------------------------------------------------------------------
    def write(self) -> docx.document.Document:
        for b in self.doc.blocks:
            self.block(b)
        self.header_footer()
        cp = self.d.core_properties
        cp.title = self.doc.title
        cp.author = self.doc.author
        cp.subject = self.doc.kind
        cp.language = "zh-CN"
        cp.last_modified_by = self.doc.author
        return self.d

    def block(self, b: m.Block) -> None:  # noqa: PLR0912 - one branch per block
        p = self.p
        if isinstance(b, m.Letterhead):
            self.letterhead(b)
        elif isinstance(b, m.Title):
            self.para(b.text, align="center", size=p.title_size, east=p.docx_head_font,
                      leading=p.title_leading, after=p.body_leading * 0.6)
        elif isinstance(b, m.NumberLine):
            self.para(b.text, align=p.number_align, size=p.number_size,
                      leading=p.body_leading, after=p.body_leading * 0.4)
        elif isinstance(b, m.Addressee):
            self.para(addressee_text(b), leading=p.body_leading, before=p.body_leading * 0.3)
        elif isinstance(b, m.Paragraph):
            self.para(b.text, align=b.align, indent=b.indent, leading=p.body_leading,
                      bold=False, east=fonts.DOCX_HEAD_FONT if b.bold else None,
                      after=p.para_space_after)
        elif isinstance(b, m.Heading):
            self.para(b.text, size=p.heading_size, east=fonts.DOCX_HEAD_FONT,
                      leading=p.body_leading, before=p.body_leading * 0.4,
                      after=p.body_leading * 0.2, keep_next=True)
        elif isinstance(b, m.Table):
            self.table(b)
        elif isinstance(b, m.Signature):
            self.signature(b)
        elif isinstance(b, m.AckSlip):
            self.ack_slip(b)
        elif isinstance(b, m.PageBreak):
            self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(b, m.Spacer):
            self.para("", leading=b.height_mm * 72 / 25.4)
        else:
            raise TypeError(f"unknown block {type(b).__name__}")

    def letterhead(self, b: m.Letterhead) -> None:
        p = self.p
        official = p.name == "official"
        if b.logo_path and Path(b.logo_path).is_file():
            par = self.para(align="center", leading=None)
            par.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            par.add_run().add_picture(b.logo_path, height=Mm(16))
        self.para(b.name, align="center", size=p.letterhead_size, east=fonts.DOCX_HEAD_FONT,
                  leading=p.letterhead_size * 1.35, color=RED if official else None)
        last = None
        for line in b.lines:
            last = self.para(line, align="center", size=p.small_size, leading=p.small_leading)
        rule = self.para("", leading=4, after=p.body_leading * 0.6) if last is None else last
        self.border(rule, "bottom", size=12, color="CC0000" if official else "333333",
                    space=4)
        rule.paragraph_format.space_after = Pt(p.body_leading * 0.6)

    def table(self, b: m.Table) -> None:
        p = self.p
        ncol = max([len(b.header), *(len(r) for r in b.rows), len(b.total or ())] or [1])
        aligns = [b.align[i] if i < len(b.align) else "left" for i in range(ncol)]
        weights = [b.widths[i] if i < len(b.widths) else 1.0 for i in range(ncol)]
        widths = fit_column_widths(b, ncol, aligns, weights, self.frame_w_pt, p.small_size,
                                   stretch=1.1)
        if b.caption:
            self.para(b.caption, align="center", size=p.small_size + 1,
                      east=fonts.DOCX_HEAD_FONT, leading=p.small_leading * 1.2,
                      before=p.body_leading * 0.3, after=4, keep_next=True)
        rows: list[tuple[tuple[str, ...], str]] = []
        if b.header:
            rows.append((b.header, "header"))
        rows.extend((r, "body") for r in b.rows)
        if b.total:
            rows.append((b.total, "total"))
        if not rows:
            return
        table = self.d.add_table(rows=len(rows), cols=ncol)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        self._table_borders(table)
        for i, w in enumerate(widths):
            table.columns[i].width = Pt(w)
        for ri, (cells, kind) in enumerate(rows):
            row = table.rows[ri]
            if kind == "header":
                trpr = row._tr.get_or_add_trPr()
                insert_ordered(trpr, OxmlElement("w:tblHeader"), TRPR_SEQ)
            padded = list(cells) + [""] * (ncol - len(cells))
            for ci, text in enumerate(padded):
                cell = row.cells[ci]
                cell.width = Pt(widths[ci])
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                par = cell.paragraphs[0]
                fmt = par.paragraph_format
                fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                fmt.line_spacing = Pt(p.small_leading)
                fmt.space_before = Pt(2)
                fmt.space_after = Pt(2)
                no_grid(par)
                if kind == "header":
                    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    self._shade(cell, "EDEDED")
                else:
                    fmt.alignment = _ALIGN.get(aligns[ci], WD_ALIGN_PARAGRAPH.LEFT)
                if text:
                    bold = kind != "body"
                    self.run(par, text, size=p.small_size,
                             east=fonts.DOCX_HEAD_FONT if bold else None)
        self.para("", leading=p.body_leading * 0.4)

    @staticmethod
    def _table_borders(table) -> None:
        tbl_pr = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
            borders.append(el)
        insert_ordered(tbl_pr, borders, TBLPR_SEQ)

    @staticmethod
    def _shade(cell, fill: str) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        insert_ordered(tc_pr, shd, TCPR_SEQ)

    def signature(self, b: m.Signature) -> None:
        p = self.p
        indent = Pt(self.frame_w_pt * 0.55)
        first = True
        if b.seal_image and Path(b.seal_image).is_file():
            par = self.para(align="center", before=p.body_leading * 1.5, keep_next=True)
            par.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            par.paragraph_format.left_indent = indent
            par.add_run().add_picture(b.seal_image, height=Mm(40))
            first = False
        for text in signature_main_texts(b):
            par = self.para(text, align="center", leading=p.body_leading, keep_next=True,
                            before=p.body_leading * 1.5 if first else 0)
            par.paragraph_format.left_indent = indent
            first = False
        for text in b.lines:
            par = self.para(text, size=p.small_size, leading=p.small_leading, keep_next=True)
            par.paragraph_format.left_indent = indent
        if b.lines or not first:
            par.paragraph_format.keep_with_next = False

    def ack_slip(self, b: m.AckSlip) -> None:
        p = self.p
        cut = self.para(b.cut_label, align="center", size=p.small_size, leading=p.small_leading,
                        before=p.body_leading, keep_next=True, color=GREY)
        self.border(cut, "top", val="dashed", size=6, color="595959", space=6)
        self.para(b.title, align="center", size=p.body_size + 2, east=fonts.DOCX_HEAD_FONT,
                  leading=p.body_leading * 1.2, before=4, after=4, keep_next=True)
        for text in b.paragraphs:
            self.para(text, indent=True, align="justify", leading=p.body_leading, keep_next=True)
        for i, f in enumerate(b.fields):
            par = self.para(field_label(f), leading=p.body_leading * 1.9,
                            keep_next=i < len(b.fields) - 1)
            self.run(par, "\u3000" * 14, size=p.body_size, underline=True)

    def header_footer(self) -> None:
        section = self.d.sections[0]
        p = self.p
        if self.doc.watermark:
            header = section.header
            par = header.paragraphs[0]
            par.add_run()._r.append(self._watermark_pict(self.doc.watermark))
        footer = section.footer
        par = footer.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.run(par, "第 ", size=p.footer_size)
        self._field(par, "PAGE", "1")
        self.run(par, " 页 共 ", size=p.footer_size)
        self._field(par, "NUMPAGES", "1")
        self.run(par, " 页", size=p.footer_size)

    def _field(self, par, instr: str, placeholder: str) -> None:
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), f" {instr} \\* MERGEFORMAT ")
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(round(self.p.footer_size * 2))))
        rpr.append(sz)
        set_rfonts(rpr, self.p.docx_body_font, self.p.docx_latin_font)  # rFonts first, lang last
        r.append(rpr)
        t = OxmlElement("w:t")
        t.text = placeholder
        r.append(t)
        fld.append(r)
        par._p.append(fld)

    def _watermark_pict(self, text: str):
        """Word's own kind of text watermark: a VML WordArt shape behind the text."""
        font = self.p.docx_head_font if self.p.name != "official" else fonts.DOCX_HEAD_FONT
        width_pt = min(460.0, 160.0 * max(len(text), 1))
        height_pt = width_pt / max(len(text), 1)
        style = (
            "position:absolute;margin-left:0;margin-top:0;"
            f"width:{width_pt:.0f}pt;height:{height_pt:.0f}pt;rotation:315;z-index:-251654144;"
            "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            "mso-position-vertical:center;mso-position-vertical-relative:margin"
        )
        xml = (
            f'<w:pict {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"'
            ' path="m@7,l@8,m@5,21600l@6,21600e">'
            '<v:path textpathok="t" o:connecttype="custom"/>'
            '<v:textpath on="t" fitshape="t"/>'
            '<o:lock v:ext="edit" text="t" shapetype="t"/>'
            "</v:shapetype>"
            f'<v:shape id="LetterDeskWatermark" o:spid="_x0000_s2049" type="#_x0000_t136"'
            f' style="{style}" o:allowincell="f" fillcolor="#d9d9d9" stroked="f">'
            '<v:fill opacity=".5"/>'
            f'<v:textpath style="font-family:{quoteattr(font)[1:-1]};font-size:1pt"'
            f" string={quoteattr(text)}/>"
            "</v:shape></w:pict>"
        )
        return parse_xml(xml)


def render_docx_bytes(doc: m.Document) -> bytes:
    buf = io.BytesIO()
    _Writer(doc, get_preset(doc.preset)).write().save(buf)
    return buf.getvalue()


def render_docx(doc: m.Document, path: Path) -> None:
    """Write the DOCX of ``doc`` to ``path`` (written whole, then renamed into place)."""
    path = Path(path)
    data = render_docx_bytes(doc)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
