"""Batch runs: one document per row of an Excel template or a JSON Lines file.

``letterdesk batch KIND --template FILE.xlsx`` writes a template; ``letterdesk batch KIND
--from FILE --out DIR`` validates every row first, issues the valid rows one by one, and
refreshes the ledger once at the end. A rejected row is reported by row, field and reason and
consumes no number (ARCHITECTURE.md: nothing written, no number consumed on failure).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from desktop_app.domain.errors import LetterDeskError, ValidationError
from desktop_app.ledger.importer import amount_text, read_table, text_value
from desktop_app.ledger.template import EXAMPLE_MARK, ROW_MARK_HEADER, TemplateColumn
from desktop_app.services.context import AppContext

log = logging.getLogger("letterdesk.batch")

EXIT_OK, EXIT_UNUSABLE, EXIT_PARTIAL = 0, 2, 3
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class BatchReport:
    kind: str
    source: str
    total: int = 0
    issued: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    ledger_warnings: list[dict[str, Any]] = field(default_factory=list)
    cancelled: bool = False
    not_processed: int = 0

    @property
    def exit_code(self) -> int:
        """0 all rows issued; 3 some rows rejected (or the run was cancelled)."""
        return EXIT_PARTIAL if (self.rejected or self.not_processed) else EXIT_OK

    @property
    def summary(self) -> str:
        text = f"共 {self.total} 行：已出具 {len(self.issued)} 份，退回 {len(self.rejected)} 行"
        if self.cancelled:
            text += f"，已取消（{self.not_processed} 行未处理）"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "source": self.source, "total": self.total,
            "issued": self.issued, "rejected": self.rejected, "warnings": self.warnings,
            "ledger_warnings": self.ledger_warnings, "cancelled": self.cancelled,
            "not_processed": self.not_processed, "summary": self.summary,
            "exit_code": self.exit_code,
        }


# -- kinds ------------------------------------------------------------------------------------
def _letters() -> Any:
    from desktop_app.services import letters

    return letters


def _check_kind(kind: str) -> None:
    if kind == "receipt":
        return
    ids = [str(k["id"]) for k in _letters().kinds_info()]
    if kind not in ids:
        raise ValidationError("kind", f"未知的函件类型：{kind}（可选：{'、'.join(ids)}、receipt）")


# -- columns ---------------------------------------------------------------------------------
# payment_demand as flat columns (the render JSON of issue 4); up to three instalments.
_PD_COLUMNS: list[TemplateColumn] = [
    TemplateColumn("债务人名称", "debtor.name", required=True, width=24,
                   aliases=("债务人", "客户名称", "姓名")),
    TemplateColumn("债务人地址", "debtor.address", width=30, aliases=("地址", "送达地址")),
    TemplateColumn("债务人电话", "debtor.phone", aliases=("电话", "联系电话")),
    TemplateColumn("债务人证件号码", "debtor.id_number", width=22, aliases=("证件号码",)),
    TemplateColumn("合同名称", "contract.name", required=True, width=24),
    TemplateColumn("合同编号", "contract.number", required=True),
    TemplateColumn("签订日期", "contract.signed_on", "date", required=True, width=12),
    TemplateColumn("房屋/标的", "contract.property", width=24, aliases=("房屋", "标的")),
    TemplateColumn("违约条款", "contract.clause", width=20, help="合同中约定违约金的条款，例如 第九条"),
    *[col for i in range(3) for col in (
        TemplateColumn(f"款项名称{i + 1 if i else ''}", f"items[{i}].label", width=14),
        TemplateColumn(f"应付金额{i + 1 if i else ''}", f"items[{i}].amount", "money",
                       required=i == 0, width=14),
        TemplateColumn(f"应付日期{i + 1 if i else ''}", f"items[{i}].due_date", "date",
                       required=i == 0, width=12),
    )],
    TemplateColumn("已付金额", "payments[0].amount", "money", width=14,
                   help="应付日期后已支付的部分；没有则留空"),
    TemplateColumn("付款日期", "payments[0].date", "date", width=12),
    TemplateColumn("日利率", "rate.value", "rate", required=True, width=10,
                   help="每日违约金比例，例如 万分之四 填 0.0004（更复杂的利率请用 JSONL）"),
    TemplateColumn("计算截止日", "until", "date", width=12, help="违约金暂计至该日；留空为出函日"),
    TemplateColumn("付款期限天数", "deadline_days", "int", width=12, help="收函后多少日内付清"),
    TemplateColumn("付款截止日", "deadline", "date", width=12, help="或填写具体的付款截止日"),
    TemplateColumn("收款银行", "pay_to.bank", width=20, help="留空则用单位资料中的开户行"),
    TemplateColumn("收款户名", "pay_to.account_name", width=20),
    TemplateColumn("收款账号", "pay_to.account_number", width=22),
    TemplateColumn("联系人", "contact.name", width=10),
    TemplateColumn("联系电话", "contact.phone", width=14),
    TemplateColumn("附加说明", "extra_text", width=30),
    TemplateColumn("附回执", "ack_slip", "bool", width=8, help="是 / 否"),
]
_PD_EXAMPLE: dict[str, Any] = {
    "debtor.name": "张三", "debtor.address": "某市某区某路1号", "debtor.phone": "13800000000",
    "contract.name": "商品房买卖合同", "contract.number": "HT-2025-001",
    "contract.signed_on": date(2025, 3, 1), "contract.property": "某小区1栋101室",
    "contract.clause": "第九条", "items[0].label": "首期房款",
    "items[0].amount": Decimal("100000.00"), "items[0].due_date": date(2025, 12, 1),
    "payments[0].amount": Decimal("50000.00"), "payments[0].date": date(2025, 12, 20),
    "rate.value": "0.0004", "deadline_days": "10", "ack_slip": "是",
}
RECEIPT_COLUMNS: list[TemplateColumn] = [
    TemplateColumn("类型", "series", "choice", required=True, choices=("押金收据", "收据"),
                   help="押金收据 或 收据"),
    TemplateColumn("日期", "date", "date", required=True, width=12),
    TemplateColumn("交款人", "payer.name", required=True, width=22, aliases=("交款单位",)),
    TemplateColumn("交款人类型", "payer.type", "choice", choices=("个人", "公司", "员工"), width=10),
    TemplateColumn("证件号码", "payer.id_number", width=22),
    TemplateColumn("电话", "payer.phone", width=14),
    TemplateColumn("事由", "purpose", required=True, width=30),
    TemplateColumn("金额", "amount", "money", required=True, width=14),
    TemplateColumn("方式", "method", "choice", required=True, choices=("现金", "转账", "支票", "其他")),
    TemplateColumn("参考号", "reference", width=16, help="转账流水号或支票号"),
    TemplateColumn("备注", "remarks", width=30),
]
_RECEIPT_VALUES = {"series": {"押金收据": "deposit", "押金": "deposit", "收据": "general"},
                   "payer.type": {"个人": "person", "公司": "company", "员工": "employee"},
                   "method": {"现金": "cash", "转账": "transfer", "支票": "cheque", "其他": "other"}}
RECEIPT_COLUMNS = [
    TemplateColumn(c.header, c.path, c.type, c.required, c.help, c.aliases, c.choices, c.width,
                   {"map": _RECEIPT_VALUES[c.path]}) if c.path in _RECEIPT_VALUES else c
    for c in RECEIPT_COLUMNS
]
_RECEIPT_EXAMPLE: dict[str, Any] = {
    "series": "押金收据", "date": date(2026, 1, 5), "payer.name": "李四", "payer.type": "个人",
    "purpose": "某小区1栋101室装修押金", "amount": Decimal("2000.00"), "method": "转账",
}
_TYPE_MAP = {"text": "text", "date": "date", "money": "money", "int": "int", "bool": "bool",
             "choice": "choice", "list": "list"}


def _kind_info(kind: str) -> dict[str, Any]:
    for info in _letters().kinds_info():
        if info["id"] == kind:
            return dict(info)
    raise ValidationError("kind", f"未知的函件类型：{kind}")


def _kind_title(kind: str) -> str:
    return "收据" if kind == "receipt" else str(_kind_info(kind).get("title") or kind)


def _generic_columns(fields: Sequence[dict[str, Any]]) -> list[TemplateColumn]:
    """Columns from ``kinds_info()`` fields: 债务人 + 名称 → 债务人名称; lists as ；-separated."""
    columns: list[TemplateColumn] = []
    for f in fields:
        label = str(f.get("label") or f["name"])
        group = str(f.get("group") or "").split("·")[-1].strip()
        header = label if not group or label.startswith(group) else f"{group}{label}"
        ftype = _TYPE_MAP.get(str(f.get("type")), "json")
        help_text = str(f.get("help") or "")
        if ftype == "list" and f.get("fields"):
            ftype = "json"
        if ftype == "list":
            help_text = (help_text + " 多项用；分隔").strip()
        elif ftype == "json":
            help_text = (help_text + " 以 JSON 填写，复杂内容建议用 JSONL 文件").strip()
        choices = tuple(str(c.get("label") or c.get("value")) for c in f.get("choices") or [])
        columns.append(TemplateColumn(header, str(f["name"]), ftype, bool(f.get("required")),
                                      help_text, choices=choices, width=max(10, len(header) * 2 + 4)))
    return columns


def columns_for(kind: str) -> list[TemplateColumn]:
    if kind == "receipt":
        return list(RECEIPT_COLUMNS)
    fields = _kind_info(kind).get("fields") or []
    if kind == "payment_demand":
        tops = {str(f["name"]).split(".")[0] for f in fields}
        return [c for c in _PD_COLUMNS if re.split(r"[.\[]", c.path)[0] in tops] or _PD_COLUMNS
    return _generic_columns(fields)


def example_for(kind: str, columns: Sequence[TemplateColumn]) -> dict[str, Any]:
    """Example row values by path: a built-in example, else the kind's sample data."""
    if kind == "payment_demand":
        return dict(_PD_EXAMPLE)
    if kind == "receipt":
        return dict(_RECEIPT_EXAMPLE)
    try:
        sample = _letters().sample_data(kind)
    except Exception:  # noqa: BLE001 - an example is a convenience
        return {}
    out: dict[str, Any] = {}
    for column in columns:
        node: Any = sample
        for part in re.findall(r"[^.\[\]]+", column.path):
            node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            continue
        if column.type in ("json",) or isinstance(node, (dict, list)):
            if column.type == "list" and isinstance(node, list) and all(
                    isinstance(x, str) for x in node):
                out[column.path] = "；".join(node)
            else:
                out[column.path] = json.dumps(node, ensure_ascii=False)
        elif column.type == "date":
            try:
                out[column.path] = date.fromisoformat(str(node))
            except ValueError:
                out[column.path] = str(node)
        elif column.type == "money":
            out[column.path] = Decimal(str(node))
        elif isinstance(node, bool):
            out[column.path] = "是" if node else "否"
        else:
            out[column.path] = str(node)
    return out


