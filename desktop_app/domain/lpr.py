"""The LPR table: shipped change points plus the user's later fixings.

``resources/lpr.json`` holds the LPR change points since the reform of 2019-08-20 and the
PBoC benchmark lending rates before it (DOMAIN.md §2), with the date of the last fixing
known to be unchanged (``as_of``). Users record later fixings in ``lpr_user.json`` in the
data home (same ``"lpr"`` list format); a fixing on or before the shipped ``as_of`` is
ignored when loading (the shipped table, updated with the program, wins) and refused when
adding.

Tenors: ``"1y"`` is the one-year LPR; ``"5y"`` the over-five-year LPR (5年期以上). Before
2019-08-20 ``"1y"`` maps to the benchmark rate for loans up to one year and ``"5y"`` to the
benchmark rate for loans over five years (4.90 % since 2015-10-24).
"""

from __future__ import annotations

import json
import os
import tempfile
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.dates import iso, parse_date
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.money import parse_rate
from desktop_app.paths import resource_path

TENORS = ("1y", "5y")
USER_FILE_NAME = "lpr_user.json"
MAX_PERCENT = Decimal("20")  # sanity bound for a fixing typed by hand


@dataclass(frozen=True)
class Fixing:
    """One change point: rates in percent a year from ``start`` until the next change."""

    start: date
    one_year: Decimal
    five_year: Decimal
    source: str  # "benchmark" | "lpr" | "user"

    def rate(self, tenor: str) -> Decimal:
        return self.one_year if tenor == "1y" else self.five_year

    def to_json(self) -> dict[str, str]:
        return {
            "from": iso(self.start),
            "1y": f"{self.one_year:.2f}",
            "5y": f"{self.five_year:.2f}",
            "source": self.source,
        }


def _check_tenor(tenor: str) -> None:
    if tenor not in TENORS:
        raise ValidationError(
            "rate.tenor", f"LPR 期限只能是 1y 或 5y：{tenor}", message_en=f"bad tenor {tenor}"
        )


def _fixings_from(rows: object, source: str, where: str) -> list[Fixing]:
    if not isinstance(rows, list):
        raise ValidationError(where, "利率表格式不正确（应为列表）", message_en="not a list")
    out = []
    for i, row in enumerate(rows):
        field = f"{where}[{i}]"
        if not isinstance(row, dict):
            raise ValidationError(field, "利率表条目格式不正确", message_en="not an object")
        start = parse_date(row.get("from") or "", f"{field}.from")
        one = parse_rate(row.get("1y") or "", f"{field}.1y")
        five = parse_rate(row.get("5y") or row.get("1y") or "", f"{field}.5y")
        out.append(Fixing(start, one, five, source))
    return out


_LOAD_CACHE: dict[tuple[object, ...], LprTable] = {}


