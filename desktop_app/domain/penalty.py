"""Late-payment penalty (违约金) calculator: the JSON contract of ``letterdesk penalty``.

Rules (DOMAIN.md §2):

- Days: counting starts the day after the due date (民法典 201: the first day is not
  counted) and ends on the calculation date, both inclusive; ``same_day`` counts the due date
  too. A payment on day D reduces the base from D+1 (the payment day still carries the old
  base); a payment on or before the due date was on time and reduces the base from the first
  overdue day.
- A new segment starts whenever the base or the daily rate changes (LPR fixing, stage
  threshold); each segment is rounded half-up to the fen and the total is the sum of the
  rounded segments.
- Instalments run each from their own due date on their own shortfall (GF-2014-0171 art. 9).
- Two-stage clause (GF-2014-0171 art. 9): overdue up to N days → r1, from day N+1 → r2; the
  stages are never added together, and no default rate is shipped.
- LPR (买卖合同解释 art. 18): one-year LPR at the breach (``fixed``) or at each fixing
  (``floating``), × multiplier + points; the PBoC benchmark rate before 2019-08-20.
- Allocation: ``principal`` (payments reduce the overdue amount; any excess pays accrued
  penalty) or ``statutory`` (民法典 561: accrued penalty first, then principal, item by item;
  民法典 560: an unassigned payment goes to the debt due first).
- A court may reduce a penalty far above the loss (民法典 585): we warn, never call a rate
  legal or illegal.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache
from typing import Any

from desktop_app.domain.annex import percent_text, rate_in_words
from desktop_app.domain.dates import iso, parse_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.lpr import TENORS, LprTable
from desktop_app.domain.money import parse_amount, parse_rate, plain_amount, round_fen
from desktop_app.domain.words import amount_in_words

RATE_TYPES = ("daily", "annual", "lpr", "staged")
DAY_COUNTS = ("next_day", "same_day")
ALLOCATIONS = ("principal", "statutory")
LPR_MODES = ("fixed", "floating")
YEAR_DAYS = (365, 360)

HIGH_DAILY = Decimal("0.001")  # 千分之一
TYPO_DAILY = Decimal("0.01")  # 1 % a day: almost surely a percent typed for 万分之
STALE_DAYS = 35
ZERO = Decimal(0)
ONE_DAY = timedelta(days=1)


# ---------------------------------------------------------------------------- request


@dataclass(frozen=True)
class Item:
    """One amount due (an instalment) with its own due date."""

    label: str
    amount: Decimal
    due_date: date


@dataclass(frozen=True)
class Payment:
    """A payment; ``item`` is the label it was made for, or None (oldest item first)."""

    date: date
    amount: Decimal
    item: str | None = None
    index: int = 0  # position in the input, for messages


@dataclass(frozen=True)
class Stage:
    """One stage of a staged clause: ``daily`` up to ``days`` overdue days (None: onwards)."""

    daily: Decimal
    days: int | None = None


@dataclass(frozen=True)
class RateSpec:
    """How the daily rate is found; see the ``rate`` object of the JSON contract."""

    type: str
    value: Decimal | None = None
    year_days: int = 365
    multiplier: Decimal = Decimal(1)
    plus: Decimal = ZERO
    tenor: str = "1y"
    mode: str = "fixed"
    stages: tuple[Stage, ...] = ()

    @classmethod
    def from_json(cls, data: Any) -> RateSpec:
        if data is None:
            raise ValidationError("rate", "缺少违约金标准（rate）", message_en="rate missing")
        if not isinstance(data, dict):
            raise ValidationError("rate", "违约金标准（rate）格式不正确", message_en="not an object")
        kind = data.get("type")
        if kind is None:
            raise ValidationError("rate.type", "缺少利率类型", message_en="rate.type missing")
        if kind not in RATE_TYPES:
            raise ValidationError(
                "rate.type",
                f"未知的利率类型：{kind}（可选 daily、annual、lpr、staged）",
                message_en=f"unknown rate type {kind!r}",
            )
        if kind == "daily":
            return cls("daily", value=_positive_rate(data.get("value"), "rate.value"))
        if kind == "annual":
            return cls(
                "annual",
                value=_positive_rate(data.get("value"), "rate.value"),
                year_days=_year_days(data),
            )
        if kind == "lpr":
            multiplier = data.get("multiplier", "1")
            tenor = data.get("tenor", "1y")
            mode = data.get("mode", "fixed")
            if tenor not in TENORS:
                raise ValidationError(
                    "rate.tenor", f"LPR 期限只能是 1y 或 5y：{tenor}", message_en="bad tenor"
                )
            if mode not in LPR_MODES:
                raise ValidationError(
                    "rate.mode", f"LPR 方式只能是 fixed 或 floating：{mode}", message_en="bad mode"
                )
            return cls(
                "lpr",
                year_days=_year_days(data),
                multiplier=_positive_rate(multiplier, "rate.multiplier"),
                plus=parse_rate(data.get("plus", "0"), "rate.plus"),
                tenor=tenor,
                mode=mode,
            )
        return cls("staged", stages=_stages(data.get("stages")))

    @property
    def basis_days(self) -> int:
        """Days of the year used for the annualised rate (365 for daily rates)."""
        return self.year_days if self.type in ("annual", "lpr") else 365

    def describe(self) -> str:
        """日万分之四 · 年利率14.6% · LPR 1年期×1.5（按违约时报价） · staged in words."""
        if self.type == "daily" and self.value is not None:
            return rate_in_words(self.value)
        if self.type == "annual" and self.value is not None:
            return f"年利率{percent_text(self.value)}"
        if self.type == "lpr":
            text = "LPR 1年期" if self.tenor == "1y" else "LPR 5年期以上"
            if self.multiplier != 1:
                text += f"×{self.multiplier.normalize():f}"
            if self.plus:
                text += f"+{self.plus.normalize():f}个百分点"
            text += "（按违约时报价）" if self.mode == "fixed" else "（随每期报价分段浮动）"
            return text
        parts = []
        previous = 0
        for stage in self.stages:
            if stage.days is None:
                parts.append(f"逾期第{previous + 1}日起{rate_in_words(stage.daily)}")
            else:
                parts.append(f"逾期第{previous + 1}至{stage.days}日{rate_in_words(stage.daily)}")
                previous = stage.days
        return "，".join(parts)


def _positive_rate(value: Any, field_name: str) -> Decimal:
    if value is None:
        raise ValidationError(field_name, "缺少利率数值", message_en="value missing")
    rate = parse_rate(value, field_name)
    if rate == 0:
        raise ValidationError(field_name, "利率必须大于零", message_en="zero rate")
    return rate


def _int(value: Any, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValidationError(field_name, f"应为整数：{value!r}", message_en="not an integer")
    text = str(value).strip()
    if not text.isdigit():
        raise ValidationError(field_name, f"应为正整数：{value}", message_en="not an integer")
    return int(text)


def _year_days(data: dict[str, Any]) -> int:
    days = _int(data.get("year_days", 365), "rate.year_days")
    if days not in YEAR_DAYS:
        raise ValidationError(
            "rate.year_days", f"年天数只能是 365 或 360：{days}", message_en="365 or 360"
        )
    return days


def _stages(data: Any) -> tuple[Stage, ...]:
    if not isinstance(data, list) or not data:
        raise ValidationError(
            "rate.stages", "分段违约金须列出各段（stages）", message_en="stages missing"
        )
    stages = []
    previous = 0
    for i, row in enumerate(data):
        where = f"rate.stages[{i}]"
        if not isinstance(row, dict):
            raise ValidationError(where, "分段格式不正确", message_en="not an object")
        daily = _positive_rate(row.get("daily"), f"{where}.daily")
        last = i == len(data) - 1
        days = row.get("days")
        if last:
            if days is not None:
                raise ValidationError(
                    f"{where}.days", "最后一段适用于此后所有逾期天数，不应设天数", message_en="last"
                )
            stages.append(Stage(daily))
            continue
        if days is None:
            raise ValidationError(f"{where}.days", "缺少本段的逾期天数上限", message_en="missing")
        n = _int(days, f"{where}.days")
        if n <= previous:
            raise ValidationError(
                f"{where}.days", f"各段天数须递增且大于零：{n}", message_en="not increasing"
            )
        stages.append(Stage(daily, n))
        previous = n
    return tuple(stages)


@dataclass(frozen=True)
class PenaltyRequest:
    """A validated penalty request. Build it with ``from_json``."""

    items: tuple[Item, ...]
    payments: tuple[Payment, ...]
    until: date | None
    rate: RateSpec
    day_count: str = "next_day"
    allocation: str = "principal"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PenaltyRequest:
        """Validate everything; every error is a ``ValidationError`` naming its field."""
        if not isinstance(data, dict):
            raise ValidationError("input", "输入应为 JSON 对象", message_en="not an object")
        items = _items(data)
        labels = {item.label for item in items}
        payments = _payments(data.get("payments", []), labels)
        until = data.get("until")
        until_date = None if until in (None, "") else parse_date(until, "until")
        day_count = data.get("day_count") or "next_day"
        if day_count not in DAY_COUNTS:
            raise ValidationError(
                "day_count",
                f"计日方式只能是 next_day 或 same_day：{day_count}",
                message_en="bad day_count",
            )
        allocation = data.get("allocation") or "principal"
        if allocation not in ALLOCATIONS:
            raise ValidationError(
                "allocation",
                f"抵扣顺序只能是 principal 或 statutory：{allocation}",
                message_en="bad allocation",
            )
        rate = RateSpec.from_json(data.get("rate"))
        return cls(items, payments, until_date, rate, day_count, allocation)


def _items(data: dict[str, Any]) -> tuple[Item, ...]:
    shorthand = "principal" in data or "due_date" in data
    if "items" in data and shorthand:
        raise ValidationError(
            "principal", "items 与 principal/due_date 只能二选一", message_en="both given"
        )
    if shorthand:
        label = data.get("label") or "欠款"
        amount = parse_amount(data.get("principal", ""), "principal")
        due = parse_date(data.get("due_date", ""), "due_date")
        return (Item(str(label), amount, due),)
    rows = data.get("items")
    if rows is None:
        raise ValidationError("items", "缺少应付款项（items）", message_en="items missing")
    if not isinstance(rows, list) or not rows:
        raise ValidationError("items", "应付款项（items）至少一项", message_en="items empty")
    items: list[Item] = []
    seen: set[str] = set()
    for i, row in enumerate(rows):
        where = f"items[{i}]"
        if not isinstance(row, dict):
            raise ValidationError(where, "款项格式不正确", message_en="not an object")
        label = row.get("label")
        if label is None or str(label).strip() == "":
            label = f"第{i + 1}笔"
        label = str(label).strip()
        if label in seen:
            raise ValidationError(f"{where}.label", f"款项名称重复：{label}", message_en="dup")
        seen.add(label)
        amount = parse_amount(row.get("amount", ""), f"{where}.amount")
        due = parse_date(row.get("due_date", ""), f"{where}.due_date")
        items.append(Item(label, amount, due))
    return tuple(items)


def _payments(rows: Any, labels: set[str]) -> tuple[Payment, ...]:
    if rows is None:
        return ()
    if not isinstance(rows, list):
        raise ValidationError("payments", "还款（payments）应为列表", message_en="not a list")
    payments = []
    for i, row in enumerate(rows):
        where = f"payments[{i}]"
        if not isinstance(row, dict):
            raise ValidationError(where, "还款格式不正确", message_en="not an object")
        when = parse_date(row.get("date", ""), f"{where}.date")
        amount = parse_amount(row.get("amount", ""), f"{where}.amount")
        item = row.get("item")
        if item is not None and str(item).strip() != "":
            item = str(item).strip()
            if item not in labels:
                raise ValidationError(
                    f"{where}.item", f"未找到对应款项：{item}", message_en="unknown item"
                )
        else:
            item = None
        payments.append(Payment(when, amount, item, i))
    return tuple(payments)


# ----------------------------------------------------------------------------- result


@dataclass(frozen=True)
class Segment:
    """A run of days with one base and one daily rate; ``amount`` is rounded to the fen."""

    item: str
    start: date
    end: date
    days: int
    base: Decimal
    daily_rate: Decimal
    amount: Decimal
    lpr: Decimal | None = None  # LPR/benchmark in percent a year, for LPR rates
    stage: int | None = None  # index of the stage, for staged rates

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "start": iso(self.start),
            "end": iso(self.end),
            "days": self.days,
            "base": plain_amount(self.base),
            "daily_rate": rate_text(self.daily_rate),
            "amount": plain_amount(self.amount),
        }


@dataclass(frozen=True)
class PenaltyWarning:
    code: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class ItemSummary:
    """Per-item figures for the amounts table of a letter."""

    label: str
    due_date: date
    amount: Decimal
    first_day: date  # first overdue day
    paid: Decimal  # principal paid up to ``until``
    outstanding: Decimal
    days_overdue: int  # overdue days with a positive outstanding amount
    penalty: Decimal
    penalty_paid: Decimal
    per_day: Decimal
    daily_rate: Decimal  # rate for the day after ``until``

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "due_date": iso(self.due_date),
            "amount": plain_amount(self.amount),
            "first_day": iso(self.first_day),
            "paid": plain_amount(self.paid),
            "outstanding": plain_amount(self.outstanding),
            "days_overdue": self.days_overdue,
            "penalty": plain_amount(self.penalty),
            "penalty_paid": plain_amount(self.penalty_paid),
            "per_day": plain_amount(self.per_day),
            "daily_rate": rate_text(self.daily_rate),
        }


@dataclass(frozen=True)
class PenaltyResult:
    """The calculation. ``penalty`` is the accrued total (sum of the rounded segments);
    under ``statutory`` allocation part of it may be paid: ``penalty_outstanding``."""

    until: date
    penalty: Decimal
    penalty_paid: Decimal
    outstanding: Decimal
    per_day: Decimal
    daily_rate: Decimal
    annualized_rate: Decimal
    segments: tuple[Segment, ...]
    warnings: tuple[PenaltyWarning, ...]
    items: tuple[ItemSummary, ...]
    rate: RateSpec
    day_count: str
    allocation: str
    year_days: int

    @property
    def penalty_outstanding(self) -> Decimal:
        return self.penalty - self.penalty_paid

    @property
    def words(self) -> str:
        return amount_in_words(self.penalty)

    @property
    def rate_description(self) -> str:
        return self.rate.describe()

    def to_json(self) -> dict[str, Any]:
        return {
            "until": iso(self.until),
            "penalty": plain_amount(self.penalty),
            "words": self.words,
            "outstanding": plain_amount(self.outstanding),
            "per_day": plain_amount(self.per_day),
            "annualized_rate": f"{self.annualized_rate:.4f}",
            "segments": [seg.to_json() for seg in self.segments],
            "warnings": [w.to_json() for w in self.warnings],
            # Extras for letters (amounts table, wording of the basis used).
            "penalty_paid": plain_amount(self.penalty_paid),
            "penalty_outstanding": plain_amount(self.penalty_outstanding),
            "total_due": plain_amount(self.outstanding + self.penalty_outstanding),
            "daily_rate": rate_text(self.daily_rate),
            "rate_description": self.rate_description,
            "day_count": self.day_count,
            "allocation": self.allocation,
            "year_days": self.year_days,
            "items": [item.to_json() for item in self.items],
        }


def rate_text(d: Decimal) -> str:
    """A daily rate for JSON: at most 8 significant digits, no exponent (0.0004)."""
    if d == 0:
        return "0"
    q = d.quantize(Decimal(1).scaleb(d.adjusted() - 7), rounding=ROUND_HALF_UP)
    return f"{q.normalize():f}"


# ----------------------------------------------------------------------------- engine

@dataclass(frozen=True)
class _Rate:
    """A daily rate kept as ``numerator / denominator`` so that every amount divides last
    (exact half-up rounding even for 5.175 % / 365): daily 0.0004 → 0.0004 / 1; 12 % a year
    → 0.12 / 365; LPR 3.45 % × 1.5 → 5.175 / 36500."""

    numerator: Decimal
    denominator: int
    lpr: Decimal | None = None
    stage: int | None = None

    @property
    def daily(self) -> Decimal:
        return self.numerator / self.denominator

    def amount(self, base: Decimal, days: int) -> Decimal:
        return round_fen(base * self.numerator * days / self.denominator)

    def annualized(self, year_days: int) -> Decimal:
        return (self.numerator * year_days / self.denominator).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_UP
        )


RateAt = Callable[[date], _Rate]


class _ItemState:
    """Running state of one item while payments are applied in date order."""

    def __init__(
        self, item: Item, first_day: date, until: date, rate_at: RateAt, breaks: list[date]
    ) -> None:
        self.item = item
        self.first_day = first_day
        self.until = until
        self.rate_at = rate_at
        self.breaks = breaks
        self.base = item.amount
        self.open_start = first_day  # first day not yet in a closed segment
        self.segments: list[Segment] = []
        self.closed_total = ZERO
        self.principal_paid = ZERO
        self.penalty_paid = ZERO

    def effective_day(self, paid_on: date) -> date:
        # Paid on day D: the base drops from D+1; paid on or before the due date: on time.
        return paid_on + ONE_DAY if paid_on > self.item.due_date else self.first_day

    def _pieces(self, start: date, end: date) -> list[Segment]:
        """Segments for [start, end] at the current base, split where the rate changes."""
        if end < start or self.base <= 0:
            return []
        cuts = [start]
        i = bisect_right(self.breaks, start)
        while i < len(self.breaks) and self.breaks[i] <= end:
            cuts.append(self.breaks[i])
            i += 1
        pieces = []
        for j, piece_start in enumerate(cuts):
            piece_end = cuts[j + 1] - ONE_DAY if j + 1 < len(cuts) else end
            rate = self.rate_at(piece_start)
            days = (piece_end - piece_start).days + 1
            pieces.append(
                Segment(self.item.label, piece_start, piece_end, days, self.base, rate.daily,
                        rate.amount(self.base, days), rate.lpr, rate.stage)
            )
        return pieces

    def close_through(self, last_day: date) -> None:
        end = min(last_day, self.until)
        if end < self.open_start:
            return
        pieces = self._pieces(self.open_start, end)
        self.segments.extend(pieces)
        self.closed_total += sum((p.amount for p in pieces), ZERO)
        self.open_start = end + ONE_DAY

    def penalty_due_on(self, paid_on: date) -> Decimal:
        """Accrued, unpaid penalty through the last day carrying the old base."""
        end = min(self.effective_day(paid_on) - ONE_DAY, self.until)
        open_part = sum((p.amount for p in self._pieces(self.open_start, end)), ZERO)
        return self.closed_total + open_part - self.penalty_paid

    def pay_principal(self, paid_on: date, amount: Decimal) -> Decimal:
        if amount <= 0 or self.base <= 0:
            return amount
        self.close_through(self.effective_day(paid_on) - ONE_DAY)
        taken = min(amount, self.base)
        self.base -= taken
        self.principal_paid += taken
        return amount - taken

    def pay_penalty(self, paid_on: date, amount: Decimal) -> Decimal:
        if amount <= 0:
            return amount
        taken = min(amount, max(self.penalty_due_on(paid_on), ZERO))
        self.penalty_paid += taken
        return amount - taken

    def finish(self) -> None:
        self.close_through(self.until)


@lru_cache(maxsize=1)
def _shipped_table() -> LprTable:
    return LprTable.load()


def calculate(
    req: PenaltyRequest, lpr: LprTable | None = None, today: date | None = None
) -> PenaltyResult:
    """Compute the penalty; ``until`` defaults to ``today`` (or the system date)."""
    table = lpr or _shipped_table()
    until = req.until or today or date.today()
    with localcontext() as ctx:
        ctx.prec = 40
        return _Calculation(req, table, until).run()


def penalty_from_json(
    data: dict[str, Any], lpr: LprTable | None = None, *, today: date | None = None
) -> dict[str, Any]:
    """JSON in, JSON out: the ``letterdesk penalty`` contract."""
    return calculate(PenaltyRequest.from_json(data), lpr, today).to_json()


class _Calculation:
    def __init__(self, req: PenaltyRequest, table: LprTable, until: date) -> None:
        self.req = req
        self.rate = req.rate
        self.table = table
        self.until = until
        self.warnings: list[PenaltyWarning] = []

    def warn(self, code: str, message: str) -> None:
        self.warnings.append(PenaltyWarning(code, message))

    # -- rates

    def _lpr(self, day: date, index: int) -> Decimal:
        try:
            return self.table.rate_on(day, self.rate.tenor)
        except ValidationError as exc:
            raise ValidationError(
                f"items[{index}].due_date", exc.message, message_en=exc.message_en
            ) from exc

    def _rate_fn(self, first_day: date, index: int) -> tuple[RateAt, list[date]]:
        rate = self.rate
        if rate.type == "daily":
            fixed = _Rate(rate.value or ZERO, 1)
            return (lambda _day: fixed), []
        if rate.type == "annual":
            per_year = _Rate(rate.value or ZERO, rate.year_days)
            return (lambda _day: per_year), []
        if rate.type == "staged":
            limits = [s.days for s in rate.stages if s.days is not None]
            breaks = [first_day + timedelta(days=n) for n in limits]

            def staged(day: date) -> _Rate:
                overdue_day = (day - first_day).days + 1
                k = next((k for k, n in enumerate(limits) if overdue_day <= n), len(limits))
                return _Rate(rate.stages[k].daily, 1, stage=k)

            return staged, breaks

        def lpr_daily(day: date) -> _Rate:
            percent = self._lpr(first_day if rate.mode == "fixed" else day, index)
            return _Rate(percent * rate.multiplier + rate.plus, 100 * rate.year_days, percent)

        lpr_daily(first_day)  # fails early, naming the item, when the table does not reach
        breaks = (
            self.table.change_dates(rate.tenor, first_day, self.until)
            if rate.mode == "floating"
            else []
        )
        return lpr_daily, breaks

    # -- the run

    def run(self) -> PenaltyResult:
        req, until = self.req, self.until
        shift = ONE_DAY if req.day_count == "next_day" else timedelta(0)
        states: dict[str, _ItemState] = {}
        for index, item in enumerate(req.items):
            first_day = item.due_date + shift
            rate_at, breaks = self._rate_fn(first_day, index)
            states[item.label] = _ItemState(item, first_day, until, rate_at, breaks)
            if first_day > until:
                self.warn(
                    "NOT_YET_OVERDUE",
                    f"{item.label}（应付日 {iso(item.due_date)}）截至 {iso(until)} 尚未逾期，"
                    "违约金为零。",
                )
        oldest_first = sorted(states.values(), key=lambda s: s.item.due_date)

        for payment in sorted(req.payments, key=lambda p: (p.date, p.index)):
            if payment.date > until:
                self.warn(
                    "PAYMENT_AFTER_UNTIL",
                    f"第{payment.index + 1}笔还款（{iso(payment.date)}，"
                    f"{plain_amount(payment.amount)}元）晚于计算截止日 {iso(until)}，"
                    "未计入本次计算。",
                )
                continue
            targets = [states[payment.item]] if payment.item else oldest_first
            left = self._allocate(payment, targets)
            if left > 0:
                self.warn(
                    "OVERPAYMENT",
                    f"第{payment.index + 1}笔还款（{iso(payment.date)}，"
                    f"{plain_amount(payment.amount)}元）超出应付金额 {plain_amount(left)} 元，"
                    "超出部分未计入。",
                )

        for state in states.values():
            state.finish()
        return self._result(list(states.values()))

    def _allocate(self, payment: Payment, targets: list[_ItemState]) -> Decimal:
        left = payment.amount
        if self.req.allocation == "statutory":
            # 民法典 561: within each debt, accrued penalty (interest) before principal;
            # 民法典 560: across debts, the one due first.
            for state in targets:
                left = state.pay_penalty(payment.date, left)
                left = state.pay_principal(payment.date, left)
        else:
            for state in targets:
                left = state.pay_principal(payment.date, left)
            for state in targets:
                left = state.pay_penalty(payment.date, left)
        return left

    def _result(self, states: list[_ItemState]) -> PenaltyResult:
        until = self.until
        next_day = until + ONE_DAY
        segments: list[Segment] = []
        summaries = []
        current_rates: list[_Rate] = []
        for state in states:
            segments.extend(state.segments)
            current_day = max(next_day, state.first_day)
            current_rate = state.rate_at(current_day)
            current_rates.append(current_rate)
            current = current_rate.daily
            accrues_tomorrow = state.base > 0 and state.first_day <= next_day
            per_day = current_rate.amount(state.base, 1) if accrues_tomorrow else ZERO
            penalty = sum((s.amount for s in state.segments), ZERO)
            summaries.append(
                ItemSummary(
                    label=state.item.label,
                    due_date=state.item.due_date,
                    amount=state.item.amount,
                    first_day=state.first_day,
                    paid=state.principal_paid,
                    outstanding=state.base,
                    days_overdue=sum(s.days for s in state.segments),
                    penalty=penalty,
                    penalty_paid=state.penalty_paid,
                    per_day=per_day,
                    daily_rate=current,
                )
            )
        year_days = self.rate.basis_days
        highest_now = max(current_rates, key=lambda r: r.daily)
        daily_now = highest_now.daily
        annualized = highest_now.annualized(year_days)
        self._rate_warnings(segments, daily_now, annualized, states)
        return PenaltyResult(
            until=until,
            penalty=sum((s.amount for s in segments), ZERO),
            penalty_paid=sum((s.penalty_paid for s in summaries), ZERO),
            outstanding=sum((s.outstanding for s in summaries), ZERO),
            per_day=sum((s.per_day for s in summaries), ZERO),
            daily_rate=daily_now,
            annualized_rate=annualized,
            segments=tuple(segments),
            warnings=tuple(self.warnings),
            items=tuple(summaries),
            rate=self.rate,
            day_count=self.req.day_count,
            allocation=self.req.allocation,
            year_days=year_days,
        )

    def _rate_warnings(
        self,
        segments: list[Segment],
        daily_now: Decimal,
        annualized: Decimal,
        states: list[_ItemState],
    ) -> None:
        rate, until = self.rate, self.until
        typed = [rate.value] if rate.type == "daily" and rate.value is not None else []
        typed += [s.daily for s in rate.stages]
        for value in dict.fromkeys(typed):
            if value >= TYPO_DAILY:
                meant = value / 100
                self.warn(
                    "DAILY_RATE_PERCENT_TYPO",
                    f"日利率 {rate_text(value)} 即每日 {percent_text(value)}"
                    f"（年化约 {percent_text(value * 365, 0)}），很可能是笔误："
                    f"是否应为{rate_in_words(meant)[1:]}（{rate_text(meant)}）？",
                )
        if rate.type == "annual" and rate.value is not None and rate.value >= 1:
            self.warn(
                "ANNUAL_RATE_PERCENT_TYPO",
                f"年利率 {rate_text(rate.value)} 即每年 {percent_text(rate.value)}，"
                f"是否应为 {rate_text(rate.value / 100)}（{percent_text(rate.value / 100)}）？"
                "年利率请填写小数。",
            )
        highest = max([daily_now] + [s.daily_rate for s in segments])
        if highest > HIGH_DAILY:
            self.warn(
                "DAILY_RATE_HIGH",
                f"日利率{rate_in_words(highest)[1:]}（{rate_text(highest)}）高于千分之一，"
                f"年化约 {percent_text(highest * 365, 0)}，请核对合同约定。",
            )
        if rate.type == "staged":
            dailies = [s.daily for s in rate.stages]
            if any(b < a for a, b in zip(dailies, dailies[1:], strict=False)):
                self.warn(
                    "STAGED_RATE_DECREASING",
                    "分段违约金中后一段的日比例低于前一段，请核对合同约定"
                    "（示范文本 GF-2014-0171 第九条中后一段不低于前一段）。",
                )
        if until >= self.table.first_date:
            lpr_now = self.table.rate_on(until, "1y")
            if annualized * 100 > 4 * lpr_now:
                self.warn(
                    "ANNUAL_ABOVE_4X_LPR",
                    f"年化约 {percent_text(annualized, 2)}，超过计算日一年期LPR（{lpr_now:.2f}%）"
                    f"的4倍（{4 * lpr_now:.2f}%）。约定的违约金过分高于造成的损失的，"
                    "人民法院可以根据当事人的请求予以适当减少（民法典第585条），请核对约定。",
                )
        if rate.type == "lpr":
            self._lpr_warnings(segments, states)

    def _lpr_warnings(self, segments: list[Segment], states: list[_ItemState]) -> None:
        until = self.until
        # Floating: the rate of every day up to ``until`` matters; fixed: only breach days.
        relevant: date | None
        if self.rate.mode == "floating":
            relevant = until
        else:
            relevant = max(
                (s.first_day for s in states if s.first_day <= until), default=None
            )
        if relevant is not None and self.table.is_stale(relevant, STALE_DAYS):
            self.warn(
                "LPR_STALE",
                f"计算所需日期 {iso(relevant)} 距利率表最后一期报价"
                f"（{iso(self.table.last_fixing)}）已超过{STALE_DAYS}天，"
                "请先在 LPR 利率表中补充最新报价后再计算。",
            )
        reform = next(
            (e["from"] for e in self.table.entries() if e["source"] != "benchmark"), None
        )
        if reform and any(iso(s.start) < reform for s in segments):
            self.warn(
                "LPR_BENCHMARK_USED",
                f"{reform} 之前的期间按中国人民银行贷款基准利率计算（LPR 改革前）。",
            )


__all__ = [
    "Item",
    "ItemSummary",
    "Payment",
    "PenaltyRequest",
    "PenaltyResult",
    "PenaltyWarning",
    "RateSpec",
    "Segment",
    "Stage",
    "calculate",
    "penalty_from_json",
    "rate_text",
]
