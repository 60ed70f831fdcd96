"""催款通知单（债务确认）— the notice a debtor signs to confirm the debt (DOMAIN.md §3).

A debtor who signs or seals a collection notice confirms the debt, even after the limitation
period (SPC reply 法释〔1999〕7号); today 诉讼时效规定 art. 19 also asks that the wording shows
agreement to pay. So the confirmation part states the amount owed as of a date and a promise
to pay by a date, with signature / seal / fingerprint, date and the signer's role — not a
mere receipt — and it fixes no final penalty figure: the penalty keeps running until payment.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop_app.documents.model import Addressee, Document, Paragraph, Table
from desktop_app.domain.dates import iso
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.money import format_amount

from .base import Env, LetterKind, Prepared, book_title, cn_date, limitation_warnings, money, words

ZERO = Decimal(0)


class DebtConfirmation(LetterKind):
    id = "debt_confirmation"

    def check(self, values: dict[str, Any]) -> None:
        if not values["items"]:
            raise ValidationError("items", "请至少填写一笔欠款")

    def prepare(self, values: dict[str, Any], env: Env) -> Prepared:
        letter_date = self.letter_date(values, env)
        if values["as_of"] > letter_date:
            raise ValidationError("as_of", "欠款截至日期晚于落款日期")
        promise = values.get("promise_date")
        if promise and promise < letter_date:
            raise ValidationError("promise_date", "承诺付清日期早于落款日期")
        total = sum((item["amount"] for item in values["items"]), ZERO)
        warnings = limitation_warnings(
            [(f"items[{i}].due_date", item["label"], item["due_date"])
             for i, item in enumerate(values["items"]) if item.get("due_date")],
            letter_date,
        )
        return Prepared(kind=self.id, values=values, letter_date=letter_date,
                        party_name=values["debtor"]["name"], amount=total,
                        computed={"total": total}, warnings=warnings,
                        summary={"as_of": values["as_of"], "outstanding": total})

    def build(self, prep: Prepared, number: str | None, env: Env) -> Document:
        v = prep.values
        total: Decimal = prep.computed["total"]
        contract = v.get("contract")
        doc = self.new_document(prep, number, env)
        doc.add(Addressee(v["debtor"]["name"]))
        id_part = self.id_part(v["debtor"])
        if contract:
            number_part = (self.text("contract_number_part", contract_number=contract["number"])
                           if contract.get("number") else "")
            doc.add(Paragraph(self.text("basis_contract", contract=book_title(contract["name"]),
                                        contract_number_part=number_part,
                                        as_of=cn_date(v["as_of"]), id_part=id_part)))
        else:
            doc.add(Paragraph(self.text("basis_plain", as_of=cn_date(v["as_of"]),
                                        id_part=id_part)))
        doc.add(Table(
            ("款项", "应付日期", "欠款金额"),
            tuple((item["label"], iso(item["due_date"]) if item.get("due_date") else "",
                   format_amount(item["amount"])) for item in v["items"]),
            ("left", "center", "right"), (3.0, 1.5, 1.5),
            ("合计", "", format_amount(total)),
            f"欠款明细（截至{cn_date(v['as_of'])}，单位：元）",
        ))
        doc.add(Paragraph(self.text("total", total=money(total), total_words=words(total))))
        has_penalty = bool(contract or v.get("penalty_basis"))
        if has_penalty:
            doc.add(Paragraph(self.text(
                "penalty", penalty_basis=v.get("penalty_basis")
                or self.text("penalty_default_basis"))))
        else:
            doc.add(Paragraph(self.text("penalty_no_contract")))
        doc.add(Paragraph(self.text("request")))
        doc.add(*self.closing(prep, env))
        creditor = v["creditor"]["name"]
        promise = (cn_date(v["promise_date"]) if v.get("promise_date")
                   else self.text("blank_date"))
        paragraphs = [
            self.text("ack_to", creditor=creditor),
            self.text("ack_confirm", creditor=creditor, number=number or "编号见上",
                      as_of=cn_date(v["as_of"]), total_plain=money(total),
                      total_words=words(total)),
        ]
        if has_penalty:
            paragraphs.append(self.text("ack_penalty"))
        paragraphs.append(self.text("ack_promise" if has_penalty else "ack_promise_plain",
                                    promise_date=promise))
        doc.add(self.ack_slip(paragraphs))
        return doc


KIND = DebtConfirmation()
