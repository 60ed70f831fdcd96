"""Penalty calculator: the ARCHITECTURE.md example and one hand-computed case per mode.

Every expected figure below was worked out by hand (shown in the docstring), not copied
from the program's output.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.penalty import PenaltyRequest, calculate, penalty_from_json

D = Decimal


def run(data: dict[str, Any]) -> dict[str, Any]:
    return penalty_from_json(data)


def codes(result: dict[str, Any]) -> list[str]:
    return [w["code"] for w in result["warnings"]]


def seg_summary(result: dict[str, Any]) -> list[tuple[str, str, int, str, str]]:
    return [(s["start"], s["end"], s["days"], s["base"], s["amount"]) for s in result["segments"]]


def example(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "items": [{"label": "首期房款", "amount": "100000.00", "due_date": "2024-01-15"}],
        "payments": [{"date": "2024-02-01", "amount": "50000.00", "item": "首期房款"}],
        "until": "2024-03-01",
        "rate": {"type": "daily", "value": "0.0004"},
        "day_count": "next_day",
        "allocation": "principal",
    }
    data.update(changes)
    return data


def one_item(amount: str, due: str, until: str, rate: dict[str, Any], **extra: Any) -> dict:
    return {"items": [{"label": "货款", "amount": amount, "due_date": due}], "until": until,
            "rate": rate, **extra}


# ------------------------------------------------------------------ the worked example


def test_architecture_example_exactly() -> None:
    """ARCHITECTURE.md: 100,000 due 2024-01-15, 50,000 paid 2024-02-01, until 2024-03-01,
    日万分之四: 2024-01-16..02-01 = 17 days × 100,000 × 0.0004 = 680.00; 02-02..03-01 =
    28 + 1 = 29 days (2024 is a leap year) × 50,000 × 0.0004 = 580.00; total 1,260.00;
    per day 50,000 × 0.0004 = 20.00; annualised 0.0004 × 365 = 0.1460."""
    out = run(example())
    assert out["until"] == "2024-03-01"
    assert out["penalty"] == "1260.00"
    assert out["words"] == "人民币壹仟贰佰陆拾元整"
    assert out["outstanding"] == "50000.00"
    assert out["per_day"] == "20.00"
    assert out["annualized_rate"] == "0.1460"
    assert out["segments"] == [
        {"item": "首期房款", "start": "2024-01-16", "end": "2024-02-01", "days": 17,
         "base": "100000.00", "daily_rate": "0.0004", "amount": "680.00"},
        {"item": "首期房款", "start": "2024-02-02", "end": "2024-03-01", "days": 29,
         "base": "50000.00", "daily_rate": "0.0004", "amount": "580.00"},
    ]
    # 14.60 % a year is above 4 × the 1-year LPR of 2024-03-01 (4 × 3.45 % = 13.80 %).
    assert codes(out) == ["ANNUAL_ABOVE_4X_LPR"]
    assert set(out["warnings"][0]) == {"code", "message"}


def test_typed_attributes_for_python_callers() -> None:
    result = calculate(PenaltyRequest.from_json(example()))
    assert result.penalty == D("1260.00")
    assert result.outstanding == D("50000.00")
    assert result.per_day == D("20.00")
    assert result.annualized_rate == D("0.1460")
    assert result.until == date(2024, 3, 1)
    assert [s.days for s in result.segments] == [17, 29]
    (item,) = result.items
    assert (item.label, item.due_date, item.amount, item.paid, item.outstanding) == (
        "首期房款", date(2024, 1, 15), D("100000.00"), D("50000.00"), D("50000.00"))
    assert (item.days_overdue, item.penalty) == (46, D("1260.00"))


def test_extra_keys_for_letters() -> None:
    out = run(example())
    assert out["rate_description"] == "日万分之四"
    assert (out["day_count"], out["allocation"], out["year_days"]) == ("next_day", "principal", 365)
    assert out["items"][0]["days_overdue"] == 46
    assert out["total_due"] == "51260.00"


def test_money_strings_two_decimals_and_iso_dates() -> None:
    out = run(example())
    money = re.compile(r"^\d+\.\d{2}$")
    iso_date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for key in ("penalty", "outstanding", "per_day"):
        assert money.match(out[key])
    for seg in out["segments"]:
        assert money.match(seg["base"]) and money.match(seg["amount"])
        assert iso_date.match(seg["start"]) and iso_date.match(seg["end"])


def test_shorthand_principal_and_due_date() -> None:
    """Same as the example without the payment: 46 days × 40.00 = 1,840.00."""
    out = run({"principal": "100000", "due_date": "2024-01-15", "until": "2024-03-01",
               "rate": {"type": "daily", "value": "0.0004"}})
    assert out["penalty"] == "1840.00"
    assert seg_summary(out) == [("2024-01-16", "2024-03-01", 46, "100000.00", "1840.00")]


# ------------------------------------------------------------------ day counting


def test_same_day_counts_the_due_date() -> None:
    """same_day: 2024-01-15..02-01 = 18 days × 40.00 = 720.00; then 29 × 20.00 = 580.00."""
    out = run(example(day_count="same_day"))
    assert out["penalty"] == "1300.00"
    assert [s["days"] for s in out["segments"]] == [18, 29]


def test_until_before_due_date_is_zero_not_an_error() -> None:
    out = run(example(until="2024-01-10", payments=[]))
    assert (out["penalty"], out["segments"], out["per_day"]) == ("0.00", [], "0.00")
    assert out["words"] == "人民币零元整"
    assert "NOT_YET_OVERDUE" in codes(out)


def test_until_on_the_due_date() -> None:
    """next_day: nothing on the due date itself, but 40.00 from tomorrow; same_day: 1 day."""
    out = run(example(until="2024-01-15", payments=[]))
    assert (out["penalty"], out["per_day"]) == ("0.00", "40.00")
    out = run(example(until="2024-01-15", payments=[], day_count="same_day"))
    assert out["penalty"] == "40.00"


def test_payment_on_the_due_date_is_on_time_even_with_same_day() -> None:
    """50,000 paid on the due date 2024-01-15 was on time: with same_day the base is 50,000
    from the first counted day: 2024-01-15..01-24 = 10 days × 20.00 = 200.00."""
    data = example(day_count="same_day", until="2024-01-24",
                   payments=[{"date": "2024-01-15", "amount": "50000"}])
    assert run(data)["penalty"] == "200.00"


# ------------------------------------------------------------------ rate modes


def test_annual_rate_365_and_360() -> None:
    """12 % a year on 100,000 for 30 days (2024-01-02..01-31): 365-day year 12,000 × 30 / 365
    = 986.30137 → 986.30; 360-day year 12,000 × 30 / 360 = 1,000.00."""
    rate = {"type": "annual", "value": "0.12"}
    out = run(one_item("100000", "2024-01-01", "2024-01-31", rate))
    assert out["penalty"] == "986.30"
    assert out["segments"][0]["days"] == 30
    assert out["annualized_rate"] == "0.1200"
    out = run(one_item("100000", "2024-01-01", "2024-01-31", {**rate, "year_days": 360}))
    assert out["penalty"] == "1000.00"
    assert out["year_days"] == 360


def test_lpr_fixed_at_breach() -> None:
    """1-year LPR × 1.5, fixed: breach on 2024-07-02 (LPR 3.45 %) → 5.175 % a year for the
    whole of 07-02..07-31 (30 days), despite the 3.35 % fixing of 07-22:
    100,000 × 0.05175 × 30 / 365 = 155,250 / 365 = 425.342 → 425.34."""
    out = run(one_item("100000", "2024-07-01", "2024-07-31",
                       {"type": "lpr", "multiplier": "1.5", "mode": "fixed"}))
    assert out["penalty"] == "425.34"
    assert len(out["segments"]) == 1
    assert out["rate_description"].startswith("LPR 1年期×1.5")


def test_lpr_floating_splits_at_each_fixing() -> None:
    """Floating: 07-02..07-21 (20 days) at 3.45 × 1.5: 5,175 × 20 / 365 = 283.5616 → 283.56;
    07-22..07-31 (10 days) at 3.35 × 1.5: 5,025 × 10 / 365 = 137.671 → 137.67; total 421.23.
    Per day after: 100,000 × 0.05025 / 365 = 13.767 → 13.77; annualised 0.0503 (5.025 %)."""
    out = run(one_item("100000", "2024-07-01", "2024-07-31",
                       {"type": "lpr", "multiplier": "1.5", "mode": "floating"}))
    assert seg_summary(out) == [
        ("2024-07-02", "2024-07-21", 20, "100000.00", "283.56"),
        ("2024-07-22", "2024-07-31", 10, "100000.00", "137.67"),
    ]
    assert out["penalty"] == "421.23"
    assert out["per_day"] == "13.77"
    assert out["annualized_rate"] == "0.0503"


def test_lpr_plus_points_five_year_and_360() -> None:
    """2025-06-02..07-01 (30 days) at 3.00 %: + 0.5 point → 3.5 %: 100,000 × 0.035 × 30 / 365
    = 287.671 → 287.67; 5-year 3.50 % × 1.3 = 4.55 %: 136,500 / 365 = 373.972 → 373.97;
    1-year 3.00 % on a 360-day year: 100,000 × 0.03 × 30 / 360 = 250.00."""
    base = ("100000", "2025-06-01", "2025-07-01")
    assert run(one_item(*base, {"type": "lpr", "plus": "0.5"}))["penalty"] == "287.67"
    assert run(one_item(*base, {"type": "lpr", "tenor": "5y", "multiplier": "1.3"}))[
        "penalty"] == "373.97"
    assert run(one_item(*base, {"type": "lpr", "year_days": 360}))["penalty"] == "250.00"


def test_lpr_benchmark_before_the_reform() -> None:
    """Floating across 2019-08-20: 08-10..08-19 (10 days) at the benchmark 4.35 %:
    43,500 / 365 = 119.178 → 119.18; 08-20..08-29 (10 days) at LPR 4.25 %: 42,500 / 365 =
    116.438 → 116.44; total 235.62. Fixed at breach (4.35 %) over 20 days: 87,000 / 365 =
    238.356 → 238.36. 5-year benchmark 4.90 % for 07-20..08-19 (31 days): 151,900 / 365 =
    416.164 → 416.16."""
    out = run(one_item("100000", "2019-08-09", "2019-08-29", {"type": "lpr", "mode": "floating"}))
    assert [s["amount"] for s in out["segments"]] == ["119.18", "116.44"]
    assert out["penalty"] == "235.62"
    assert "LPR_BENCHMARK_USED" in codes(out)
    out = run(one_item("100000", "2019-08-09", "2019-08-29", {"type": "lpr"}))
    assert out["penalty"] == "238.36"
    out = run(one_item("100000", "2019-07-19", "2019-08-19", {"type": "lpr", "tenor": "5y"}))
    assert out["penalty"] == "416.16"


def test_staged_clause_switches_never_adds() -> None:
    """GF-2014-0171 art. 9, 30 days at 日万分之三 then 日万分之五: 01-16..02-14 (30 days) ×
    30.00 = 900.00; 02-15..03-01 (16 days) × 50.00 = 800.00 (0.0005, not 0.0008); total
    1,700.00; per day 50.00."""
    rate = {"type": "staged", "stages": [{"days": 30, "daily": "0.0003"}, {"daily": "0.0005"}]}
    out = run(one_item("100000", "2024-01-15", "2024-03-01", rate))
    assert seg_summary(out) == [
        ("2024-01-16", "2024-02-14", 30, "100000.00", "900.00"),
        ("2024-02-15", "2024-03-01", 16, "100000.00", "800.00"),
    ]
    assert [s["daily_rate"] for s in out["segments"]] == ["0.0003", "0.0005"]
    assert (out["penalty"], out["per_day"]) == ("1700.00", "50.00")
    assert out["rate_description"] == "逾期第1至30日日万分之三，逾期第31日起日万分之五"


def test_staged_with_a_payment_inside_the_first_stage() -> None:
    """40,000 paid 2024-02-01 (overdue day 17): 01-16..02-01 17 × 30.00 = 510.00;
    02-02..02-14 13 × 18.00 = 234.00; 02-15..03-01 16 × 30.00 = 480.00; total 1,224.00."""
    rate = {"type": "staged", "stages": [{"days": 30, "daily": "0.0003"}, {"daily": "0.0005"}]}
    data = one_item("100000", "2024-01-15", "2024-03-01", rate,
                    payments=[{"date": "2024-02-01", "amount": "40000"}])
    out = run(data)
    assert [s["amount"] for s in out["segments"]] == ["510.00", "234.00", "480.00"]
    assert out["penalty"] == "1224.00"


# ------------------------------------------------------------------ instalments, payments


def two_instalments(**extra: Any) -> dict[str, Any]:
    return {
        "items": [{"label": "第一期", "amount": "60000", "due_date": "2024-01-10"},
                  {"label": "第二期", "amount": "40000", "due_date": "2024-02-10"}],
        "until": "2024-03-10",
        "rate": {"type": "daily", "value": "0.0005"},
        **extra,
    }


def test_instalments_each_from_their_own_due_date() -> None:
    """第一期 01-11..03-10 = 21 + 29 + 10 = 60 days × 30.00 = 1,800.00; 第二期 02-11..03-10 =
    19 + 10 = 29 days × 20.00 = 580.00; total 2,380.00; per day 30 + 20 = 50.00."""
    out = run(two_instalments())
    assert out["penalty"] == "2380.00"
    assert out["per_day"] == "50.00"
    assert [(i["label"], i["days_overdue"], i["penalty"]) for i in out["items"]] == [
        ("第一期", 60, "1800.00"), ("第二期", 29, "580.00")]


def test_unassigned_payment_pays_the_oldest_first_and_overflows() -> None:
    """70,000 on 2024-02-20 without item: 60,000 clears 第一期 (01-11..02-20 = 41 days × 30.00
    = 1,230.00), 10,000 goes to 第二期 (02-11..02-20 = 10 × 20.00 = 200.00, then 02-21..03-10
    = 19 × 15.00 = 285.00); total 1,715.00, outstanding 30,000, per day 15.00."""
    out = run(two_instalments(payments=[{"date": "2024-02-20", "amount": "70000"}]))
    assert out["penalty"] == "1715.00"
    assert out["outstanding"] == "30000.00"
    assert out["per_day"] == "15.00"
    assert [(i["label"], i["outstanding"]) for i in out["items"]] == [
        ("第一期", "0.00"), ("第二期", "30000.00")]


def test_payment_assigned_to_an_item() -> None:
    """40,000 for 第二期 on 2024-02-20: 第一期 unchanged 1,800.00; 第二期 10 × 20.00 = 200.00."""
    out = run(two_instalments(
        payments=[{"date": "2024-02-20", "amount": "40000", "item": "第二期"}]))
    assert out["penalty"] == "2000.00"
    assert out["outstanding"] == "60000.00"


def test_statutory_allocation_pays_accrued_penalty_first() -> None:
    """民法典 561. 10,000 paid 2024-02-01: accrued 17 × 40.00 = 680.00 is paid first, 9,320
    reduces the principal to 90,680. 02-02..03-01: 29 × 36.272 = 1,051.888 → 1,051.89.
    Penalty 680.00 + 1,051.89 = 1,731.89, of which 680.00 paid; per day 36.272 → 36.27.
    With the default (principal) allocation: 29 × 36.00 = 1,044.00, total 1,724.00."""
    payments = [{"date": "2024-02-01", "amount": "10000"}]
    out = run(example(payments=payments, allocation="statutory"))
    assert seg_summary(out) == [
        ("2024-01-16", "2024-02-01", 17, "100000.00", "680.00"),
        ("2024-02-02", "2024-03-01", 29, "90680.00", "1051.89"),
    ]
    assert (out["penalty"], out["penalty_paid"], out["penalty_outstanding"]) == (
        "1731.89", "680.00", "1051.89")
    assert (out["outstanding"], out["per_day"]) == ("90680.00", "36.27")
    assert out["allocation"] == "statutory"
    out = run(example(payments=payments))
    assert (out["penalty"], out["outstanding"]) == ("1724.00", "90000.00")


def test_statutory_payment_smaller_than_the_accrued_penalty_keeps_the_base() -> None:
    """500 paid 2024-02-01 against 680.00 accrued: the base stays 100,000, so one segment of
    46 × 40.00 = 1,840.00, of which 500.00 paid."""
    out = run(example(payments=[{"date": "2024-02-01", "amount": "500"}], allocation="statutory"))
    assert len(out["segments"]) == 1
    assert (out["penalty"], out["penalty_paid"], out["penalty_outstanding"]) == (
        "1840.00", "500.00", "1340.00")
    assert out["outstanding"] == "100000.00"


def test_overpayment_pays_penalty_then_warns() -> None:
    """120,000 paid 2024-02-01 on 100,000: principal cleared, 680.00 accrued penalty paid,
    19,320.00 left over (warned, ignored); penalty 680.00 (17 days), nothing further accrues."""
    out = run(example(payments=[{"date": "2024-02-01", "amount": "120000"}]))
    assert (out["penalty"], out["penalty_paid"], out["outstanding"], out["per_day"]) == (
        "680.00", "680.00", "0.00", "0.00")
    (warning,) = [w for w in out["warnings"] if w["code"] == "OVERPAYMENT"]
    assert "19320.00" in warning["message"]


def test_payment_after_until_is_ignored_and_said_so() -> None:
    out = run(example(payments=[{"date": "2024-03-02", "amount": "50000"}]))
    assert out["penalty"] == "1840.00"
    assert out["outstanding"] == "100000.00"
    assert "PAYMENT_AFTER_UNTIL" in codes(out)


def test_payment_on_until_reduces_the_per_day_only() -> None:
    out = run(example(payments=[{"date": "2024-03-01", "amount": "50000"}]))
    assert (out["penalty"], out["per_day"], out["outstanding"]) == ("1840.00", "20.00", "50000.00")


# ------------------------------------------------------------------ warnings


def test_four_percent_a_day_is_flagged_as_a_typo() -> None:
    out = run(example(rate={"type": "daily", "value": "0.04"}))
    assert {"DAILY_RATE_PERCENT_TYPO", "DAILY_RATE_HIGH", "ANNUAL_ABOVE_4X_LPR"} <= set(codes(out))
    typo = next(w for w in out["warnings"] if w["code"] == "DAILY_RATE_PERCENT_TYPO")
    assert "万分之四（0.0004）" in typo["message"]


def test_daily_rate_above_one_per_mille() -> None:
    assert "DAILY_RATE_HIGH" in codes(run(example(rate={"type": "daily", "value": "0.0015"})))
    assert "DAILY_RATE_HIGH" not in codes(run(example(rate={"type": "daily", "value": "0.001"})))
    out = run(example(rate={"type": "daily", "value": "0.0015"}))
    assert "DAILY_RATE_PERCENT_TYPO" not in codes(out)


def test_annualised_rate_compared_with_four_times_lpr() -> None:
    """日万分之三 = 10.95 % a year < 4 × 3.45 % = 13.80 %: no warning."""
    out = run(example(rate={"type": "daily", "value": "0.0003"}))
    assert out["annualized_rate"] == "0.1095"
    assert "ANNUAL_ABOVE_4X_LPR" not in codes(out)


def test_warnings_never_call_a_rate_legal_or_illegal() -> None:
    out = run(example(rate={"type": "daily", "value": "0.04"}))
    for w in out["warnings"]:
        assert not re.search("违法|合法|非法", w["message"])
    above = next(w for w in out["warnings"] if w["code"] == "ANNUAL_ABOVE_4X_LPR")
    assert "585" in above["message"]


def test_lpr_stale_after_35_days_past_the_last_fixing() -> None:
    rate = {"type": "lpr", "multiplier": "1.5", "mode": "floating"}
    assert "LPR_STALE" not in codes(run(one_item("1000", "2026-06-30", "2026-10-25", rate)))
    assert "LPR_STALE" in codes(run(one_item("1000", "2026-06-30", "2026-10-26", rate)))
    # Fixed at a breach long before: the rate is known, a late ``until`` does not matter.
    assert "LPR_STALE" not in codes(
        run(one_item("1000", "2026-06-30", "2026-12-31", {**rate, "mode": "fixed"})))


def test_until_defaults_to_today() -> None:
    data = example(payments=[])
    del data["until"]
    result = calculate(PenaltyRequest.from_json(data), today=date(2024, 1, 20))
    assert result.until == date(2024, 1, 20)
    assert result.penalty == D("200.00")  # 01-16..01-20 = 5 × 40.00


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"rate": None}, "rate"),
        ({"rate": {"type": "weekly", "value": "0.0004"}}, "rate.type"),
        ({"rate": {"value": "0.0004"}}, "rate.type"),
        ({"rate": {"type": "daily"}}, "rate.value"),
        ({"rate": {"type": "daily", "value": "0"}}, "rate.value"),
        ({"rate": {"type": "daily", "value": 0.0004}}, "rate.value"),
        ({"rate": {"type": "annual", "value": "0.12", "year_days": 366}}, "rate.year_days"),
        ({"rate": {"type": "lpr", "tenor": "3y"}}, "rate.tenor"),
        ({"rate": {"type": "lpr", "mode": "sometimes"}}, "rate.mode"),
        ({"rate": {"type": "lpr", "multiplier": "-1.5"}}, "rate.multiplier"),
        ({"rate": {"type": "staged", "stages": []}}, "rate.stages"),
        ({"rate": {"type": "staged", "stages": [{"days": 30, "daily": "0.0003"},
                                                {"days": 60, "daily": "0.0005"}]}},
         "rate.stages[1].days"),
        ({"rate": {"type": "staged", "stages": [{"days": 30, "daily": "0.0003"},
                                                {"days": 20, "daily": "0.0004"},
                                                {"daily": "0.0005"}]}},
         "rate.stages[1].days"),
        ({"rate": {"type": "staged", "stages": [{"daily": "0.0003"}, {"daily": "0.0005"}]}},
         "rate.stages[0].days"),
        ({"items": [{"label": "x", "amount": "100", "due_date": "2024-02-30"}]},
         "items[0].due_date"),
        ({"items": [{"label": "x", "amount": "-100", "due_date": "2024-02-01"}]},
         "items[0].amount"),
        ({"items": [{"label": "x", "amount": 100.0, "due_date": "2024-02-01"}]},
         "items[0].amount"),
        ({"items": [{"label": "x", "amount": "100", "due_date": "2024-02-01"},
                    {"label": "x", "amount": "100", "due_date": "2024-03-01"}]},
         "items[1].label"),
        ({"items": []}, "items"),
        ({"payments": [{"date": "2024-02-01", "amount": "1"},
                       {"date": "2024-02-02", "amount": "-5"}]}, "payments[1].amount"),
        ({"payments": [{"date": "2024-02-31", "amount": "1"}]}, "payments[0].date"),
        ({"payments": [{"date": "2024-02-01", "amount": "1", "item": "尾款"}]},
         "payments[0].item"),
        ({"until": "2024-13-01"}, "until"),
        ({"day_count": "weekdays"}, "day_count"),
        ({"allocation": "random"}, "allocation"),
        ({"principal": "100", "due_date": "2024-01-01"}, "principal"),
        ({"items": [{"label": "x", "amount": "100", "due_date": "2010-01-01"}], "payments": [],
          "rate": {"type": "lpr"}}, "items[0].due_date"),
    ],
)
def test_bad_input_names_the_field(change: dict[str, Any], field: str) -> None:
    data = example(**change)
    if change.get("rate", 0) is None:
        del data["rate"]
    with pytest.raises(ValidationError) as err:
        penalty_from_json(data)
    assert err.value.field == field
    assert "\n" not in str(err.value)
    assert re.search(r"[\u4e00-\u9fff]", err.value.message)  # Chinese for the user


def test_shorthand_bad_principal_names_the_field() -> None:
    with pytest.raises(ValidationError) as err:
        penalty_from_json({"principal": "-1", "due_date": "2024-01-01",
                           "rate": {"type": "daily", "value": "0.0004"}})
    assert err.value.field == "principal"


# ------------------------------------------------------------------ properties

FEN = D("0.01")
start_dates = st.dates(min_value=date(2018, 1, 1), max_value=date(2026, 6, 30))
amounts = st.integers(min_value=1, max_value=10**9).map(lambda c: D(c) / 100)
daily_rates = st.integers(min_value=1, max_value=20).map(lambda n: D(n) / 10000)
rates = st.one_of(
    daily_rates.map(lambda r: {"type": "daily", "value": str(r)}),
    st.sampled_from(["0.06", "0.12", "0.146"]).flatmap(
        lambda v: st.sampled_from([365, 360]).map(
            lambda y: {"type": "annual", "value": v, "year_days": y})),
    st.sampled_from(["1", "1.3", "1.5"]).flatmap(
        lambda m: st.sampled_from(["1y", "5y"]).map(
            lambda t: {"type": "lpr", "multiplier": m, "tenor": t, "mode": "floating"})),
    st.integers(min_value=1, max_value=120).map(
        lambda n: {"type": "staged", "stages": [{"days": n, "daily": "0.0002"},
                                                {"daily": "0.0005"}]}),
)


def _shift_stages(rate: dict[str, Any], days: int) -> dict[str, Any] | None:
    """The staged clause counts overdue days from the breach; a later piece starts ``days``
    into it, so the piece's own clause has the threshold moved down (or is one stage)."""
    if rate["type"] != "staged":
        return rate
    first, second = rate["stages"]
    left = first["days"] - days
    if left <= 0:
        return {"type": "daily", "value": second["daily"]}
    return {"type": "staged", "stages": [{"days": left, "daily": first["daily"]}, second]}


