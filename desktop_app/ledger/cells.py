"""Streaming sheet writer for the ledger: safe text cells, date and money formats, totals.

Every user string is written as a literal text cell (``data_type = "s"``): openpyxl would
otherwise save a name such as ``=1+1`` or ``=HYPERLINK(...)`` as a formula that Excel runs
(ARCHITECTURE.md, "Excel ledger"). Characters XML cannot carry (control characters, lone
surrogates) are replaced, never allowed to crash a sync.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
MAX_CELL_TEXT = 32767  # Excel's limit per cell

# XML 1.0 forbids C0 controls except tab/LF/CR, lone surrogates and U+FFFE/U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FONT = Font(bold=True)
VOID_FONT = Font(color="9C0006", strike=False)


def clean_text(value: Any) -> str:
    """User text made safe for a worksheet cell (illegal characters replaced, length capped)."""
    text = value if isinstance(value, str) else str(value)
    if _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub(REPLACEMENT, text)
    return text[:MAX_CELL_TEXT]


def to_decimal(value: Any) -> Decimal | None:
    """A stored amount (text/Decimal/int) as Decimal; anything unreadable becomes None."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        return None
    try:
        return Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return None


def to_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Column:
    """One ledger column. ``type``: text | date | money | int; ``total``: summed in totals."""

    header: str
    width: float = 14
    type: str = "text"
    total: bool = False


class SheetWriter:
    """Writes one write-only worksheet: styled header, frozen panes, rows, totals, filter.

    The same ``WriteOnlyCell`` per column is reused for every row: write-only mode serialises
    each row as soon as it is appended, so reuse is safe and keeps 100k-row syncs fast.
    """

    def __init__(self, ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
        self.ws = ws
        self.columns = list(columns)
        self.rows = 0
        self.totals: dict[int, Decimal] = {i: Decimal(0) for i, c in enumerate(columns) if c.total}
        # Column widths and frozen panes are part of the sheet header: set before any row.
        for index, column in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = "A2"
        self._cells = [self._template(c) for c in self.columns]
        header = []
        for column in self.columns:
            cell = WriteOnlyCell(ws, value=clean_text(column.header))
            cell.data_type = "s"
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center")
            header.append(cell)
        ws.append(header)

    def _template(self, column: Column) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws)
        if column.type == "money":
            cell.number_format = MONEY_FORMAT
        elif column.type == "date":
            cell.number_format = DATE_FORMAT
        return cell

    def append(self, values: Sequence[Any], *, counted: bool = True) -> None:
        """Append one data row. ``counted=False`` keeps it out of the totals (voided rows)."""
        row: list[Any] = []
        for index, (column, value) in enumerate(zip(self.columns, values, strict=True)):
            if value is None or value == "":
                row.append(None)
                continue
            cell = self._cells[index]
            kind = column.type
            if kind == "money":
                number = to_decimal(value)
                if number is None:
                    row.append(None)
                    continue
                cell.value = number
                if counted and index in self.totals:
                    self.totals[index] += number
            elif kind == "date":
                day = to_date(value)
                if day is None:  # unreadable date in old data: keep the text, as text
                    cell.value = clean_text(value)
                    cell.data_type = "s"
                else:
                    cell.value = day
            elif kind == "int":
                cell.value = int(value)
            else:
                cell.value = clean_text(value)
                cell.data_type = "s"  # literal text: "=1+1" must never become a formula
            row.append(cell)
        self.ws.append(row)
        self.rows += 1

    def finish(self, total_label: str = "合计") -> int:
        """Write the totals row (when a column is totalled) and the auto-filter range."""
        last_col = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last_col}{max(self.rows + 1, 1)}"
        if self.totals:
            row: list[Any] = []
            for index in range(len(self.columns)):
                if index == 0:
                    cell = WriteOnlyCell(self.ws, value=clean_text(total_label))
                    cell.data_type = "s"
                elif index in self.totals:
                    cell = WriteOnlyCell(self.ws, value=self.totals[index])
                    cell.number_format = MONEY_FORMAT
                else:
                    row.append(None)
                    continue
                cell.font = TOTAL_FONT
                row.append(cell)
            self.ws.append(row)
        return self.rows


def write_rows(ws: WriteOnlyWorksheet, columns: Sequence[Column],
               rows: Iterable[tuple[Sequence[Any], bool]], total_label: str = "合计") -> int:
    """Write a whole sheet from ``(values, counted)`` pairs; returns the data row count."""
    writer = SheetWriter(ws, columns)
    for values, counted in rows:
        writer.append(values, counted=counted)
    return writer.finish(total_label)
