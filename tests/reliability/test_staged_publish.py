"""Files are published under their numbered names only after the record commits.

A crash between commit and publication leaves the recorded file under its staged name with
the recorded SHA-256; ``doctor --repair`` publishes it instead of re-rendering.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.services import doctor
from desktop_app.services.context import AppContext
from desktop_app.services.files import output_dir
from desktop_app.store.db import STAGED_PREFIX, sha256_file, staged_path


def _receipt(ctx: AppContext, out: Path):
    from desktop_app.services.receipts import issue_receipt

    return issue_receipt(ctx, {"series": "general", "payer": {"name": "李四"}, "purpose": "定金",
                               "amount": "88.00", "method": "cash", "date": "2026-03-01"},
                         output_dir(out))


def test_issue_leaves_no_staged_files(ctx: AppContext, tmp_path: Path) -> None:
    result = _receipt(ctx, tmp_path / "out")
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert not [n for n in names if n.startswith(STAGED_PREFIX)]
    assert all(Path(f).is_file() for f in result.files)


def test_failed_issue_leaves_neither_staged_nor_final_files(ctx: AppContext, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.store import db

    def broken_insert(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(db, "sha256_file", broken_insert)
    with pytest.raises(OSError):
        _receipt(ctx, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []
    monkeypatch.undo()
    assert _receipt(ctx, tmp_path / "out").number.endswith("00001")


def test_doctor_repair_publishes_a_committed_staged_file(ctx: AppContext, tmp_path: Path) -> None:
    result = _receipt(ctx, tmp_path / "out")
    pdf = Path(next(f for f in result.files if f.endswith(".pdf")))
    recorded = sha256_file(pdf)
    os.replace(pdf, staged_path(pdf))  # as if killed right after COMMIT
    ok, report = doctor.run_doctor(ctx)
    assert not ok
    assert report["checks"]["files"]["missing"][0]["staged"] == str(staged_path(pdf))
    ok, report = doctor.run_doctor(ctx, repair=True)
    assert pdf.is_file() and sha256_file(pdf) == recorded
    assert not staged_path(pdf).exists()
    ok, _ = doctor.run_doctor(ctx)
    assert ok


def _prepared(text: str, name: str):
    from datetime import date

    from desktop_app.documents.model import Document, Paragraph, Title
    from desktop_app.services.issuing import PreparedIssue

    def build(number):
        return Document(kind="t", title="测试", blocks=[Title("测试函"), Paragraph(text)],
                        number=number)

    return PreparedIssue(kind="t", series_key="letter_t", default_pattern="T-{year}-{seq:03d}",
                         issued_on=date(2026, 3, 1), snapshot={"text": text}, build=build,
                         name_parts=lambda number: [number, name])


@pytest.mark.parametrize("use_pool", [False, True])
def test_failed_chunk_leaves_no_file_carrying_its_numbers(ctx: AppContext, tmp_path: Path,
                                                          use_pool: bool) -> None:
    from concurrent.futures import ProcessPoolExecutor

    from desktop_app.services.issuing import issue_prepared

    out = output_dir(tmp_path / "out")
    chunk = [_prepared("正常内容", "甲"), _prepared("坏\x00字符", "乙"), _prepared("正常", "丙")]
    if use_pool:
        with ProcessPoolExecutor(2) as pool, pytest.raises(ValueError):
            issue_prepared(ctx, chunk, out, pool=pool)
    else:
        with pytest.raises(ValueError):
            issue_prepared(ctx, chunk, out)
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".tmp-")) == []
    assert ctx.store.list_documents() == []


def test_an_existing_file_of_the_same_name_is_never_replaced(ctx: AppContext, tmp_path: Path,
                                                             home: Path) -> None:
    from desktop_app.services.context import open_context

    out = tmp_path / "shared"
    first = _receipt(ctx, out)
    pdf = Path(next(f for f in first.files if f.endswith(".pdf")))
    before = sha256_file(pdf)
    other_desk = open_context(tmp_path / "other-home")  # a second store, same output folder
    second = _receipt(other_desk, out)
    assert second.number == first.number  # each store numbers on its own
    assert set(second.files).isdisjoint(first.files)
    assert sha256_file(pdf) == before
    assert all(Path(f).name.endswith(("_2.pdf", "_2.docx")) for f in second.files)
    other_desk.close()


def test_a_failing_ledger_mirror_never_fails_a_committed_issue(ctx: AppContext, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services import ledger_sync

    def broken(_ctx):
        raise RuntimeError("openpyxl bug")

    monkeypatch.setattr(ledger_sync, "sync_ledger", broken)
    result = _receipt(ctx, tmp_path / "out")
    assert result.number.endswith("00001")
    assert [w["code"] for w in result.warnings if w["code"] != "SAMPLE_PROFILE"] == [
        "LEDGER_FAILED"]
    assert ctx.store.get_setting("ledger_pending") is True
