"""设置 page: a bad numbering pattern saves nothing and marks its cell."""

from __future__ import annotations

from typing import Any


def test_bad_pattern_saves_nothing_and_marks_the_cell(qtbot: Any, ctx: Any, profile: Any,
                                                       boxes: Any) -> None:
    from desktop_app.gui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    before_series = {s["key"]: s["pattern"] for s in ctx.store.list_series()}
    page.profile_form.inputs["name"].setText("改过名字的公司")
    table = page.series
    assert table.rowCount() >= 2
    first, second = table.item(0, 0).text(), table.item(1, 0).text()
    table.item(0, 2).setText("NEW-{year}-{seq:04d}")  # valid: must not be saved alone
    table.item(1, 2).setText("BAD-{year}")  # no {seq}
    assert page.save() is False
    assert ctx.profile["name"] == "测试置业有限公司"
    assert {s["key"]: s["pattern"] for s in ctx.store.list_series()} == before_series
    assert table.item(1, 2).toolTip() and table.item(1, 2).background().color().name() == "#ffd6d6"
    assert table.property("invalid") and not table.item(0, 2).toolTip()
    assert second and first and "{seq}" in page.error.text()
    table.item(1, 2).setText("OK-{year}-{seq:05d}")
    assert page.save() is True
    assert ctx.profile["name"] == "改过名字的公司"
    saved = {s["key"]: s["pattern"] for s in ctx.store.list_series()}
    assert saved[first] == "NEW-{year}-{seq:04d}" and saved[second] == "OK-{year}-{seq:05d}"
    assert not table.item(1, 2).toolTip()
