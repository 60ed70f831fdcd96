"""Batch dialog: a bad row is marked before issuing; the run issues the rest; cancel stops."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest


def _source(tmp_path: Path, good: int) -> Path:
    from desktop_app.services.letters import sample_data

    lines = []
    for i in range(good):
        data = sample_data("payment_demand")
        data["debtor"]["name"] = f"客户{i + 1}"
        lines.append(json.dumps(data, ensure_ascii=False))
    bad = sample_data("payment_demand")
    bad["debtor"]["name"] = "坏行"
    bad["items"][0]["amount"] = "一万元"
    lines.insert(1, json.dumps(bad, ensure_ascii=False))
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def dialog(qtbot: Any, ctx: Any, profile: Any, tmp_path: Path) -> Any:
    from desktop_app.gui.dialogs.batch_dialog import BatchDialog

    widget = BatchDialog(ctx)
    qtbot.addWidget(widget)
    widget.kind.setCurrentIndex(widget.kind.findData("payment_demand"))
    widget.out_dir.setText(str(tmp_path / "out"))
    return widget


def test_bad_row_is_marked_then_skipped(qtbot: Any, ctx: Any, dialog: Any, tmp_path: Path,
                                        boxes: Any) -> None:
    dialog.source.setText(str(_source(tmp_path, good=2)))
    with qtbot.waitSignal(dialog.previewed, timeout=20000) as blocker:
        dialog.check()
    rows = blocker.args[0]
    assert [r["ok"] for r in rows] == [True, False, True]
    assert rows[1]["party"] == "坏行" and "金额" in rows[1]["reason"]
    assert dialog.table.item(1, 2).text() == "有错误"
    assert dialog.run_button.isEnabled()

    with qtbot.waitSignal(dialog.finished_batch, timeout=60000) as done:
        dialog.run()
    report = done.args[0]
    assert len(report.issued) == 2 and [r["row"] for r in report.rejected] == [2]
    assert {d.party_name for d in ctx.store.list_documents()} == {"客户1", "客户2"}
    assert all(Path(f).is_file() for item in report.issued for f in item["files"])
    assert any("已出具 2 份" in t for t in boxes.texts("information"))
    assert dialog.folder_button.isEnabled()


def test_cancel_stops_the_run(qtbot: Any, ctx: Any, dialog: Any, tmp_path: Path) -> None:
    dialog.source.setText(str(_source(tmp_path, good=8)))
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.check()
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000) as done:
        dialog.run()
        dialog.progress.canceled.emit()  # what the 取消 button sends
    report = done.args[0]
    assert report.cancelled
    assert report.not_processed > 0
    assert len(ctx.store.list_documents()) == len(report.issued) < 8
