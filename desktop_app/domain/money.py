"""Money and rates as ``Decimal``: parse user text at the edge, format for letters.

Amounts never pass through ``float`` (DOMAIN.md §5: "never through float; reject negative
numbers and more than two decimals with a clear message rather than truncating").
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop_app.domain.errors import ValidationError

FEN = Decimal("0.01")
#: Largest amount the program handles: 大写 goes up to hundreds of billions (仟亿).
MAX_AMOUNT = Decimal("999999999999.99")

_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
_NON_FINITE = {"nan", "snan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}


def _normalize_text(value: str) -> str:
    # NFKC turns full-width digits, "，", "．", "￥" and the ideographic space into ASCII/"¥".
    text = unicodedata.normalize("NFKC", value).strip()
    return "".join(text.split())


def round_fen(value: Decimal) -> Decimal:
    """Round half-up to the fen (0.01), the rule for every amount we print."""
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def _number_from_text(raw: str, field: str, what: str) -> Decimal:
    text = _normalize_text(raw)
    if not text:
        raise ValidationError(field, f"{what}不能为空", message_en=f"{what}: empty")
    if text.lower() in _NON_FINITE:
        raise ValidationError(field, f"{what}必须是有限的数字：{raw}", message_en="not finite")
    if text[0] in "-−－":
        raise ValidationError(field, f"{what}不能为负数：{raw}", message_en="negative")
    if not (_PLAIN.match(text) or _GROUPED.match(text)):
        raise ValidationError(field, f"{what}格式不正确：{raw}", message_en=f"not a number: {raw}")
    return Decimal(text.replace(",", ""))


def _check_not_float(value: object, field: str, what: str) -> None:
    if isinstance(value, bool) or isinstance(value, float):
        raise ValidationError(
            field,
            f"{what}请以文本（字符串）填写，例如 \"1409.50\"，不接受浮点数",
            message_en="floats are not accepted; pass text",
        )


def parse_amount(
    value: str | int | Decimal, field: str, *, allow_zero: bool = False
) -> Decimal:
    """Parse an amount of money in yuan into a ``Decimal`` quantized to 0.01.

    Accepts ``¥``/``￥`` before and ``元`` after the figures, thousands separators
    (``1,409.50``), full-width digits and surrounding spaces. Rejects floats, negative and
    non-finite values, zero unless ``allow_zero``, more than two decimals (unless the extra
    digits are zeros: ``1.230`` is 1.23) and amounts above ``MAX_AMOUNT``.
    """
    what = "金额"
    _check_not_float(value, field, what)
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        text = _normalize_text(value)
        if text[:1] in ("¥", "￥"):
            text = text[1:]
        if text.endswith("元"):
            text = text[:-1]
        amount = _number_from_text(text, field, what)
    else:
        raise ValidationError(field, f"{what}格式不正确：{value!r}", message_en="wrong type")

    if not amount.is_finite():
        raise ValidationError(field, f"{what}必须是有限的数字", message_en="not finite")
    if amount < 0:
        raise ValidationError(field, f"{what}不能为负数：{value}", message_en="negative")
    if amount == 0 and not allow_zero:
        raise ValidationError(field, f"{what}必须大于零", message_en="zero")
    try:
        quantized = amount.quantize(FEN)
    except InvalidOperation as exc:
        raise ValidationError(field, f"{what}过大：{value}", message_en="too large") from exc
    if quantized != amount:
        raise ValidationError(
            field,
            f"{what}最多两位小数（到分）：{value}",
            message_en="more than two decimals",
        )
    if quantized > MAX_AMOUNT:
        raise ValidationError(
            field, f"{what}过大（上限 {format_amount(MAX_AMOUNT)} 元）：{value}", message_en="too large"
        )
    return quantized


def parse_rate(value: str | int | Decimal, field: str) -> Decimal:
    """Parse a non-negative rate (a fraction such as ``0.0004`` or a percent figure such as
    ``3.45``, depending on the field) without ever going through ``float``."""
    what = "利率"
    _check_not_float(value, field, what)
    if isinstance(value, int):
        rate = Decimal(value)
    elif isinstance(value, Decimal):
        rate = value
    elif isinstance(value, str):
        if "%" in value or "％" in value:
            raise ValidationError(
                field,
                f"{what}请填写数字，不带百分号：{value}",
                message_en="no percent sign, please",
            )
        rate = _number_from_text(value, field, what)
    else:
        raise ValidationError(field, f"{what}格式不正确：{value!r}", message_en="wrong type")
    if not rate.is_finite():
        raise ValidationError(field, f"{what}必须是有限的数字", message_en="not finite")
    if rate < 0:
        raise ValidationError(field, f"{what}不能为负数：{value}", message_en="negative")
    return rate


def format_amount(d: Decimal) -> str:
    """``Decimal("1409.5")`` → ``"1,409.50"`` (thousands separators, two decimals)."""
    return f"{round_fen(d):,.2f}"


def plain_amount(d: Decimal) -> str:
    """``Decimal("1409.5")`` → ``"1409.50"`` (the JSON form: two decimals, no separators)."""
    return f"{round_fen(d):.2f}"


def plain_decimal(d: Decimal) -> str:
    """A rate without exponent or trailing zeros: ``Decimal("4.0E-4")`` → ``"0.0004"``."""
    if d == 0:
        return "0"
    return f"{d.normalize():f}"