# -- template ---------------------------------------------------------------------------------
def write_template(ctx: AppContext, kind: str, path: str | Path) -> dict[str, Any]:
    """An Excel template for ``kind``: Chinese headers, an example row, data validation."""
    from desktop_app.ledger.template import write_template_file

    _check_kind(kind)
    target = Path(path).expanduser()
    if target.suffix.lower() != ".xlsx":
        raise ValidationError("--template", f"模板文件须以 .xlsx 结尾：{target}")
    columns = columns_for(kind)
    try:
        write_template_file(target, _kind_title(kind), columns, example_for(kind, columns))
    except OSError as exc:
        raise ValidationError("--template", f"无法写入 {target}：{exc.strerror or exc}") from exc
    return {"file": str(target.resolve()), "kind": kind,
            "columns": [c.header for c in columns]}


# -- reading rows -----------------------------------------------------------------------------
@dataclass
class SourceRow:
    row: int
    data: dict[str, Any] | None
    error: dict[str, Any] | None = None
    checked: Any = None  # the validation pass's result, reused when issuing


def _set_path(target: dict[str, Any], path: str, value: Any) -> None:
    """Set ``a.b[0].c`` in nested dicts/lists (lists grow as needed)."""
    parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
    node: Any = target
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        nxt = parts[index + 1] if not last else None
        empty: Any = [] if nxt and nxt.startswith("[") else {}
        if part.startswith("["):
            i = int(part[1:-1])
            while len(node) <= i:
                node.append({} if not last else None)
            if last:
                node[i] = value
            else:
                if not isinstance(node[i], (dict, list)):
                    node[i] = empty
                node = node[i]
        elif last:
            node[part] = value
        else:
            node = node.setdefault(part, empty)


