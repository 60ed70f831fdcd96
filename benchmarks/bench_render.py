"""Rendering benchmark (not a test): a real payment-demand letter (``build_letter`` with the
built-in sample) as PDF and as DOCX, CPU milliseconds per letter, single-threaded; then N
letters to separate PDF and DOCX files.  ``python benchmarks/bench_render.py [--count 1000]``.

Budget (batch of 1,000 letters in 20 s through a 2-process pool): PDF + DOCX of one letter
must cost about 30 ms of CPU or less.

Measured 2026-11 on the 2-core build machine, load average ~1.5-4 (other jobs running),
CPU time per 2-3 page payment_demand letter (min / median of 30):

    before (python-docx object model, styles rebuilt per letter):  PDF 28 / 31 ms, DOCX 53 / 59 ms
    after  (cached DOCX skeleton + XML text, cached PDF styles and font tables,
            cached character widths in the line breaker):           PDF 21 / 23 ms, DOCX 1.0 / 1.1 ms

With the optional C accelerator ``rl_accel`` installed (not a dependency yet), PDF ~18 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.documents.fonts import check_glyphs, register_pdf_fonts  # noqa: E402
from desktop_app.documents.render_docx import render_docx, render_docx_bytes  # noqa: E402
from desktop_app.documents.render_pdf import render_pdf, render_pdf_bytes  # noqa: E402


def ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def cpu_ms(fn, doc, repeat: int) -> tuple[float, float]:
    """(min, median) CPU milliseconds of ``fn(doc)``."""
    runs = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn(doc)
        runs.append((time.process_time() - t0) * 1000)
    runs.sort()
    return runs[0], runs[len(runs) // 2]


def payment_demand(home: Path):
    from desktop_app.services.context import open_context
    from desktop_app.services.letters import build_letter, sample_data

    ctx = open_context(home)
    doc, _warnings = build_letter("payment_demand", sample_data("payment_demand"),
                                  "〔2026〕催字第001号", ctx)
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"({os.cpu_count()} CPUs)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t0 = time.perf_counter()
        register_pdf_fonts()
        print(f"font registration (first call):  {ms(t0):8.1f} ms")
        doc = payment_demand(out / "home")
        t0 = time.perf_counter()
        check_glyphs(doc)
        print(f"glyph check, one letter:         {ms(t0):8.1f} ms")
        t0 = time.perf_counter()
        render_pdf(doc, out / "first.pdf")
        print(f"first PDF (line-break install):  {ms(t0):8.1f} ms")
        t0 = time.perf_counter()
        render_docx(doc, out / "first.docx")
        print(f"first DOCX (skeleton per preset):{ms(t0):8.1f} ms")
        pdf_min, pdf_med = cpu_ms(render_pdf_bytes, doc, args.repeat)
        docx_min, docx_med = cpu_ms(render_docx_bytes, doc, args.repeat)
        print(f"payment_demand PDF,  CPU/letter: {pdf_min:6.1f} min {pdf_med:6.1f} median ms, "
              f"{(out / 'first.pdf').stat().st_size / 1024:.0f} KB")
        print(f"payment_demand DOCX, CPU/letter: {docx_min:6.1f} min {docx_med:6.1f} median ms,"
              f" {(out / 'first.docx').stat().st_size / 1024:.0f} KB")
        print(f"PDF + DOCX, CPU/letter (median): {pdf_med + docx_med:6.1f} ms (budget ~30 ms)")
        if args.count <= 0:
            return 0
        c0 = time.process_time()
        t0 = time.perf_counter()
        for i in range(args.count):
            doc.watermark = "草稿" if i % 2 else None
            render_pdf(doc, out / f"letter{i:05d}.pdf")
        pdf_ms, pdf_cpu = ms(t0), (time.process_time() - c0) * 1000
        c0 = time.process_time()
        t0 = time.perf_counter()
        for i in range(args.count):
            doc.watermark = "草稿" if i % 2 else None
            render_docx(doc, out / f"letter{i:05d}.docx")
        docx_ms, docx_cpu = ms(t0), (time.process_time() - c0) * 1000
        n = args.count
        print(f"{n} letters PDF:  {pdf_ms:9.0f} ms wall, {pdf_cpu / n:5.1f} ms CPU each")
        print(f"{n} letters DOCX: {docx_ms:9.0f} ms wall, {docx_cpu / n:5.1f} ms CPU each")
        print(f"{n} letters both: {pdf_ms + docx_ms:9.0f} ms wall (one process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
