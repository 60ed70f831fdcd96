"""Two processes issuing receipts at once never share a number and leave no gap."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.services.context import open_context
from tests.receipts.conftest import receipt_data

WORKER = """
import sys
from desktop_app.cli import main
home, data, out, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
for _ in range(n):
    code = main(["--home", home, "receipt", "issue", "--data", data, "--out", out])
    if code:
        sys.exit(code)
"""


def test_two_processes_issuing_at_once_never_share_a_number(home: Path, tmp_path: Path):
    data = tmp_path / "r.json"
    data.write_text(json.dumps(receipt_data(), ensure_ascii=False), encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(home), str(data),
                          str(tmp_path / f"out{i}"), "20"],
                         cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for i in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err.decode()
    numbers = []
    for stdout, _ in outputs:
        decoder = json.JSONDecoder()
        text = stdout.decode().strip()
        while text:
            obj, end = decoder.raw_decode(text)
            numbers.append(obj["number"])
            text = text[end:].strip()
    assert len(numbers) == 40
    assert sorted(numbers) == [f"SJ-2026-{i:05d}" for i in range(1, 41)]
    ctx = open_context(home)
    try:
        assert len(ctx.store.list_documents(kinds=["receipt"])) == 40
    finally:
        ctx.close()
