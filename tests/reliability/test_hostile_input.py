"""The hostile corpus through every letter kind, receipts, the ledger, import, batch and the
CLI (issue 9, item 3): no crash (only LetterDeskError), no traceback, no file outside the
output folder, no formula in Excel, text preserved or reported (MISSING_GLYPH)."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.errors import LetterDeskError
from desktop_app.services.context import AppContext
from desktop_app.services.files import output_dir
from tests.textutil import docx_text, squash

from .hostile_strings import HOSTILE, HOSTILE_AMOUNTS

TEXT_TYPES = ("text", "multiline")
# numbers typed as text (rates) and cross-references (payments[].item names an item)
NOT_FREE_TEXT = re.compile(r"^rate\.|\.item$|(^|\.)(number|account_number|phone|id_number)$")
STEP = 4
TRIED: dict[str, int] = {}  # figures for docs/reliability.md (printed with -s)


def _tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def _visible(text: str) -> str:
    """What a reader can see: no control/format characters, no whitespace, NFC."""
    text = unicodedata.normalize("NFC", text)
    return squash("".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Cs")))


def _get(data: Any, path: str) -> Any:
    cur = data
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if part.startswith("["):
            if not isinstance(cur, list) or len(cur) <= int(part[1:-1]):
                return None
            cur = cur[int(part[1:-1])]
        else:
            if not isinstance(cur, dict):
                return None
            cur = cur.get(part)
    return cur


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
    cur: Any = data
    for part in parts[:-1]:
        cur = cur[int(part[1:-1])] if part.startswith("[") else cur.setdefault(part, {})
    last = parts[-1]
    cur[int(last[1:-1]) if last.startswith("[") else last] = value


def _text_fields(spec: dict[str, Any]) -> list[str]:
    """Free-text fields (list items are left out: payments[].item refers to items[].label)."""
    names = [f["name"] for f in spec["fields"] if f["type"] in TEXT_TYPES]
    return [n for n in names if not NOT_FREE_TEXT.search(n)]


def _letter_kinds() -> list[str]:
    from desktop_app.services.letters import kinds_info

    return [k["id"] for k in kinds_info()]


@pytest.mark.parametrize("kind", _letter_kinds())
def test_every_letter_kind_survives_the_corpus(ctx: AppContext, tmp_path: Path,
                                               kind: str) -> None:
    from desktop_app.services.letters import kind_spec, render_letter, sample_data

    out = output_dir(tmp_path / "out")
    before = _tree(tmp_path)
    sample = sample_data(kind)
    fields = _text_fields(kind_spec(kind))
    # fields printed verbatim: their sample value shows in the sample's DOCX
    first = render_letter(ctx, kind, sample, out, formats=("docx",), sync_ledger=False)
    shown = squash(docx_text(first.files[0]))
    printed = {f for f in fields if isinstance(_get(sample, f), str)
               and _visible(_get(sample, f)) and _visible(_get(sample, f)) in shown}
    assert printed, "no verbatim field found: the check below would be empty"
    tried = accepted = 0
    # each render puts a slice of the corpus into the fields; the slice moves by STEP, so
    # every string meets every STEP-th field (all of them in at least a few fields per kind)
    for offset in range(0, len(HOSTILE), STEP):
        data = copy.deepcopy(sample)
        values = {f: HOSTILE[(offset + i) % len(HOSTILE)] for i, f in enumerate(fields)}
        for f, v in values.items():
            _set(data, f, v)
        tried += len(values)
        result = None
        for _ in range(len(fields) + 1):
            try:
                result = render_letter(ctx, kind, data, out, sync_ledger=False)
                break
            except LetterDeskError as exc:  # only our typed errors are allowed
                field = getattr(exc, "field", None)
                if field in values:  # rejected with the field named: put the sample back
                    _set(data, field, _get(sample, field))
                    values.pop(field)
                else:
                    break
        if result is None:
            continue
        accepted += len(values)
        text = _visible(docx_text(next(f for f in result.files if f.endswith(".docx"))))
        reported = {w.get("char") for w in result.warnings if w.get("code") == "MISSING_GLYPH"}
        for f, v in values.items():
            if f in printed and _visible(v) and len(v) < 2000:
                assert _visible(v.strip()) in text or set(v) & reported, (kind, f, v)
    TRIED[kind] = tried
    assert accepted > 0
    new = _tree(tmp_path) - before
    outside = [p for p in new if not (p.is_relative_to(out) or p.is_relative_to(ctx.home))]
    assert not outside, outside


RECEIPT_TEXT = ("payer.name", "purpose", "remarks", "reference")


def _receipt_data(name: str, purpose: str, amount: str = "100.00") -> dict[str, Any]:
    return {"series": "general", "payer": {"name": name}, "purpose": purpose,
            "amount": amount, "method": "transfer", "reference": purpose[:60],
            "remarks": purpose[:400], "date": "2026-03-01"}


def test_receipts_and_the_ledger_survive_the_corpus(ctx: AppContext, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desktop_app.services.ledger_sync import export_ledger, sync_ledger
    from desktop_app.services.receipts import issue_receipt
    from tests.textutil import pdf_text

    out = output_dir(tmp_path / "out")
    before = _tree(tmp_path)
    accepted: list[str] = []
    for i, text in enumerate(HOSTILE):
        purpose = HOSTILE[(i + 7) % len(HOSTILE)]
        try:
            result = issue_receipt(ctx, _receipt_data(text, purpose), out)
        except LetterDeskError:
            continue
        accepted.append(text)
        pdf = _visible(pdf_text(result.files[0]))
        reported = {w.get("char") for w in result.warnings if w.get("code") == "MISSING_GLYPH"}
        if _visible(text) and len(text) < 60:
            assert _visible(text) in pdf or set(text) & reported, text
    for amount in HOSTILE_AMOUNTS:
        try:
            issue_receipt(ctx, _receipt_data("金额测试", "金额", amount), out)
        except LetterDeskError:
            continue
    assert len(accepted) >= 30, accepted
    assert sync_ledger(ctx) == []
    export = export_ledger(ctx, tmp_path / "export.xlsx")
    assert export
    for book in (ctx.ledger_path, tmp_path / "export.xlsx"):
        wb = load_workbook(book)
        cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
        assert not [c.coordinate for c in cells if c.data_type == "f" and
                    str(c.value).startswith("=") and not re.match(r"^=(SUM|SUBTOTAL)\(", str(c.value))]
        strings = {c.value for c in cells if isinstance(c.value, str)}
        for text in accepted:
            if text.strip() and text.lstrip()[:1] in "=+-@":
                holders = [c for c in cells if c.value == text.strip()]
                assert holders and all(c.data_type == "s" for c in holders), text
        kept = [t for t in accepted if t.strip() in strings]
        assert len(kept) >= len(accepted) - 3, set(accepted) - set(kept)
    new = _tree(tmp_path) - before
    assert all(p.is_relative_to(out) or p.is_relative_to(ctx.home) or p.name == "export.xlsx"
               for p in new)


def _workbook(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r, row in enumerate(rows, start=2):
        for col, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=col)
            cell.value = _xml_safe(v) if isinstance(v, str) else v
            if isinstance(v, str):
                cell.data_type = "s"  # text even when it looks like a formula
    wb.save(path)
    return path


def _xml_safe(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return "".join(c for c in text if not (0xD800 <= ord(c) <= 0xDFFF or ord(c) in (0xFFFE, 0xFFFF)))


def test_import_survives_hostile_cells(ctx: AppContext, tmp_path: Path) -> None:
    from desktop_app.services.importing import import_parties, import_receipts

    parties = _workbook(tmp_path / "parties.xlsx", ["名称", "地址", "电话", "证件号码", "备注"],
                        [[s, s, "13800000000", "110101199001011234", s] for s in HOSTILE])
    report = import_parties(ctx, parties)
    stored = {p["name"] for p in ctx.store.list_parties()}
    assert report["imported"] >= 40
    for s in HOSTILE:
        if _xml_safe(s).strip() and len(s) < 200:
            assert _xml_safe(s).strip() in stored or any(
                r["row"] for r in report["rejected"]), s
    rows = [[f"SJ-2025-{i + 1:05d}", "2025-01-05", s, s, amount, "现金"]
            for i, (s, amount) in enumerate(zip(HOSTILE, HOSTILE_AMOUNTS * 4, strict=False))]
    receipts = _workbook(tmp_path / "receipts.xlsx", ["收据编号", "日期", "交款人", "事由", "金额",
                                                      "收款方式"], rows)
    report = import_receipts(ctx, receipts)
    assert isinstance(report["rejected"], list)
    assert report["imported"] + len(report["rejected"]) >= 1


def test_batch_survives_hostile_rows(ctx: AppContext, tmp_path: Path) -> None:
    from desktop_app.services.batch import run_batch
    from desktop_app.services.letters import sample_data

    out = output_dir(tmp_path / "out")
    source = tmp_path / "rows.jsonl"
    lines = []
    for s in HOSTILE[:30]:
        data = sample_data("payment_demand")
        data["debtor"]["name"] = s
        data["contract"]["name"] = s
        lines.append(json.dumps(data, default=str))  # \ud800 stays an escape
    source.write_text("\n".join(lines), encoding="utf-8")
    before = _tree(tmp_path)
    report = run_batch(ctx, "payment_demand", source, out)
    assert report.exit_code in (0, 3)
    assert len(report.issued) + len(report.rejected) == 30
    assert report.issued
    new = _tree(tmp_path) - before
    assert all(p.is_relative_to(out) or p.is_relative_to(ctx.home) for p in new)


def test_cli_never_prints_a_traceback(home: Path, tmp_path: Path, capsys) -> None:
    from desktop_app.cli import main

    out = tmp_path / "out"
    # a third of the corpus (each issue also rewrites the ledger), plus every odd encoding case
    names = [s for i, s in enumerate(HOSTILE) if i % 3 == 0 or "\ud800" in s or "\x00" in s]
    for i, s in enumerate(names + HOSTILE_AMOUNTS[::3]):
        data = tmp_path / f"r{i}.json"
        payload = _receipt_data(s, s) if i < len(names) else _receipt_data("张三", "房款", s)
        data.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8",
                        errors="surrogatepass")
        code = main(["--home", str(home), "receipt", "issue", "--data", str(data), "--out",
                     str(out)])
        captured = capsys.readouterr()
        assert code in (0, 2), captured.err
        assert "Traceback" not in captured.err and "internal error" not in captured.err, s
        if code == 2:
            assert captured.err.count("\n") == 1 and captured.out == ""
        else:
            assert json.loads(captured.out)["number"]
    assert main(["--home", str(home), "words", "=1+1"]) == 2
    assert "Traceback" not in capsys.readouterr().err
