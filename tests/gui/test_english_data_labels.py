"""English mode translates data-driven labels (kinds_info(), receipt constants) in the UI only;
the letters keep their Chinese wording (team brief: user-facing letters in Simplified Chinese)."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from typing import Any

import pytest

from tests.textutil import squash


@pytest.fixture()
def english(qapp: Any) -> Iterator[None]:
    from desktop_app.gui.bootstrap import install_translator

    assert install_translator(qapp, "en") == "en"
    try:
        yield
    finally:
        install_translator(qapp, "zh_CN")


def _letters_page(qtbot: Any, ctx: Any) -> Any:
    from desktop_app.gui.pages.letters_page import LettersPage

    page = LettersPage(ctx)
    qtbot.addWidget(page)
    page.select_kind("payment_demand")
    return page


def _receipts_page(qtbot: Any, ctx: Any) -> Any:
    from desktop_app.gui.pages.receipts_page import ReceiptsPage

    page = ReceiptsPage(ctx)
    qtbot.addWidget(page)
    return page


def _texts(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _group_titles(form: Any) -> list[str]:
    from PySide6.QtWidgets import QGroupBox

    return [box.title() for box in form.findChildren(QGroupBox)]


def test_english_letters_page_kinds_labels_and_choices(qtbot: Any, ctx: Any, profile: Any,
                                                       english: None) -> None:
    page = _letters_page(qtbot, ctx)
    kind = page.kind
    assert kind.itemText(kind.findData("payment_demand")) == "Payment demand"
    assert kind.itemText(kind.findData("guarantor_demand")) == "Guarantor demand"
    assert "Overdue payment demand" in page.description.text()
    form = page.form
    assert form.inputs["contract.name"].label.text() == "Contract name *"
    assert form.inputs["debtor.id_number"].label.toolTip().startswith("The letter prints it")
    assert _texts(form.inputs["rate.type"].widget) == ["Daily rate", "Annual rate", "LPR based",
                                                       "Staged rates"]
    assert "Recipient (debtor)" in _group_titles(form)
    items = form.inputs["items"].widget
    assert [items.horizontalHeaderItem(c).text() for c in range(items.columnCount())] == [
        "Item", "Amount due", "Due date"]
    # the value behind a translated choice is still the code the service expects
    assert form.inputs["rate.type"].widget.currentData() == "daily"


def test_english_mode_letter_itself_stays_chinese(qtbot: Any, ctx: Any, profile: Any,
                                                  english: None) -> None:
    from pypdf import PdfReader

    page = _letters_page(qtbot, ctx)
    page.load_sample()
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=20000)
    text = squash("".join(p.extract_text() for p in PdfReader(BytesIO(page.preview.pdf_bytes)).pages))
    assert "付款催告函" in text
    assert "Payment" not in text


def test_english_receipts_page_methods_layouts_and_deposit_status(
        qtbot: Any, ctx: Any, profile: Any, english: None) -> None:
    page = _receipts_page(qtbot, ctx)
    assert page.method.itemText(page.method.findData("cash")) == "Cash"
    assert page.method.itemText(page.method.findData("transfer")) == "Bank transfer"
    overlay = page.layout_choice.itemText(page.layout_choice.findData("overlay"))
    assert overlay == "Pre-printed carbonless form (content only)"
    from desktop_app.gui.widgets.data_labels import tr_data
    from desktop_app.services.deposits import STATUS_TEXT

    assert [tr_data(t) for t in STATUS_TEXT.values()] == ["Held", "Partly settled", "Settled",
                                                          "Void"]


def test_chinese_mode_keeps_chinese_labels(qtbot: Any, ctx: Any, profile: Any, qapp: Any) -> None:
    from desktop_app.gui.bootstrap import install_translator

    install_translator(qapp, "zh_CN")
    page = _letters_page(qtbot, ctx)
    assert page.kind.itemText(page.kind.findData("payment_demand")) == "付款催告函"
    assert page.form.inputs["contract.name"].label.text() == "合同名称 *"
    assert _texts(page.form.inputs["rate.type"].widget)[0] == "按日比例"
    receipts = _receipts_page(qtbot, ctx)
    assert receipts.method.itemText(receipts.method.findData("cash")) == "现金"


def test_every_data_label_has_english_in_the_compiled_translation(english: None) -> None:
    from desktop_app.gui.i18n.en_data_texts import DATA_EN_TEXTS
    from desktop_app.gui.i18n.gen_data_labels import collect
    from desktop_app.gui.widgets.data_labels import tr_data

    missing = [t for t in collect() if tr_data(t) != DATA_EN_TEXTS.get(t)]
    assert missing == [], "run: python -m desktop_app.gui.i18n.update_translations --qm"


def test_generated_data_labels_module_is_current() -> None:
    """A new field or choice in resources/wording/*.json must be regenerated, else it shows
    Chinese in English mode."""
    from desktop_app.gui.i18n.gen_data_labels import TARGET, render

    assert TARGET.read_text(encoding="utf-8") == render(), (
        "run: python -m desktop_app.gui.i18n.update_translations --qm")
