"""Check a batch source row by row without issuing anything (the GUI's batch preview).

The same reading and validation as ``services.batch.run_batch`` (it reuses that module's
column map, reader and validator), so a row marked good here is one run_batch will issue.
Nothing is written and no number is taken.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.domain.errors import LetterDeskError, ValidationError
from desktop_app.services.context import AppContext

PARTY_PATHS = ("debtor.name", "payer.name", "guarantor.name", "customer.name")


def _get(data: dict[str, Any] | None, path: str) -> Any:
    node: Any = data or {}
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def preview_batch(ctx: AppContext, kind: str, source: str | Path) -> list[dict[str, Any]]:
    """One dict per data row: ``row``, ``ok``, ``party``, ``column``, ``field``, ``reason``.

    Raises ValidationError for an unknown kind or an unreadable / empty source."""
    from desktop_app.services import batch

    batch._check_kind(kind)
    columns = batch.columns_for(kind)
    rows = batch._read_source(kind, Path(source), columns)
    validate = batch._validator(ctx, kind)
    out: list[dict[str, Any]] = []
    for row in rows:
        party = next((str(v) for p in PARTY_PATHS if (v := _get(row.data, p))), "")
        entry: dict[str, Any] = {"row": row.row, "ok": True, "party": party, "column": None,
                                 "field": None, "reason": ""}
        if row.error is not None:
            entry.update(ok=False, field=row.error.get("field"), column=row.error.get("column"),
                         reason=row.error.get("reason", ""))
        else:
            try:
                validate(row.data or {})
            except ValidationError as exc:
                entry.update(ok=False, field=exc.field,
                             column=batch._column_of(columns, exc.field), reason=exc.message)
            except LetterDeskError as exc:
                entry.update(ok=False, reason=exc.message)
        out.append(entry)
    return out
