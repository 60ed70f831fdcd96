"""Export a penalty calculation (违约金计算) to an Excel workbook and to plain text.

Used by the desktop program's 违约金计算 page (copy to clipboard, export to Excel). Money and
rates stay the strings of the calculator's JSON (two decimals); cells are stored as text so a
spreadsheet never reinterprets them (TECH-NOTES "openpyxl").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SEGMENT_COLUMNS = (("item", "款项"), ("start", "起始日"), ("end", "截止日"), ("days", "天数"),
                   ("base", "计算基数（元）"), ("daily_rate", "日利率"), ("amount", "违约金（元）"))


def summary_rows(result: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        ("计算截止日", str(result.get("until", ""))),
        ("违约金合计（元）", str(result.get("penalty", ""))),
        ("大写", str(result.get("words", ""))),
        ("未付本金（元）", str(result.get("outstanding", ""))),
        ("每日违约金（元）", str(result.get("per_day", ""))),
        ("折合年利率", str(result.get("annualized_rate", ""))),
        ("计算标准", str(result.get("rate_description", ""))),
    ]


def penalty_text(result: dict[str, Any]) -> str:
    """Tab-separated text (pastes into Excel or Word as a table)."""
    lines = [f"{k}\t{v}" for k, v in summary_rows(result)]
    lines.append("")
    lines.append("\t".join(title for _, title in SEGMENT_COLUMNS))
    for seg in result.get("segments", []):
        lines.append("\t".join(str(seg.get(key, "")) for key, _ in SEGMENT_COLUMNS))
    for warning in result.get("warnings", []):
        lines.append(f"提示\t{warning.get('message', '')}")
    return "\n".join(lines) + "\n"


def _text_cell(ws: Any, row: int, col: int, value: Any) -> None:
    cell = ws.cell(row=row, column=col, value=str(value))
    cell.data_type = "s"  # a value starting with "=" must stay text, never a formula


def export_penalty_xlsx(result: dict[str, Any], path: Path, request: dict[str, Any] | None = None
                        ) -> Path:
    """Write the summary and the segment breakdown to ``path`` (atomically); returns it."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "违约金计算"
    row = 1
    for key, value in summary_rows(result):
        _text_cell(ws, row, 1, key)
        _text_cell(ws, row, 2, value)
        row += 1
    row += 1
    for col, (_, title) in enumerate(SEGMENT_COLUMNS, start=1):
        _text_cell(ws, row, col, title)
        ws.cell(row=row, column=col).font = Font(bold=True)
    for seg in result.get("segments", []):
        row += 1
        for col, (key, _) in enumerate(SEGMENT_COLUMNS, start=1):
            _text_cell(ws, row, col, seg.get(key, ""))
    for warning in result.get("warnings", []):
        row += 2
        _text_cell(ws, row, 1, "提示")
        _text_cell(ws, row, 2, warning.get("message", ""))
    for letter, width in zip("ABCDEFG", (22, 14, 14, 8, 16, 12, 16), strict=True):
        ws.column_dimensions[letter].width = width
    if request is not None:
        inputs = wb.create_sheet("输入")
        r = 1
        for i, item in enumerate(request.get("items", [])):
            for col, value in enumerate(("款项", item.get("label", f"第{i + 1}笔"),
                                         item.get("amount", ""), item.get("due_date", "")), 1):
                _text_cell(inputs, r, col, value)
            r += 1
        for pay in request.get("payments", []):
            for col, value in enumerate(("还款", pay.get("item", ""), pay.get("amount", ""),
                                         pay.get("date", "")), 1):
                _text_cell(inputs, r, col, value)
            r += 1
    from desktop_app.fileio import atomic_write

    return atomic_write(path, wb.save, make_dirs=True)
