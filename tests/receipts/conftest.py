"""Fixtures for receipt tests: run the real CLI in-process against a temporary home."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.services.context import AppContext, open_context


@dataclass
class Run:
    code: int
    out: Any
    err: str


def receipt_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "series": "general",
        "date": "2026-01-05",
        "payer": {"name": "张三", "type": "person", "id_number": "110101199001011234",
                  "phone": "13800000000"},
        "purpose": "示例花园3栋1单元502室物业费（合同编号 WY-2026-0012）",
        "amount": "1409.50",
        "method": "transfer",
        "reference": "20260105123456",
    }
    data.update(overrides)
    return data


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture()
def cli(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """``cli("receipt", "issue", data=..., out=...)``: exit code, parsed stdout, stderr."""
    counter = iter(range(10**6))

    def run(*args: str, data: Any = None) -> Run:
        argv = ["--home", str(home), *args]
        if data is not None:
            path = tmp_path / f"data{next(counter)}.json"
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            argv += ["--data", str(path)]
        capsys.readouterr()
        code = main(argv)
        captured = capsys.readouterr()
        parsed = json.loads(captured.out) if captured.out.strip() else None
        return Run(code, parsed, captured.err)

    return run


@pytest.fixture()
def ctx(home: Path) -> Iterator[AppContext]:
    context = open_context(home)
    yield context
    context.close()
