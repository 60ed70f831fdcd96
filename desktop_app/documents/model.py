"""The ``Document``: a list of typed blocks that both renderers draw.

Kind modules (``documents/kinds/*``) build a ``Document`` from validated data and wording
templates; ``render_pdf`` and ``render_docx`` draw the same blocks, so the text of the PDF
and of the DOCX is the same (a test extracts both and compares). Blocks hold final text
(already formatted money, dates in ``2026年1月5日`` form): renderers never compute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right", "justify"]


@dataclass(frozen=True)
class Letterhead:
    """Firm name (and optional address/phone line, logo image) at the top of page 1."""

    name: str
    lines: tuple[str, ...] = ()
    logo_path: str | None = None


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class NumberLine:
    """Document number under the title, e.g. 〔2026〕催字第001号 (right-aligned)."""

    text: str


@dataclass(frozen=True)
class Addressee:
    """Addressee flush left, full name as in the contract, followed by a full-width colon."""

    name: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    indent: bool = True  # two-character first-line indent (Chinese letters)
    align: Align = "justify"
    bold: bool = False


@dataclass(frozen=True)
class Heading:
    """A small section heading inside a letter (e.g. 附件：违约金计算明细)."""

    text: str


@dataclass(frozen=True)
class Table:
    """Amounts table or calculation annex. ``align`` per column; money columns are 'right'.

    ``total`` is an optional last row drawn in bold. ``widths`` are relative weights.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[Align, ...] = ()
    widths: tuple[float, ...] = ()
    total: tuple[str, ...] | None = None
    caption: str | None = None


@dataclass(frozen=True)
class Signature:
    """Sender block at the bottom right: full name, seal area, date; optional contact lines."""

    sender: str
    date_text: str
    seal_label: str = "（盖章）"
    lines: tuple[str, ...] = ()
    seal_image: str | None = None


@dataclass(frozen=True)
class AckSlip:
    """Tear-off acknowledgement slip (回执) below a dashed cut line.

    ``fields`` are signature lines such as ("签字/盖章/捺印", "身份/职务", "日期").
    """

    title: str
    paragraphs: tuple[str, ...]
    fields: tuple[str, ...]
    cut_label: str = "（请沿此线剪下并寄回）"


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Spacer:
    height_mm: float = 5.0


Block = (
    Letterhead | Title | NumberLine | Addressee | Paragraph | Heading | Table | Signature
    | AckSlip | PageBreak | Spacer
)


@dataclass
class Document:
    """One printable document.

    ``preset`` is ``business`` (宋体-like 12 pt, normal margins) or ``official`` (GB/T
    9704-2012: margins 37/35/28/26 mm, title 22 pt, body 16 pt). ``watermark`` is drawn
    across every page (``草稿`` for previews, ``作废`` for voided documents).
    ``page_size_mm`` defaults to A4.
    """

    kind: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    number: str | None = None
    preset: Literal["business", "official"] = "business"
    watermark: str | None = None
    page_size_mm: tuple[float, float] = (210.0, 297.0)
    author: str = ""

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self

    def texts(self) -> list[tuple[str, str]]:
        """(where, text) for every piece of text, for the glyph check and wording check."""
        out: list[tuple[str, str]] = []
        for i, b in enumerate(self.blocks):
            where = f"{type(b).__name__}[{i}]"
            if isinstance(b, (Title, NumberLine, Heading, Paragraph)):
                out.append((where, b.text))
            elif isinstance(b, Addressee):
                out.append((where, b.name))
            elif isinstance(b, Letterhead):
                out.extend((where, t) for t in (b.name, *b.lines))
            elif isinstance(b, Table):
                cells = [*b.header, *(c for r in b.rows for c in r), *(b.total or ())]
                if b.caption:
                    cells.append(b.caption)
                out.extend((where, c) for c in cells)
            elif isinstance(b, Signature):
                out.extend((where, t) for t in (b.sender, b.date_text, b.seal_label, *b.lines))
            elif isinstance(b, AckSlip):
                out.extend((where, t) for t in (b.title, *b.paragraphs, *b.fields, b.cut_label))
        if self.watermark:
            out.append(("watermark", self.watermark))
        return out
