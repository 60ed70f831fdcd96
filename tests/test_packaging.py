"""An installed copy (``pip install .``) carries every package and every run-time resource."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_of_the_tree_is_listed() -> None:
    tree = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "desktop_app").rglob("__init__.py")
    }
    listed = set(_setuptools()["packages"]) - {"desktop_app.resources"}
    assert listed == tree


def test_every_runtime_resource_is_installed_as_package_data() -> None:
    globs = _setuptools()["package-data"]["desktop_app.resources"]
    resources = ROOT / "resources"
    missing = [
        str(p.relative_to(resources))
        for p in resources.rglob("*")
        if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts
        and not any(fnmatch.fnmatch(p.relative_to(resources).as_posix(), g) for g in globs)
    ]
    assert missing == []
    assert _setuptools()["package-dir"]["desktop_app.resources"] == "resources"
