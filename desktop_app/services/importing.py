"""Import parties and pre-LetterDesk receipts from the office's own Excel lists.

Rows with a problem are skipped and reported by spreadsheet row and column; every other row
is imported (``letterdesk import parties|receipts FILE``). Imported receipts keep their
numbers, and each series' numbering continues after the highest imported number
(会计基础工作规范: receipt numbers are continuous).
"""

from __future__ import annotations

import re
import sqlite3
import string
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import LetterDeskError, ValidationError
from desktop_app.ledger.importer import Table, amount_text, read_table, text_value
from desktop_app.services.context import AppContext

PARTY_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("名称", "单位名称", "姓名", "客户名称", "公司名称", "户名", "往来单位", "债务人",
             "name"),
    "type": ("类型", "单位类型", "身份", "类别", "type"),
    "id_number": ("证件号码", "身份证号", "身份证号码", "统一社会信用代码", "信用代码", "证件号",
                  "id_number"),
    "address": ("地址", "联系地址", "通讯地址", "送达地址", "住址", "address"),
    "phone": ("电话", "联系电话", "手机", "手机号", "手机号码", "联系方式", "phone"),
    "bank_account": ("银行账号", "账号", "开户账号", "bank_account"),
    "notes": ("备注", "说明", "notes"),
}
PARTY_TYPES = {
    "债务人": "debtor", "客户": "customer", "员工": "employee", "职工": "employee",
    "保证人": "guarantor", "担保人": "guarantor", "公司": "company", "单位": "company",
    "企业": "company", "个人": "person", "自然人": "person",
    **{v: v for v in ("debtor", "customer", "employee", "guarantor", "company", "person")},
}
RECEIPT_HEADERS: dict[str, tuple[str, ...]] = {
    "number": ("收据编号", "编号", "NO.", "NO", "号码", "单据编号", "收据号", "number"),
    "date": ("日期", "开具日期", "收款日期", "开票日期", "date"),
    "payer": ("交款人", "交款单位", "交款单位/人", "交款人/单位", "付款人", "付款单位", "payer"),
    "purpose": ("事由", "收款事由", "摘要", "用途", "款项", "purpose"),
    "amount": ("金额", "收款金额", "金额小写", "amount"),
    "method": ("方式", "收款方式", "付款方式", "method"),
    "status": ("状态", "作废", "是否作废", "status"),
    "void_reason": ("作废原因", "void_reason"),
    "series": ("类型", "收据类型", "类别", "收据类别", "series"),
    "payer_id": ("证件号码", "身份证号", "payer_id"),
}
METHODS = {"现金": "cash", "转账": "transfer", "银行转账": "transfer", "汇款": "transfer",
           "支票": "cheque", "其他": "other", "微信": "other", "支付宝": "other",
           **{v: v for v in ("cash", "transfer", "cheque", "other")}}
SERIES_WORDS = {"押金": "deposit", "押金收据": "deposit", "deposit": "deposit",
                "收据": "general", "普通收据": "general", "收款收据": "general", "general": "general"}
# Series of services.receipts (issue 5); the receipts module's own table wins when present.
RECEIPT_KIND = "receipt"
RECEIPT_SERIES = {
    "deposit": ("receipt_deposit", "YJ-{year}-{seq:05d}", "YJ"),
    "general": ("receipt_general", "SJ-{year}-{seq:05d}", "SJ"),
}
VOID_WORDS = {"作废", "已作废", "void", "是", "y", "yes", "√", "✓", "1", "true"}
VALID_WORDS = {"正常", "有效", "issued", "否", "n", "no", "0", "false", ""}


class RowError(Exception):
    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason


def _reject(rejected: list[dict[str, Any]], row: int, column: str, reason: str) -> None:
    rejected.append({"row": row, "column": column, "reason": reason})


def _header(table: Table, name: str, fallback: str) -> str:
    return table.columns.get(name, fallback)


# -- parties ---------------------------------------------------------------------------------
def import_parties(ctx: AppContext, path: str | Path) -> dict[str, Any]:
    """``import parties FILE``: 往来单位 from a list with 名称/类型/证件号码/地址/电话 headers."""
    table = read_table(path, PARTY_HEADERS, required=("name",))
    store = ctx.store
    existing = {(p["name"], p.get("id_number") or "") for p in store.list_parties(include_merged=True)}
    imported = 0
    rejected: list[dict[str, Any]] = []
    for row, record in table.rows:
        try:
            if problem := table.formula_problem(record):
                raise RowError(*problem)
            fields = _party_fields(table, record)
        except RowError as err:
            _reject(rejected, row, err.column, err.reason)
            continue
        key = (fields["name"], fields.get("id_number") or "")
        if key in existing:
            _reject(rejected, row, _header(table, "name", "名称"),
                    f"往来单位“{fields['name']}”已存在，未重复导入")
            continue
        store.add_party(**fields)
        existing.add(key)
        imported += 1
    store.audit("import_parties", None, {"file": str(path), "imported": imported,
                                         "rejected": len(rejected)}, ctx.operator)
    return {"file": str(path), "imported": imported, "rejected": rejected}


