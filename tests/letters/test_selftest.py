"""``letterdesk self-test``: every kind renders in both formats and passes its checks."""

from __future__ import annotations

import re

from desktop_app.services.letters import KIND_IDS
from desktop_app.services.selftest import _check_file, run_self_test


def test_self_test_passes_and_reports_every_kind_and_format() -> None:
    ok, lines = run_self_test()
    assert ok, lines
    assert lines[0].startswith("ok  fonts")
    for kind in KIND_IDS:
        for fmt in ("pdf", "docx"):
            assert re.search(rf"^ok  {kind} {fmt} \d+ KB$", "\n".join(lines), re.M), (kind, fmt)
            assert re.search(rf"^ok  {kind} {fmt} \d+ KB \(preview\)$", "\n".join(lines),
                             re.M), (kind, fmt)
    assert lines[-1] == "self-test passed"


def test_self_test_cli_exit_status(cli) -> None:
    code, _, _ = cli("self-test")
    assert code == 0


def test_file_check_catches_a_truncated_pdf(tmp_path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"0" * 6000)
    assert _check_file(bad, "pdf", ["付款催告函"]) == "PDF 未嵌入 TrueType 字体"
    assert _check_file(tmp_path / "missing.pdf", "pdf", []) == "文件未生成"
