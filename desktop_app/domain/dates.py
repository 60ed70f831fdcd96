"""Dates: parse user text at the edge, print ISO in data and 2026年1月5日 in letters."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from desktop_app.domain.errors import ValidationError

_PATTERNS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
)


def parse_date(value: str | date, field: str) -> date:
    """Parse ``2024-01-05``, ``2024/1/5``, ``2024.1.5`` or ``2024年1月5日`` (full-width digits
    too) into a ``date``; a ``date`` passes through. A date that does not exist
    (``2024-02-30``) or any other text raises ``ValidationError`` naming ``field``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValidationError(
            field, f"日期须为文本，格式 YYYY-MM-DD：{value!r}", message_en="date must be text"
        )
    text = "".join(unicodedata.normalize("NFKC", value).split())
    if not text:
        raise ValidationError(field, "日期不能为空", message_en="empty date")
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return date(year, month, day)
            except ValueError as exc:
                raise ValidationError(
                    field, f"日期不存在：{value}", message_en=f"no such date: {value}"
                ) from exc
    raise ValidationError(
        field, f"日期格式不正确（应为 YYYY-MM-DD）：{value}", message_en=f"bad date: {value}"
    )


def format_date_cn(d: date) -> str:
    """``date(2026, 1, 5)`` → ``"2026年1月5日"`` (Arabic numerals, no zero padding)."""
    return f"{d.year}年{d.month}月{d.day}日"


def iso(d: date) -> str:
    """``date(2026, 1, 5)`` → ``"2026-01-05"``."""
    return d.isoformat()