def cell_value(column: TemplateColumn, value: Any) -> Any:
    """A template cell as the value ``render --data`` JSON would carry (strings, like JSON)."""
    if value is None:
        return None
    if column.type == "bool":
        text = (text_value(value) or "").lower()
        if text in ("是", "y", "yes", "true", "1", "√", "有"):
            return True
        if text in ("否", "n", "no", "false", "0", "无", ""):
            return False
        raise ValidationError(column.path, f"请填写 是 或 否：{text}")
    if column.type == "date" and isinstance(value, (datetime, date)):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if column.type == "money":
        return amount_text(value)
    if column.type == "json":
        text = text_value(value) or ""
        try:
            return json.loads(text, parse_float=str, parse_int=str)
        except json.JSONDecodeError:
            return text  # plain text: the kind's validation names the field if it is wrong
    if column.type == "choice" and column.extra.get("map"):
        text = text_value(value) or ""
        return column.extra["map"].get(text, text)
    if column.type == "list":
        text = text_value(value) or ""
        if text.startswith("["):
            try:
                return json.loads(text, parse_float=str, parse_int=str)
            except json.JSONDecodeError as exc:
                raise ValidationError(column.path, f"列表格式不正确：{exc.msg}") from exc
        return [p.strip() for p in re.split(r"[；;\n]", text) if p.strip()]
    if isinstance(value, float):
        return amount_text(value)
    return text_value(value)


