"""Data home resolution: --home beats LETTERDESK_HOME beats the platform default."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import paths


def test_cli_home_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LETTERDESK_HOME", str(tmp_path / "env"))
    assert paths.data_home(tmp_path / "cli") == (tmp_path / "cli").resolve()
    assert (tmp_path / "cli" / "logs").is_dir()


def test_environment_wins_over_platform_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LETTERDESK_HOME", str(tmp_path / "env"))
    assert paths.data_home() == (tmp_path / "env").resolve()


def test_platform_default_is_per_user_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LETTERDESK_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_home() == (tmp_path / "xdg" / "LetterDesk").resolve()


def test_missing_resource_is_reported_by_name() -> None:
    with pytest.raises(FileNotFoundError, match="no/such.file"):
        paths.resource_path("no", "such.file")
