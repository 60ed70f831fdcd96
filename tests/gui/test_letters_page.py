"""催款函件 page: live preview, validation, issuing (files + store row), printing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.textutil import pdf_text, squash


@pytest.fixture()
def page(qtbot: Any, ctx: Any, profile: Any) -> Any:
    from desktop_app.gui.pages.letters_page import LettersPage

    widget = LettersPage(ctx)
    qtbot.addWidget(widget)
    widget.select_kind("payment_demand")
    return widget


def _field(page: Any, name: str) -> Any:
    return page.form.inputs[name].widget


def test_preview_is_rendered_after_typing_stops(qtbot: Any, page: Any) -> None:
    page.load_sample()
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=20000)
    first = page.preview.pdf_bytes
    assert first.startswith(b"%PDF")
    with qtbot.waitSignal(page.preview_updated, timeout=20000):
        _field(page, "debtor.name").setText("王小明")
    assert page.preview.pdf_bytes != first
    assert page.issue_button.isEnabled()


def test_invalid_amount_marks_the_cell_and_disables_issue(qtbot: Any, page: Any) -> None:
    page.load_sample()
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=20000)
    table = _field(page, "items")
    table.item(0, 1).setText("12,34.5x")
    qtbot.waitUntil(lambda: not page.issue_button.isEnabled(), timeout=5000)
    assert "金额" in page.error.text()
    assert table.property("invalid")
    assert table.item(0, 1).toolTip()


def test_missing_debtor_name_is_named_in_chinese(qtbot: Any, page: Any) -> None:
    page.load_sample()
    _field(page, "debtor.name").setText("")
    assert not page.issue_button.isEnabled()
    assert "姓名/名称" in page.error.text()
    assert _field(page, "debtor.name").property("invalid")


def test_issue_payment_demand_writes_files_and_ledger_row(qtbot: Any, ctx: Any, page: Any,
                                                          boxes: Any) -> None:
    page.load_sample()
    _field(page, "debtor.name").setText("赵六")
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=20000)
    with qtbot.waitSignal(page.issued, timeout=30000) as blocker:
        page.issue()
    result = blocker.args[0]
    assert result.number
    files = [Path(f) for f in result.files]
    assert {f.suffix for f in files} == {".pdf", ".docx"}
    assert all(f.is_file() for f in files)
    pdf = next(f for f in files if f.suffix == ".pdf")
    text = squash(pdf_text(pdf))
    assert "赵六" in text and squash(result.number) in text
    doc = ctx.store.get(result.number)
    assert doc.kind == "payment_demand" and doc.party_name == "赵六"
    assert any(result.number in t for t in boxes.texts("information"))
    assert page.folder_button.isEnabled()


def test_wording_warning_is_confirmed_before_issue(qtbot: Any, ctx: Any, page: Any,
                                                   boxes: Any) -> None:
    page.load_sample()
    page.warnings = [{"code": "WORDING", "message": "措辞提示：测试"}]
    boxes.answer = boxes.answer.No
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=20000)
    page.warnings = [{"code": "WORDING", "message": "措辞提示：测试"}]
    page.issue()
    assert any("措辞提示" in t for t in boxes.texts("question"))
    qtbot.wait(300)
    assert ctx.store.list_documents() == []


def test_print_preview_pdf_to_pdf_printer(qtbot: Any, page: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from desktop_app.gui.printing import print_pdf_to_file

    page.load_sample()
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=20000)
    pages = page.preview.page_count()
    out = tmp_path / "printed.pdf"
    sent = print_pdf_to_file(page.preview.pdf_bytes, out)
    assert out.is_file()
    reader = PdfReader(str(out))
    assert sent == pages == len(reader.pages)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 from the PDF


def test_save_docx_draft(qtbot: Any, page: Any, tmp_path: Path) -> None:
    from tests.textutil import docx_text

    page.load_sample()
    target = page.save_docx(str(tmp_path / "草稿函件.docx"))
    assert target is not None and target.is_file()
    assert "张三" in docx_text(target)


def _all_kinds() -> list[str]:
    from desktop_app.services.letters import kinds_info

    return [info["id"] for info in kinds_info()]


@pytest.mark.parametrize("kind", _all_kinds())
def test_sample_of_every_kind_issues(qtbot: Any, ctx: Any, page: Any, kind: str) -> None:
    """填入示例 then 出具 works for every kind (list-of-text fields such as 尚缺的资料 too)."""
    page.select_kind(kind)
    page.sample_button.click()
    assert page.valid, page.error.text()
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=20000)
    with qtbot.waitSignal(page.issued, timeout=30000) as blocker:
        page.issue()
    files = [Path(f) for f in blocker.args[0].files]
    assert files and all(f.is_file() for f in files)
    assert ctx.store.get(blocker.args[0].number).kind == kind


def test_documents_typed_by_hand_are_plain_strings(qtbot: Any, page: Any) -> None:
    page.select_kind("mortgage_docs_request")
    page.load_sample()
    table = _field(page, "documents")
    table.set_rows([])
    table.add_row()
    table.item(0, 0).setText("收入证明")
    table.add_row()
    table.item(1, 0).setText("银行流水")
    assert page.form.values()["documents"] == ["收入证明", "银行流水"]
    assert page.valid, page.error.text()
    page.form.load(page.form.values())
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["收入证明", "银行流水"]


def test_issue_right_after_typing_is_not_dropped(qtbot: Any, ctx: Any, page: Any) -> None:
    """出具 / Ctrl+Enter within the 300 ms preview delay still issues (the preview catches up)."""
    page.load_sample()
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=20000)
    _field(page, "debtor.name").setText("钱七")  # typed: the 300 ms preview timer is running
    assert page.debouncer.timer.isActive()
    with qtbot.waitSignal(page.issued, timeout=30000) as blocker:
        page.issue()
    assert ctx.store.get(blocker.args[0].number).party_name == "钱七"


def test_issue_right_after_typing_still_asks_about_wording(qtbot: Any, ctx: Any, page: Any,
                                                          boxes: Any) -> None:
    page.load_sample()
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=20000)
    boxes.answer = boxes.answer.No
    _field(page, "extra_text").setPlainText("如不付款将向媒体曝光")
    page.issue()
    qtbot.wait(300)
    assert any("曝光" in t for t in boxes.texts("question"))  # DOMAIN.md §7: warn, then ask
    assert ctx.store.list_documents() == []


def test_party_completer_offers_parties_added_later(qtbot: Any, ctx: Any, page: Any) -> None:
    ctx.store.add_party(name="孙八贸易有限公司", address="某市某路8号")
    page.activated()  # the main window calls this when the page is shown again
    completer = _field(page, "debtor.name").completer()
    assert completer is not None
    completer.setCompletionPrefix("孙八")
    assert completer.currentCompletion() == "孙八贸易有限公司"
    completer.activated.emit("孙八贸易有限公司")
    assert page.form.inputs["debtor.address"].value() == "某市某路8号"


def test_blank_form_shows_no_error_until_edited_or_issued(qtbot: Any, ctx: Any,
                                                          page: Any) -> None:
    page.new_document()
    assert page.error.text() == ""
    assert not any(f.widget.property("invalid") for f in page.form.inputs.values())
    assert not page.issue_button.isEnabled()
    page.issue()  # trying to issue shows what is missing
    assert page.error.text() != ""
    assert ctx.store.list_documents() == []
    page.new_document()
    assert page.error.text() == ""
    _field(page, "debtor.name").setText("王")  # an edit: errors are shown from now on
    assert page.error.text() != ""


def test_messages_use_chinese_labels_not_field_names(qtbot: Any, page: Any,
                                                     boxes: Any) -> None:
    page.load_sample()
    qtbot.waitUntil(page.issue_button.isEnabled, timeout=20000)
    with qtbot.waitSignal(page.preview_updated, timeout=20000):
        _field(page, "extra_text").setPlainText("如不付款将向媒体曝光")
    assert "曝光" in page.error.text()
    assert "extra_text" not in page.error.text() and "补充说明" in page.error.text()
    boxes.answer = boxes.answer.No
    page.issue()
    question = next(t for t in boxes.texts("question") if "曝光" in t)
    assert "extra_text" not in question and "补充说明" in question
    table = _field(page, "items")
    table.item(0, 1).setText("abc")
    assert "items" not in page.error.text() and "应付" in page.error.text()


def test_penalty_page_error_names_the_field_in_chinese(qtbot: Any, ctx: Any) -> None:
    from desktop_app.gui.pages.penalty_page import PenaltyPage

    page = PenaltyPage(ctx)
    qtbot.addWidget(page)
    page.editor.daily_value.setText("abc")
    page.recalculate()
    text = page.view.summary.text()
    assert "rate.value" not in text and "rate" not in text
    assert "比例/利率" in text
