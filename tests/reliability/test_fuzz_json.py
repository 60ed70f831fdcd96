"""Property and fuzz tests (issue 9, item 4): the money parser, dates, the JSON input of every
command and the Excel importer only ever answer with a value or a LetterDeskError."""

from __future__ import annotations

import copy
import string
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.dates import format_date_cn, iso, parse_date
from desktop_app.domain.errors import LetterDeskError, ValidationError
from desktop_app.domain.money import format_amount, parse_amount, plain_amount

from .hostile_strings import HOSTILE, HOSTILE_AMOUNTS

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# JSON values as the CLI's loader produces them: numbers arrive as strings (parse_float=str)
json_scalars = (st.none() | st.booleans() | st.text(max_size=30) | st.sampled_from(HOSTILE)
                | st.sampled_from(HOSTILE_AMOUNTS) | st.integers().map(str)
                | st.decimals(allow_nan=False, allow_infinity=False).map(str))
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(string.ascii_lowercase + "_.", max_size=12), children, max_size=5),
    max_leaves=20,
)
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999999.99"),
                      places=2, allow_nan=False, allow_infinity=False)


@FUZZ
@given(st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE_AMOUNTS),
                 st.integers().map(str), st.floats().map(str)))
def test_money_parser_answers_a_decimal_or_a_validation_error(text: str) -> None:
    try:
        value = parse_amount(text, "amount", allow_zero=True)
    except ValidationError as exc:
        assert exc.field == "amount"
    else:
        assert isinstance(value, Decimal) and value.is_finite()
        assert value == value.quantize(Decimal("0.01"))


@FUZZ
@given(amounts)
def test_money_round_trips_through_format_and_parse(value: Decimal) -> None:
    assert parse_amount(format_amount(value), "amount") == value
    assert parse_amount(plain_amount(value), "amount") == value


@FUZZ
@given(st.one_of(st.text(max_size=30), st.sampled_from(HOSTILE),
                 st.dates().map(lambda d: d.isoformat())))
def test_date_parser_answers_a_date_or_a_validation_error(text: str) -> None:
    try:
        value = parse_date(text, "date")
    except ValidationError as exc:
        assert exc.field == "date"
    else:
        assert isinstance(value, date) and not isinstance(value, datetime)


@FUZZ
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_dates_round_trip(value: date) -> None:
    assert parse_date(iso(value), "date") == value
    assert parse_date(value, "date") == value
    assert format_date_cn(value).startswith(f"{value.year}年")


def _only_our_errors(call, *args: Any) -> None:
    try:
        call(*args)
    except LetterDeskError:
        pass


def _mutate(base: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    """The sample with a few keys (at any depth) replaced by random JSON or removed."""
    doc = copy.deepcopy(base)
    for _ in range(data.draw(st.integers(1, 4))):
        target = doc
        while True:
            keys = list(target) if isinstance(target, dict) else list(range(len(target)))
            if not keys:
                break
            key = data.draw(st.sampled_from(keys))
            child = target[key]
            if isinstance(child, (dict, list)) and child and data.draw(st.booleans()):
                target = child
                continue
            if isinstance(target, dict) and data.draw(st.integers(0, 4)) == 0:
                del target[key]
            else:
                target[key] = data.draw(json_values)
            break
    return doc


PENALTY = {"items": [{"label": "首期房款", "amount": "100000.00", "due_date": "2024-01-15"}],
           "payments": [{"date": "2024-02-01", "amount": "50000.00", "item": "首期房款"}],
           "until": "2024-03-01", "rate": {"type": "daily", "value": "0.0004"}}


@FUZZ
@given(st.data())
def test_penalty_json_never_crashes(home: Path, data: st.DataObject) -> None:
    from desktop_app.services.calculator import penalty_for_home

    _only_our_errors(penalty_for_home, _mutate(PENALTY, data), home)
    _only_our_errors(penalty_for_home, data.draw(json_values), home)


def _kinds() -> list[str]:
    from desktop_app.services.letters import kinds_info

    return [k["id"] for k in kinds_info()]


@pytest.mark.parametrize("kind", _kinds())
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_letter_json_never_crashes(kind: str, data: st.DataObject) -> None:
    from desktop_app.services.context import SAMPLE_PROFILE
    from desktop_app.services.letters import build_letter, sample_data, validate_letter

    mutated = _mutate(sample_data(kind), data)
    _only_our_errors(validate_letter, kind, mutated, SAMPLE_PROFILE)
    _only_our_errors(build_letter, kind, mutated)  # validation + computation + layout


RECEIPT = {"series": "general", "payer": {"name": "李四", "type": "person"}, "purpose": "房款",
           "amount": "100.00", "method": "cash", "date": "2026-03-01"}
REFUND = {"refund": "50.00", "method": "transfer", "date": "2026-03-02",
          "deductions": [{"reason": "损坏赔偿", "amount": "10.00"}]}


@FUZZ
@given(st.data())
def test_receipt_and_refund_json_never_crash(data: st.DataObject) -> None:
    from desktop_app.services.deposits import validate_refund
    from desktop_app.services.receipts import validate_receipt

    _only_our_errors(validate_receipt, _mutate(RECEIPT, data))
    _only_our_errors(validate_receipt, data.draw(json_values))
    _only_our_errors(validate_refund, _mutate(REFUND, data))
    _only_our_errors(validate_refund, data.draw(json_values))


odd_cells = st.one_of(
    st.none(), st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 3, 1)), st.booleans(), st.text(max_size=40),
    st.sampled_from(HOSTILE), st.sampled_from(HOSTILE_AMOUNTS),
    st.sampled_from(["=SUM(A1:A2)", "=1/0", "#DIV/0!", "1,234.50", "¥1,000", "2024/1/5",
                     "二〇二四年一月五日", "45292", "作废", "是"]),
)


def _sheet(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if isinstance(value, str):
                value = "".join(ch for ch in ILLEGAL_CHARACTERS_RE.sub("", value)
                                if not 0xD800 <= ord(ch) <= 0xDFFF and ord(ch) not in (0xFFFE, 0xFFFF))
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str) and not value.startswith("=SUM") and value != "=1/0":
                cell.data_type = "s"
    wb.save(path)
    return path


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.lists(st.lists(odd_cells, min_size=6, max_size=6), min_size=1, max_size=8))
def test_excel_import_of_odd_workbooks_never_crashes(tmp_path_factory: pytest.TempPathFactory,
                                                     rows: list[list[Any]]) -> None:
    from desktop_app.services.context import open_context
    from desktop_app.services.importing import import_parties, import_receipts

    folder = tmp_path_factory.mktemp("fuzz")
    ctx = open_context(folder / "home")
    try:
        parties = _sheet(folder / "p.xlsx", ["名称", "类型", "证件号码", "地址", "电话", "备注"], rows)
        receipts = _sheet(folder / "r.xlsx", ["收据编号", "日期", "交款人", "事由", "金额", "状态"],
                          rows)
        for call, path in ((import_parties, parties), (import_receipts, receipts)):
            try:
                report = call(ctx, path)
            except LetterDeskError:
                continue
            assert isinstance(report["rejected"], list)
            for rejected in report["rejected"]:
                assert rejected["row"] >= 2 and rejected["reason"]
        assert ctx.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        ctx.close()
