"""Shared fixtures: every test runs against a temporary data home, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh LETTERDESK_HOME for one test."""
    h = tmp_path / "home"
    h.mkdir()
    monkeypatch.setenv("LETTERDESK_HOME", str(h))
    return h


@pytest.fixture(autouse=True)
def _isolate_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even tests that forget the ``home`` fixture never touch the real user data dir."""
    if "LETTERDESK_HOME" not in os.environ:
        monkeypatch.setenv("LETTERDESK_HOME", str(tmp_path_factory.mktemp("autohome")))
