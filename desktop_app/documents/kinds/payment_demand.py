"""付款催告函 — demand for overdue payments with the penalty to date (DOMAIN.md §§2, 3, 6).

Layout (DOMAIN.md §6): letterhead, title, number, addressee; basis (contract name, number,
date, what we performed); the amounts table with the penalty 暂计至 a date, totals in figures
and words and the per-day increment; the demand with the account; lawful consequences
(continued penalty, litigation/arbitration, the contract's termination clause); reservation
of rights; "if already paid, ignore"; contact; sender, seal and date; optional 回执 that reads
as a confirmation of the debt and a promise to pay (法释〔1999〕7号; 诉讼时效规定 art. 19) with
no final penalty figure; the calculation annex on its own page.
"""

from __future__ import annotations

from typing import Any

from desktop_app.documents.model import AckSlip, Addressee, Document, PageBreak, Paragraph

from . import amounts
from .base import Env, LetterKind, Prepared, book_title, cn_date, limitation_warnings, money


class PaymentDemand(LetterKind):
    id = "payment_demand"

    def check(self, values: dict[str, Any]) -> None:
        self.require_deadline(values)

    def prepare(self, values: dict[str, Any], env: Env) -> Prepared:
        letter_date = self.letter_date(values, env)
        self.check_deadline_after(values, letter_date)
        until = values.get("until") or letter_date
        result = amounts.run_penalty(amounts.penalty_input(values, until), env)
        warnings = amounts.penalty_warnings(result)
        warnings += limitation_warnings(
            [(f"items[{i}].due_date", item.label, item.due_date)
             for i, item in enumerate(result.items) if item.outstanding > 0],
            letter_date,
        )
        return Prepared(
            kind=self.id, values=values, letter_date=letter_date,
            party_name=values["debtor"]["name"], amount=result.outstanding,
            penalty=result.penalty, computed={"penalty": result}, warnings=warnings,
            summary=amounts.penalty_summary(result),
        )

    def build(self, prep: Prepared, number: str | None, env: Env) -> Document:
        v = prep.values
        result = prep.computed["penalty"]
        contract = v["contract"]
        debtor = v["debtor"]
        totals = amounts.totals_values(result)
        doc = self.new_document(prep, number, env)
        doc.add(Addressee(debtor["name"]))
        doc.add(Paragraph(self.text(
            "basis", signed_on=cn_date(contract["signed_on"]), id_part=self.id_part(debtor),
            contract=book_title(contract["name"]), contract_number=contract["number"],
            property_part=self.text("property_part", property=contract["property"])
            if contract.get("property") else "",
            performed=v.get("performed") or "",
        )))
        doc.add(Paragraph(self.text("overdue_intro", until=totals["until"])))
        doc.add(amounts.amounts_table(result))
        doc.add(*amounts.totals_paragraphs(self, result))
        doc.add(Paragraph(self.text("demand", deadline=self.deadline_text(v),
                                    total=totals["total"])))
        doc.add(*self.account_blocks(v["pay_to"]))
        doc.add(Paragraph(self.text("consequence")))
        if contract.get("clause"):
            doc.add(Paragraph(self.text("terminate_with_clause",
                                        contract=book_title(contract["name"]),
                                        clause=contract["clause"])))
        else:
            doc.add(Paragraph(self.text("terminate_without_clause")))
        doc.add(Paragraph(self.text("reservation")))
        doc.add(Paragraph(self.text("ignore_if_paid")))
        closing = self.closing(prep, env)
        doc.add(*closing[:-1])
        doc.add(Paragraph(self.text("attachment_line"), indent=False))
        doc.add(closing[-1])
        if v.get("ack_slip"):
            doc.add(self._ack_slip(prep, number, result))
        doc.add(PageBreak())
        doc.add(*amounts.annex_blocks(self, result))
        return doc

    def _ack_slip(self, prep: Prepared, number: str | None, result: Any) -> AckSlip:
        v = prep.values
        contract = v["contract"]
        return self.ack_slip((
            self.text("ack_to", creditor=v["creditor"]["name"]),
            self.text("ack_received", letter_date=cn_date(prep.letter_date),
                      number=number or "编号见函首"),
            self.text("ack_confirm", until=cn_date(result.until),
                      contract=book_title(contract["name"]),
                      contract_number=contract["number"],
                      outstanding_plain=money(result.outstanding),
                      outstanding_words=amounts.words(result.outstanding)),
            self.text("ack_promise", promise_date=self.promise_date(v)),
        ))


KIND = PaymentDemand()
