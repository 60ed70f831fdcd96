"""Draw a ``Document`` as DOCX.

Every block prints the same text as in the PDF, in the same order (a parity test compares
the extracted text). Fonts are named, not embedded: 宋体/黑体 (business) or 仿宋/方正小标宋简体
(official), set as the East Asian font (``w:eastAsia``) on docDefaults, on the styles and on
every run, with the theme font attributes removed (they would win over explicit fonts) and
``zh-CN`` as East Asian language.

The watermark is a Word-style diagonal text watermark (VML text path in the header); page
numbers are PAGE / NUMPAGES fields in the footer ("第 N 页 共 M 页").

Speed (batches of a thousand letters): python-docx builds, once per process and per
(preset, page size, watermark or not), a *skeleton* package — styles, page setup, footer,
empty header. Its parts are kept deflated. Each letter then only writes the body of
``word/document.xml`` (and the header, core properties and any images) as XML text, the
same elements python-docx would make, and the zip is assembled from the cached parts.
"""

from __future__ import annotations

import io
import os
import re
import struct
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import docx
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from desktop_app.documents import fonts
from desktop_app.documents import model as m
from desktop_app.documents.presets import Preset, get_preset
from desktop_app.documents.render_pdf import (
    CELL_PADDING,
    addressee_text,
    field_label,
    signature_main_texts,
    table_layout,
)

_ALIGN = {"left": "left", "center": "center", "right": "right", "justify": "both"}
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_STYLE_NAMES = ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Table Grid",
                "Normal Table", "Header", "Footer")
RED = "CC0000"
GREY = "555555"


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
    # Latin runs in English (line breaking keeps "HT-2025-0088" whole), CJK in zh-CN
    rpr.find(qn("w:lang")).set(qn("w:val"), "en-US")
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


def _set_page(document, page_size_mm: tuple[float, float], p: Preset) -> None:
    section = document.sections[0]
    section.page_width = Mm(page_size_mm[0])
    section.page_height = Mm(page_size_mm[1])
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


# -- XML text, exactly the values python-docx writes ---------------------------------------
_EMU_PER_PT = 12700


def _tw(points: float) -> int:
    """Twips of a length given in points (``Pt(x).twips``)."""
    return int(round(int(points * _EMU_PER_PT) / 635))


def _twips_mm(mm: float) -> int:
    return Mm(mm).twips


def _hps(points: float) -> int:
    """Half-points of a font size (``w:sz`` of ``Pt(x)``)."""
    return int(int(points * _EMU_PER_PT) / _EMU_PER_PT * 2)


# Characters XML 1.0 cannot hold (lxml refused them the same way).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    if _XML_INVALID.search(text):
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, "
                         "no NULL bytes or control characters")
    return escape(text)


def _attr(text: str) -> str:
    """A quoted attribute value (control characters refused as in text)."""
    _xml_text(text)
    return quoteattr(text)


def _t(text: str) -> str:
    preserve = ' xml:space="preserve"' if len(text.strip()) < len(text) else ""
    return f"<w:t{preserve}>{_xml_text(text)}</w:t>"


def _run_content(text: str) -> str:
    """``Run.text = text``: tabs become ``w:tab``, CR/LF ``w:br``, the rest ``w:t``."""
    if "\t" not in text and "\r" not in text and "\n" not in text:
        return _t(text) if text else ""
    out: list[str] = []
    buf: list[str] = []
    for ch in text:
        if ch == "\t" or ch in "\r\n":
            if buf:
                out.append(_t("".join(buf)))
                buf.clear()
            out.append("<w:tab/>" if ch == "\t" else "<w:br/>")
        else:
            buf.append(ch)
    if buf:
        out.append(_t("".join(buf)))
    return "".join(out)


@dataclass
class _Image:
    descriptor: object  # docx.image.image.Image
    blob: bytes
    ext: str
    content_type: str
    filename: str
    sha1: str
    cx_cy: dict[int, tuple[int, int]] = field(default_factory=dict)


@dataclass
class _Skeleton:
    """Cached parts of a package built once by python-docx."""

    entries: list[tuple[str, tuple[bytes, bytes]]]  # part name -> (local entry, central record)
    names: list[str]
    doc_head: str  # word/document.xml up to and including <w:body>
    doc_tail: str  # from <w:sectPr ...> to the end
    hdr_head: str | None  # header part up to the paragraph's </w:pPr>
    hdr_tail: str | None
    core: str  # core.xml with placeholders
    rels: str  # word/_rels/document.xml.rels
    content_types: str
    next_rid: int


