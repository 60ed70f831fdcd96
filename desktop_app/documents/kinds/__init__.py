"""Registry of letter kinds: id → kind object (one module per kind).

Ids are fixed (they are stored in the store, the ledger and batch templates). To add a kind:
write ``resources/wording/<id>.json`` (title, numbering pattern, fields, wording, sample) and a
module with a ``LetterKind`` subclass exposing ``KIND``; list it in ``KIND_IDS``.
"""

from __future__ import annotations

import importlib

from desktop_app.domain.errors import ValidationError

from .base import Env, LetterKind, Prepared

KIND_IDS = (
    "payment_demand",
    "mortgage_docs_request",
    "termination_notice",
    "receivable_demand",
    "debt_confirmation",
    "guarantor_demand",
)

__all__ = ["KIND_IDS", "Env", "LetterKind", "Prepared", "all_kinds", "get_kind"]


def get_kind(kind_id: str) -> LetterKind:
    """The kind object for ``kind_id``; an unknown id is a ``ValidationError`` on ``kind``."""
    if kind_id not in KIND_IDS:
        raise ValidationError("kind", f"未知的函件类型：{kind_id}（可用：{'、'.join(KIND_IDS)}）")
    module = importlib.import_module(f"{__name__}.{kind_id}")
    kind: LetterKind = module.KIND
    return kind


def all_kinds() -> list[LetterKind]:
    return [get_kind(k) for k in KIND_IDS]
