"""Amounts in words (大写), DOMAIN.md §5: 《支付结算办法》 annex 1, 《会计基础工作规范》 art. 52."""

from __future__ import annotations

import re
import warnings
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.words import amount_in_words, words_to_amount

# The examples of DOMAIN.md §5, verbatim.
DOMAIN_EXAMPLES = [
    ("0.05", "人民币伍分"),
    ("10.50", "人民币壹拾元伍角整"),
    ("1409.50", "人民币壹仟肆佰零玖元伍角整"),
    ("6007.14", "人民币陆仟零柒元壹角肆分"),
    ("107000.53", "人民币壹拾万柒仟元零伍角叁分"),
    ("1000000", "人民币壹佰万元整"),
    ("16409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
]

# Worked by hand from the rules (a run of zeros is one 零; a single zero on the 亿/万/元 digit
# before a non-zero digit is written without 零, as in 10.50 and the 万 of 107,000.53).
HAND_EXAMPLES = [
    ("0", "人民币零元整"),
    ("0.50", "人民币伍角整"),
    ("0.55", "人民币伍角伍分"),
    ("10", "人民币壹拾元整"),
    ("11", "人民币壹拾壹元整"),
    ("110000", "人民币壹拾壹万元整"),
    ("100.05", "人民币壹佰元零伍分"),
    ("105", "人民币壹佰零伍元整"),
    ("1680.32", "人民币壹仟陆佰捌拾元叁角贰分"),
    ("10000.50", "人民币壹万元零伍角整"),
    ("1007000", "人民币壹佰万零柒仟元整"),
    ("100010", "人民币壹拾万零壹拾元整"),
    ("107000000", "人民币壹亿零柒佰万元整"),
    ("1070000000", "人民币壹拾亿柒仟万元整"),
    ("100000001", "人民币壹亿零壹元整"),
    ("100001000", "人民币壹亿零壹仟元整"),
    ("100000000000", "人民币壹仟亿元整"),
    ("999999999999.99", "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize(("amount", "words"), DOMAIN_EXAMPLES + HAND_EXAMPLES)
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words
    assert amount_in_words(amount) == words


@pytest.mark.parametrize(("amount", "words"), DOMAIN_EXAMPLES + HAND_EXAMPLES)
def test_words_to_amount_reads_back(amount: str, words: str) -> None:
    assert words_to_amount(words) == Decimal(amount)


def test_amount_in_words_accepts_user_text() -> None:
    assert amount_in_words("¥1,409.5") == "人民币壹仟肆佰零玖元伍角整"


@pytest.mark.parametrize(
    "value", ["-1", Decimal("-0.01"), "2.675", Decimal("1.001"), "1000000000000", "abc"]
)
def test_amount_in_words_rejects_instead_of_truncating(value: object) -> None:
    with pytest.raises(ValidationError) as err:
        amount_in_words(value)  # type: ignore[arg-type]
    assert err.value.field == "amount"


def test_amount_in_words_rejects_float() -> None:
    with pytest.raises(ValidationError):
        amount_in_words(1409.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("壹仟陆佰捌拾元零叁角贰分", "1680.32"),  # the optional 零 written
        ("人民币壹拾万零柒仟元伍角叁分", "107000.53"),  # the other optional place
        ("壹拾元伍角", "10.50"),  # 整 omitted after 角
        ("拾元整", "10.00"),  # 拾 without 壹
        ("人民币 壹佰万元整", "1000000.00"),
        ("伍分", "0.05"),
    ],
)
def test_words_to_amount_accepts_variants(text: str, amount: str) -> None:
    assert words_to_amount(text) == Decimal(amount)


@pytest.mark.parametrize(
    "text", ["", "人民币", "壹佰伍", "伍拾伍拾元", "伍角壹元", "壹贰元", "壹元拾角", "伍元abc"]
)
def test_words_to_amount_rejects_garbage(text: str) -> None:
    with pytest.raises(ValidationError):
        words_to_amount(text)


cents = st.integers(min_value=1, max_value=99_999_999_999_999)


def _amount(n: int) -> Decimal:
    return (Decimal(n) / 100).quantize(Decimal("0.01"))


@given(cents)
def test_words_round_trip(n: int) -> None:
    amount = _amount(n)
    assert words_to_amount(amount_in_words(amount)) == amount


# Amounts rich in zeros exercise the 零 rules far more than uniform random integers.
zero_rich = st.lists(st.sampled_from("0000123456789"), min_size=1, max_size=14).map(
    lambda ds: int("".join(ds)) or 1
)


@given(zero_rich)
def test_words_round_trip_zero_rich(n: int) -> None:
    amount = _amount(n)
    assert words_to_amount(amount_in_words(amount)) == amount


@given(st.one_of(cents, zero_rich))
def test_words_follow_the_form_rules(n: int) -> None:
    words = amount_in_words(_amount(n))
    body = words.removeprefix("人民币")
    assert words.startswith("人民币")
    assert "零零" not in body  # a run of zeros is one 零
    assert not re.search(r"零[元万亿角分整]", body)  # no 零 before a unit or at the end
    assert not body.startswith("零")
    assert body.endswith(("整", "分"))
    assert not body.endswith("分整")  # never 整 after 分
    if n % 10 == 0:
        assert body.endswith("整")  # 整 after 元 or 角
    assert not re.search(r"(?<![壹贰叁肆伍陆柒捌玖])拾", body)  # every ten has its digit


def _cn2an() -> object | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import cn2an  # type: ignore[import-not-found]
    except ImportError:
        return None
    return cn2an


CN2AN = _cn2an()


@pytest.mark.skipif(CN2AN is None, reason="cn2an not installed (optional cross-check only)")
@settings(max_examples=300, deadline=None)
@given(st.one_of(cents, zero_rich))
def test_words_agree_with_cn2an_apart_from_optional_zeros(n: int) -> None:
    """Independent oracle: cn2an's RMB mode (when installed; not a dependency). It omits 整
    after 角 and places the optional 零 differently, so compare without 零 and 整."""
    cn2an: Any = CN2AN
    amount = _amount(n)
    theirs = cn2an.an2cn(f"{amount:.2f}", "rmb")
    ours = amount_in_words(amount).removeprefix("人民币")
    assert ours.replace("零", "").replace("整", "") == theirs.replace("零", "").replace("整", "")
