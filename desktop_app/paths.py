"""Where things live: bundled resources and the user's data home.

``resource_path`` is the one function that finds files under ``resources/`` both in the
source tree and in a frozen PyInstaller bundle (where they sit under ``sys._MEIPASS``).
``data_home`` resolves the per-user data directory: ``--home DIR`` beats the environment
variable ``LETTERDESK_HOME``, which beats the platform's user data dir.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_HOME = "LETTERDESK_HOME"
APP_DIR_NAME = "LetterDesk"


def resources_root() -> Path:
    """Folder that holds ``fonts/``, ``wording/``, ``lpr.json`` …"""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    installed = Path(__file__).resolve().parent / "resources"  # pip install . (wheel)
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"  # source tree / editable


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource; raises ``FileNotFoundError`` naming it when it is missing."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)} (looked in {path})")
    return path


def default_data_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def data_home(cli_home: str | os.PathLike[str] | None = None) -> Path:
    """Resolve and create the data home (store, settings, logs, ledger, output)."""
    if cli_home:
        home = Path(cli_home)
    elif os.environ.get(ENV_HOME):
        home = Path(os.environ[ENV_HOME])
    else:
        home = default_data_home()
    home = home.expanduser().resolve()
    home.mkdir(parents=True, exist_ok=True)
    (home / "logs").mkdir(exist_ok=True)
    return home