@settings(max_examples=300, deadline=None)
@given(amounts, start_dates, st.integers(1, 900), st.data(), rates)
def test_splitting_the_period_changes_the_total_by_at_most_the_rounding(
    amount: Decimal, due: date, length: int, data: st.DataObject, rate: dict[str, Any]
) -> None:
    """Penalty for (due, until] equals the penalty for (due, cut] plus a second claim for
    (cut, until] within one fen: the split cuts one segment into two roundings."""
    until = due + timedelta(days=length)
    cut = due + timedelta(days=data.draw(st.integers(1, length - 1)) if length > 1 else 1)
    assume(cut < until)
    whole = penalty_from_json(one_item(str(amount), due.isoformat(), until.isoformat(), rate))
    first = penalty_from_json(one_item(str(amount), due.isoformat(), cut.isoformat(), rate))
    later_rate = _shift_stages(rate, (cut - due).days)
    second = penalty_from_json(one_item(str(amount), cut.isoformat(), until.isoformat(),
                                        later_rate))
    total = D(whole["penalty"])
    parts = D(first["penalty"]) + D(second["penalty"])
    assert abs(total - parts) <= FEN


@settings(max_examples=150, deadline=None)
@given(amounts, start_dates, st.integers(1, 900), st.data(), rates,
       st.sampled_from(["principal", "statutory"]), st.sampled_from(["next_day", "same_day"]))