class LprTable:
    """Rates in percent a year by date, benchmark before the reform, LPR after it."""

    def __init__(self, fixings: list[Fixing], as_of: date, source: str = "") -> None:
        if not fixings:
            raise ValueError("empty LPR table")
        self._fixings = sorted(fixings, key=lambda f: f.start)
        self._starts = [f.start for f in self._fixings]
        self._as_of = as_of
        self.source = source

    @classmethod
    def load(cls, user_file: Path | None = None) -> LprTable:
        """The shipped table, extended by the fixings in ``user_file`` (if it exists).

        Cached per user-file state (path, size, mtime): a batch of a thousand letters reads
        the table once, and an added fixing is seen at once.
        """
        key: tuple[object, ...] = (None,)
        if user_file is not None:
            try:
                st = Path(user_file).stat()
                key = (str(user_file), st.st_size, st.st_mtime_ns)
            except OSError:
                key = (str(user_file), None)
        cached = _LOAD_CACHE.get(key)
        if cached is None:
            cached = cls._load(user_file)
            if len(_LOAD_CACHE) > 16:
                _LOAD_CACHE.clear()
            _LOAD_CACHE[key] = cached
        return cached

    @classmethod
    def _load(cls, user_file: Path | None) -> LprTable:
        data = json.loads(resource_path("lpr.json").read_text(encoding="utf-8"))
        as_of = parse_date(data["as_of"], "as_of")
        fixings = _fixings_from(data["benchmark"], "benchmark", "benchmark")
        fixings += _fixings_from(data["lpr"], "lpr", "lpr")
        if user_file is not None and Path(user_file).exists():
            known = {f.start for f in fixings}
            for fixing in _read_user_fixings(Path(user_file)):
                if fixing.start > as_of and fixing.start not in known:
                    fixings.append(fixing)
                    known.add(fixing.start)
        return cls(fixings, as_of, data.get("source", ""))

    @property
    def as_of(self) -> date:
        """Date of the last fixing confirmed by the shipped table."""
        return self._as_of

    @property
    def last_fixing(self) -> date:
        """Date of the latest known fixing (shipped ``as_of`` or a later user entry)."""
        return max(self._as_of, self._fixings[-1].start)

    @property
    def first_date(self) -> date:
        return self._fixings[0].start

    def _fixing_on(self, d: date) -> Fixing:
        i = bisect_right(self._starts, d) - 1
        if i < 0:
            raise ValidationError(
                "date",
                f"利率表从 {iso(self.first_date)} 开始，无法查询 {iso(d)} 的利率",
                message_en=f"no rate before {self.first_date}",
            )
        return self._fixings[i]

    def rate_on(self, d: date, tenor: str = "1y") -> Decimal:
        """Rate in percent a year applying on ``d`` (after the last fixing: the last one)."""
        _check_tenor(tenor)
        return self._fixing_on(d).rate(tenor)

    def source_on(self, d: date) -> str:
        """``"benchmark"`` before the reform, ``"lpr"``/``"user"`` after it."""
        return self._fixing_on(d).source

    def change_dates(self, tenor: str, start: date, end: date) -> list[date]:
        """Dates ``d`` with ``start < d <= end`` on which the ``tenor`` rate changes."""
        _check_tenor(tenor)
        out = []
        for prev, cur in zip(self._fixings, self._fixings[1:], strict=False):
            if start < cur.start <= end and cur.rate(tenor) != prev.rate(tenor):
                out.append(cur.start)
        return out

    def entries(self) -> list[dict[str, str]]:
        """Every change point, oldest first: ``{"from", "1y", "5y", "source"}``."""
        return [f.to_json() for f in self._fixings]

    def is_stale(self, d: date, days: int = 35) -> bool:
        """True when ``d`` is more than ``days`` days past the last known fixing."""
        return d > self.last_fixing + timedelta(days=days)


def _read_user_fixings(user_file: Path) -> list[Fixing]:
    try:
        data = json.loads(user_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValidationError(
            "lpr_user", f"用户 LPR 文件无法读取：{user_file}（{exc}）", message_en=str(exc)
        ) from exc
    if not isinstance(data, dict):
        raise ValidationError("lpr_user", f"用户 LPR 文件格式不正确：{user_file}")
    return _fixings_from(data.get("lpr", []), "user", "lpr")


def _check_percent(value: Decimal, field: str) -> Decimal:
    if not (0 < value <= MAX_PERCENT):
        raise ValidationError(
            field,
            f"LPR 应为年利率百分数（如 3.00），且在 0 到 {MAX_PERCENT} 之间：{value}",
            message_en="LPR out of range",
        )
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(field, f"LPR 最多两位小数：{value}", message_en="> 2 decimals")
    return value


def add_user_fixing(
    user_file: Path,
    d: date,
    one_year: Decimal,
    five_year: Decimal,
    *,
    today: date | None = None,
) -> None:
    """Record a fixing in the user's file (kept sorted). Refuses a date already in the
    table, a date covered by the shipped table and a date in the future."""
    d = parse_date(d, "date")
    one_year = _check_percent(parse_rate(one_year, "1y"), "1y")
    five_year = _check_percent(parse_rate(five_year, "5y"), "5y")
    today = today or date.today()
    if d > today:
        raise ValidationError("date", f"不能登记未来日期的报价：{iso(d)}", message_en="future")
    table = LprTable.load(user_file)
    if d <= table.as_of:
        raise ValidationError(
            "date",
            f"内置利率表已涵盖至 {iso(table.as_of)}，只能登记此后的报价：{iso(d)}",
            message_en="covered by the shipped table",
        )
    user_file = Path(user_file)
    existing = _read_user_fixings(user_file) if user_file.exists() else []
    if any(f.start == d for f in existing):
        raise ValidationError("date", f"该日期的报价已登记：{iso(d)}", message_en="duplicate")
    existing.append(Fixing(d, one_year, five_year, "user"))
    existing.sort(key=lambda f: f.start)
    rows = [{"from": iso(f.start), "1y": f"{f.one_year:.2f}", "5y": f"{f.five_year:.2f}"}
            for f in existing]
    payload = json.dumps({"lpr": rows}, ensure_ascii=False, indent=2) + "\n"
    user_file.parent.mkdir(parents=True, exist_ok=True)
    # Write-then-rename so a crash never leaves a half-written table.
    fd, tmp = tempfile.mkstemp(prefix=".lpr_user.", suffix=".tmp", dir=user_file.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, user_file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
