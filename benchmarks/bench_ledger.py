"""Ledger regeneration benchmark (not a test): time and peak memory of ``sync_ledger``.

``python benchmarks/bench_ledger.py [--rows 10000 100000]``. For each size a store is seeded
directly (one ``executemany``: 40 % payment demands with a penalty summary and a PDF record,
45 % receipts, 15 % deposit receipts with a refund for every third, deliveries for a quarter of
the letters, 2 % voided), then a fresh process regenerates the workbook; it reports the wall
time of the sync, the peak RSS of that process (VmHWM) and the peak Python heap (tracemalloc,
separate run).
Goals (issue 6): ≤ 1 s for 10,000 rows, ≤ 8 s for 100,000, peak memory < 150 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.store.db import now_text, open_store  # noqa: E402

CHILD = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, {root!r})
from desktop_app.services.context import open_context
from desktop_app.services.ledger_sync import sync_ledger
ctx = open_context({home!r})
ctx.store  # open (and migrate) outside the timing
mode = {mode!r}
if mode == "trace":
    tracemalloc.start()
def hwm_kb():
    # VmHWM: this process's own peak RSS (ru_maxrss would carry the seeding parent's peak
    # across fork/exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
rss0 = hwm_kb()
t0 = time.perf_counter()
warnings = sync_ledger(ctx)
elapsed = time.perf_counter() - t0
peak_heap = tracemalloc.get_traced_memory()[1] if mode == "trace" else None
rss = hwm_kb()
print(json.dumps({{"seconds": elapsed, "rss_kb": rss, "rss_before_kb": rss0,
                  "heap_peak": peak_heap, "warnings": warnings,
                  "size": ctx.ledger_path.stat().st_size}}))
"""


def seed(home: Path, rows: int) -> None:
    store = open_store(home)
    store.ensure_series("letter_payment_demand", "〔{year}〕催字第{seq:06d}号")
    store.ensure_series("receipt_general", "SJ-{year}-{seq:06d}")
    store.ensure_series("receipt_deposit", "YJ-{year}-{seq:06d}")
    store.ensure_series("deposit_refund", "TK-{year}-{seq:06d}")
    created = now_text()
    docs: list[tuple[object, ...]] = []
    files: list[tuple[object, ...]] = []
    deliveries: list[tuple[object, ...]] = []
    seqs = {"letter_payment_demand": 0, "receipt_general": 0, "receipt_deposit": 0,
            "deposit_refund": 0}
    start = date(2026, 1, 1)
    doc_id = 0
    i = 0
    while doc_id < rows:
        i += 1
        day = (start + timedelta(days=i % 300)).isoformat()
        bucket = i % 20
        void = i % 50 == 0
        if bucket < 8:
            key, kind = "letter_payment_demand", "payment_demand"
            seqs[key] += 1
            number = f"〔2026〕催字第{seqs[key]:06d}号"
            data = {"kind": kind, "input": {
                "debtor": {"name": f"债务人{i}", "address": f"某市某区某路{i}号",
                           "id_number": "110101199001011234"},
                "contract": {"name": "商品房买卖合同", "number": f"HT-{i}"}},
                "summary": {"until": day, "outstanding": "300000.00", "penalty": "17100.00",
                            "per_day": "90.00", "rate": "日万分之三"}}
            party, amount, penalty, parent = f"债务人{i}", "300000.00", "17100.00", None
        elif bucket < 17:
            key, kind = "receipt_general", "receipt"
            seqs[key] += 1
            number = f"SJ-2026-{seqs[key]:06d}"
            data = {"series": "general", "payer": {"name": f"交款人{i}", "id_number": None},
                    "purpose": f"第{i}号房款", "method": "transfer", "amount": "1409.50"}
            party, amount, penalty, parent = f"交款人{i}", "1409.50", None, None
        else:
            key, kind = "receipt_deposit", "receipt"
            seqs[key] += 1
            number = f"YJ-2026-{seqs[key]:06d}"
            data = {"series": "deposit", "payer": {"name": f"押金人{i}"},
                    "purpose": "装修押金", "method": "cash", "amount": "2000.00"}
            party, amount, penalty, parent = f"押金人{i}", "2000.00", None, None
        doc_id += 1
        docs.append((doc_id, kind, key, number, 2026, seqs[key], "void" if void else "issued",
                     day, party, amount, penalty, parent, json.dumps(data, ensure_ascii=False),
                     "bench", created, created if void else None, "作废原因" if void else None))
        if kind == "payment_demand":
            files.append((doc_id, "pdf", f"/data/out/{number}.pdf", "ab" * 32, created))
            if i % 4 == 0:
                deliveries.append((doc_id, "ems", f"EA{i:09d}CN", day, "signed", "某市某区某路",
                                   created))
        if key == "receipt_deposit" and i % 3 == 0 and doc_id < rows:
            seqs["deposit_refund"] += 1
            doc_id += 1
            refund = {"receipt": {"number": number}, "deductions": [{"reason": "损坏",
                                                                     "amount": "100.00"}],
                      "deduction_total": "100.00", "refund": "500.00"}
            docs.append((doc_id, "deposit_refund", "deposit_refund",
                         f"TK-2026-{seqs['deposit_refund']:06d}", 2026, seqs["deposit_refund"],
                         "issued", day, party, "500.00", None, number,
                         json.dumps(refund, ensure_ascii=False), "bench", created, None, None))
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO documents (id, kind, series_key, number, year, seq, status, issued_on,"
            " party_name, amount, penalty, parent_number, data, operator, created_at, voided_at,"
            " void_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
        conn.executemany("INSERT INTO document_files (document_id, role, path, sha256, created_at)"
                         " VALUES (?, ?, ?, ?, ?)", files)
        conn.executemany("INSERT INTO deliveries (document_id, method, tracking, date, status,"
                         " address, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", deliveries)
    store.close()


def run_child(home: Path, mode: str) -> dict[str, object]:
    code = CHILD.format(root=str(ROOT), home=str(home), mode=mode)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args(argv)
    goals = {10_000: 1.0, 100_000: 8.0}
    ok = True
    for rows in args.rows:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp)
            seed(home, rows)
            timed = run_child(home, "time")
            traced = run_child(home, "trace")
            rss_mb = int(timed["rss_kb"]) / 1024  # type: ignore[call-overload]
            heap_mb = int(traced["heap_peak"]) / 1024 / 1024  # type: ignore[call-overload]
            goal = goals.get(rows)
            seconds = float(timed["seconds"])  # type: ignore[arg-type]
            passed = (goal is None or seconds <= goal) and rss_mb < 150
            ok = ok and passed
            print(f"{rows:>7} rows: sync {seconds:6.2f} s (goal {goal or '-'} s), "
                  f"peak RSS {rss_mb:6.1f} MB (process, incl. interpreter), "
                  f"peak Python heap {heap_mb:6.1f} MB, workbook "
                  f"{int(timed['size']) / 1024 / 1024:5.1f} MB"  # type: ignore[call-overload]
                  f"{'' if passed else '  <-- over goal'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
