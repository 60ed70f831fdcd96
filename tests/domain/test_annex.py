"""Calculation annex rows and rates in words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.annex import ANNEX_HEADER, annex_rows, rate_in_words
from desktop_app.domain.penalty import PenaltyRequest, calculate


@pytest.mark.parametrize(
    ("daily", "words"),
    [
        ("0.0004", "日万分之四"),
        ("0.00035", "日万分之三点五"),
        ("0.0001", "日万分之一"),
        ("0.0005", "日万分之五"),
        ("0.00015", "日万分之一点五"),
        ("0.000175", "日万分之一点七五"),  # 法释〔2014〕8号 doubled interest
        ("0.0015", "日万分之十五"),
        ("0.001", "日千分之一"),
        ("0.003", "日千分之三"),
        ("0.04", "日百分之四"),
        ("0.01", "日百分之一"),
        ("0.0012", "日万分之十二"),
        ("0.0105", "日万分之一百零五"),
    ],
)
def test_rate_in_words(daily: str, words: str) -> None:
    assert rate_in_words(Decimal(daily)) == words


def test_rate_in_words_marks_rounded_rates() -> None:
    # 3.45 % × 1.5 / 365 = 0.000141780… = 万分之1.4178… → 约万分之一点四二
    assert rate_in_words(Decimal("5.175") / 36500) == "日约万分之一点四二"
    # 3 % / 365 = 0.0000821917… = 万分之0.8219… → 约万分之零点八二
    assert rate_in_words(Decimal("3") / 36500) == "日约万分之零点八二"


def result_for(data: dict) -> object:
    return calculate(PenaltyRequest.from_json(data))


def test_annex_rows_for_the_worked_example() -> None:
    data = {
        "items": [{"label": "首期房款", "amount": "100000.00", "due_date": "2024-01-15"}],
        "payments": [{"date": "2024-02-01", "amount": "50000.00", "item": "首期房款"}],
        "until": "2024-03-01",
        "rate": {"type": "daily", "value": "0.0004"},
    }
    rows = annex_rows(result_for(data))  # type: ignore[arg-type]
    assert rows == [
        ("首期房款", "2024-01-16", "2024-02-01", "17", "100,000.00", "日万分之四", "680.00"),
        ("首期房款", "2024-02-02", "2024-03-01", "29", "50,000.00", "日万分之四", "580.00"),
        ("合计", "", "", "", "", "", "1,260.00"),
    ]
    assert all(len(row) == len(ANNEX_HEADER) for row in rows)
    assert len(annex_rows(result_for(data), include_total=False)) == 2  # type: ignore[arg-type]


def test_annex_rows_show_lpr_and_multiplier() -> None:
    data = {"principal": "100000", "due_date": "2024-07-01", "until": "2024-07-31",
            "rate": {"type": "lpr", "multiplier": "1.5", "mode": "floating"}}
    rows = annex_rows(calculate(PenaltyRequest.from_json(data)))
    # 3.45 × 1.5 / 365 % = 万分之1.4178 → 1.42; 3.35 × 1.5 / 365 % = 万分之1.3767 → 1.38
    assert [row[5] for row in rows[:2]] == ["年3.45%×1.5（日约万分之一点四二）",
                                            "年3.35%×1.5（日约万分之一点三八）"]


def test_annex_rows_show_annual_rate() -> None:
    data = {"principal": "100000", "due_date": "2024-01-01", "until": "2024-01-31",
            "rate": {"type": "annual", "value": "0.146"}}
    rows = annex_rows(calculate(PenaltyRequest.from_json(data)))
    assert rows[0][5] == "年14.6%（日万分之四）"  # 14.6 % / 365 = 0.0004 exactly
    assert rows[0][6] == "1,200.00"  # 30 days × 40.00
