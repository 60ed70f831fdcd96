"""Amounts in words (大写金额) and back.

Rules (DOMAIN.md §5) from 《支付结算办法》 annex 1 and 《会计基础工作规范》 art. 52:

- 人民币 directly before the words; every ten is written with its digit (10 → 壹拾元整).
- 整 after 元 and after 角 (we always write it after 角), never after 分.
- A zero inside the number is written 零 and a run of zeros is one 零.
- When the 万 (or 亿) or 元 digit is a *single* zero and the next lower digit is not zero, the
  零 is optional; we omit it there, which reproduces the rule's own examples
  (10.50 → 壹拾元伍角整, 107,000.53 → 壹拾万柒仟元零伍角叁分, where the 零 before 伍角 stands
  for the run 佰拾元 of zeros). 1,680.32 is therefore 壹仟陆佰捌拾元叁角贰分.
- When 角 is 0 and 分 is not, 零 follows 元 (16,409.02 → 壹万陆仟肆佰零玖元零贰分).

The conversion is our own (no cn2an): cn2an truncates extra decimals and omits 整 after 角.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.money import FEN, parse_amount

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PREFIX = "人民币"
LIMIT = Decimal("1000000000000")  # 1e12: 仟亿 is the largest unit we write

# Units of the 12 integer digits (highest first), then 角 and 分. The digit of 亿, 万 and 元
# carries no small unit: the group marker is written once after the group.
_UNITS = ["仟", "佰", "拾", "", "仟", "佰", "拾", "", "仟", "佰", "拾", "", "角", "分"]
_GROUP_MARKERS = {3: "亿", 7: "万"}
# The 亿, 万 and 元 digits: a single zero there before a non-zero digit goes without 零.
_GROUP_ENDS = {3, 7, 11}


def _validated(amount: Decimal | str | int) -> Decimal:
    # parse_amount rejects floats, negatives, NaN and more than two decimals (never truncates).
    value = parse_amount(amount, "amount", allow_zero=True)
    if value >= LIMIT:
        raise ValidationError("amount", "金额过大，大写只支持到仟亿位", message_en=">= 1e12")
    return value


def amount_in_words(amount: Decimal | str | int) -> str:
    """``Decimal("1409.50")`` → ``"人民币壹仟肆佰零玖元伍角整"``; 0 → ``"人民币零元整"``.

    Raises ``ValidationError`` (field ``amount``) for negative values, more than two decimals
    and amounts of 1e12 or more.
    """
    value = _validated(amount)
    if value == 0:
        return PREFIX + "零元整"
    cents = int((value / FEN).to_integral_value())
    digits = [int(c) for c in f"{cents:014d}"]  # 12 integer digits, 角, 分
    yuan = cents // 100

    out: list[str] = []
    started = False
    zero_run = 0  # zeros since the last written digit
    zero_run_start = -1
    for pos, digit in enumerate(digits):
        if pos == 12 and yuan:
            out.append("元")
        if digit == 0:
            if started:
                if zero_run == 0:
                    zero_run_start = pos
                zero_run += 1
        else:
            if zero_run and not (zero_run == 1 and zero_run_start in _GROUP_ENDS):
                out.append("零")  # a run of zeros inside the number is one 零
            out.append(DIGITS[digit] + _UNITS[pos])
            started = True
            zero_run = 0
        if pos in _GROUP_MARKERS and any(digits[pos - 3 : pos + 1]):
            out.append(_GROUP_MARKERS[pos])
    if digits[13] == 0:
        out.append("整")  # after 元 or 角, never after 分
    return PREFIX + "".join(out)


_DIGIT_VALUES = {c: i for i, c in enumerate(DIGITS)}
_DIGIT_VALUES.update({"〇": 0, "两": 2})
_SMALL_UNITS = {"拾": 10, "佰": 100, "仟": 1000}


def _bad(text: str, why: str) -> ValidationError:
    return ValidationError("words", f"无法识别的大写金额：{text}（{why}）", message_en=why)


def words_to_amount(text: str) -> Decimal:
    """Parse 大写 back into a ``Decimal``: ``"人民币壹仟肆佰零玖元伍角整"`` → ``1409.50``.

    The 人民币 prefix, 零 (in either of the optional places) and the final 整/正 are optional;
    units must come in descending order.
    """
    if not isinstance(text, str):
        raise _bad(repr(text), "not text")
    s = "".join(unicodedata.normalize("NFKC", text).split())
    original = s
    if s.startswith(PREFIX):
        s = s[len(PREFIX) :]
    if s.endswith(("整", "正")):
        s = s[:-1]
    if not s:
        raise _bad(original, "empty")

    total = 0  # in fen
    section = 0  # value inside the current 亿/万/元 section
    digit: int | None = None
    last_small = 10_000  # the last 仟/佰/拾 unit in this section (must descend)
    last_big = 10**13  # the last 亿/万/元/角/分 marker (must descend)
    seen_any = False

    def close_big(scale: int) -> None:
        nonlocal total, section, digit, last_small, last_big
        if scale >= last_big:
            raise _bad(original, "units out of order")
        if scale != 100 and digit is None and not section:
            raise _bad(original, "unit without digits")
        value = section + (digit or 0)
        if scale in (10, 1) and (section or value > 9):
            raise _bad(original, "角/分 take one digit")
        total += value * scale
        section, digit, last_small, last_big = 0, None, 10_000, scale

    for ch in s:
        if ch in _DIGIT_VALUES:
            if digit is not None:
                raise _bad(original, "two digits in a row")
            if _DIGIT_VALUES[ch] != 0:
                digit = _DIGIT_VALUES[ch]
            seen_any = True
        elif ch in _SMALL_UNITS:
            unit = _SMALL_UNITS[ch]
            if unit >= last_small:
                raise _bad(original, "units out of order")
            if digit is None:
                if ch != "拾" or section:
                    raise _bad(original, "unit without digit")
                digit = 1  # 拾元 read as 壹拾元
                seen_any = True
            section += digit * unit
            digit, last_small = None, unit
        elif ch == "亿":
            close_big(10**10)
        elif ch == "万":
            close_big(10**6)
        elif ch in "元圆":
            close_big(100)
        elif ch == "角":
            close_big(10)
        elif ch == "分":
            close_big(1)
        else:
            raise _bad(original, f"unexpected character {ch}")
    if digit is not None or section:
        raise _bad(original, "number does not end with a unit")
    if not seen_any:
        raise _bad(original, "no digits")
    return (Decimal(total) * FEN).quantize(FEN)