def test_a_payment_never_increases_the_penalty(
    amount: Decimal, due: date, length: int, data: st.DataObject, rate: dict[str, Any],
    allocation: str, day_count: str,
) -> None:
    """Adding a payment never raises the penalty (beyond the one fen a new segment's rounding
    can add: DOMAIN.md rounds every segment) and never raises the outstanding amount."""
    until = due + timedelta(days=length)
    paid_on = due + timedelta(days=data.draw(st.integers(-30, length + 30)))
    paid = data.draw(st.integers(1, int(amount * 100) + 10_000).map(lambda c: D(c) / 100))
    base = one_item(str(amount), due.isoformat(), until.isoformat(), rate,
                    allocation=allocation, day_count=day_count)
    without = penalty_from_json(base)
    with_payment = penalty_from_json(
        {**base, "payments": [{"date": paid_on.isoformat(), "amount": str(paid)}]})
    assert D(with_payment["penalty"]) <= D(without["penalty"]) + FEN
    assert D(with_payment["outstanding"]) <= D(without["outstanding"])
    owed_without = D(without["outstanding"]) + D(without["penalty_outstanding"])
    owed_with = D(with_payment["outstanding"]) + D(with_payment["penalty_outstanding"])
    assert owed_with <= owed_without + FEN


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(amounts, start_dates), min_size=1, max_size=4),
       st.lists(st.tuples(st.integers(0, 1200), amounts, st.booleans()), max_size=8),
       rates, st.sampled_from(["principal", "statutory"]))
