"""Field paths (``rate.value``, ``items[0].amount``) → the Chinese labels users see.

Labels come from services.letters.kinds_info() so that messages never show internal names
such as ``extra_text`` or ``rate.value``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_ROW = re.compile(r"^([\w.]+)\[(\d+)\](?:\.(\w+))?$")


def labels_for(info: dict[str, Any]) -> dict[str, str]:
    """``name`` → label and ``name[].sub`` → sub-label for one kind's field list."""
    out: dict[str, str] = {}
    for spec in info.get("fields", []):
        out.setdefault(spec["name"], spec["label"])
        for sub in spec.get("fields") or []:
            out.setdefault(f"{spec['name']}[].{sub['name']}", sub["label"])
    return out


@lru_cache(maxsize=1)
def all_labels() -> dict[str, str]:
    from desktop_app.services.letters import kinds_info

    out: dict[str, str] = {}
    for info in kinds_info():
        for key, label in labels_for(info).items():
            out.setdefault(key, label)
    return out


def field_label(path: str, labels: dict[str, str] | None = None) -> str:
    """``items[0].amount`` → 应付款项第1行“应付金额”; ``rate.value`` → 比例/利率; "" if unknown."""
    labels = all_labels() if labels is None else labels
    match = _ROW.match(path or "")
    if match:
        base = labels.get(match.group(1)) or field_label(match.group(1), labels)
        if not base:
            return ""
        text = f"{base}第{int(match.group(2)) + 1}行"
        if match.group(3):
            sub = labels.get(f"{match.group(1)}[].{match.group(3)}")
            text += f"“{sub}”" if sub else ""
        return text
    name = path or ""
    while name and name not in labels:
        name = name.rpartition(".")[0]
    return labels.get(name, "")


def humanize(message: str, field: str | None, labels: dict[str, str] | None = None) -> str:
    """Replace the internal ``field`` name in ``message`` (「extra_text：…」, 「…（rate.value）」)
    with its label."""
    if not field:
        return message
    label = field_label(field, labels)
    if not label:
        return message
    return message.replace(f"{field}：", f"{label}：").replace(f"（{field}）", f"（{label}）")
