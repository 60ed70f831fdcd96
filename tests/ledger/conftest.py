"""Fixtures for ledger, delivery, import and batch tests: a context with real documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.services.context import AppContext, open_context


@pytest.fixture()
def ctx(home: Path) -> Iterator[AppContext]:
    context = open_context(home)
    yield context
    context.close()


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def receipt_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "series": "deposit", "date": "2026-01-05",
        "payer": {"name": "李四", "type": "person", "id_number": "110101199001011234"},
        "purpose": "装修押金", "amount": "2000.00", "method": "cash",
    }
    data.update(overrides)
    return data


def demand_data(name: str = "张三", **overrides: Any) -> dict[str, Any]:
    """The built-in payment_demand sample with another debtor name."""
    from desktop_app.services.letters import sample_data

    data = sample_data("payment_demand")
    data["debtor"] = {**data["debtor"], "name": name}
    data.update(overrides)
    return data


def sheet_rows(path: Path, title: str) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    return [tuple(r) for r in wb[title].iter_rows(values_only=True)]


def sheet_dicts(path: Path, title: str) -> list[dict[str, Any]]:
    """Data rows as {header: value}; the totals row (first cell 合计…) is left out."""
    rows = sheet_rows(path, title)
    header = rows[0]
    return [dict(zip(header, r, strict=True)) for r in rows[1:]
            if not str(r[0] or "").startswith("合计")]
