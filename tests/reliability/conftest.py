"""Helpers shared by the reliability tests: a context on the temp home, quick issues."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.services.context import AppContext, open_context
from desktop_app.store.db import IssuedDocument


@pytest.fixture()
def ctx(home: Path) -> Iterator[AppContext]:
    c = open_context(home)
    yield c
    c.close()


def issue_plain(ctx: AppContext, out: Path, series: str = "receipt_general",
                day: date = date(2026, 3, 1), text: str = "收据") -> IssuedDocument:
    """Issue through the store with one small real file (no renderer needed)."""
    ctx.store.ensure_series(series, "SJ-{year}-{seq:05d}")
    out.mkdir(parents=True, exist_ok=True)

    def render(number: str) -> list[tuple[str, Path]]:
        path = out / f"{number}.txt"
        path.write_text(f"{number} {text}", encoding="utf-8")
        return [("pdf", path)]

    return ctx.store.issue(kind="receipt", series_key=series, issued_on=day, data={"t": text},
                           render=render, party_name="张三", amount=Decimal("100.00"))
