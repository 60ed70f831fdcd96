"""Read a table from an Excel workbook (or CSV) by its Chinese headers.

Offices keep their lists in hand-made sheets: the header row may not be the first row, a
header may read 金额（元） or 联系电话 instead of 金额 or 电话, and cells may hold numbers,
dates or text. ``read_table`` finds the header row, maps each header to a field through a list
of accepted variants, and yields ``(row_number, {field: value})`` with the spreadsheet's own
row numbers so a report can say "第 7 行 金额".
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import ValidationError

HEADER_SCAN_ROWS = 10
_PAREN = re.compile(r"[（(].*?[)）]")


def normalize_header(text: Any) -> str:
    """``" 金额（元）* "`` → ``"金额"``; ``"NO."`` → ``"no"`` (for matching only)."""
    value = unicodedata.normalize("NFKC", str(text or ""))
    value = _PAREN.sub("", value)
    value = re.sub(r"[\s*:：.。]", "", value)
    return value.lower()


@dataclass
class Table:
    """A header-mapped table: ``columns`` field → header as written in the file."""

    columns: dict[str, str]
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    unknown_headers: list[str] = field(default_factory=list)

    def formula_problem(self, record: Mapping[str, Any]) -> tuple[str, str] | None:
        """(header, reason) for the first cell of ``record`` that is a formula without a
        computed value (workbooks written by scripts carry none): never read it as empty."""
        for name, value in record.items():
            if isinstance(value, UncomputedFormula):
                return (self.columns.get(name, name),
                        f"该单元格是公式（{value.formula}）但没有计算结果：请在 Excel/WPS 中打开并"
                        "保存后再导入，或改为直接填写数值")
        return None


@dataclass(frozen=True)
class UncomputedFormula:
    """A formula cell whose workbook stores no cached result."""

    formula: str


def _match(header: str, aliases: Mapping[str, Sequence[str]]) -> str | None:
    key = normalize_header(header)
    if not key:
        return None
    for name, variants in aliases.items():
        if key in (normalize_header(v) for v in variants):
            return name
    return None


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _read_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - gb18030 decodes any byte string
            text = raw.decode("utf-8", "replace")
        for index, row in enumerate(csv.reader(text.splitlines()), 1):
            yield index, [_cell(v) for v in row]
        return
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    formulas = load_workbook(path, read_only=True, data_only=False)
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            return
        fs = formulas.worksheets[0]
        for index, (row, frow) in enumerate(
                zip(ws.iter_rows(values_only=True), fs.iter_rows(values_only=True),
                    strict=False), 1):
            values = [_cell(v) for v in row]
            for i, value in enumerate(values):
                source = frow[i] if i < len(frow) else None
                if value is None and isinstance(source, str) and source.startswith("="):
                    values[i] = UncomputedFormula(source)
            yield index, values
    finally:
        wb.close()
        formulas.close()


def read_table(path: str | Path, aliases: Mapping[str, Sequence[str]], required: Sequence[str] = (),
               field_name: str = "file") -> Table:
    """Read the first sheet of ``path``; headers matched against ``aliases`` (field → variants).

    An unreadable file, or one without a header row naming every ``required`` field, raises
    ``ValidationError(field_name)``.
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError(field_name, f"找不到文件：{path}")
    try:
        rows = _read_rows(path)
        header_map: dict[int, str] | None = None
        table = Table(columns={})
        for number, values in rows:
            if header_map is None:
                found = {i: _match(v, aliases) for i, v in enumerate(values) if v is not None}
                mapped = {i: name for i, name in found.items() if name}
                if mapped and all(r in mapped.values() for r in required):
                    header_map = {}
                    for i, name in mapped.items():
                        if name not in header_map.values():  # first of duplicate headers wins
                            header_map[i] = name
                    table.columns = {name: str(values[i]) for i, name in header_map.items()}
                    table.unknown_headers = [str(values[i]) for i in found if i not in mapped]
                elif number >= HEADER_SCAN_ROWS:
                    break
                continue
            record = {name: values[i] if i < len(values) else None for i, name in header_map.items()}
            if all(v is None for v in record.values()):
                continue  # blank line
            table.rows.append((number, record))
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - zip/XML/encoding errors: the file is unusable
        raise ValidationError(field_name, f"无法读取文件 {path.name}：{exc}") from exc
    if header_map is None:
        wanted = "、".join(str(aliases[r][0]) for r in required) or "表头"
        raise ValidationError(field_name, f"{path.name} 中找不到表头（需要：{wanted}）")
    return table


def text_value(value: Any) -> str | None:
    """A cell as text: integral floats (Excel's numbers) lose their ``.0``; dates become ISO."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    text = " ".join(str(value).split())
    return text or None


def amount_text(value: Any) -> str | None:
    """A money cell as exact text: floats go through ``repr`` (shortest round-trip), not binary."""
    if value is None:
        return None
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return text_value(value)
