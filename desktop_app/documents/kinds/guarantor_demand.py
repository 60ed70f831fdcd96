"""保证人催收通知书 — demand to a guarantor (DOMAIN.md §3 "Guarantors", 民法典 686–694).

- Type: without an agreement the guarantee is 一般保证 (民法典 686).
- Period: as agreed, else six months from the end of the main debt's performance period
  (692); it is never interrupted or extended.
- For a 连带 guarantor a written demand within the period preserves the claim (693 II). For
  a 一般 guarantor a letter is not enough: the creditor must sue or arbitrate against the
  debtor within the period (693 I) — we warn, and the letter does not pretend otherwise.
- The optional slip asks the guarantor to write the date of receipt: proof that the demand
  arrived within the period (SPC reply 〔2003〕民二他字第6号 on EMS delivery).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.documents.model import AckSlip, Addressee, Document, Paragraph
from desktop_app.domain.dates import format_date_cn
from desktop_app.domain.errors import ValidationError

from .base import Env, LetterKind, Prepared, add_months, book_title, cn_date, money, words

DEFAULT_PERIOD_MONTHS = 6  # 民法典 692
NEAR_DAYS = 30


def guarantee_period_end(values: dict[str, Any]) -> tuple[date, bool]:
    """(end of the guarantee period, whether it is the statutory default)."""
    g = values.get("guarantee") or {}
    if g.get("period_end"):
        return g["period_end"], False
    if g.get("period_months"):
        return add_months(values["main_due_date"], g["period_months"]), False
    return add_months(values["main_due_date"], DEFAULT_PERIOD_MONTHS), True


class GuarantorDemand(LetterKind):
    id = "guarantor_demand"

    def check(self, values: dict[str, Any]) -> None:
        g = values.get("guarantee") or {}
        if g.get("period_end") and g.get("period_months"):
            raise ValidationError("guarantee.period_end", "保证期间届满日与保证期间（月）只能填写一项")
        if g.get("period_end") and g["period_end"] < values["main_due_date"]:
            raise ValidationError("guarantee.period_end", "保证期间届满日早于主债务履行期限届满日")
        if (g.get("type") or "general") == "joint":
            self.require_deadline(values, "履行期限")
            if not values.get("pay_to"):
                raise ValidationError("pay_to.bank", "请填写收款账户（或在单位资料中设置）")

    def prepare(self, values: dict[str, Any], env: Env) -> Prepared:
        letter_date = self.letter_date(values, env)
        self.check_deadline_after(values, letter_date)
        g = values.get("guarantee") or {}
        warnings: list[dict[str, Any]] = []
        gtype = g.get("type")
        if not gtype:
            gtype = "general"
            warnings.append({
                "code": "GUARANTEE_TYPE_DEFAULT", "field": "guarantee.type",
                "message": "guarantee.type：未填写保证方式，按一般保证处理（当事人对保证方式没有约定"
                           "或者约定不明确的，按照一般保证承担保证责任，民法典第六百八十六条）。",
            })
        end, is_default = guarantee_period_end(values)
        if is_default:
            warnings.append({
                "code": "GUARANTEE_PERIOD_DEFAULT", "field": "guarantee.period_end",
                "message": f"guarantee.period_end：未填写约定的保证期间，按主债务履行期限届满之日起六个月"
                           f"计算（民法典第六百九十二条），至{format_date_cn(end)}届满；请核对保证合同。",
            })
        ended = letter_date > end
        if ended:
            warnings.append({
                "code": "GUARANTEE_PERIOD_ENDED", "field": "guarantee.period_end",
                "message": f"guarantee.period_end：保证期间已于{format_date_cn(end)}届满。保证期间不发生"
                           "中止、中断和延长（民法典第六百九十二条）；债权人未在期间内依法主张的，"
                           "保证人不再承担保证责任（第六百九十三条）。请咨询律师。",
            })
        elif (end - letter_date).days <= NEAR_DAYS:
            warnings.append({
                "code": "GUARANTEE_PERIOD_NEAR", "field": "guarantee.period_end",
                "message": f"guarantee.period_end：保证期间将于{format_date_cn(end)}届满，请确保本通知"
                           "在此之前送达并保存送达凭证。",
            })
        if gtype == "general":
            warnings.append({
                "code": "GUARANTEE_GENERAL", "field": "guarantee.type",
                "message": "guarantee.type：一般保证仅向保证人发函不足以保全权利——债权人须在保证期间内"
                           f"（至{format_date_cn(end)}）对债务人提起诉讼或者申请仲裁"
                           "（民法典第六百八十七条、第六百九十三条第一款）。",
            })
        interest: Decimal | None = values.get("interest")
        total = values["outstanding"] + (interest or Decimal(0))
        until = values.get("until") or letter_date
        return Prepared(
            kind=self.id, values=values, letter_date=letter_date,
            party_name=values["guarantor"]["name"], amount=values["outstanding"],
            penalty=interest,
            computed={"type": gtype, "period_end": end, "ended": ended, "total": total,
                      "until": until},
            warnings=warnings,
            summary={"until": until, "outstanding": values["outstanding"], "penalty": interest,
                     "guarantee_type": gtype, "period_end": end, "debtor": values["debtor"]["name"]},
        )

    def build(self, prep: Prepared, number: str | None, env: Env) -> Document:
        v, c = prep.values, prep.computed
        contract, debtor = v["contract"], v["debtor"]["name"]
        g = v.get("guarantee") or {}
        doc = self.new_document(prep, number, env)
        doc.add(Addressee(v["guarantor"]["name"]))
        doc.add(Paragraph(self.text(
            "basis", main_signed=cn_date(contract["signed_on"]), debtor=debtor,
            contract=book_title(contract["name"]), contract_number=contract["number"],
            id_part=self.id_part(v["guarantor"]), guarantee_doc_part=self._guarantee_doc(g),
            type_label=self.text(f"type_{c['type']}"))))
        interest = v.get("interest")
        doc.add(Paragraph(self.text(
            "facts", due=cn_date(v["main_due_date"]), debtor=debtor, until=cn_date(c["until"]),
            outstanding=money(v["outstanding"]), outstanding_words=words(v["outstanding"]),
            interest_part=self.text("interest_part", interest=money(interest),
                                    interest_words=words(interest), total=money(c["total"]),
                                    total_words=words(c["total"])) if interest else "")))
        within = "" if c["ended"] else self.text("period_within")
        if c["type"] == "joint":
            doc.add(Paragraph(self.text("claim_joint", within=within,
                                        deadline=self.deadline_text(v))))
            doc.add(*self.account_blocks(v["pay_to"]))
            doc.add(Paragraph(self.text("consequence_joint")))
        else:
            doc.add(Paragraph(self.text("claim_general", within=within, debtor=debtor)))
        doc.add(Paragraph(self.text("reservation")))
        doc.add(Paragraph(self.text("ignore_if_paid", debtor=debtor)))
        doc.add(*self.closing(prep, env))
        if v.get("ack_slip"):
            doc.add(self._ack_slip(prep, number))
        return doc

    def _guarantee_doc(self, g: dict[str, Any]) -> str:
        if not g.get("contract_name"):
            return ""
        doc = self.text(
            "guarantee_doc",
            guarantee_signed_part=self.text("guarantee_signed_part",
                                            signed_on=cn_date(g["signed_on"]))
            if g.get("signed_on") else "",
            guarantee_contract=book_title(g["contract_name"]),
            guarantee_number_part=self.text("guarantee_number_part", number=g["contract_number"])
            if g.get("contract_number") else "",
        )
        return self.text("guarantee_doc_part", guarantee_doc=doc)

    def _ack_slip(self, prep: Prepared, number: str | None) -> AckSlip:
        v, c = prep.values, prep.computed
        creditor = v["creditor"]["name"]
        paragraphs = [
            self.text("ack_to", creditor=creditor),
            self.text("ack_received", creditor=creditor, number=number or "编号见函首",
                      debtor=v["debtor"]["name"], contract=book_title(v["contract"]["name"]),
                      outstanding_plain=money(v["outstanding"]),
                      outstanding_words=words(v["outstanding"])),
        ]
        if c["type"] == "joint":
            paragraphs.append(self.text("ack_promise", promise_date=self.promise_date(v)))
        return self.ack_slip(paragraphs)


KIND = GuarantorDemand()
