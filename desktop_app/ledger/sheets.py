"""The ledger's sheets (函件, 收据, 押金, 违约金, 送达): columns and rows read from the store.

Rows are streamed straight from SQLite (``Store.iter_rows``) with the few snapshot fields a
sheet needs pulled out by ``json_extract``, so a 100,000-document ledger never loads every
snapshot into memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.ledger.cells import Column, to_decimal

# The letter kinds of issue 4 (ids fixed); titles are overridden by services.letters when loaded.
LETTER_KIND_TITLES: dict[str, str] = {
    "payment_demand": "付款催告函",
    "mortgage_docs_request": "催补按揭资料函",
    "termination_notice": "解除合同通知书",
    "receivable_demand": "应收账款催收函",
    "debt_confirmation": "催款通知单（债务确认）",
    "guarantor_demand": "保证人催收通知书",
}
SERIES_TITLES = {"deposit": "押金收据", "general": "收据"}
METHOD_TITLES = {"cash": "现金", "transfer": "转账", "cheque": "支票", "other": "其他"}
DELIVERY_METHOD_TITLES = {"ems": "EMS", "registered": "挂号信", "courier": "快递",
                          "in_person": "当面送达", "email": "电子邮件", "sms": "短信"}
DELIVERY_STATUS_TITLES = {"pending": "待签收", "signed": "已签收", "returned": "退回"}
STATUS_TITLES = {"issued": "正常", "void": "作废"}
# Where a letter's snapshot may keep its computed penalty summary (written by services.letters).
SUMMARY_KEYS = ("penalty_summary", "computed", "summary", "penalty_result", "calculation",
                "penalty")

Mask = Callable[[str], str]

LETTER_COLUMNS = [
    Column("编号", 22), Column("类型", 18), Column("日期", 12, "date"), Column("债务人", 28),
    Column("证件号码", 22), Column("合同", 32), Column("欠款金额", 15, "money", total=True),
    Column("违约金", 14, "money", total=True), Column("状态", 8), Column("作废原因", 24),
    Column("作废时间", 20), Column("经办人", 10), Column("文件", 48), Column("SHA-256", 66),
]
RECEIPT_COLUMNS = [
    Column("编号", 18), Column("类型", 12), Column("日期", 12, "date"), Column("交款人", 26),
    Column("证件号码", 22), Column("事由", 34), Column("金额", 15, "money", total=True),
    Column("方式", 8), Column("关联编号", 18), Column("状态", 8), Column("作废原因", 24),
    Column("作废时间", 20), Column("作废人", 10), Column("经办人", 10),
]
DEPOSIT_COLUMNS = [
    Column("收据编号", 18), Column("日期", 12, "date"), Column("交款人", 26), Column("事由", 30),
    Column("押金金额", 15, "money", total=True), Column("已扣除", 14, "money", total=True),
    Column("已退还", 14, "money", total=True), Column("余额", 15, "money", total=True),
    Column("状态", 8),
]
PENALTY_COLUMNS = [
    Column("函件编号", 22), Column("类型", 18), Column("日期", 12, "date"), Column("债务人", 28),
    Column("计算截止日", 12, "date"), Column("逾期本金", 15, "money", total=True),
    Column("违约金", 14, "money", total=True), Column("每日增加", 12, "money", total=True),
    Column("违约金标准", 20), Column("状态", 8),
]
DELIVERY_COLUMNS = [
    Column("函件编号", 22), Column("函件标题", 18), Column("送达方式", 10), Column("运单号", 20),
    Column("寄出日期", 12, "date"), Column("送达状态", 10), Column("送达地址", 36),
    Column("邮件品名", 34), Column("PDF SHA-256", 66), Column("登记时间", 20),
]


@dataclass
class LedgerFilter:
    """Filters of ``ledger export`` (all optional)."""

    date_from: date | None = None
    date_to: date | None = None
    kind: str | None = None
    status: str | None = None

    def where(self, alias: str = "d") -> tuple[str, list[Any]]:
        parts: list[str] = []
        args: list[Any] = []
        if self.date_from:
            parts.append(f"{alias}.issued_on >= ?")
            args.append(self.date_from.isoformat())
        if self.date_to:
            parts.append(f"{alias}.issued_on <= ?")
            args.append(self.date_to.isoformat())
        if self.kind:
            parts.append(f"{alias}.kind = ?")
            args.append(self.kind)
        if self.status:
            parts.append(f"{alias}.status = ?")
            args.append(self.status)
        return (" AND ".join(parts) or "1"), args


@dataclass
class LedgerSource:
    """What the sheets need: a row source (``Store.iter_rows``), kind titles and masking."""

    iter_rows: Callable[[str, Sequence[Any]], Iterator[Any]]
    letter_titles: dict[str, str] = field(default_factory=lambda: dict(LETTER_KIND_TITLES))
    mask_id: Mask | None = None
    mask_account: Mask | None = None
    filter: LedgerFilter = field(default_factory=LedgerFilter)

    def letter_kinds_sql(self) -> str:
        return ",".join("'" + k.replace("'", "''") + "'" for k in self.letter_titles) or "''"

    def masked_id(self, value: Any) -> Any:
        if value in (None, "") or self.mask_id is None:
            return value
        return self.mask_id(str(value))


_PDF_FILE = ("LEFT JOIN document_files f ON f.id = (SELECT max(id) FROM document_files"
             " WHERE document_id = d.id AND role = 'pdf')")


def _jx(path: str, alias: str = "d") -> str:
    """A snapshot field, whether the snapshot is flat or keeps the input under ``input``."""
    return (f"COALESCE(json_extract({alias}.data, '$.input.{path}'),"
            f" json_extract({alias}.data, '$.{path}'))")


def _status(value: str) -> str:
    return STATUS_TITLES.get(value, value)


def letter_rows(src: LedgerSource) -> Iterator[tuple[list[Any], bool]]:
    where, args = src.filter.where()
    sql = (
        "SELECT d.number, d.kind, d.issued_on, d.party_name, d.amount, d.penalty, d.status,"
        " d.void_reason, d.voided_at, d.operator,"
        f" {_jx('debtor.id_number')} AS id_number,"
        f" {_jx('contract.name')} AS contract_name,"
        f" {_jx('contract.number')} AS contract_number,"
        " f.path AS pdf_path, f.sha256 AS pdf_sha"
        f" FROM documents d {_PDF_FILE}"
        f" WHERE d.kind IN ({src.letter_kinds_sql()}) AND {where} ORDER BY d.issued_on, d.id"
    )
    for r in src.iter_rows(sql, args):
        contract = " ".join(str(x) for x in (r["contract_name"], r["contract_number"]) if x)
        void = r["status"] == "void"
        yield ([
            r["number"], src.letter_titles.get(r["kind"], r["kind"]), r["issued_on"],
            r["party_name"], src.masked_id(r["id_number"]), contract, r["amount"], r["penalty"],
            _status(r["status"]), r["void_reason"], r["voided_at"], r["operator"], r["pdf_path"],
            r["pdf_sha"],
        ], not void)


def receipt_type(kind: str, series: str | None, series_key: str, parent: str | None) -> str:
    """Human label for a non-letter document (收据 / 押金收据 / 押金退还单 / 收款证明)."""
    if "certificate" in kind:
        return "收款证明"
    if "refund" in kind:
        return "押金退还单"
    if series in SERIES_TITLES:
        return SERIES_TITLES[series]
    if "deposit" in series_key or "deposit" in kind:
        return "押金收据"
    return "收据"


def receipt_rows(src: LedgerSource) -> Iterator[tuple[list[Any], bool]]:
    where, args = src.filter.where()
    sql = (
        "SELECT d.number, d.kind, d.series_key, d.issued_on, d.party_name, d.amount, d.status,"
        " d.void_reason, d.voided_at, d.void_operator, d.operator, d.parent_number,"
        f" {_jx('series')} AS series,"
        f" {_jx('payer.id_number')} AS id_number,"
        f" {_jx('purpose')} AS purpose,"
        f" {_jx('method')} AS method"
        f" FROM documents d WHERE d.kind NOT IN ({src.letter_kinds_sql()}) AND {where}"
        " ORDER BY d.issued_on, d.id"
    )
    for r in src.iter_rows(sql, args):
        void = r["status"] == "void"
        method = r["method"] if isinstance(r["method"], str) else None
        series = r["series"] if isinstance(r["series"], str) else None
        # a refund or certificate quotes money already counted on its receipt: not in totals
        counted = not void and not r["parent_number"]
        yield ([
            r["number"], receipt_type(r["kind"], series, r["series_key"], r["parent_number"]),
            r["issued_on"], r["party_name"], src.masked_id(r["id_number"]),
            r["purpose"] or (f"退还押金 {r['parent_number']}" if "refund" in r["kind"] else None),
            r["amount"], METHOD_TITLES.get(method or "", method), r["parent_number"],
            _status(r["status"]), r["void_reason"], r["voided_at"], r["void_operator"],
            r["operator"],
        ], counted)


def _child_amounts(data_text: str) -> tuple[Decimal, Decimal]:
    """(deducted, refunded) from a refund document's snapshot; tolerant of missing keys."""
    try:
        data = json.loads(data_text)
    except (TypeError, ValueError):
        return Decimal(0), Decimal(0)
    if isinstance(data, dict) and isinstance(data.get("input"), dict):
        data = data["input"]
    if not isinstance(data, dict):
        return Decimal(0), Decimal(0)
    deducted = Decimal(0)
    for item in data.get("deductions") or []:
        if isinstance(item, dict):
            deducted += to_decimal(item.get("amount")) or Decimal(0)
    refunded = to_decimal(data.get("refund")) or Decimal(0)
    return deducted, refunded


