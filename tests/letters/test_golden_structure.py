"""Golden structure of every kind's Document (block types and text), volatile parts masked.

The golden files under ``golden/`` are reviewed wording: a change in a letter shows up as a
diff. Regenerate after an intended change with ``LETTERDESK_UPDATE_GOLDEN=1 pytest …``.
"""

from __future__ import annotations

import os
import re
from dataclasses import fields
from pathlib import Path

import pytest

from desktop_app.documents.model import Document
from desktop_app.services.letters import KIND_IDS, build_letter, sample_data

GOLDEN = Path(__file__).parent / "golden"
NUMBER = re.compile(r"〔\d{4}〕[^〔〕\s]{1,4}字第\d{3}号")


def serialise(doc: Document) -> str:
    lines = [f"Document: kind={doc.kind} title={doc.title} preset={doc.preset}"]
    for block in doc.blocks:
        name = type(block).__name__
        parts = []
        for f in fields(block):
            value = getattr(block, f.name)
            if f.name in ("logo_path", "seal_image") or value in ((), None, ""):
                continue
            if isinstance(value, tuple) and value and isinstance(value[0], tuple):
                value = " / ".join(" | ".join(row) for row in value)
            elif isinstance(value, tuple):
                value = " | ".join(str(v) for v in value)
            parts.append(f"{f.name}={value}")
        lines.append(f"{name}: " + "; ".join(parts))
    return NUMBER.sub("<NUMBER>", "\n".join(lines)) + "\n"


@pytest.mark.parametrize("kind", KIND_IDS)
def test_document_structure_matches_golden(kind: str) -> None:
    doc, _ = build_letter(kind, sample_data(kind), number="〔2026〕测字第001号")
    actual = serialise(doc)
    path = GOLDEN / f"{kind}.txt"
    if os.environ.get("LETTERDESK_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path.name} (set LETTERDESK_UPDATE_GOLDEN=1)"
    assert actual == path.read_text(encoding="utf-8")


def test_number_is_masked_in_golden_files() -> None:
    for path in GOLDEN.glob("*.txt"):
        assert "测字" not in path.read_text(encoding="utf-8")
