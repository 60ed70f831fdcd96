"""Benchmark (not a test) of the domain engine: ``python benchmarks/bench_domain.py``.

1. A penalty over ten years with 3,650 payments (one a day, unassigned, across 12 yearly
   instalments), for each allocation and for a floating LPR rate.
2. 100,000 random amounts in words, and parsed back.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.domain.penalty import PenaltyRequest, calculate  # noqa: E402
from desktop_app.domain.words import amount_in_words, words_to_amount  # noqa: E402


def penalty_data(rate: dict, allocation: str) -> dict:
    start = date(2016, 1, 1)
    items = [{"label": f"第{i + 1}期", "amount": "500000.00",
              "due_date": (start + timedelta(days=365 * i)).isoformat()} for i in range(12)]
    payments = [{"date": (start + timedelta(days=d)).isoformat(), "amount": "1234.56"}
                for d in range(3650)]
    return {"items": items, "payments": payments, "until": "2025-12-31", "rate": rate,
            "allocation": allocation}


def bench_penalty() -> None:
    cases = [
        ("daily 0.0005, principal", {"type": "daily", "value": "0.0005"}, "principal"),
        ("daily 0.0005, statutory", {"type": "daily", "value": "0.0005"}, "statutory"),
        ("LPR×1.5 floating, principal",
         {"type": "lpr", "multiplier": "1.5", "mode": "floating"}, "principal"),
    ]
    for name, rate, allocation in cases:
        data = penalty_data(rate, allocation)
        runs = 5
        t0 = time.perf_counter()
        for _ in range(runs):
            result = calculate(PenaltyRequest.from_json(data))
        elapsed = (time.perf_counter() - t0) / runs
        print(f"penalty, 3,650 payments, 12 items, {name}: {elapsed * 1000:.1f} ms/run, "
              f"{len(result.segments)} segments, penalty {result.penalty}")


def bench_words(n: int = 100_000) -> None:
    rng = random.Random(20261128)
    amounts = [Decimal(rng.randrange(1, 10**14)) / 100 for _ in range(n)]
    t0 = time.perf_counter()
    words = [amount_in_words(a) for a in amounts]
    t1 = time.perf_counter()
    back = [words_to_amount(w) for w in words]
    t2 = time.perf_counter()
    assert back == amounts
    print(f"amounts in words: {n:,} in {t1 - t0:.2f} s ({(t1 - t0) / n * 1e6:.1f} µs each); "
          f"parsed back in {t2 - t1:.2f} s ({(t2 - t1) / n * 1e6:.1f} µs each)")


if __name__ == "__main__":
    bench_penalty()
    bench_words()
