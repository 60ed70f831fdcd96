"""收据与押金 page: issue a deposit receipt, the employee-deposit confirmation, a refund."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.textutil import pdf_text, squash


@pytest.fixture()
def page(qtbot: Any, ctx: Any, profile: Any) -> Any:
    from desktop_app.gui.pages.receipts_page import ReceiptsPage

    widget = ReceiptsPage(ctx)
    qtbot.addWidget(widget)
    return widget


def _fill(page: Any, payer_type: str = "person") -> None:
    page.series.setCurrentIndex(page.series.findData("deposit"))
    page.payer_name.setText("钱七")
    page.payer_type.setCurrentIndex(page.payer_type.findData(payer_type))
    page.purpose.setText("装修押金")
    page.amount.setText("2,000.00")


def test_amount_words_shown_live(page: Any) -> None:
    page.amount.setText("1,409.50")
    assert page.amount.words.text() == "人民币壹仟肆佰零玖元伍角整"


def test_issue_deposit_receipt_then_refund(qtbot: Any, ctx: Any, page: Any) -> None:
    _fill(page)
    with qtbot.waitSignal(page.issued, timeout=20000) as blocker:
        page.issue()
    number = blocker.args[0].number
    pdf = Path(blocker.args[0].files[0])
    assert pdf.is_file() and "钱七" in squash(pdf_text(pdf))
    assert ctx.store.get(number).amount == 2000
    assert [d["number"] for d in page.deposit_rows] == [number]
    # the preview moves on to the next number, still only shown as （预览）
    following = ctx.store.peek_number("receipt_deposit", ctx.store.get(number).issued_on)
    assert following != number
    qtbot.waitUntil(lambda: f"{following}（预览）" in _preview_text(page), timeout=20000)

    page.deposits.selectRow(0)
    with qtbot.waitSignal(page.issued, timeout=20000):
        page.refund_selected({"refund": "1500.00", "method": "transfer",
                              "deductions": [{"reason": "墙面修补", "amount": "500.00"}]})
    assert page.deposit_rows[0]["balance"] == "0.00"


def test_employee_deposit_needs_confirmation(qtbot: Any, ctx: Any, page: Any,
                                             boxes: Any) -> None:
    _fill(page, payer_type="employee")
    boxes.answer = boxes.answer.No
    page.issue()
    assert any("劳动合同法" in t for t in boxes.texts("question"))
    qtbot.wait(200)
    assert ctx.store.list_documents() == []


def test_missing_purpose_marks_field(page: Any) -> None:
    _fill(page)
    page.purpose.setText("")
    page.issue()
    assert page.purpose.property("invalid")
    assert "事由" in page.error.text()


def _preview_text(page: Any) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    if not page.preview.pdf_bytes:
        return ""  # no preview rendered yet
    reader = PdfReader(BytesIO(page.preview.pdf_bytes))
    return squash("".join(p.extract_text() or "" for p in reader.pages))


def test_typing_an_amount_updates_the_preview(qtbot: Any, ctx: Any, page: Any) -> None:
    _fill(page)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=20000)
    assert "人民币贰仟元整" in _preview_text(page)
    with qtbot.waitSignal(page.preview_updated, timeout=20000) as blocker:
        page.amount.setText("1,409.50")
    assert blocker.args[0] > 0 and page.preview.page_count() > 0
    text = _preview_text(page)
    assert "人民币壹仟肆佰零玖元伍角整" in text and "贰仟元" not in text
    assert "（预览）" in text and "草稿" in text
    # a preview never takes a number (DOMAIN.md §4: continuous numbering)
    assert ctx.store.list_documents() == []


def test_preview_shows_what_is_missing(qtbot: Any, page: Any) -> None:
    _fill(page)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=20000)
    page.purpose.setText("")
    page.debouncer.flush()
    assert "收款事由" in page.preview.message.text()
    assert page.preview.stack.currentWidget() is page.preview.message


def test_issuing_the_same_receipt_twice_asks_first(qtbot: Any, ctx: Any, page: Any,
                                                   boxes: Any) -> None:
    _fill(page)
    with qtbot.waitSignal(page.issued, timeout=20000):
        page.issue()
    assert not boxes.texts("question")
    boxes.answer = boxes.answer.No
    page.issue()  # same data again: asked, declined, nothing issued
    qtbot.wait(300)
    assert any("完全相同" in t for t in boxes.texts("question"))
    assert len(ctx.store.list_documents()) == 1
    boxes.answer = boxes.answer.Yes
    with qtbot.waitSignal(page.issued, timeout=20000):
        page.issue()
    assert len(ctx.store.list_documents()) == 2
    page.amount.setText("3,000.00")  # different data: no question
    asked = len(boxes.texts("question"))
    with qtbot.waitSignal(page.issued, timeout=20000):
        page.issue()
    assert len(boxes.texts("question")) == asked


def test_ledger_warning_of_the_result_is_shown(qtbot: Any, ctx: Any, page: Any, boxes: Any,
                                               tmp_path: Path) -> None:
    blocked = tmp_path / "台账是个文件夹.xlsx"
    blocked.mkdir()  # the mirror cannot be written: issuing returns LEDGER_LOCKED
    ctx.store.set_setting("ledger_path", str(blocked))
    _fill(page)
    with qtbot.waitSignal(page.issued, timeout=20000) as blocker:
        page.issue()
    codes = [w.get("code") for w in blocker.args[0].warnings]
    assert "LEDGER_LOCKED" in codes or "LEDGER_FAILED" in codes
    message = next(w["message"] for w in blocker.args[0].warnings
                   if w.get("code", "").startswith("LEDGER_"))
    assert any(message in t for t in boxes.texts("information"))


def test_refund_dialog_refuses_more_than_the_balance(qtbot: Any, ctx: Any, page: Any) -> None:
    from desktop_app.gui.dialogs.refund_dialog import RefundDialog
    from desktop_app.services.deposits import deposit_balance

    _fill(page)
    with qtbot.waitSignal(page.issued, timeout=20000) as blocker:
        page.issue()
    dialog = RefundDialog(deposit_balance(ctx, blocker.args[0].number), page)
    qtbot.addWidget(dialog)
    dialog.refund.setText("1,500.00")
    dialog.deductions.add_row({"reason": "墙面修补", "amount": "600.00"})
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0  # stays open
    assert "超过" in dialog.error.text() and "2,000.00" in dialog.error.text()
    dialog.refund.setText("1,400.00")
    dialog.accept()
    assert dialog.result() == 1
