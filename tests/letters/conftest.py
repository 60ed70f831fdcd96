"""Fixtures for letter tests: run the real CLI in-process against a temporary home."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main

CliResult = tuple[int, Any, str]


@pytest.fixture()
def cli(home: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """``cli("render", ...)`` → (exit code, parsed stdout JSON or None, stderr)."""

    def run(*args: str) -> CliResult:
        code = main(list(args))
        out, err = capsys.readouterr()
        text = out.strip()
        data = json.loads(text) if text[:1] in ("{", "[") else None
        return code, data, err

    return run


@pytest.fixture()
def write_json(tmp_path: Path) -> Callable[[str, Any], Path]:
    def write(name: str, data: Any) -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return write


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []
