"""Page and type presets.

``business`` (商务): 宋体-like serif body 12 pt, leading 1.6, 黑体-like title 20 pt,
margins top 25 / bottom 25 / left 28 / right 25 mm.

``official`` (公文, after GB/T 9704-2012): A4, margins top 37 / bottom 35 / left 28 /
right 26 mm (版心 156 × 225 mm), title 22 pt (二号小标宋), body 16 pt (三号仿宋),
22 lines a page ⇒ leading = 225 mm / 22 ≈ 28.9 pt.  Tables: 10.5 pt (business) / 12 pt
(official) cells, smaller for a table whose numbers would not fit otherwise. (28 characters a line needs 15.8 pt
characters; at 16 pt the PDF fits 27 — Word's document grid squeezes the DOCX to 28.)
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.documents import fonts
from desktop_app.domain.errors import ValidationError

MM_TO_PT = 72.0 / 25.4


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    margins_mm: tuple[float, float, float, float]  # top, bottom, left, right
    body_size: float
    body_leading: float
    title_size: float
    title_leading: float
    heading_size: float
    number_size: float
    number_align: str  # NumberLine alignment
    letterhead_size: float
    small_size: float  # letterhead lines, table cells, slip text
    small_leading: float
    footer_size: float
    para_space_after: float  # pt between paragraphs
    docx_body_font: str
    docx_head_font: str
    docx_latin_font: str = fonts.DOCX_LATIN_FONT
    lines_per_page: int | None = None
    chars_per_line: int | None = None
    # Table cells: this size, made smaller (in 0.5 pt steps, not below the minimum) when a
    # table's amounts, dates and numbers would not fit their columns on one line.
    table_size: float = 10.5
    table_min_size: float = 8.0

    @property
    def margin_top(self) -> float:
        return self.margins_mm[0]

    @property
    def margin_bottom(self) -> float:
        return self.margins_mm[1]

    @property
    def margin_left(self) -> float:
        return self.margins_mm[2]

    @property
    def margin_right(self) -> float:
        return self.margins_mm[3]

    @property
    def line_spacing(self) -> float:
        """Leading as a multiple of the body size."""
        return self.body_leading / self.body_size


_OFFICIAL_LEADING = round((297.0 - 37.0 - 35.0) * MM_TO_PT / 22, 2)  # 28.99 pt

PRESETS: dict[str, Preset] = {
    "business": Preset(
        name="business",
        label="商务",
        margins_mm=(25.0, 25.0, 28.0, 25.0),
        body_size=12.0,
        body_leading=19.2,
        title_size=20.0,
        title_leading=30.0,
        heading_size=12.0,
        number_size=11.0,
        number_align="right",
        letterhead_size=16.0,
        small_size=10.5,
        small_leading=15.0,
        footer_size=9.0,
        para_space_after=0.0,
        docx_body_font=fonts.DOCX_BODY_FONT,
        docx_head_font=fonts.DOCX_HEAD_FONT,
    ),
    "official": Preset(
        name="official",
        label="公文",
        margins_mm=(37.0, 35.0, 28.0, 26.0),
        body_size=16.0,
        body_leading=_OFFICIAL_LEADING,
        title_size=22.0,
        title_leading=36.0,
        heading_size=16.0,
        number_size=16.0,
        number_align="center",
        letterhead_size=22.0,
        small_size=12.0,
        small_leading=18.0,
        footer_size=12.0,
        para_space_after=0.0,
        docx_body_font=fonts.DOCX_OFFICIAL_BODY_FONT,
        docx_head_font=fonts.DOCX_OFFICIAL_HEAD_FONT,
        lines_per_page=22,
        chars_per_line=28,
        table_size=12.0,
        table_min_size=9.0,
    ),
}


def get_preset(name: str) -> Preset:
    """The preset called ``name``; ``ValidationError`` on field ``preset`` if unknown."""
    try:
        return PRESETS[name]
    except (KeyError, TypeError):
        raise ValidationError(
            "preset",
            f"未知的版式“{name}”，可选：business（商务）、official（公文）",
            message_en=f"unknown preset {name!r}; expected business or official",
        ) from None
