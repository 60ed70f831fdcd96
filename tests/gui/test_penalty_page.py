"""违约金计算 page: what the calculation uses is what the user sees."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def test_lpr_mode_shows_the_year_days_it_uses(qtbot: Any, ctx: Any) -> None:
    from desktop_app.gui.pages.penalty_page import PenaltyPage

    page = PenaltyPage(ctx)
    qtbot.addWidget(page)
    page.show()
    editor = page.editor
    editor.rate_type.setCurrentIndex(editor.rate_type.findData("annual"))
    editor.year_days.setCurrentText("360")  # chosen for the annual mode, then LPR picked
    editor.rate_type.setCurrentIndex(editor.rate_type.findData("lpr"))
    shown = [c for c in editor.rate_stack.currentWidget().findChildren(QComboBox)
             if c.isVisible() and [c.itemText(i) for i in range(c.count())] == ["365", "360"]]
    assert len(shown) == 1, "LPR mode must show its 年天数"
    assert editor.rate()["year_days"] == shown[0].currentText()
    shown[0].setCurrentText("360")
    assert editor.rate()["year_days"] == "360"
    editor.load({"items": [], "rate": {"type": "lpr", "year_days": "365", "tenor": "5y",
                                       "mode": "floating"}})
    assert shown[0].currentText() == "365" and editor.rate()["year_days"] == "365"
    assert editor.rate()["tenor"] == "5y" and editor.rate()["mode"] == "floating"
