"""Penalty calculator and LPR table for the CLI (``letterdesk penalty``, ``letterdesk lpr``)
and the GUI: the user's fixings live in ``<home>/lpr_user.json``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.dates import iso, parse_date
from desktop_app.domain.lpr import USER_FILE_NAME, LprTable, add_user_fixing
from desktop_app.domain.money import parse_rate
from desktop_app.domain.penalty import PenaltyRequest, calculate


def user_lpr_file(home: Path) -> Path:
    return Path(home) / USER_FILE_NAME


def load_lpr(home: Path) -> LprTable:
    """The shipped table plus the fixings the user added in ``home``."""
    return LprTable.load(user_lpr_file(home))


def penalty_for_home(data: dict[str, Any], home: Path, *, today: date | None = None) -> dict:
    """Validate ``data`` and compute the penalty with the user's LPR table; the JSON result."""
    request = PenaltyRequest.from_json(data)
    return calculate(request, load_lpr(home), today).to_json()


def lpr_list(home: Path) -> list[dict[str, str]]:
    """Every change point, oldest first: ``{"from", "1y", "5y", "source"}`` where source is
    ``benchmark`` (pre-2019-08-20 PBoC rate), ``lpr`` (shipped) or ``user``."""
    return load_lpr(home).entries()


def lpr_table_info(home: Path) -> dict[str, Any]:
    """``lpr list``: the shipped table's "as of" date, the last known fixing, every entry."""
    table = load_lpr(home)
    return {"as_of": table.as_of.isoformat(), "last_fixing": table.last_fixing.isoformat(),
            "entries": table.entries()}


def lpr_add(
    home: Path, date_text: str, one_year: str, five_year: str, *, today: date | None = None
) -> dict[str, str]:
    """Record a later fixing (``letterdesk lpr add DATE 1Y 5Y``); returns the entry added.
    Bad input raises ``ValidationError`` with field ``date``, ``1y`` or ``5y``."""
    d = parse_date(date_text, "date")
    one = parse_rate(one_year, "1y")
    five = parse_rate(five_year, "5y")
    add_user_fixing(user_lpr_file(home), d, one, five, today=today)
    return {"from": iso(d), "1y": f"{one:.2f}", "5y": f"{five:.2f}", "source": "user"}
