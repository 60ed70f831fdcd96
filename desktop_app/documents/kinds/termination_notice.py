"""解除合同通知书 — termination notice, mortgage or cash variant (DOMAIN.md §3 "Termination").

After a demand with a reasonable cure period (house sales: three months after the 催告,
商品房买卖合同解释 art. 11, unless the contract agrees otherwise) the seller may terminate by
written notice, effective when it arrives (民法典 563, 565). The notice therefore cites the
earlier demand (number, date, delivery evidence) and the contract clause; a percentage of the
cumulative amount due may be claimed where the contract provides for it (GF-2014-0171 art. 9).
A 退房申请书 form for the buyer follows on its own page.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop_app.documents.model import (
    Addressee,
    Document,
    PageBreak,
    Paragraph,
    Spacer,
    Title,
)
from desktop_app.domain.dates import format_date_cn
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.money import parse_rate, round_fen

from .base import Env, LetterKind, Prepared, add_months, book_title, cn_date, money, words

CURE_MONTHS = 3  # 商品房买卖合同解释 art. 11: a reasonable period of three months


class TerminationNotice(LetterKind):
    id = "termination_notice"

    def check(self, values: dict[str, Any]) -> None:
        self.require_deadline(values, "结算期限")
        if not values["contract"].get("clause"):
            raise ValidationError("contract.clause", "解除合同通知须写明所依据的合同条款")
        if values.get("claim_percent"):
            pct = parse_rate(values["claim_percent"], "claim_percent")
            if pct <= 0 or pct > 100:
                raise ValidationError("claim_percent", "违约金比例应在0到100之间（百分数）")
            if not values.get("cumulative_amount"):
                raise ValidationError("cumulative_amount", "填写违约金比例时须填写累计应付款")
            values["claim_percent"] = pct

    def prepare(self, values: dict[str, Any], env: Env) -> Prepared:
        letter_date = self.letter_date(values, env)
        self.check_deadline_after(values, letter_date)
        demand_date = values["demand"]["date"]
        if demand_date > letter_date:
            raise ValidationError("demand.date", "前次催告的日期晚于本通知的落款日期")
        warnings: list[dict[str, Any]] = []
        if add_months(demand_date, CURE_MONTHS) > letter_date:
            warnings.append({
                "code": "CURE_PERIOD_SHORT", "field": "demand.date",
                "message": f"demand.date：前次催告（{format_date_cn(demand_date)}）至今不足三个月。"
                           "商品房买卖中，催告后三个月的合理期限内仍未履行的方可解除"
                           "（商品房买卖合同解释第十一条），合同另有约定的除外；请核对合同约定。",
            })
        claim = None
        if values.get("claim_percent"):
            claim = round_fen(values["cumulative_amount"] * values["claim_percent"] / 100)
        return Prepared(
            kind=self.id, values=values, letter_date=letter_date,
            party_name=values["debtor"]["name"],
            amount=values.get("overdue_amount") or values.get("cumulative_amount"),
            penalty=claim, computed={"claim": claim}, warnings=warnings,
            summary={"claim": claim, "variant": values["variant"],
                     "parent_demand": values["demand"]["number"]},
            parent_ref=values["demand"]["number"],
        )

    def build(self, prep: Prepared, number: str | None, env: Env) -> Document:
        v = prep.values
        contract, debtor, demand = v["contract"], v["debtor"], v["demand"]
        title = book_title(contract["name"])
        property_part = (self.text("property_part", property=contract["property"])
                         if contract.get("property") else "")
        doc = self.new_document(prep, number, env)
        doc.add(Addressee(debtor["name"]))
        doc.add(Paragraph(self.text(
            "basis", signed_on=cn_date(contract["signed_on"]), id_part=self.id_part(debtor),
            contract=title, contract_number=contract["number"], property_part=property_part)))
        variant = v["variant"]
        overdue = v.get("overdue_amount")
        doc.add(Paragraph(self.text(
            f"facts_{variant}",
            demand_date=cn_date(demand["date"]),
            demand_title=(demand.get("title") or self.text(f"demand_title_{variant}")).strip("《》"),
            demand_number=demand["number"],
            delivery_part=self.text("delivery_part", delivery=demand["delivery"])
            if demand.get("delivery") else "",
            overdue_part=self.text("overdue_part", overdue=money(overdue),
                                   overdue_words=words(overdue))
            if overdue and variant == "cash" else "",
        )))
        doc.add(Paragraph(self.text("termination", contract=title, clause=contract["clause"],
                                    contract_number=contract["number"])))
        claim: Decimal | None = prep.computed.get("claim")
        if claim is not None:
            doc.add(Paragraph(self.text(
                "claim", contract=title, clause=contract["clause"],
                base=money(v["cumulative_amount"]),
                percent=f"{v['claim_percent'].normalize():f}",
                amount=money(claim), amount_words=words(claim))))
        attachment = v.get("attachment", True)
        doc.add(Paragraph(self.text(
            "settle", deadline=self.deadline_text(v),
            attachment_part=self.text("attachment_part") if attachment else "",
            place=v.get("settle_place") or self.text("settle_place_default"))))
        doc.add(Paragraph(self.text("failing")))
        doc.add(Paragraph(self.text("reservation")))
        closing = self.closing(prep, env)
        doc.add(*closing[:-1])
        if attachment:
            doc.add(Paragraph(self.text("attachment_line"), indent=False))
        doc.add(closing[-1])
        if attachment:
            doc.add(PageBreak())
            doc.add(*self.form_blocks(prep, number, property_part, title))
        return doc

    def form_blocks(self, prep: Prepared, number: str | None, property_part: str,
                    title: str) -> list[Any]:
        """退房申请书: the buyer's form, on its own page after the notice."""
        v = prep.values
        contract, debtor = v["contract"], v["debtor"]
        return [
            Title(self.text("form_title")),
            Addressee(v["creditor"]["name"]),
            Paragraph(self.text(
                "form_body", debtor=debtor["name"], id_part=self.id_part(debtor),
                signed_on=cn_date(contract["signed_on"]), contract=title,
                contract_number=contract["number"], property_part=property_part,
                number=number or "编号见通知书")),
            Spacer(10),
            *(block for key in ("form_signer", "form_id", "form_phone", "form_date")
              for block in (Paragraph(self.text(key), indent=False, align="left"), Spacer(6))),
        ]


KIND = TerminationNotice()
