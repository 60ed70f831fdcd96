"""LPR table: DOMAIN.md §2 change points, pre-reform benchmark rates, user fixings."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.lpr import LprTable, add_user_fixing
from desktop_app.services.calculator import lpr_add, lpr_list, penalty_for_home

# DOMAIN.md §2 table, verbatim: (from, 1Y, 5Y+).
DOMAIN_TABLE = [
    ("2019-08-20", "4.25", "4.85"),
    ("2019-09-20", "4.20", "4.85"),
    ("2019-11-20", "4.15", "4.80"),
    ("2020-02-20", "4.05", "4.75"),
    ("2020-04-20", "3.85", "4.65"),
    ("2021-12-20", "3.80", "4.65"),
    ("2022-01-20", "3.70", "4.60"),
    ("2022-05-20", "3.70", "4.45"),
    ("2022-08-22", "3.65", "4.30"),
    ("2023-06-20", "3.55", "4.20"),
    ("2023-08-21", "3.45", "4.20"),
    ("2024-02-20", "3.45", "3.95"),
    ("2024-07-22", "3.35", "3.85"),
    ("2024-10-21", "3.10", "3.60"),
    ("2025-05-20", "3.00", "3.50"),
]
# DOMAIN.md §2 pre-2019 benchmark (1-year).
DOMAIN_BENCHMARK = [
    ("2012-07-06", "6.00"),
    ("2014-11-22", "5.60"),
    ("2015-03-01", "5.35"),
    ("2015-05-11", "5.10"),
    ("2015-06-28", "4.85"),
    ("2015-08-26", "4.60"),
    ("2015-10-24", "4.35"),
]


@pytest.fixture(scope="module")
def table() -> LprTable:
    return LprTable.load()


@pytest.mark.parametrize(("start", "one", "five"), DOMAIN_TABLE)
def test_each_change_point_applies_from_its_date(
    table: LprTable, start: str, one: str, five: str
) -> None:
    d = date.fromisoformat(start)
    assert table.rate_on(d, "1y") == Decimal(one)
    assert table.rate_on(d, "5y") == Decimal(five)
    assert table.rate_on(d) == Decimal(one)  # tenor defaults to 1y


@pytest.mark.parametrize(("start", "one"), DOMAIN_BENCHMARK)
def test_benchmark_before_the_reform(table: LprTable, start: str, one: str) -> None:
    assert table.rate_on(date.fromisoformat(start), "1y") == Decimal(one)


def test_rate_holds_until_the_next_change(table: LprTable) -> None:
    assert table.rate_on(date(2024, 7, 21)) == Decimal("3.45")
    assert table.rate_on(date(2024, 7, 22)) == Decimal("3.35")
    assert table.rate_on(date(2019, 8, 19)) == Decimal("4.35")  # last benchmark day
    assert table.rate_on(date(2019, 8, 19), "5y") == Decimal("4.90")  # benchmark over 5 years
    assert table.rate_on(date(2030, 1, 1)) == Decimal("3.00")  # beyond the table: last value


def test_no_rate_before_the_table(table: LprTable) -> None:
    with pytest.raises(ValidationError):
        table.rate_on(date(2012, 7, 5))


def test_unknown_tenor(table: LprTable) -> None:
    with pytest.raises(ValidationError) as err:
        table.rate_on(date(2024, 1, 1), "3y")
    assert err.value.field == "rate.tenor"


def test_as_of_and_last_fixing(table: LprTable) -> None:
    assert table.as_of == date(2026, 9, 20)
    assert table.last_fixing == date(2026, 9, 20)


def test_change_dates_only_where_the_tenor_changes(table: LprTable) -> None:
    # 2022-05-20 changed the 5-year rate only.
    assert table.change_dates("1y", date(2022, 1, 1), date(2022, 12, 31)) == [
        date(2022, 1, 20), date(2022, 8, 22)]
    assert table.change_dates("5y", date(2022, 1, 1), date(2022, 12, 31)) == [
        date(2022, 1, 20), date(2022, 5, 20), date(2022, 8, 22)]
    # start is exclusive, end inclusive; the reform is a change (4.35 → 4.25)
    assert table.change_dates("1y", date(2019, 8, 20), date(2019, 9, 20)) == [date(2019, 9, 20)]
    assert table.change_dates("1y", date(2019, 8, 19), date(2019, 8, 20)) == [date(2019, 8, 20)]


def test_entries_list_everything_oldest_first(table: LprTable) -> None:
    entries = table.entries()
    assert entries[0] == {"from": "2012-07-06", "1y": "6.00", "5y": "6.55", "source": "benchmark"}
    assert entries[-1] == {"from": "2025-05-20", "1y": "3.00", "5y": "3.50", "source": "lpr"}
    assert len(entries) == len(DOMAIN_TABLE) + len(DOMAIN_BENCHMARK)


def test_add_user_fixing_extends_the_table(tmp_path: Path) -> None:
    user = tmp_path / "lpr_user.json"
    add_user_fixing(user, date(2026, 11, 20), Decimal("2.90"), Decimal("3.40"),
                    today=date(2026, 11, 28))
    add_user_fixing(user, date(2026, 10, 20), Decimal("3.00"), Decimal("3.50"),
                    today=date(2026, 11, 28))
    rows = json.loads(user.read_text(encoding="utf-8"))["lpr"]
    assert [r["from"] for r in rows] == ["2026-10-20", "2026-11-20"]  # kept sorted
    table = LprTable.load(user)
    assert table.last_fixing == date(2026, 11, 20)
    assert table.rate_on(date(2026, 11, 19)) == Decimal("3.00")
    assert table.rate_on(date(2026, 11, 20), "5y") == Decimal("3.40")
    assert table.change_dates("1y", date(2026, 1, 1), date(2026, 12, 31)) == [date(2026, 11, 20)]


@pytest.mark.parametrize(
    ("d", "one", "five", "field"),
    [
        (date(2026, 10, 20), "3.00", "3.50", "date"),  # duplicate (added below first)
        (date(2026, 9, 20), "3.00", "3.50", "date"),  # covered by the shipped table
        (date(2026, 12, 20), "3.00", "3.50", "date"),  # future
        (date(2026, 11, 20), "0", "3.50", "1y"),
        (date(2026, 11, 20), "3.00", "35", "5y"),
        (date(2026, 11, 20), "3.001", "3.50", "1y"),
    ],
)
def test_add_user_fixing_refuses(
    tmp_path: Path, d: date, one: str, five: str, field: str
) -> None:
    user = tmp_path / "lpr_user.json"
    add_user_fixing(user, date(2026, 10, 20), Decimal("3.00"), Decimal("3.50"),
                    today=date(2026, 11, 28))
    with pytest.raises(ValidationError) as err:
        add_user_fixing(user, d, Decimal(one), Decimal(five), today=date(2026, 11, 28))
    assert err.value.field == field


def test_user_entries_covered_by_the_shipped_table_are_ignored(tmp_path: Path) -> None:
    user = tmp_path / "lpr_user.json"
    user.write_text(json.dumps({"lpr": [{"from": "2025-06-20", "1y": "9.99", "5y": "9.99"}]}))
    assert LprTable.load(user).rate_on(date(2025, 7, 1)) == Decimal("3.00")


def test_service_list_add_and_penalty_use_the_home_file(home: Path) -> None:
    added = lpr_add(home, "2026-10-20", "3.00", "3.50", today=date(2026, 11, 28))
    assert added == {"from": "2026-10-20", "1y": "3.00", "5y": "3.50", "source": "user"}
    assert lpr_list(home)[-1] == added
    data = {"principal": "100000", "due_date": "2026-06-30", "until": "2026-11-24",
            "rate": {"type": "lpr", "multiplier": "1.5", "mode": "floating"}}
    codes = [w["code"] for w in penalty_for_home(data, home)["warnings"]]
    assert "LPR_STALE" not in codes  # 2026-11-24 is 35 days after the 2026-10-20 fixing
    bare = home / "other"
    bare.mkdir()
    codes = [w["code"] for w in penalty_for_home(data, bare)["warnings"]]
    assert "LPR_STALE" in codes  # without the user fixing: 65 days after 2026-09-20


def test_service_lpr_add_names_bad_fields(home: Path) -> None:
    with pytest.raises(ValidationError) as err:
        lpr_add(home, "2026-02-30", "3.00", "3.50")
    assert err.value.field == "date"
    with pytest.raises(ValidationError) as err:
        lpr_add(home, "2026-10-20", "abc", "3.50")
    assert err.value.field == "1y"