def row_to_data(columns: Sequence[TemplateColumn], record: dict[str, Any]) -> dict[str, Any]:
    """A template row → the render JSON (blank cells left out; see batch_columns)."""
    data: dict[str, Any] = {}
    for column in columns:
        value = cell_value(column, record.get(column.path))
        if value is None or value == "" or value == []:
            continue
        _set_path(data, column.path, value)
    rate = data.get("rate")
    if isinstance(rate, dict) and "value" in rate and "type" not in rate:
        rate["type"] = "daily"  # the template's 日利率 column
    return data


def _read_source(kind: str, source: Path, columns: Sequence[TemplateColumn]) -> list[SourceRow]:
    if not source.is_file():
        raise ValidationError("--from", f"找不到文件：{source}")
    suffix = source.suffix.lower()
    rows: list[SourceRow] = []
    if suffix in (".jsonl", ".ndjson", ".json"):
        try:
            text = source.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError("--from", f"无法读取文件 {source.name}：{exc}") from exc
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line, parse_float=str, parse_int=str)
            except json.JSONDecodeError as exc:
                rows.append(SourceRow(number, None, {"field": "line", "reason":
                                                     f"JSON 格式错误（第{exc.colno}列）：{exc.msg}"}))
                continue
            if not isinstance(data, dict):
                rows.append(SourceRow(number, None, {"field": "line", "reason": "每行应为一个 JSON 对象"}))
                continue
            rows.append(SourceRow(number, data))
    elif suffix in (".xlsx", ".xlsm", ".csv"):
        aliases = {c.path: (c.header, *c.aliases) for c in columns}
        aliases["__mark__"] = (ROW_MARK_HEADER,)
        required = [c.path for c in columns if c.required][:1]
        table = read_table(source, aliases, required=required, field_name="--from")
        by_path = {c.path: c for c in columns}
        for number, record in table.rows:
            if text_value(record.get("__mark__")) == EXAMPLE_MARK:
                continue  # the template's example row
            if problem := table.formula_problem(record):
                header, reason = problem
                field_path = next((p for p, h in table.columns.items() if h == header), header)
                rows.append(SourceRow(number, None, {"field": field_path, "column": header,
                                                     "reason": reason}))
                continue
            try:
                rows.append(SourceRow(number, row_to_data(columns, record)))
            except ValidationError as exc:
                column = by_path.get(exc.field)
                rows.append(SourceRow(number, None, {
                    "field": exc.field, "column": column.header if column else table.columns.get(
                        exc.field, exc.field), "reason": exc.message}))
    else:
        raise ValidationError("--from", f"只支持 .xlsx 或 .jsonl 文件：{source.name}")
    if not rows:
        raise ValidationError("--from", f"{source.name} 中没有数据行")
    return rows


