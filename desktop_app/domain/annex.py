"""Calculation annex (违约金计算明细): the rows of the breakdown table a letter prints.

One row per segment (item, start, end, days, base, rate, amount) and a final 合计 row. Rates
read the way contracts write them: 日万分之四, 日万分之三点五, or for annual and LPR rates
``年3.45%×1.5（日约万分之一点四二）``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from desktop_app.domain.dates import iso
from desktop_app.domain.money import format_amount

if TYPE_CHECKING:  # penalty imports this module; only the type is needed here
    from desktop_app.domain.penalty import PenaltyResult, RateSpec, Segment

ANNEX_HEADER = ("项目", "起始日", "截止日", "天数", "计算基数（元）", "日利率/标准", "违约金（元）")

_CN_DIGITS = "零一二三四五六七八九"
_HUNDREDTH = Decimal("0.01")


def _cn_int(n: int) -> str:
    """Lowercase Chinese numeral for 0 ≤ n < 10000 (15 → 十五, 105 → 一百零五)."""
    if n == 0:
        return "零"
    if n >= 10000:
        return str(n)
    if 10 <= n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    out: list[str] = []
    pending_zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = (n // value) % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_CN_DIGITS[digit] + unit)
    return "".join(out)


def _cn_number(n: Decimal) -> str:
    """3.5 → 三点五, 15 → 十五, 1.42 → 一点四二."""
    text = f"{n.normalize():f}"
    whole, _, frac = text.partition(".")
    words = _cn_int(int(whole))
    if frac:
        words += "点" + "".join(_CN_DIGITS[int(c)] for c in frac)
    return words


def rate_in_words(daily: Decimal) -> str:
    """A daily rate as a contract writes it: 0.0004 → 日万分之四, 0.00035 → 日万分之三点五,
    0.001 → 日千分之一, 0.04 → 日百分之四; a rate that is not a whole number of 0.01‱ is
    rounded and marked 约 (0.000141780… → 日约万分之一点四二)."""
    if daily == 0:
        return "日零"
    per_10k = daily * 10000
    if per_10k != per_10k.quantize(_HUNDREDTH):
        approx = per_10k.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)
        return f"日约万分之{_cn_number(approx)}"
    if per_10k >= 100 and per_10k % 100 == 0:
        return f"日百分之{_cn_number(per_10k / 100)}"
    if per_10k >= 10 and per_10k % 10 == 0:
        return f"日千分之{_cn_number(per_10k / 10)}"
    return f"日万分之{_cn_number(per_10k)}"


def percent_text(value: Decimal, places: int | None = None) -> str:
    """0.146 → "14.6%"; with ``places=2`` → "14.60%"."""
    pct = value * 100
    if places is not None:
        return f"{pct.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):f}%"
    return f"{pct.normalize():f}%"


def segment_rate_text(rate: RateSpec, segment: Segment) -> str:
    """The rate column of one row."""
    daily_words = rate_in_words(segment.daily_rate)
    if rate.type == "annual" and rate.value is not None:
        return f"年{percent_text(rate.value)}（{daily_words}）"
    if rate.type == "lpr" and segment.lpr is not None:
        text = f"年{segment.lpr:.2f}%"
        if rate.multiplier != 1:
            text += f"×{rate.multiplier.normalize():f}"
        if rate.plus:
            text += f"+{rate.plus.normalize():f}%"
        return f"{text}（{daily_words}）"
    return daily_words


def annex_rows(result: PenaltyResult, *, include_total: bool = True) -> list[tuple[str, ...]]:
    """Rows matching ``ANNEX_HEADER``: money via ``format_amount``, dates ISO; the last row is
    ``("合计", "", "", "", "", "", total penalty)`` unless ``include_total`` is off."""
    rows: list[tuple[str, ...]] = [
        (
            seg.item,
            iso(seg.start),
            iso(seg.end),
            str(seg.days),
            format_amount(seg.base),
            segment_rate_text(result.rate, seg),
            format_amount(seg.amount),
        )
        for seg in result.segments
    ]
    if include_total:
        rows.append(("合计", "", "", "", "", "", format_amount(result.penalty)))
    return rows
