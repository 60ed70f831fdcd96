"""Excel templates for batch runs: Chinese headers, an example row, data validation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop_app.ledger.cells import DATE_FORMAT, MONEY_FORMAT, clean_text

ROW_MARK_HEADER = "序号"
EXAMPLE_MARK = "示例"
TEMPLATE_ROWS = 1000  # rows covered by data validation


@dataclass(frozen=True)
class TemplateColumn:
    """One template column: ``path`` is the dotted JSON path in the ``render --data`` JSON.

    ``type``: text | date | money | int | bool | choice | list | json | rate.
    """

    header: str
    path: str
    type: str = "text"
    required: bool = False
    help: str = ""
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    width: float = 16
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def _text_cell(ws: Any, row: int, col: int, value: Any) -> None:
    cell = ws.cell(row=row, column=col)
    cell.value = clean_text(value)
    cell.data_type = "s"  # literal text, never a formula


def write_template_file(path: Path, title: str, columns: Sequence[TemplateColumn],
                        example: dict[str, Any]) -> None:
    """Write the template atomically. Row 2 is an example marked 示例 in 序号 (never issued)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "数据"
    headers = [ROW_MARK_HEADER, *[c.header + ("*" if c.required else "") for c in columns]]
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FCE4D6")
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for col, header in enumerate(headers, 1):
        _text_cell(ws, 1, col, header)
        cell = ws.cell(row=1, column=col)
        cell.font = bold
        cell.fill = required_fill if header.endswith("*") else header_fill
        spec = columns[col - 2] if col > 1 else None
        ws.column_dimensions[get_column_letter(col)].width = spec.width if spec else 8
        if spec and spec.help:
            cell.comment = Comment(clean_text(spec.help), "函据通")
    ws.freeze_panes = "B2"
    _text_cell(ws, 2, 1, EXAMPLE_MARK)
    grey = Font(italic=True, color="808080")
    ws.cell(row=2, column=1).font = grey
    for col, spec in enumerate(columns, 2):
        value = example.get(spec.path)
        cell = ws.cell(row=2, column=col)
        if value is None:
            continue
        if spec.type == "date":
            cell.value = value
            cell.number_format = DATE_FORMAT
        elif spec.type == "money":
            cell.value = value
            cell.number_format = MONEY_FORMAT
        else:
            _text_cell(ws, 2, col, value)
        cell.font = grey
    last = TEMPLATE_ROWS + 1
    for col, spec in enumerate(columns, 2):
        letter = get_column_letter(col)
        rng = f"{letter}2:{letter}{last}"
        dv: DataValidation | None = None
        if spec.type == "date":
            dv = DataValidation(type="date", operator="greaterThan", formula1="DATE(1990,1,1)",
                                error="请填写日期，例如 2026-01-05", errorTitle="日期")
        elif spec.type == "money":
            dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                                error="请填写金额（不小于 0，最多两位小数）", errorTitle="金额")
        elif spec.type == "int":
            dv = DataValidation(type="whole", operator="between", formula1="0",
                                formula2="100000", error="请填写整数", errorTitle="整数")
        elif spec.type == "bool":
            dv = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
        elif spec.type == "choice" and spec.choices and sum(len(c) + 1 for c in spec.choices) < 250:
            dv = DataValidation(type="list", formula1='"' + ",".join(spec.choices) + '"',
                                allow_blank=True)
        if dv is not None:
            dv.showErrorMessage = True
            ws.add_data_validation(dv)
            dv.add(rng)
    notes = wb.create_sheet("说明")
    for col, header in enumerate(("列名", "对应字段", "必填", "说明"), 1):
        _text_cell(notes, 1, col, header)
        notes.cell(row=1, column=col).font = bold
    _text_cell(notes, 2, 1, f"{title}：每行出具一份，编号自动分配。序号为“示例”的行不会出具；"
                            "有错误的行会被退回并说明行号和原因，不占用编号。")
    for row, spec in enumerate(columns, 3):
        for col, value in enumerate((spec.header, spec.path, "是" if spec.required else "",
                                     spec.help), 1):
            _text_cell(notes, row, col, value)
    for letter, width in zip("ABCD", (18, 28, 6, 60), strict=True):
        notes.column_dimensions[letter].width = width
    from desktop_app.fileio import atomic_write

    atomic_write(path, wb.save, prefix=".~template-", make_dirs=True)