# -- issuing ----------------------------------------------------------------------------------
def _validator(ctx: AppContext, kind: str) -> Callable[[dict[str, Any]], Any]:
    if kind == "receipt":
        from desktop_app.services.receipts import validate_receipt

        return lambda data: validate_receipt(data)
    letters = _letters()
    # validation + the penalty engine's own checks (items, rate) before any number is taken
    return lambda data: letters.prepare_letter(kind, data, ctx)


def _issuer(ctx: AppContext, kind: str, out_dir: Path) -> Callable[[dict[str, Any]], Any]:
    """Issue one row without the per-document ledger sync (the batch syncs once at the end)."""
    if kind == "receipt":
        from desktop_app.services.receipts import issue_receipt

        return lambda data: issue_receipt(ctx, data, out_dir, sync_ledger=False)
    render_letter = _letters().render_letter
    return lambda data: render_letter(ctx, kind, data, out_dir, formats=("pdf", "docx"),
                                      preview=False, sync_ledger=False)


def _column_of(columns: Sequence[TemplateColumn], field_path: str) -> str | None:
    best = None
    for column in columns:
        if field_path == column.path or field_path.startswith(column.path + "."):
            return column.header
        if column.path.startswith(field_path) and best is None:
            best = column.header
    return best


def run_batch(ctx: AppContext, kind: str, source: str | Path, out_dir: Path,
              progress: Progress | None = None, cancel: Cancel | None = None) -> BatchReport:
    """Validate every row, issue the valid ones in order, sync the ledger once."""
    from desktop_app.services.issuing import after_change

    _check_kind(kind)
    source = Path(source)
    columns = columns_for(kind)
    rows = _read_source(kind, source, columns)
    report = BatchReport(kind=kind, source=str(source), total=len(rows))
    validate = _validator(ctx, kind)

    def reject(row: SourceRow, field_path: str, reason: str) -> None:
        report.rejected.append({"row": row.row, "field": field_path,
                                "column": _column_of(columns, field_path), "reason": reason})

    valid: list[SourceRow] = []
    for row in rows:
        if row.error is not None:
            report.rejected.append({"row": row.row, "column": row.error.get("column"),
                                    "field": row.error["field"], "reason": row.error["reason"]})
            continue
        try:
            row.checked = validate(row.data or {})
        except ValidationError as exc:
            reject(row, exc.field, exc.message)
            continue
        except LetterDeskError as exc:
            reject(row, "", exc.message)
            continue
        valid.append(row)

    from desktop_app.services.files import output_dir

    out = output_dir(out_dir, "--out", create=False)
    runner = _RowRunner(ctx, kind, out, report, reject, progress, cancel, len(valid))
    if progress:
        progress(0, len(valid))
    if valid:
        # The mirror is written once at the end: until then it is behind the store, and a
        # batch killed half-way must leave that said (doctor, the next start) — not "in sync".
        ctx.store.set_setting("ledger_pending", True)
    try:
        runner.run(valid)
    finally:
        report.rejected.sort(key=lambda r: r["row"])
        if valid:
            report.ledger_warnings = after_change(ctx)
    ctx.store.audit("batch", None, {"kind": kind, "source": str(source), "total": report.total,
                                    "issued": len(report.issued), "rejected": len(report.rejected),
                                    "cancelled": report.cancelled}, ctx.operator)
    return report


