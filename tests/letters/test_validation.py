"""Bad input names the field (dotted path) before anything is rendered or numbered."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.services.context import SAMPLE_PROFILE
from desktop_app.services.letters import prepare_letter, sample_data, validate_letter


def pd(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(sample_data("payment_demand"))
    for path, value in changes.items():
        target = data
        keys = path.split("__")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if value is ...:
            del target[keys[-1]]
        else:
            target[keys[-1]] = value
    return data


def field_of(data: dict[str, Any], kind: str = "payment_demand") -> str:
    with pytest.raises(ValidationError) as exc:
        prepare_letter(kind, data)
    return exc.value.field


def test_missing_debtor_name() -> None:
    assert field_of(pd(debtor__name=...)) == "debtor.name"


def test_missing_debtor_object() -> None:
    assert field_of(pd(debtor=...)) == "debtor.name"


def test_malformed_contract_date() -> None:
    assert field_of(pd(contract__signed_on="2025-02-30")) == "contract.signed_on"


def test_malformed_item_due_date_is_named_by_the_penalty_engine() -> None:
    assert field_of(pd(items__0__due_date="15/07/2025")) == "items[0].due_date"


def test_malformed_amount() -> None:
    assert field_of(pd(items__1__amount="15万")) == "items[1].amount"


def test_missing_rate() -> None:
    assert field_of(pd(rate=...)) == "rate"


def test_unknown_key_is_refused_not_dropped() -> None:
    assert field_of(pd(deadline_day="15")) == "deadline_day"
    assert field_of(pd(debtor__nmae="x")) == "debtor.nmae"


def test_deadline_date_or_days_exactly_one() -> None:
    assert field_of(pd(deadline="2026-03-20")) == "deadline"
    assert field_of(pd(deadline_days=...)) == "deadline"


def test_deadline_before_letter_date() -> None:
    assert field_of(pd(deadline_days=..., deadline="2026-03-01")) == "deadline"


def test_deadline_days_must_be_a_positive_integer() -> None:
    assert field_of(pd(deadline_days="0")) == "deadline_days"
    assert field_of(pd(deadline_days="fifteen")) == "deadline_days"


def test_integers_and_booleans_arrive_as_text_or_native() -> None:
    for days, slip in (("15", "true"), (15, True), ("15", "否")):
        values = validate_letter("payment_demand", pd(deadline_days=days, ack_slip=slip),
                                 SAMPLE_PROFILE)
        assert values["deadline_days"] == 15
        assert values["ack_slip"] is (slip in ("true", True))


def test_bad_choice_lists_the_allowed_values() -> None:
    with pytest.raises(ValidationError) as exc:
        prepare_letter("payment_demand", pd(preset="fancy"))
    assert exc.value.field == "preset" and "business" in exc.value.message


def test_unknown_kind() -> None:
    with pytest.raises(ValidationError) as exc:
        prepare_letter("love_letter", {})
    assert exc.value.field == "kind"


def test_data_must_be_an_object() -> None:
    with pytest.raises(ValidationError) as exc:
        prepare_letter("payment_demand", ["not", "an", "object"])
    assert exc.value.field == "data"


def test_creditor_pay_to_and_contact_default_to_the_firm_profile() -> None:
    values = validate_letter("payment_demand", pd(), SAMPLE_PROFILE)
    assert values["creditor"]["name"] == SAMPLE_PROFILE["name"]
    assert values["pay_to"] == {"bank": SAMPLE_PROFILE["bank"],
                                "account_name": SAMPLE_PROFILE["bank_account_name"],
                                "account_number": SAMPLE_PROFILE["bank_account"]}
    assert values["contact"]["name"] == SAMPLE_PROFILE["contact"]


def test_given_values_beat_the_profile() -> None:
    values = validate_letter("payment_demand", pd(creditor={"name": "另一家公司"}),
                             SAMPLE_PROFILE)
    assert values["creditor"]["name"] == "另一家公司"


def test_pay_to_required_when_the_profile_has_no_bank() -> None:
    profile = {"name": "某公司"}
    with pytest.raises(ValidationError) as exc:
        validate_letter("payment_demand", pd(), profile)
    assert exc.value.field == "pay_to.bank" and "单位资料" in exc.value.message


def test_text_length_is_limited() -> None:
    assert field_of(pd(extra_text="长" * 2001)) == "extra_text"
