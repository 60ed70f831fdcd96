"""Date parsing and formatting."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.dates import format_date_cn, iso, parse_date
from desktop_app.domain.errors import ValidationError


@pytest.mark.parametrize(
    "text", ["2024-01-05", "2024-1-5", "2024/1/5", "2024/01/05", "2024.1.5", "2024年1月5日",
             " ２０２４年１月５日 "]
)
def test_parse_date_formats(text: str) -> None:
    assert parse_date(text, "until") == date(2024, 1, 5)


def test_parse_date_passes_dates_through() -> None:
    assert parse_date(date(2024, 2, 29), "until") == date(2024, 2, 29)
    assert parse_date(datetime(2024, 2, 29, 13, 5), "until") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("2024-02-30", "不存在"), ("2023-02-29", "不存在"), ("2024-13-01", "不存在"),
     ("15/01/2024", "格式"), ("", "不能为空"), ("yesterday", "格式")],
)
def test_parse_date_rejects_naming_the_field(text: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_date(text, "items[0].due_date")
    assert err.value.field == "items[0].due_date"
    assert fragment in err.value.message
    assert str(err.value).startswith("items[0].due_date: ")


def test_parse_date_rejects_non_text() -> None:
    with pytest.raises(ValidationError):
        parse_date(20240105, "until")  # type: ignore[arg-type]


def test_format_date_cn_without_zero_padding() -> None:
    assert format_date_cn(date(2026, 1, 5)) == "2026年1月5日"
    assert format_date_cn(date(2026, 12, 25)) == "2026年12月25日"


def test_iso() -> None:
    assert iso(date(2026, 1, 5)) == "2026-01-05"