def _party_fields(table: Table, record: dict[str, Any]) -> dict[str, Any]:
    name = text_value(record.get("name"))
    if not name:
        raise RowError(_header(table, "name", "名称"), "名称不能为空")
    kind_text = text_value(record.get("type"))
    party_type = "debtor"
    if kind_text:
        party_type = PARTY_TYPES.get(kind_text.lower()) or PARTY_TYPES.get(kind_text, "")
        if not party_type:
            raise RowError(_header(table, "type", "类型"),
                           f"未知类型“{kind_text}”，可用：债务人、客户、员工、保证人、公司、个人")
    id_raw = record.get("id_number")
    if isinstance(id_raw, float) and id_raw >= 1e15:
        # Excel keeps 15 significant digits: an 18-digit ID typed as a number has lost digits
        raise RowError(_header(table, "id_number", "证件号码"),
                       "证件号码被 Excel 存成了数字，末几位已丢失；请把该列设为文本后重新填写")
    id_number = text_value(id_raw)
    if id_number and not re.fullmatch(r"[0-9A-Za-z\-]{5,30}", id_number.replace(" ", "")):
        raise RowError(_header(table, "id_number", "证件号码"), f"证件号码格式不正确：{id_number}")
    phone = text_value(record.get("phone"))
    if phone and not re.fullmatch(r"[0-9+\-()（） ,，/转]{5,40}", phone):
        raise RowError(_header(table, "phone", "电话"), f"电话格式不正确：{phone}")
    account = text_value(record.get("bank_account"))
    return {
        "name": name, "type": party_type,
        "id_number": id_number.replace(" ", "").upper() if id_number else None,
        "address": text_value(record.get("address")), "phone": phone,
        "bank_account": account.replace(" ", "") if account else None,
        "notes": text_value(record.get("notes")),
    }


# -- receipts --------------------------------------------------------------------------------
def _series_table() -> dict[str, tuple[str, str, str]]:
    """series name → (series key, default pattern, number prefix)."""
    table = dict(RECEIPT_SERIES)
    try:
        from desktop_app.services import receipts
    except ImportError:
        return table
    known = getattr(receipts, "SERIES", None)  # {"general": ("receipt_general", "SJ-…"), …}
    if isinstance(known, dict):
        for name, spec in known.items():
            if isinstance(spec, tuple) and len(spec) == 2 and name in table:
                table[name] = (str(spec[0]), str(spec[1]), table[name][2])
    return table


def pattern_regex(pattern: str) -> re.Pattern[str]:
    """``SJ-{year}-{seq:05d}`` → a regex capturing ``year`` and ``seq``."""
    parts: list[str] = []
    for literal, name, _spec, _conv in string.Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if name == "year":
            parts.append(r"(?P<year>\d{4})")
        elif name == "seq":
            parts.append(r"(?P<seq>\d+)")
    return re.compile("".join(parts))


def _receipt_kind() -> str:
    try:
        from desktop_app.services import receipts
    except ImportError:
        return RECEIPT_KIND
    return str(getattr(receipts, "KIND_RECEIPT", RECEIPT_KIND))


def import_receipts(ctx: AppContext, path: str | Path) -> dict[str, Any]:
    """``import receipts FILE``: receipts issued before LetterDesk, numbers kept."""
    from desktop_app.services.issuing import after_change

    table = read_table(path, RECEIPT_HEADERS, required=("number", "amount"))
    store = ctx.store
    series_table = _series_table()
    patterns: dict[str, tuple[str, str, re.Pattern[str]]] = {}
    for name, (key, default, _prefix) in series_table.items():
        store.ensure_series(key, default)
        pattern = next((s["pattern"] for s in store.list_series() if s["key"] == key), default)
        patterns[name] = (key, pattern, pattern_regex(pattern))
    kind = _receipt_kind()
    imported = 0
    rejected: list[dict[str, Any]] = []
    for row, record in table.rows:
        try:
            if problem := table.formula_problem(record):
                raise RowError(*problem)
            values = _receipt_values(table, record, series_table, patterns)
            try:
                store.import_document(kind=kind, operator=ctx.operator, **values)
            except sqlite3.IntegrityError as exc:
                raise RowError(_header(table, "number", "编号"),
                               f"流水号与已有收据重复：{values['number']}") from exc
            except LetterDeskError as exc:
                raise RowError(_header(table, "number", "编号"), exc.message) from exc
        except RowError as err:
            _reject(rejected, row, err.column, err.reason)
            continue
        imported += 1
    store.audit("import_receipts", None, {"file": str(path), "imported": imported,
                                          "rejected": len(rejected)}, ctx.operator)
    warnings = after_change(ctx) if imported else []
    return {"file": str(path), "imported": imported, "rejected": rejected, "warnings": warnings}