_CORE_FIELDS = ("title", "subject", "author", "last_modified_by")
_PLACEHOLDER = "LDPLACEHOLDER{}X"
_lock = threading.Lock()
_skeletons: dict[tuple, _Skeleton] = {}
_images: dict[tuple, _Image] = {}


class _Zip:
    """Minimal zip writer (deflate, no zip64) that can take pre-deflated entries."""

    DATE = (0, 33)  # 1980-01-01 00:00 (DOS time, DOS date): reproducible files

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.central: list[bytes] = []
        self.offset = 0

    @staticmethod
    def entry(name: str, data: bytes) -> tuple[bytes, bytes]:
        """(local header + deflated data, central directory record without offset)."""
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        crc = zlib.crc32(data) & 0xFFFFFFFF
        raw_name = name.encode("utf-8")
        flags = 0x800 if not name.isascii() else 0
        local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, flags, 8, *_Zip.DATE, crc,
                            len(comp), len(data), len(raw_name), 0) + raw_name
        central = struct.pack("<4s6H3L5HL", b"PK\x01\x02", 20, 20, flags, 8, *_Zip.DATE,
                              crc, len(comp), len(data), len(raw_name), 0, 0, 0, 0, 0)
        return local + comp, central + struct.pack("<L", 0) + raw_name

    def add_raw(self, local_and_data: bytes, central: bytes) -> None:
        # central = fixed part (42 bytes incl. external attrs) + offset placeholder + name
        self.central.append(central[:42] + struct.pack("<L", self.offset) + central[46:])
        self.parts.append(local_and_data)
        self.offset += len(local_and_data)

    def add(self, name: str, data: bytes) -> None:
        self.add_raw(*self.entry(name, data))

    def getvalue(self) -> bytes:
        cd = b"".join(self.central)
        end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(self.central),
                          len(self.central), len(cd), self.offset, 0)
        return b"".join(self.parts) + cd + end


def _build_skeleton(preset: Preset, page_size_mm: tuple[float, float],
                    watermark: bool) -> _Skeleton:
    d = docx.Document()
    _setup_styles(d, preset)
    _set_page(d, page_size_mm, preset)
    section = d.sections[0]
    if watermark:
        section.header.paragraphs[0]  # noqa: B018 - creates the header part
    footer_p = section.footer.paragraphs[0]._p
    footer_p.getparent().replace(footer_p, parse_xml(_footer_xml(preset)))
    cp = d.core_properties
    for i, name in enumerate(_CORE_FIELDS):
        setattr(cp, name, _PLACEHOLDER.format(i))
    cp.language = "zh-CN"
    buf = io.BytesIO()
    d.save(buf)
    import zipfile

    with zipfile.ZipFile(buf) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    names = list(parts)
    text = {n: parts[n].decode("utf-8") for n in names if n.endswith((".xml", ".rels"))}
    document = text["word/document.xml"]
    body = document.index("<w:body>") + len("<w:body>")
    sect = document.index("<w:sectPr")
    hdr_head = hdr_tail = None
    if watermark:
        hdr = text["word/header1.xml"]
        cut = hdr.index("</w:pPr>", hdr.index("<w:p>")) + len("</w:pPr>")
        hdr_head, hdr_tail = hdr[:cut], hdr[cut:]
    rels = text["word/_rels/document.xml.rels"]
    rids = [int(x) for x in re.findall(r'Id="rId(\d+)"', rels)]
    dynamic = {"word/document.xml", "word/header1.xml", "docProps/core.xml",
               "word/_rels/document.xml.rels", "[Content_Types].xml"}
    entries = [(n, _Zip.entry(n, parts[n])) for n in names if n not in dynamic]
    return _Skeleton(
        entries=entries, names=names, doc_head=document[:body], doc_tail=document[sect:],
        hdr_head=hdr_head, hdr_tail=hdr_tail, core=text["docProps/core.xml"], rels=rels,
        content_types=text["[Content_Types].xml"], next_rid=max(rids) + 1,
    )


def _skeleton(preset: Preset, page_size_mm: tuple[float, float], watermark: bool) -> _Skeleton:
    key = (preset, tuple(page_size_mm), watermark)
    sk = _skeletons.get(key)
    if sk is None:
        with _lock:
            sk = _skeletons.get(key)
            if sk is None:
                sk = _skeletons[key] = _build_skeleton(preset, page_size_mm, watermark)
    return sk