CHUNK_PER_WORKER = 8  # rows per worker per transaction: cancel granularity vs. pool overhead


class _RowRunner:
    """Issues validated rows in order; letters in chunks rendered by a process pool."""

    def __init__(self, ctx: AppContext, kind: str, out_dir: Path, report: BatchReport,
                 reject: Callable[[SourceRow, str, str], None], progress: Progress | None,
                 cancel: Cancel | None, total: int) -> None:
        self.ctx, self.kind, self.out_dir, self.report = ctx, kind, out_dir, report
        self.reject, self.progress, self.cancel, self.total = reject, progress, cancel, total
        self.done = 0

    def _issued(self, row: SourceRow, result: Any) -> None:
        self.report.issued.append({"row": row.row, "number": result.number,
                                   "files": result.files})
        for warning in result.warnings:
            self.report.warnings.append({"row": row.row, **warning})

    def _tick(self, count: int = 1) -> None:
        self.done += count
        if self.progress:
            self.progress(self.done, self.total)

    def _cancelled(self) -> bool:
        if self.cancel is not None and self.cancel():
            self.report.cancelled = True
            self.report.not_processed = self.total - self.done
            return True
        return False

    def _one(self, issue: Callable[[dict[str, Any]], Any], row: SourceRow) -> None:
        try:
            result = issue(row.data or {})
        except ValidationError as exc:
            self.reject(row, exc.field, exc.message)
        except LetterDeskError as exc:
            self.reject(row, "", exc.message)
        except Exception as exc:  # noqa: BLE001 - one broken row must not stop fifty letters
            log.exception("batch row %s failed", row.row)
            self.reject(row, "", f"出具失败（内部错误，已记录日志）：{exc}")
        else:
            self._issued(row, result)

    def run(self, rows: list[SourceRow]) -> None:
        issue = _issuer(self.ctx, self.kind, self.out_dir)
        workers = min(os.cpu_count() or 1, 4)
        if self.kind == "receipt" or workers < 2 or len(rows) < 2 * workers:
            for row in rows:
                if self._cancelled():
                    return
                self._one(issue, row)
                self._tick()
            return
        from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

        from desktop_app.services.issuing import exit_with_parent

        size = CHUNK_PER_WORKER * workers
        chunks = [rows[start:start + size] for start in range(0, len(rows), size)]
        # The next chunk is prepared (documents built, glyphs checked) on a thread while the
        # process pool renders the current one: the two cores never wait for this process.
        # The look-ahead thread reads through its own store connection: it must not see the
        # uncommitted rows of the chunk being issued on this thread's connection.
        from desktop_app.services.context import open_context

        ahead_ctx = open_context(self.ctx.home)
        try:
            with ProcessPoolExecutor(workers, initializer=exit_with_parent) as pool, \
                    ThreadPoolExecutor(1) as ahead:
                upcoming = ahead.submit(self._prepare, ahead_ctx, chunks[0]) if chunks else None
                for index in range(len(chunks)):
                    assert upcoming is not None
                    current = upcoming.result()
                    upcoming = (ahead.submit(self._prepare, ahead_ctx, chunks[index + 1])
                                if index + 1 < len(chunks) else None)
                    if self._cancelled():
                        return
                    self._chunk(issue, current, pool)
        finally:
            ahead_ctx.close()

    def _prepare(self, ctx: AppContext, rows: list[SourceRow]) -> list[tuple[SourceRow, Any]]:
        """(row, PreparedIssue or the LetterDeskError that rejects it) for a chunk."""
        out: list[tuple[SourceRow, Any]] = []
        for row in rows:
            try:
                out.append((row, _prepared_letter(ctx, self.kind, row.data or {},
                                                  row.checked)))
            except LetterDeskError as exc:
                out.append((row, exc))
        return out

    def _chunk(self, issue: Callable[[dict[str, Any]], Any],
               rows: list[tuple[SourceRow, Any]], pool: Any) -> None:
        """One transaction for the chunk (store.issue_many); on failure, row by row."""
        from desktop_app.services.issuing import FORMATS, issue_prepared

        prepared: list[Any] = []
        ready: list[SourceRow] = []
        for row, item in rows:
            if isinstance(item, ValidationError):
                self.reject(row, item.field, item.message)
                self._tick()
            elif isinstance(item, LetterDeskError):
                self.reject(row, "", item.message)
                self._tick()
            else:
                prepared.append(item)
                ready.append(row)
        if not ready:
            return
        try:
            results = issue_prepared(self.ctx, prepared, self.out_dir, FORMATS, pool)
        except Exception:  # noqa: BLE001 - the chunk rolled back (no number used): retry singly
            log.warning("batch chunk failed; issuing its rows one by one", exc_info=True)
            for row in ready:
                if self._cancelled():
                    return
                self._one(issue, row)
                self._tick()
            return
        for row, result in zip(ready, results, strict=True):
            self._issued(row, result)
        self._tick(len(ready))


