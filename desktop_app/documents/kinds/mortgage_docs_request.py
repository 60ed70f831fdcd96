"""催补按揭资料函 — request for missing mortgage documents (DOMAIN.md §§1, 6).

A house buyer paying by mortgage must hand in what the bank needs; when documents are
missing the seller asks for them by a deadline and cites the contract clause on the
consequence. That consequence is what the contract says (often a right to terminate): the
letter quotes the clause instead of inventing one.
"""

from __future__ import annotations

from typing import Any

from desktop_app.documents.model import Addressee, Document, Paragraph

from .base import Env, LetterKind, Prepared, book_title, cn_date


class MortgageDocsRequest(LetterKind):
    id = "mortgage_docs_request"

    def check(self, values: dict[str, Any]) -> None:
        self.require_deadline(values, "补交期限")

    def prepare(self, values: dict[str, Any], env: Env) -> Prepared:
        letter_date = self.letter_date(values, env)
        self.check_deadline_after(values, letter_date)
        return Prepared(kind=self.id, values=values, letter_date=letter_date,
                        party_name=values["debtor"]["name"],
                        summary={"documents": len(values["documents"])})

    def build(self, prep: Prepared, number: str | None, env: Env) -> Document:
        v = prep.values
        contract = v["contract"]
        debtor = v["debtor"]
        title = book_title(contract["name"])
        doc = self.new_document(prep, number, env)
        doc.add(Addressee(debtor["name"]))
        doc.add(Paragraph(self.text(
            "basis", signed_on=cn_date(contract["signed_on"]), id_part=self.id_part(debtor),
            contract=title, contract_number=contract["number"],
            property_part=self.text("property_part", property=contract["property"])
            if contract.get("property") else "",
        )))
        if v.get("submit_by"):
            doc.add(Paragraph(self.text("obligation_with_date", submit_by=cn_date(v["submit_by"]),
                                        bank=v["bank"])))
        else:
            doc.add(Paragraph(self.text("obligation", bank=v["bank"])))
        doc.add(Paragraph(self.text("missing_intro", letter_date=cn_date(prep.letter_date))))
        for i, item in enumerate(v["documents"], start=1):
            doc.add(Paragraph(self.text("missing_item", index=i, document=item)))
        doc.add(Paragraph(self.text(
            "demand", deadline=self.deadline_text(v),
            submit_to_part=self.text("submit_to_part", submit_to=v["submit_to"])
            if v.get("submit_to") else "",
        )))
        doc.add(Paragraph(self._consequence(v, title)))
        doc.add(Paragraph(self.text("reservation")))
        doc.add(Paragraph(self.text("ignore_if_done")))
        doc.add(*self.closing(prep, env))
        return doc

    def _consequence(self, v: dict[str, Any], title: str) -> str:
        clause = v["contract"].get("clause")
        consequence = v.get("consequence")
        if consequence and not consequence.endswith(("。", "！", ".")):
            consequence += "。"
        if clause and consequence:
            return self.text("consequence_with_clause", contract=title, clause=clause,
                             consequence=consequence)
        if clause:
            return self.text("consequence_clause_only", contract=title, clause=clause)
        if consequence:
            return self.text("consequence_text_only", consequence=consequence)
        return self.text("consequence_default")


KIND = MortgageDocsRequest()
