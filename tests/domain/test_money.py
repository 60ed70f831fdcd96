"""Money parsing and formatting (DOMAIN.md §5: amounts come in as text, never via float)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.money import format_amount, parse_amount, parse_rate, plain_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1409.50", "1409.50"),
        ("1409.5", "1409.50"),
        ("¥1,409.50", "1409.50"),
        ("￥1,409.50", "1409.50"),
        ("  1409.50元 ", "1409.50"),
        ("¥ 1,409.50 元", "1409.50"),
        ("１，４０９．５０", "1409.50"),  # full-width digits and separators
        ("1,000,000", "1000000.00"),
        ("0.05", "0.05"),
        ("1.230", "1.23"),  # trailing zeros are not extra precision
        ("999999999999.99", "999999999999.99"),
    ],
)
def test_parse_amount_accepts_user_text(text: str, expected: str) -> None:
    assert parse_amount(text, "amount") == Decimal(expected)


def test_parse_amount_accepts_int_and_decimal_and_quantizes() -> None:
    assert str(parse_amount(100, "amount")) == "100.00"
    assert str(parse_amount(Decimal("7.5"), "amount")) == "7.50"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("-5", "负数"),
        ("－5", "负数"),
        ("abc", "格式不正确"),
        ("NaN", "有限"),
        ("Infinity", "有限"),
        ("inf", "有限"),
        ("1.234", "两位小数"),
        ("2.675", "两位小数"),  # cn2an would silently truncate this to 2.67
        ("0", "大于零"),
        ("", "不能为空"),
        ("1,40,9.00", "格式不正确"),  # misplaced thousands separator: a typo, not a number
        ("1e3", "格式不正确"),
        ("1000000000000", "过大"),
    ],
)
def test_parse_amount_rejects_bad_text_naming_the_field(value: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_amount(value, "items[2].amount")
    assert err.value.field == "items[2].amount"
    assert fragment in err.value.message


@pytest.mark.parametrize("value", [1409.5, 0.1, True])
def test_parse_amount_rejects_floats_and_bools(value: object) -> None:
    with pytest.raises(ValidationError) as err:
        parse_amount(value, "principal")  # type: ignore[arg-type]
    assert err.value.field == "principal"


def test_parse_amount_rejects_non_finite_and_negative_decimals() -> None:
    for value in (Decimal("NaN"), Decimal("Infinity"), Decimal("-0.01")):
        with pytest.raises(ValidationError):
            parse_amount(value, "amount")


def test_zero_only_when_allowed() -> None:
    assert parse_amount("0", "amount", allow_zero=True) == Decimal("0.00")
    with pytest.raises(ValidationError):
        parse_amount("0.00", "amount")


def test_format_amount_thousands_and_two_decimals() -> None:
    assert format_amount(Decimal("1409.5")) == "1,409.50"
    assert format_amount(Decimal("1000000")) == "1,000,000.00"
    assert format_amount(Decimal("0")) == "0.00"
    assert format_amount(Decimal("0.005")) == "0.01"  # half-up, not banker's rounding
    assert format_amount(Decimal("2.675")) == "2.68"


def test_plain_amount_has_no_separators() -> None:
    assert plain_amount(Decimal("1409.5")) == "1409.50"
    assert plain_amount(Decimal("1234567.891")) == "1234567.89"


@pytest.mark.parametrize(("text", "expected"), [("0.0004", "0.0004"), ("3.45", "3.45"), (0, "0")])
def test_parse_rate(text: str, expected: str) -> None:
    assert parse_rate(text, "rate.value") == Decimal(expected)


@pytest.mark.parametrize("value", ["4%", "-0.1", "nan", "x", 0.0004])
def test_parse_rate_rejects(value: object) -> None:
    with pytest.raises(ValidationError) as err:
        parse_rate(value, "rate.value")  # type: ignore[arg-type]
    assert err.value.field == "rate.value"