def deposit_rows(src: LedgerSource) -> Iterator[tuple[list[Any], bool]]:
    """Deposit balances (押金): amount − deductions − refunds (DOMAIN.md section 4)."""
    where, args = src.filter.where()
    moves: dict[str, list[Decimal]] = {}
    for r in src.iter_rows(
        "SELECT parent_number, kind, amount, data FROM documents WHERE parent_number IS NOT NULL"
        " AND status = 'issued'", (),
    ):
        deducted, refunded = _child_amounts(r["data"])
        if not refunded and "refund" in r["kind"]:
            refunded = to_decimal(r["amount"]) or Decimal(0)
        acc = moves.setdefault(r["parent_number"], [Decimal(0), Decimal(0)])
        acc[0] += deducted
        acc[1] += refunded
    sql = (
        "SELECT d.number, d.issued_on, d.party_name, d.amount, d.status,"
        f" {_jx('purpose')} AS purpose"
        f" FROM documents d WHERE d.kind NOT IN ({src.letter_kinds_sql()})"
        " AND d.parent_number IS NULL AND d.kind NOT LIKE '%refund%'"
        " AND d.kind NOT LIKE '%certificate%'"
        f" AND ({_jx('series')} = 'deposit' OR d.series_key LIKE '%deposit%'"
        "      OR d.kind LIKE '%deposit%')"
        f" AND {where} ORDER BY d.issued_on, d.id"
    )
    for r in src.iter_rows(sql, args):
        amount = to_decimal(r["amount"]) or Decimal(0)
        void = r["status"] == "void"
        deducted, refunded = moves.get(r["number"], [Decimal(0), Decimal(0)])
        balance = Decimal(0) if void else amount - deducted - refunded
        if void:
            state = _status(r["status"])
        elif balance == 0:
            state = "已结清"
        elif deducted or refunded:
            state = "部分扣退"
        else:
            state = "未退"
        yield ([r["number"], r["issued_on"], r["party_name"], r["purpose"], amount, deducted,
                refunded, balance, state], not void)