def _image(path: str) -> _Image:
    st = os.stat(path)
    key = (os.path.abspath(path), st.st_mtime_ns, st.st_size)
    img = _images.get(key)
    if img is None:
        from docx.image.image import Image

        di = Image.from_file(path)
        img = _Image(descriptor=di, blob=di.blob, ext=di.ext, content_type=di.content_type,
                     filename=os.path.basename(path), sha1=di.sha1)
        with _lock:
            if len(_images) > 32:
                _images.clear()
            _images[key] = img
    return img


def _footer_xml(p: Preset) -> str:
    rpr = _rpr(p.docx_body_font, p.docx_latin_font, p.footer_size)

    def field_xml(instr: str) -> str:
        return (f'<w:fldSimple w:instr=" {instr} \\* MERGEFORMAT "><w:r>{rpr}<w:t>1</w:t>'
                "</w:r></w:fldSimple>")

    def run(text: str) -> str:
        return f"<w:r>{rpr}{_t(text)}</w:r>"

    return (
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
        + run("第 ") + field_xml("PAGE") + run(" 页 共 ") + field_xml("NUMPAGES")
        + run(" 页") + "</w:p>"
    )


def _rpr(east: str, latin: str, size: float, bold: bool = False, color: str | None = None,
         underline: bool = False) -> str:
    la = _attr(latin)
    return (
        f'<w:rPr><w:rFonts w:ascii={la} w:hAnsi={la} w:cs={la} w:eastAsia={_attr(east)}/>'
        + ("<w:b/>" if bold else "")
        + (f'<w:color w:val="{color}"/>' if color else "")
        + f'<w:sz w:val="{_hps(size)}"/>'
        + ('<w:u w:val="single"/>' if underline else "")
        + '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
    )


