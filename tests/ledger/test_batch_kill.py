"""A batch killed half-way: the ledger is marked behind the store, and no render worker lives on."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.services.context import open_context
from desktop_app.services.letters import sample_data


def _processes_mentioning(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "cmdline").read_bytes().decode(errors="ignore"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and SIGKILL")
def test_killed_batch_leaves_ledger_pending_and_no_orphan_workers(tmp_path: Path) -> None:
    home = tmp_path / "home"
    source = tmp_path / "rows.jsonl"
    base = sample_data("payment_demand")
    with source.open("w", encoding="utf-8") as fh:
        for i in range(400):
            row = json.loads(json.dumps(base))
            row["debtor"]["name"] = f"债务人{i:04d}"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    marker = str(tmp_path / "out-marker")
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--home", str(home), "batch", "payment_demand",
         "--from", str(source), "--out", marker],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until letters are being issued
        published = [p for p in Path(marker).glob("*.pdf") if not p.name.startswith(".")] \
            if Path(marker).is_dir() else []
        if published:  # at least one chunk committed
            break
        time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while _processes_mentioning(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_mentioning(marker) == []
    ctx = open_context(home)
    issued = len(ctx.store.list_documents())
    assert 0 < issued < 400
    assert ctx.store.get_setting("ledger_pending") is True
    ctx.close()
