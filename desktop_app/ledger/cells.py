"""Ledger cell values: columns, safe text, amounts and dates read from stored values.

Every user string ends up as literal text, never a formula: a name such as ``=1+1`` or
``=HYPERLINK(...)`` must not run in Excel (ARCHITECTURE.md, "Excel ledger"). Characters XML
cannot carry (control characters, lone surrogates) are replaced, never allowed to crash a sync.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
MAX_CELL_TEXT = 32767  # Excel's limit per cell

# XML 1.0 forbids C0 controls except tab/LF/CR, lone surrogates and U+FFFE/U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"



def clean_text(value: Any) -> str:
    """User text made safe for a worksheet cell (illegal characters replaced, length capped)."""
    text = value if isinstance(value, str) else str(value)
    if _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub(REPLACEMENT, text)
    return text[:MAX_CELL_TEXT]


def to_decimal(value: Any) -> Decimal | None:
    """A stored amount (text/Decimal/int) as Decimal; anything unreadable becomes None."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        return None
    try:
        return Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return None


def to_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Column:
    """One ledger column. ``type``: text | date | money | int; ``total``: summed in totals."""

    header: str
    width: float = 14
    type: str = "text"
    total: bool = False