class _Writer:
    """Body XML of one letter, element for element what python-docx produced."""

    def __init__(self, doc: m.Document, preset: Preset) -> None:
        self.doc = doc
        self.p = preset
        self.out: list[str] = []
        # Frame width as python-docx read it back from the section (whole twips).
        self.frame_w_pt = (_twips_mm(doc.page_size_mm[0]) - _twips_mm(preset.margin_left)
                           - _twips_mm(preset.margin_right)) / 20
        self.images: list[tuple[_Image, str]] = []  # (image, rId) in first-use order
        self.next_rid = 0
        self.shape_id = 0
        self._rpr_cache: dict[tuple, str] = {}

    # -- helpers ---------------------------------------------------------------------------
    def rpr(self, size: float, east: str | None, bold: bool = False, color: str | None = None,
            underline: bool = False) -> str:
        key = (size, east, bold, color, underline)
        s = self._rpr_cache.get(key)
        if s is None:
            s = self._rpr_cache[key] = _rpr(east or self.p.docx_body_font,
                                             self.p.docx_latin_font, size, bold, color,
                                             underline)
        return s

    def runs(self, text: str, *, size: float, east: str | None = None, bold: bool = False,
             color: str | None = None, underline: bool = False) -> str:
        """``text`` as runs (``\\n`` becomes a line break) with explicit fonts."""
        rpr = self.rpr(size, east, bold, color, underline)
        lines = text.replace("\r\n", "\n").split("\n")
        last = len(lines) - 1
        return "".join(
            f"<w:r>{rpr}{_run_content(line)}{'<w:br/>' if i < last else ''}</w:r>"
            for i, line in enumerate(lines)
        )

    def ppr(self, *, align: str = "left", line: float | None = None, exact: bool = True,
            before: float = 0, after: float = 0, first_line: float | None = None,
            left: float | None = None, keep_next: bool | None = None, no_grid: bool = False,
            border: str = "", no_autospace: bool = False) -> str:
        """``keep_next``: True, None (absent) or False (``w:val="0"``, explicitly off).
        ``no_autospace``: no extra space between Chinese and Latin/digits (table cells, whose
        widths are measured without it)."""
        spacing = (f'<w:spacing w:lineRule="exact" w:line="{_tw(line)}"' if exact and line is not None
                   else '<w:spacing w:lineRule="auto" w:line="240"')
        ind = ""
        if left is not None or first_line is not None:
            ind = ("<w:ind"
                   + (f' w:left="{_tw(left)}"' if left is not None else "")
                   + (f' w:firstLine="{_tw(first_line)}"' if first_line is not None else "")
                   + "/>")
        return (
            "<w:pPr>"
            + ("<w:keepNext/>" if keep_next else
               '<w:keepNext w:val="0"/>' if keep_next is False else "")
            + (f"<w:pBdr>{border}</w:pBdr>" if border else "")
            + ('<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>' if no_autospace else "")
            + ('<w:snapToGrid w:val="0"/>' if no_grid else "")
            + f'{spacing} w:before="{_tw(before)}" w:after="{_tw(after)}"/>'
            + ind
            + f'<w:jc w:val="{_ALIGN.get(align, "left")}"/>'
            + "</w:pPr>"
        )

    def para(self, text: str = "", *, align: str = "left", size: float | None = None,
             east: str | None = None, bold: bool = False, indent: bool = False,
             leading: float | None = None, before: float = 0, after: float = 0,
             color: str | None = None, keep_next: bool | None = None,
             left: float | None = None,
             border: str = "", exact: bool = True, content: str = "") -> str:
        p = self.p
        size = size or p.body_size
        line = leading or max(size * 1.3, p.body_leading * size / p.body_size)
        ppr = self.ppr(align=align, line=line, exact=exact, before=before, after=after,
                       first_line=2 * size if indent else None, left=left,
                       keep_next=keep_next, border=border,
                       no_grid=bool(p.lines_per_page and leading != p.body_leading))
        body = self.runs(text, size=size, east=east, bold=bold, color=color) if text else ""
        return f"<w:p>{ppr}{body}{content}</w:p>"

    @staticmethod
    def border(side: str, val: str = "single", size: int = 8, color: str = "000000",
               space: int = 1) -> str:
        return (f'<w:{side} w:val="{val}" w:sz="{size}" w:space="{space}" '
                f'w:color="{color}"/>')

    def picture(self, path: str, height_mm: float) -> str:
        """A run holding an inline picture ``height_mm`` high (``Run.add_picture``)."""
        img = _image(path)
        rid = next((r for i, r in self.images if i.sha1 == img.sha1), None)
        if rid is None:
            rid = f"rId{self.next_rid}"
            self.next_rid += 1
            self.images.append((img, rid))
        height = int(Mm(height_mm))
        cx, cy = (img.cx_cy.get(height)
                  or img.descriptor.scaled_dimensions(None, Mm(height_mm)))  # type: ignore
        img.cx_cy[height] = (cx, cy)
        self.shape_id += 1
        n = self.shape_id
        return (
            "<w:r><w:drawing>"
            '<wp:inline xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
            ' xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="Picture {n}"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/>'
            "</wp:cNvGraphicFramePr><a:graphic>"
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name={_attr(img.filename)}/>'
            "<pic:cNvPicPr/></pic:nvPicPr>"
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
            '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr>'
            "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        )

    # -- blocks ----------------------------------------------------------------------------
    def write(self) -> str:
        for b in self.doc.blocks:
            self.block(b)
        return "".join(self.out)

    def block(self, b: m.Block) -> None:  # noqa: PLR0912 - one branch per block
        p = self.p
        add = self.out.append
        if isinstance(b, m.Letterhead):
            self.letterhead(b)
        elif isinstance(b, m.Title):
            add(self.para(b.text, align="center", size=p.title_size, east=p.docx_head_font,
                          leading=p.title_leading, after=p.body_leading * 0.6))
        elif isinstance(b, m.NumberLine):
            add(self.para(b.text, align=p.number_align, size=p.number_size,
                          leading=p.body_leading, after=p.body_leading * 0.4))
        elif isinstance(b, m.Addressee):
            add(self.para(addressee_text(b), leading=p.body_leading,
                          before=p.body_leading * 0.3))
        elif isinstance(b, m.Paragraph):
            add(self.para(b.text, align=b.align, indent=b.indent, leading=p.body_leading,
                          east=fonts.DOCX_HEAD_FONT if b.bold else None,
                          after=p.para_space_after))
        elif isinstance(b, m.Heading):
            add(self.para(b.text, size=p.heading_size, east=fonts.DOCX_HEAD_FONT,
                          leading=p.body_leading, before=p.body_leading * 0.4,
                          after=p.body_leading * 0.2, keep_next=True))
        elif isinstance(b, m.Table):
            self.table(b)
        elif isinstance(b, m.Signature):
            self.signature(b)
        elif isinstance(b, m.AckSlip):
            self.ack_slip(b)
        elif isinstance(b, m.PageBreak):
            add('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif isinstance(b, m.Spacer):
            add(self.para("", leading=b.height_mm * 72 / 25.4))
        else:
            raise TypeError(f"unknown block {type(b).__name__}")

    def letterhead(self, b: m.Letterhead) -> None:
        p = self.p
        official = p.name == "official"
        if b.logo_path and Path(b.logo_path).is_file():
            self.out.append(self.para(align="center", exact=False,
                                      content=self.picture(b.logo_path, 16)))
        lines = list(b.lines)
        rule = self.border("bottom", size=12, color="CC0000" if official else "333333",
                           space=4)
        rule_after = p.body_leading * 0.6
        self.out.append(self.para(b.name, align="center", size=p.letterhead_size,
                                  east=fonts.DOCX_HEAD_FONT, leading=p.letterhead_size * 1.35,
                                  color=RED if official else None))
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            self.out.append(self.para(line, align="center", size=p.small_size,
                                      leading=p.small_leading, border=rule if last else "",
                                      after=rule_after if last else 0))
        if not lines:
            self.out.append(self.para("", leading=4, after=rule_after, border=rule))

    def table(self, b: m.Table) -> None:
        p = self.p
        # The PDF's layout (cell size, column widths) with 10 % room for the word
        # processor's fonts; fixed layout, explicit grid and cell widths, and the PDF's cell
        # margins, so that LibreOffice/Word keep amounts, dates and counts on one line.
        lay = table_layout(b, self.frame_w_pt, p, stretch=1.1)
        ncol, aligns, widths, size = lay.ncol, lay.aligns, lay.widths, lay.size
        if b.caption:
            self.out.append(self.para(b.caption, align="center", size=p.small_size + 1,
                                      east=fonts.DOCX_HEAD_FONT, leading=p.small_leading * 1.2,
                                      before=p.body_leading * 0.3, after=4, keep_next=True))
        rows: list[tuple[tuple[str, ...], str]] = []
        if b.header:
            rows.append((b.header, "header"))
        rows.extend((r, "body") for r in b.rows)
        if b.total:
            rows.append((b.total, "total"))
        if not rows:
            return
        tw = [int(w * 20) for w in widths]  # whole twips, never wider than the frame
        borders = "".join(self.border(side, size=4, space=0) for side in
                          ("top", "left", "bottom", "right", "insideH", "insideV"))
        mar = _tw(CELL_PADDING)
        out = [
            f'<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="{sum(tw)}"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="{mar}" w:type="dxa"/>'
            f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{mar}" w:type="dxa"/>'
            '</w:tblCellMar>'
            '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0"'
            ' w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid>',
            *(f'<w:gridCol w:w="{w}"/>' for w in tw),
            "</w:tblGrid>",
        ]
        cell_line = p.small_leading * size / p.small_size
        ppr_by_align = {
            a: self.ppr(align=a, line=cell_line, before=2, after=2, no_grid=True,
                        no_autospace=True)
            for a in {"center", *aligns}
        }
        for cells, kind in rows:
            out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if kind == "header"
                       else "<w:tr>")
            padded = list(cells) + [""] * (ncol - len(cells))
            for ci, text in enumerate(padded):
                shade = ('<w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/>'
                         if kind == "header" else "")
                ppr = ppr_by_align["center" if kind == "header" else aligns[ci]]
                body = ""
                if text:
                    body = self.runs(text, size=size,
                                     east=fonts.DOCX_HEAD_FONT if kind != "body" else None)
                out.append(
                    f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{tw[ci]}"/>{shade}'
                    f'<w:vAlign w:val="center"/></w:tcPr><w:p>{ppr}{body}</w:p></w:tc>'
                )
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.out.append("".join(out))
        self.out.append(self.para("", leading=p.body_leading * 0.4))

    def signature(self, b: m.Signature) -> None:
        p = self.p
        indent = self.frame_w_pt * 0.55
        # (text, size, leading, before, align, picture) of each paragraph, then keep-with-next
        # on all but the last one.
        paras: list[dict] = []
        if b.seal_image and Path(b.seal_image).is_file():
            paras.append(dict(align="center", before=p.body_leading * 1.5, exact=False,
                              content=self.picture(b.seal_image, 40)))
        for text in signature_main_texts(b):
            paras.append(dict(text=text, align="center", leading=p.body_leading,
                              before=p.body_leading * 1.5 if not paras else 0))
        for text in b.lines:
            paras.append(dict(text=text, size=p.small_size, leading=p.small_leading))
        for i, kw in enumerate(paras):  # the last one explicitly not kept with the next
            self.out.append(self.para(left=indent, keep_next=i < len(paras) - 1, **kw))

    def ack_slip(self, b: m.AckSlip) -> None:
        p = self.p
        add = self.out.append
        add(self.para(b.cut_label, align="center", size=p.small_size, leading=p.small_leading,
                      before=p.body_leading, keep_next=True, color=GREY,
                      border=self.border("top", val="dashed", size=6, color="595959",
                                         space=6)))
        add(self.para(b.title, align="center", size=p.body_size + 2, east=fonts.DOCX_HEAD_FONT,
                      leading=p.body_leading * 1.2, before=4, after=4, keep_next=True))
        for text in b.paragraphs:
            add(self.para(text, indent=True, align="justify", leading=p.body_leading,
                          keep_next=True))
        blank = self.runs("\u3000" * 14, size=p.body_size, underline=True)
        for i, f in enumerate(b.fields):
            add(self.para(field_label(f), leading=p.body_leading * 1.9,
                          keep_next=i < len(b.fields) - 1 or None, content=blank))

    def watermark_pict(self, text: str) -> str:
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
        return (
            "<w:pict>"
            '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"'
            ' path="m@7,l@8,m@5,21600l@6,21600e">'
            '<v:path textpathok="t" o:connecttype="custom"/>'
            '<v:textpath on="t" fitshape="t"/>'
            '<o:lock v:ext="edit" text="t" shapetype="t"/>'
            "</v:shapetype>"
            f'<v:shape id="LetterDeskWatermark" o:spid="_x0000_s2049" type="#_x0000_t136"'
            f' style="{style}" o:allowincell="f" fillcolor="#d9d9d9" stroked="f">'
            '<v:fill opacity=".5"/>'
            f'<v:textpath style="font-family:{_attr(font)[1:-1]};font-size:1pt"'
            f" string={_attr(text)}/>"
            "</v:shape></w:pict>"
        )


_IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def render_docx_bytes(doc: m.Document) -> bytes:
    preset = get_preset(doc.preset)
    sk = _skeleton(preset, doc.page_size_mm, bool(doc.watermark))
    w = _Writer(doc, preset)
    w.next_rid = sk.next_rid
    body = w.write()
    z = _Zip()
    dynamic: dict[str, bytes] = {
        "word/document.xml": (sk.doc_head + body + sk.doc_tail).encode("utf-8"),
    }
    core = sk.core
    for i, value in enumerate((doc.title, doc.kind, doc.author, doc.author)):
        core = core.replace(_PLACEHOLDER.format(i), _xml_text(value or ""))
    dynamic["docProps/core.xml"] = core.encode("utf-8")
    if doc.watermark:
        assert sk.hdr_head is not None and sk.hdr_tail is not None  # built with a watermark
        dynamic["word/header1.xml"] = (
            sk.hdr_head + "<w:r>" + w.watermark_pict(doc.watermark) + "</w:r>" + sk.hdr_tail
        ).encode("utf-8")
    rels, types = sk.rels, sk.content_types
    media: list[tuple[str, bytes]] = []
    for n, (img, rid) in enumerate(w.images, start=1):
        target = f"media/image{n}.{img.ext}"
        rels = rels.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{_IMAGE_REL}"'
                            f' Target="{target}"/></Relationships>')
        if f'Extension="{img.ext}"' not in types:
            types = types.replace(
                '<Default Extension="rels"',
                f'<Default Extension="{img.ext}" ContentType="{img.content_type}"/>'
                '<Default Extension="rels"')
        media.append(("word/" + target, img.blob))
    dynamic["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    dynamic["[Content_Types].xml"] = types.encode("utf-8")
    cached = dict(sk.entries)
    for name in sk.names:
        if name in dynamic:
            z.add(name, dynamic[name])
        else:
            z.add_raw(*cached[name])
    for name, blob in media:
        z.add(name, blob)
    return z.getvalue()


def render_docx(doc: m.Document, path: Path) -> None:
    """Write the DOCX of ``doc`` to ``path`` (written whole, then renamed into place)."""
    path = Path(path)
    data = render_docx_bytes(doc)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