def _summary(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _first(mapping: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if mapping.get(key) not in (None, ""):
            return mapping[key]
    return None


def penalty_rows(src: LedgerSource) -> Iterator[tuple[list[Any], bool]]:
    """The penalty figures each letter quoted (违约金), from the snapshot's computed summary."""
    where, args = src.filter.where()
    summary_sql = "COALESCE(" + ", ".join(
        f"CASE json_type(d.data, '$.{k}') WHEN 'object' THEN json_extract(d.data, '$.{k}') END"
        for k in SUMMARY_KEYS) + ")"
    sql = (
        "SELECT d.number, d.kind, d.issued_on, d.party_name, d.amount, d.penalty, d.status,"
        f" {summary_sql} AS summary, {_jx('until')} AS until"
        f" FROM documents d WHERE d.kind IN ({src.letter_kinds_sql()}) AND {where}"
        f" AND (d.penalty IS NOT NULL OR {summary_sql} IS NOT NULL)"
        " ORDER BY d.issued_on, d.id"
    )
    for r in src.iter_rows(sql, args):
        s = _summary(r["summary"])
        void = r["status"] == "void"
        until = _first(s, "until", "calculated_until", "end") or r["until"]
        principal = _first(s, "outstanding", "principal", "principal_outstanding") or r["amount"]
        penalty = _first(s, "penalty", "total_penalty") or r["penalty"]
        if penalty is None:
            continue  # a letter that quotes no penalty (催补按揭资料函)
        per_day = _first(s, "per_day", "daily_increment", "per_day_increment")
        yield ([r["number"], src.letter_titles.get(r["kind"], r["kind"]), r["issued_on"],
                r["party_name"], until, principal, penalty, per_day, s.get("rate"),
                _status(r["status"])], not void)


def delivery_rows(src: LedgerSource) -> Iterator[tuple[list[Any], bool]]:
    """Delivery evidence (送达, DOMAIN.md section 3) beside the SHA-256 of the PDF sent."""
    where, args = src.filter.where()
    sql = (
        "SELECT d.number, d.kind, d.series_key, d.parent_number, d.status AS doc_status,"
        " v.method, v.tracking, v.date, v.status, v.address, v.created_at, f.sha256 AS pdf_sha,"
        f" {_jx('series')} AS series"
        f" FROM deliveries v JOIN documents d ON d.id = v.document_id {_PDF_FILE}"
        f" WHERE {where} ORDER BY v.date, v.id"
    )
    for r in src.iter_rows(sql, args):
        title = src.letter_titles.get(r["kind"]) or receipt_type(
            r["kind"], r["series"], r["series_key"], r["parent_number"])
        yield ([r["number"], title, DELIVERY_METHOD_TITLES.get(r["method"], r["method"]),
                r["tracking"], r["date"], DELIVERY_STATUS_TITLES.get(r["status"], r["status"]),
                r["address"], f"{title}{r['number']}", r["pdf_sha"], r["created_at"]], True)


@dataclass(frozen=True)
class SheetSpec:
    title: str
    columns: list[Column]
    rows: Callable[[LedgerSource], Iterator[tuple[list[Any], bool]]]
    total_label: str = "合计（不含作废）"


SHEETS: list[SheetSpec] = [
    SheetSpec("函件", LETTER_COLUMNS, letter_rows),
    SheetSpec("收据", RECEIPT_COLUMNS, receipt_rows,
              "合计（不含作废及退还单、收款证明）"),
    SheetSpec("押金", DEPOSIT_COLUMNS, deposit_rows),
    SheetSpec("违约金", PENALTY_COLUMNS, penalty_rows),
    SheetSpec("送达", DELIVERY_COLUMNS, delivery_rows, "合计"),
]
