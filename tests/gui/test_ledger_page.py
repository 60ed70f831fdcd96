"""台账 page: voiding from the table keeps the row, marks it void and writes a 作废 PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.textutil import pdf_text, squash


def _issue_receipt(ctx: Any, out: Path) -> str:
    from desktop_app.services.receipts import issue_receipt

    result = issue_receipt(ctx, {"series": "general", "date": "2026-03-02",
                                 "payer": {"name": "李四", "type": "person"},
                                 "purpose": "物业费", "amount": "1409.50",
                                 "method": "cash"}, out)
    assert result.number
    return result.number


def test_void_from_ledger_view(qtbot: Any, ctx: Any, profile: Any, boxes: Any,
                               tmp_path: Path) -> None:
    from desktop_app.gui.pages.ledger_page import LedgerPage

    number = _issue_receipt(ctx, tmp_path / "out")
    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    assert page.proxy.rowCount() == 1
    assert page.select_number(number)
    assert page.void_button.isEnabled()

    with qtbot.waitSignal(page.changed, timeout=15000):
        page.void_selected(reason="开错金额")

    doc = ctx.store.get(number)
    assert doc.void_reason == "开错金额"
    assert any("确定作废" in t for t in boxes.texts("question"))
    void_pdf = doc.file("void_pdf")
    assert void_pdf is not None and Path(void_pdf.path).is_file()
    assert "作废" in squash(pdf_text(void_pdf.path))
    assert page.model.document(0).status == "void"


def test_void_needs_reason_and_confirmation(qtbot: Any, ctx: Any, profile: Any, boxes: Any,
                                            tmp_path: Path) -> None:
    from desktop_app.gui.pages.ledger_page import LedgerPage

    number = _issue_receipt(ctx, tmp_path / "out")
    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    page.select_number(number)
    page.void_selected(reason="  ")
    assert any("原因" in t for t in boxes.texts("warning"))
    boxes.answer = boxes.answer.No
    page.void_selected(reason="重复开具")
    qtbot.wait(200)
    assert not ctx.store.get(number).is_void


def test_search_filters_rows(qtbot: Any, ctx: Any, profile: Any, tmp_path: Path) -> None:
    from desktop_app.gui.pages.ledger_page import LedgerPage

    _issue_receipt(ctx, tmp_path / "out")
    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    page.search.setText("李四")
    assert page.proxy.rowCount() == 1
    page.search.setText("王五")
    assert page.proxy.rowCount() == 0


def _issue_amount(ctx: Any, out: Path, amount: str, series: str = "general") -> str:
    from desktop_app.services.receipts import issue_receipt

    return issue_receipt(ctx, {"series": series, "date": "2026-03-02",
                               "payer": {"name": "李四", "type": "person"},
                               "purpose": "物业费", "amount": amount,
                               "method": "cash"}, out).number


def test_sorting_by_amount_is_numeric(qtbot: Any, ctx: Any, profile: Any,
                                      tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.gui.pages.ledger_page import LedgerPage

    for amount in ("900.00", "12000.00", "50.50", "1409.50"):
        _issue_amount(ctx, tmp_path / "out", amount)
    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    page.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    shown = [page.proxy.index(r, 4).data() for r in range(page.proxy.rowCount())]
    assert shown == ["50.50", "900.00", "1,409.50", "12,000.00"]
    page.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    shown = [page.proxy.index(r, 4).data() for r in range(page.proxy.rowCount())]
    assert shown == ["12,000.00", "1,409.50", "900.00", "50.50"]


def test_deposit_receipts_are_labelled_and_filterable(qtbot: Any, ctx: Any, profile: Any,
                                                      tmp_path: Path) -> None:
    from desktop_app.gui.pages.ledger_page import LedgerPage

    general = _issue_amount(ctx, tmp_path / "out", "100.00")
    deposit = _issue_amount(ctx, tmp_path / "out", "5000.00", series="deposit")
    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    kinds = {page.proxy.index(r, 0).data(): page.proxy.index(r, 1).data()
             for r in range(page.proxy.rowCount())}
    assert kinds == {general: "收据", deposit: "押金收据"}
    titles = [page.kind.itemText(i) for i in range(page.kind.count())]
    for title in ("押金收据", "收据", "押金退还单", "收款证明"):
        assert title in titles
    page.kind.setCurrentIndex(titles.index("押金收据"))
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == [deposit]
    page.kind.setCurrentIndex(titles.index("收据"))
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == [general]


def test_export_without_suffix_gets_xlsx(qtbot: Any, ctx: Any, profile: Any,
                                         tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desktop_app.gui.pages.ledger_page import LedgerPage

    number = _issue_amount(ctx, tmp_path / "out", "100.00")
    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status_message, timeout=20000,
                          check_params_cb=lambda m: "已导出" in m):
        page.export_excel(str(tmp_path / "台账导出"))
    written = tmp_path / "台账导出.xlsx"
    assert written.is_file() and not (tmp_path / "台账导出").exists()
    cells = [c.value for ws in load_workbook(written) for row in ws.iter_rows() for c in row]
    assert number in cells


def test_failed_export_replaces_the_progress_message(qtbot: Any, ctx: Any, profile: Any,
                                                     boxes: Any, tmp_path: Path) -> None:
    from desktop_app.gui.pages.ledger_page import LedgerPage

    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    blocked = tmp_path / "占用.xlsx"
    blocked.mkdir()  # cannot be written
    page.export_excel(str(blocked))
    qtbot.waitUntil(lambda: bool(boxes.texts("warning")), timeout=20000)
    assert messages[0] == "正在导出…"
    assert messages[-1] != "正在导出…" and "失败" in messages[-1]
    assert page.export_button.isEnabled()


def test_penalty_export_without_suffix_gets_xlsx(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from desktop_app.gui.pages.penalty_page import PenaltyPage

    page = PenaltyPage(ctx)
    qtbot.addWidget(page)
    written = page.export_excel(str(tmp_path / "违约金"))
    assert written is not None and written.name == "违约金.xlsx" and written.is_file()
