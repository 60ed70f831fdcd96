"""Masking of personal data printed on letters and logs (身份证号、银行账号).

Letters to third parties and logs show only enough to recognise a number (DOMAIN.md §7).
"""

from __future__ import annotations


def _compact(text: str) -> str:
    return "".join(str(text).split())


def mask_id(text: str) -> str:
    """An ID number keeps its first 3 and last 4 characters: ``110***********1234``.

    Numbers of 7 characters or fewer (where 3 + 4 would show everything) keep only the last
    2; 2 characters or fewer are masked fully. Spaces are dropped; the length is kept.
    """
    s = _compact(text)
    n = len(s)
    if n == 0:
        return ""
    if n <= 2:
        return "*" * n
    if n <= 7:
        return "*" * (n - 2) + s[-2:]
    return s[:3] + "*" * (n - 7) + s[-4:]


def mask_account(text: str) -> str:
    """A bank account keeps its last 4 characters: ``***************1234``.

    Accounts of 4 characters or fewer are masked fully. Spaces are dropped; the length is
    kept.
    """
    s = _compact(text)
    n = len(s)
    if n <= 4:
        return "*" * n
    return "*" * (n - 4) + s[-4:]
