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