def _receipt_values(table: Table, record: dict[str, Any], series_table: dict[str, Any],
                    patterns: dict[str, tuple[str, str, re.Pattern[str]]]) -> dict[str, Any]:
    from desktop_app.domain.dates import parse_date
    from desktop_app.domain.money import parse_amount

    col = {name: _header(table, name, variants[0]) for name, variants in RECEIPT_HEADERS.items()}
    number = text_value(record.get("number"))
    if not number:
        raise RowError(col["number"], "编号不能为空")
    number = number.replace(" ", "")
    # series: a 类型 column wins, else the number's prefix (SJ- 收据, YJ- 押金收据)
    series = None
    series_text = text_value(record.get("series"))
    if series_text:
        series = SERIES_WORDS.get(series_text.lower()) or SERIES_WORDS.get(series_text)
        if series is None:
            raise RowError(col["series"], f"未知收据类型“{series_text}”，应为 押金收据 或 收据")
    else:
        for name, (_key, _default, prefix) in series_table.items():
            if number.upper().startswith(prefix.upper()):
                series = name
                break
        if series is None:
            for name, (_key, _pattern, regex) in patterns.items():
                if regex.fullmatch(number):
                    series = name
                    break
    if series is None:
        raise RowError(col["number"], f"无法从编号 {number} 判断收据类型，请加一列“类型”（押金收据/收据）")
    key, pattern, regex = patterns[series]
    match = regex.fullmatch(number)
    if not match:
        raise RowError(col["number"], f"编号 {number} 与编号格式 {pattern} 不符（可先在设置中修改编号格式）")
    raw_date = record.get("date")
    if raw_date is None:
        raise RowError(col["date"], "日期不能为空")
    try:
        if isinstance(raw_date, datetime):
            issued_on = raw_date.date()
        elif isinstance(raw_date, date):
            issued_on = raw_date
        else:
            issued_on = parse_date(text_value(raw_date) or "", "date")
    except ValidationError as exc:
        raise RowError(col["date"], exc.message) from exc
    if "year" in match.groupdict() and int(match["year"]) != issued_on.year:
        raise RowError(col["date"], f"编号中的年份 {match['year']} 与日期 {issued_on.isoformat()} 不符")
    payer = text_value(record.get("payer"))
    if not payer:
        raise RowError(col["payer"], "交款人不能为空")
    try:
        amount = parse_amount(amount_text(record.get("amount")) or "", "amount")
    except ValidationError as exc:
        raise RowError(col["amount"], exc.message) from exc
    method_text = text_value(record.get("method"))
    method = None
    if method_text:
        method = METHODS.get(method_text.lower()) or METHODS.get(method_text)
        if method is None:
            raise RowError(col["method"], f"未知收款方式“{method_text}”，应为 现金、转账、支票 或 其他")
    status_text = (text_value(record.get("status")) or "").lower()
    if status_text in VOID_WORDS:
        status = "void"
    elif status_text in VALID_WORDS:
        status = "issued"
    else:
        raise RowError(col["status"], f"无法识别的状态“{status_text}”，应为 正常 或 作废")
    void_reason = text_value(record.get("void_reason"))
    if status == "void" and not void_reason:
        void_reason = "导入时原台账标记作废"
    data: dict[str, Any] = {
        "series": series, "date": issued_on.isoformat(),
        "payer": {"name": payer, **({"id_number": text_value(record["payer_id"])}
                                    if record.get("payer_id") else {})},
        "purpose": text_value(record.get("purpose")), "amount": str(amount), "method": method,
        "imported": True,
    }
    return {"series_key": key, "number": number, "seq": int(match["seq"]), "issued_on": issued_on,
            "data": data, "party_name": payer, "amount": amount, "status": status,
            "void_reason": void_reason if status == "void" else None}
