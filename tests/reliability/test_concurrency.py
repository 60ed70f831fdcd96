"""Concurrency (issue 9, item 2): four processes issue 100 documents each at the same moment;
numbers are unique and continuous (1..400), every one with its record and file."""

from __future__ import annotations

import multiprocessing
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.documents.model import Document, Paragraph, Title

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="uses fork for a fast start")]

PROCESSES = 4
EACH = 100
SERIES = ("receipt_general", "SJ-{year}-{seq:05d}")


def _worker(home: str, out: str, who: int, barrier: multiprocessing.synchronize.Barrier) -> None:
    """Issue EACH documents through services.issuing (the one issuing path), ledger off."""
    from desktop_app.services.context import open_context
    from desktop_app.services.issuing import issue_document

    ctx = open_context(home)
    folder = Path(out)

    def build(number: str | None) -> Document:
        doc = Document(kind="receipt", title="收据", number=number)
        doc.add(Title("收据"))
        doc.add(Paragraph(f"进程{who}"))
        return doc

    barrier.wait()
    for i in range(EACH):
        def render(number: str, i: int = i) -> list[tuple[str, Path]]:
            path = folder / f"{number}_p{who}_{i}.txt"
            path.write_text(f"{number} 进程{who} 第{i}张", encoding="utf-8")
            return [("pdf", path)]

        issue_document(
            ctx, kind="receipt", series_key=SERIES[0], default_pattern=SERIES[1],
            issued_on=date(2026, 3, 1), snapshot={"who": who, "i": i}, build=build,
            out_dir=folder, name_parts=lambda n: [n], party_name=f"进程{who}",
            amount=Decimal("1.00"), sync_ledger=False, render=render,
        )
    ctx.close()


def test_four_processes_issue_at_once_without_duplicates_or_gaps(home: Path,
                                                                 tmp_path: Path) -> None:
    from desktop_app.services.context import open_context

    out = tmp_path / "out"
    out.mkdir()
    ctx = open_context(home)
    ctx.store.ensure_series(*SERIES)
    ctx.close()
    mp = multiprocessing.get_context("fork")
    barrier = mp.Barrier(PROCESSES)
    procs = [mp.Process(target=_worker, args=(str(home), str(out), w, barrier))
             for w in range(PROCESSES)]
    started = time.monotonic()
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    assert [p.exitcode for p in procs] == [0] * PROCESSES
    elapsed = time.monotonic() - started

    ctx = open_context(home)
    docs = ctx.store.list_documents()
    numbers = [d.number for d in docs]
    assert len(numbers) == len(set(numbers)) == PROCESSES * EACH
    assert sorted(d.seq for d in docs) == list(range(1, PROCESSES * EACH + 1))
    # they really ran at once: the order of numbers switches between processes more often
    # than the 3 switches of four runs one after another
    switches = sum(1 for a, b in zip(docs, docs[1:], strict=False) if a.party_name != b.party_name)
    assert switches > PROCESSES - 1, "the processes ran one after another"
    for d in docs:
        [f] = d.files
        assert Path(f.path).read_text(encoding="utf-8").startswith(d.number)
    from desktop_app.services.doctor import check_numbering
    from desktop_app.services.ledger_sync import sync_ledger

    assert check_numbering(ctx)["ok"]
    assert sync_ledger(ctx) == []  # one ledger rewrite at the end
    ctx.close()
    print(f"concurrency figures: {PROCESSES}x{EACH} issues in {elapsed:.1f}s, "
          f"numbers 1..{PROCESSES * EACH} unique and continuous, {switches} switches")
