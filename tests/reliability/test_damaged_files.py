"""Damaged files (issue 9, item 6): a clear one-line message and a way out, never a silent
overwrite — truncated/corrupted store, emptied store, missing font or template."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import backup
from desktop_app.services.context import open_context
from desktop_app.store.db import STORE_FILE

from .conftest import issue_plain

COMMANDS = [["ledger", "sync"], ["backup"], ["profile", "show"],
            ["receipt", "void", "SJ-2026-00001", "--reason", "x"], ["deposit", "list"]]


def _filled_home(home: Path, tmp_path: Path) -> bytes:
    ctx = open_context(home)
    for i in range(30):
        ctx.store.add_party(name=f"单位{i}" * 40, address="某路" * 200)
    issue_plain(ctx, tmp_path / "out")
    backup.backup_now(ctx)
    ctx.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return (home / STORE_FILE).read_bytes()


def _damage(kind: str, data: bytes) -> bytes:
    if kind == "truncated":
        return data[: len(data) // 3]
    if kind == "header":
        return b"\x00" * 100 + data[100:]
    if kind == "pages":  # opens, then fails on the first read of a damaged page
        damaged = bytearray(data)
        for offset in range(4096, len(damaged), 4096):
            damaged[offset : offset + 64] = os.urandom(64)
        return bytes(damaged)
    if kind == "emptied":
        return b""
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["truncated", "header", "pages", "emptied"])
def test_damaged_store_one_line_exit_2_and_untouched(home: Path, tmp_path: Path, capsys,
                                                     kind: str) -> None:
    damaged = _damage(kind, _filled_home(home, tmp_path))
    store = home / STORE_FILE
    store.write_bytes(damaged)
    for args in COMMANDS:
        code = main(["--home", str(home), *args])
        captured = capsys.readouterr()
        assert code == 2, (args, captured.err)
        assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
        assert "restore" in captured.err, captured.err
        assert store.read_bytes() == damaged, args  # never overwritten
    # doctor reports instead (exit 1, the store section names the way out)
    assert main(["--home", str(home), "doctor"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert not report["checks"]["store"]["ok"] and "restore" in report["summary"][0]
    assert store.read_bytes() == damaged
    # the way out: restore the newest backup; a store that cannot be read whole needs --force
    # (the numbers issued after the backup cannot be proven: services.backup.restore)
    newest = backup.list_backups(home)[0]["file"]
    assert main(["--home", str(home), "restore", newest]) == 2
    assert "--force" in capsys.readouterr().err and store.read_bytes() == damaged
    assert main(["--home", str(home), "restore", newest, "--force"]) == 0
    capsys.readouterr()
    assert main(["--home", str(home), "doctor"]) in (0, 1)
    assert '"store"' in capsys.readouterr().out


def test_a_new_home_with_an_empty_store_file_still_starts(home: Path) -> None:
    (home / STORE_FILE).write_bytes(b"")  # killed while creating: no backups yet
    ctx = open_context(home)
    assert ctx.store.list_documents() == []
    ctx.close()


def _run_without(resource_parts: tuple[str, ...], home: Path, tmp_path: Path,
                 args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the CLI with a copy of resources/ that lacks one file (a broken install)."""
    import shutil

    from desktop_app.paths import resources_root

    copy = tmp_path / "resources"
    shutil.copytree(resources_root(), copy)
    copy.joinpath(*resource_parts).unlink()
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        import desktop_app.paths as paths
        paths.resources_root = lambda: Path({str(copy)!r})
        from desktop_app.cli import main
        sys.exit(main({["--home", str(home), *args]!r}))
    """)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=120)


@pytest.mark.parametrize("parts,args", [
    (("fonts", "LetterDeskSerifSC-Regular.ttf"), ["render", "payment_demand"]),
    (("wording", "payment_demand.json"), ["render", "payment_demand"]),
    (("layouts", "receipt_defaults.json"), ["receipt", "issue"]),
], ids=["font", "wording", "layout"])
def test_missing_resource_is_one_clear_line(home: Path, tmp_path: Path, parts, args) -> None:
    data = tmp_path / "data.json"
    if args[0] == "render":
        from desktop_app.services.letters import sample_data

        data.write_text(json.dumps(sample_data("payment_demand"), ensure_ascii=False,
                                   default=str), encoding="utf-8")
    else:
        data.write_text(json.dumps({"series": "general", "payer": {"name": "李四"},
                                    "purpose": "房款", "amount": "10", "method": "cash"}),
                        encoding="utf-8")
    out = tmp_path / "out"
    proc = _run_without(parts, home, tmp_path, [*args, "--data", str(data), "--out", str(out)])
    assert proc.returncode in (1, 2), proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "/".join(parts) in proc.stderr and "重新安装" in proc.stderr, proc.stderr
    assert not out.exists() or not any(out.iterdir())
    ctx = open_context(home)
    assert ctx.store.list_documents() == []  # no number consumed
    ctx.close()