def test_segments_are_consistent(
    items: list[tuple[Decimal, date]], pays: list[tuple[int, Decimal, bool]],
    rate: dict[str, Any], allocation: str,
) -> None:
    """Segments of an item never overlap, stay within (due, until], have days = end − start
    + 1; the total is their sum; principal paid + outstanding = amount for every item."""
    until = date(2026, 9, 1)
    labels = [f"第{i + 1}期" for i in range(len(items))]
    data = {
        "items": [{"label": lbl, "amount": str(a), "due_date": d.isoformat()}
                  for lbl, (a, d) in zip(labels, items, strict=True)],
        "payments": [{"date": (date(2023, 1, 1) + timedelta(days=n)).isoformat(),
                      "amount": str(a), **({"item": labels[n % len(labels)]} if tagged else {})}
                     for n, a, tagged in pays],
        "until": until.isoformat(), "rate": rate, "allocation": allocation,
    }
    out = penalty_from_json(data)
    assert D(out["penalty"]) == sum((D(s["amount"]) for s in out["segments"]), D(0))
    for label, (amount, due) in zip(labels, items, strict=True):
        segs = [s for s in out["segments"] if s["item"] == label]
        previous_end = due
        for s in segs:
            start, end = date.fromisoformat(s["start"]), date.fromisoformat(s["end"])
            assert start > previous_end and end <= until
            assert s["days"] == (end - start).days + 1
            previous_end = end
        summary = next(i for i in out["items"] if i["label"] == label)
        assert D(summary["paid"]) + D(summary["outstanding"]) == amount
        assert summary["days_overdue"] == sum(s["days"] for s in segs)
