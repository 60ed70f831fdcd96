"""Penalty figures in letters: the engine call, the amounts table, the annex, the totals.

The amounts table follows DOMAIN.md §6 item 4 (item, due date, amount due, paid, outstanding,
days overdue, rate, penalty to date); the annex is ``domain.annex`` (one row per segment), so
a reader can recompute every figure. The per-day increment is printed because the penalty
keeps running until payment (此后按同一标准继续计算至实际付清之日止).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from desktop_app.documents.model import Align, Block, Heading, Paragraph, Table
from desktop_app.domain.annex import ANNEX_HEADER, annex_rows, rate_in_words
from desktop_app.domain.dates import iso
from desktop_app.domain.money import format_amount
from desktop_app.domain.penalty import PenaltyRequest, PenaltyResult, calculate

from .base import Env, LetterKind, cn_date, money, words

AMOUNTS_ALIGN: tuple[Align, ...] = ("left", "center", "right", "right", "right", "right", "center", "right")
AMOUNTS_WIDTHS = (2.4, 1.7, 1.7, 1.5, 1.7, 1.0, 1.6, 1.6)
ANNEX_ALIGN: tuple[Align, ...] = ("left", "center", "center", "right", "right", "center", "right")
ANNEX_WIDTHS = (2.0, 1.6, 1.6, 0.9, 1.6, 2.6, 1.5)


def penalty_input(values: Mapping[str, Any], until: date,
                  items: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The subset of a letter's input the penalty engine reads (its own JSON contract)."""
    return {
        "items": items if items is not None else values.get("items"),
        "payments": values.get("payments") or [],
        "rate": values.get("rate"),
        "until": iso(until),
        "day_count": values.get("day_count") or "next_day",
        "allocation": values.get("allocation") or "principal",
    }


def run_penalty(data: dict[str, Any], env: Env) -> PenaltyResult:
    """Validate (errors name ``items[0].due_date`` etc.) and calculate."""
    request = PenaltyRequest.from_json(data)
    return calculate(request, env.lpr, today=request.until)


def penalty_warnings(result: PenaltyResult) -> list[dict[str, Any]]:
    return [{"code": w.code, "field": "rate", "message": w.message} for w in result.warnings]


def penalty_summary(result: PenaltyResult) -> dict[str, Any]:
    """What the ledger's 违约金 sheet shows (snapshot ``summary``)."""
    return {
        "until": result.until,
        "outstanding": result.outstanding,
        "penalty": result.penalty,
        "penalty_paid": result.penalty_paid,
        "total_due": result.outstanding + result.penalty_outstanding,
        "per_day": result.per_day,
        "rate": result.rate_description,
        "day_count": result.day_count,
        "allocation": result.allocation,
    }


def item_rate_text(result: PenaltyResult, daily: Decimal) -> str:
    if result.rate.type == "staged":
        return "分段（见附件）"
    return rate_in_words(daily)


def amounts_table(result: PenaltyResult) -> Table:
    """款项 · 应付日期 · 应付 · 已付 · 欠付 · 逾期天数 · 标准 · 违约金（暂计至 until）."""
    header = ("款项", "应付日期", "应付金额", "已付", "欠付", "逾期天数", "违约金标准",
              "违约金（暂计）")
    rows = tuple(
        (item.label, iso(item.due_date), format_amount(item.amount), format_amount(item.paid),
         format_amount(item.outstanding), str(item.days_overdue),
         item_rate_text(result, item.daily_rate), format_amount(item.penalty))
        for item in result.items
    )
    zero = Decimal(0)
    total = ("合计", "", format_amount(sum((i.amount for i in result.items), zero)),
             format_amount(sum((i.paid for i in result.items), zero)),
             format_amount(result.outstanding), "", "", format_amount(result.penalty))
    caption = f"逾期款项及违约金（暂计至{cn_date(result.until)}，单位：元）"
    return Table(header, rows, AMOUNTS_ALIGN, AMOUNTS_WIDTHS, total, caption)


def annex_blocks(kind: LetterKind, result: PenaltyResult) -> list[Block]:
    """The calculation annex: heading, basis lines and one row per segment."""
    blocks: list[Block] = [
        Heading(kind.text("annex_heading", until=cn_date(result.until))),
        Paragraph(kind.text("annex_rate", rate=result.rate_description), indent=False),
        Paragraph(basis_text(kind, result) + "。", indent=False),
    ]
    rows = annex_rows(result)
    if rows and rows[-1][0] == "合计":
        body, total = tuple(rows[:-1]), rows[-1]
    else:  # pragma: no cover - annex_rows always ends with 合计
        body, total = tuple(rows), None
    blocks.append(Table(ANNEX_HEADER, body, ANNEX_ALIGN, ANNEX_WIDTHS, total))
    return blocks


def basis_text(kind: LetterKind, result: PenaltyResult) -> str:
    """Day count, allocation and year basis used — printed on every letter (DOMAIN.md §2)."""
    parts = [kind.text(f"day_count_{result.day_count}", until=cn_date(result.until))]
    if any(item.paid > 0 for item in result.items) or result.penalty_paid > 0:
        parts.append(kind.text(f"allocation_{result.allocation}"))
    if result.rate.type in ("annual", "lpr"):
        parts.append(kind.text("year_days", year_days=result.year_days))
    return "；".join(parts)


def totals_values(result: PenaltyResult) -> dict[str, str]:
    """Placeholders for totals: figures with ¥ and separators, words with 人民币."""
    total = result.outstanding + result.penalty_outstanding
    return {
        "until": cn_date(result.until),
        "next_day": cn_date(result.until + timedelta(days=1)),
        "outstanding": money(result.outstanding),
        "outstanding_words": words(result.outstanding),
        "penalty": money(result.penalty),
        "penalty_words": words(result.penalty),
        "penalty_paid": money(result.penalty_paid),
        "penalty_due": money(result.penalty_outstanding),
        "penalty_due_words": words(result.penalty_outstanding),
        "total": money(total),
        "total_words": words(total),
        "per_day": format_amount(result.per_day),
        "rate": result.rate_description,
    }


def rate_varies(result: PenaltyResult) -> bool:
    """Staged clauses (GF-2014-0171 art. 9) and floating LPR change the daily amount later."""
    return result.rate.type == "staged" or (
        result.rate.type == "lpr" and result.rate.mode == "floating")


def totals_paragraphs(kind: LetterKind, result: PenaltyResult) -> list[Block]:
    v = totals_values(result)
    # An LPR-based rate is not called "agreed": it may apply because nothing was agreed
    # (买卖合同解释 art. 18).
    basis = "rate_basis_lpr" if result.rate.type == "lpr" else "rate_basis_contract"
    v["rate_basis"] = kind.text(basis, rate=v["rate"])
    key = "totals_with_paid_penalty" if result.penalty_paid > 0 else "totals"
    blocks: list[Block] = [Paragraph(kind.text(key, **v))]
    if result.per_day > 0:
        per_day = "per_day_variable" if rate_varies(result) else "per_day"
        blocks.append(Paragraph(kind.text(per_day, **v)))
    blocks.append(Paragraph(kind.text("basis_note", basis=basis_text(kind, result))))
    return blocks