def _prepared_letter(ctx: AppContext, kind_id: str, data: dict[str, Any],
                     checked: Any = None) -> Any:
    """What ``letters.render_letter`` would issue, as an ``issuing.PreparedIssue``.

    ``checked`` is the validation pass's ``prepare_letter`` result for the row, reused so
    each row is validated and computed once.
    """
    from desktop_app.services.issuing import PreparedIssue, glyph_warnings

    letters = _letters()
    if isinstance(checked, tuple) and len(checked) == 3:
        kind, prep, env = checked
    else:
        kind, prep, env = letters.prepare_letter(kind_id, data, ctx)
    parent = letters.link_parent(ctx, prep)  # before the snapshot
    warnings = list(prep.warnings) + glyph_warnings(kind.build(prep, None, env))
    letters.locate_glyph_warnings(warnings, prep.values)
    return PreparedIssue(
        kind=kind.id, series_key=kind.series_key, default_pattern=kind.series_pattern,
        issued_on=prep.letter_date, snapshot=prep.snapshot(),
        build=lambda number: kind.build(prep, number, env),
        name_parts=lambda number: letters.file_stem(number, prep.party_name),
        party_name=prep.party_name, amount=prep.amount, penalty=prep.penalty,
        parent_number=parent, warnings=warnings,
    )


# -- terminal progress bar --------------------------------------------------------------------
def terminal_progress(stream: IO[str] | None = None, width: int = 30) -> Progress:
    """A progress bar on ``stream`` (stderr): redrawn in place on a terminal, else every 10 %."""
    out = stream if stream is not None else sys.stderr
    tty = bool(getattr(out, "isatty", lambda: False)())
    state = {"last": -1}

    def draw(done: int, total: int) -> None:
        if total <= 0:
            return
        percent = done * 100 // total
        if tty:
            filled = width * done // total
            out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {percent:3d}%")
            if done >= total:
                out.write("\n")
        elif percent // 10 != state["last"] // 10 or done == total:
            if state["last"] != percent:
                out.write(f"{done}/{total} {percent}%\n")
        state["last"] = percent
        out.flush()

    return draw
