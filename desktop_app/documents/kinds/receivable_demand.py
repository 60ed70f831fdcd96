"""应收账款催收函 — receivables demand between firms (DOMAIN.md §§1, 3, 6).

The invoice list shows number, date, amount, amount received, credit days, due date (invoice
date + credit days unless given) and days overdue to the calculation date (from the day after
the due date, 民法典 201). A penalty is optional: with a ``rate`` each invoice's unpaid part
runs through the penalty engine from its own due date. An objection period invites the debtor
to reconcile the accounts (DOMAIN.md §7 lists it among the allowed contents).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from desktop_app.documents.model import (
    AckSlip,
    Addressee,
    Align,
    Document,
    PageBreak,
    Paragraph,
    Table,
)
from desktop_app.domain.dates import iso
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.money import format_amount, plain_amount

from . import amounts
from .base import Env, LetterKind, Prepared, book_title, cn_date, limitation_warnings, money, words

INVOICE_HEADER = ("发票号码", "开票日期", "金额", "已收", "未收", "账期天数", "到期日",
                  "逾期天数")
INVOICE_ALIGN: tuple[Align, ...] = ("center", "center", "right", "right", "right", "right", "center", "right")
INVOICE_WIDTHS = (2.0, 1.6, 1.6, 1.5, 1.6, 1.1, 1.6, 1.1)
ZERO = Decimal(0)


class ReceivableDemand(LetterKind):
    id = "receivable_demand"

    def check(self, values: dict[str, Any]) -> None:
        self.require_deadline(values)
        if not values["invoices"]:
            raise ValidationError("invoices", "请至少填写一张发票或账单")
        seen: set[str] = set()
        for i, inv in enumerate(values["invoices"]):
            if inv["number"] in seen:
                raise ValidationError(f"invoices[{i}].number", f"发票号码重复：{inv['number']}")
            seen.add(inv["number"])
            paid = inv.get("paid") or ZERO
            if paid > inv["amount"]:
                raise ValidationError(f"invoices[{i}].paid", "已收金额大于发票金额")
            days = inv.get("credit_days")
            if days is None:
                days = values.get("credit_days") or 0
            inv["credit_days"] = days
            if inv.get("due_date") is None:
                inv["due_date"] = inv["date"] + timedelta(days=days)
            elif inv["due_date"] < inv["date"]:
                raise ValidationError(f"invoices[{i}].due_date", "到期日早于开票日期")
            inv["paid"] = paid
        if all(inv["amount"] - inv["paid"] <= 0 for inv in values["invoices"]):
            raise ValidationError("invoices", "所列发票均已收清，无需催收")

    def prepare(self, values: dict[str, Any], env: Env) -> Prepared:
        letter_date = self.letter_date(values, env)
        self.check_deadline_after(values, letter_date)
        until: date = values.get("until") or letter_date
        rows = []
        outstanding = ZERO
        claims = []
        for i, inv in enumerate(values["invoices"]):
            unpaid = inv["amount"] - inv["paid"]
            overdue = max((until - inv["due_date"]).days, 0) if unpaid > 0 else 0
            rows.append({**inv, "unpaid": unpaid, "days_overdue": overdue})
            outstanding += unpaid
            if unpaid > 0:
                claims.append((f"invoices[{i}].due_date", f"发票{inv['number']}", inv["due_date"]))
        warnings = limitation_warnings(claims, letter_date)
        if not any(r["days_overdue"] > 0 for r in rows):
            warnings.append({"code": "NOT_YET_OVERDUE", "field": "invoices",
                             "message": f"invoices：截至{cn_date(until)}所列发票均未到期"})
        result = None
        summary: dict[str, Any] = {"until": until, "outstanding": outstanding}
        if values.get("rate"):
            items = [{"label": f"发票{r['number']}", "amount": plain_amount(r["unpaid"]),
                      "due_date": iso(r["due_date"])} for r in rows if r["unpaid"] > 0]
            data = amounts.penalty_input(values, until, items)
            data["payments"] = []
            data["allocation"] = "principal"
            result = amounts.run_penalty(data, env)
            warnings = amounts.penalty_warnings(result) + warnings
            summary = amounts.penalty_summary(result)
        return Prepared(
            kind=self.id, values=values, letter_date=letter_date,
            party_name=values["debtor"]["name"], amount=outstanding,
            penalty=result.penalty if result else None,
            computed={"rows": rows, "penalty": result, "until": until,
                      "outstanding": outstanding},
            warnings=warnings, summary=summary,
        )

    def build(self, prep: Prepared, number: str | None, env: Env) -> Document:
        v = prep.values
        c = prep.computed
        result = c["penalty"]
        doc = self.new_document(prep, number, env)
        doc.add(Addressee(v["debtor"]["name"]))
        doc.add(Paragraph(self._basis(v)))
        doc.add(Paragraph(self.text("intro", until=cn_date(c["until"]))))
        doc.add(self._invoice_table(c["rows"], c["outstanding"], c["until"]))
        if result is not None:
            doc.add(*amounts.totals_paragraphs(self, result))
            total = result.outstanding + result.penalty_outstanding
        else:
            doc.add(Paragraph(self.text("totals_plain", outstanding=money(c["outstanding"]),
                                        outstanding_words=words(c["outstanding"]))))
            total = c["outstanding"]
        doc.add(Paragraph(self.text("objection", days=v.get("objection_days") or 7)))
        doc.add(Paragraph(self.text("demand", deadline=self.deadline_text(v), total=money(total))))
        doc.add(*self.account_blocks(v["pay_to"]))
        doc.add(Paragraph(self.text("consequence_penalty" if result else "consequence_plain")))
        doc.add(Paragraph(self.text("reservation")))
        doc.add(Paragraph(self.text("ignore_if_paid")))
        closing = self.closing(prep, env)
        doc.add(*closing[:-1])
        if result is not None:
            doc.add(Paragraph(self.text("attachment_line"), indent=False))
        doc.add(closing[-1])
        if v.get("ack_slip"):
            doc.add(self._ack_slip(prep, number))
        if result is not None:
            doc.add(PageBreak())
            doc.add(*amounts.annex_blocks(self, result))
        return doc

    def _basis(self, v: dict[str, Any]) -> str:
        contract = v.get("contract")
        performed = v.get("performed") or ""
        if not contract:
            return self.text("basis_plain", performed=performed)
        number_part = (self.text("contract_number_part", contract_number=contract["number"])
                       if contract.get("number") else "")
        key = "basis_contract" if contract.get("signed_on") else "basis_contract_undated"
        return self.text(key, signed_on=cn_date(contract.get("signed_on")),
                         contract=book_title(contract["name"]),
                         contract_number_part=number_part, performed=performed)

    @staticmethod
    def _invoice_table(rows: list[dict[str, Any]], outstanding: Decimal, until: date) -> Table:
        body = tuple(
            (r["number"], iso(r["date"]), format_amount(r["amount"]), format_amount(r["paid"]),
             format_amount(r["unpaid"]), str(r["credit_days"]), iso(r["due_date"]),
             str(r["days_overdue"]))
            for r in rows
        )
        total = ("合计", "", format_amount(sum((r["amount"] for r in rows), ZERO)),
                 format_amount(sum((r["paid"] for r in rows), ZERO)), format_amount(outstanding),
                 "", "", "")
        caption = f"逾期未付发票（逾期天数计至{cn_date(until)}，单位：元）"
        return Table(INVOICE_HEADER, body, INVOICE_ALIGN, INVOICE_WIDTHS, total, caption)

    def _ack_slip(self, prep: Prepared, number: str | None) -> AckSlip:
        v, c = prep.values, prep.computed
        confirm = "ack_confirm_penalty" if c["penalty"] is not None else "ack_confirm"
        return self.ack_slip((
            self.text("ack_to", creditor=v["creditor"]["name"]),
            self.text("ack_received", letter_date=cn_date(prep.letter_date),
                      number=number or "编号见函首"),
            self.text(confirm, until=cn_date(c["until"]),
                      outstanding_plain=money(c["outstanding"]),
                      outstanding_words=words(c["outstanding"])),
            self.text("ack_promise", promise_date=self.promise_date(v)),
        ))


KIND = ReceivableDemand()
