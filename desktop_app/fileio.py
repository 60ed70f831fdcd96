"""Atomic file output, shared by every writer (documents, ledger templates, exports, repairs).

A file is written under a temporary name in its target folder and then moved into place
with ``os.replace``, so a reader (or a crash) never sees half a file. ``mkstemp`` creates the
temporary file private (0600); the result is made readable (0644) because letters and
workbooks often live in a shared folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

TEMP_PREFIX = ".tmp-"


def atomic_write(target: Path, write: Callable[[Path], object], *,
                 prefix: str = TEMP_PREFIX, make_dirs: bool = False) -> Path:
    """Call ``write(tmp_path)`` and move the result to ``target``; returns ``target``."""
    target = Path(target)
    if make_dirs:
        target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        with contextlib.suppress(OSError):  # e.g. a FAT/SMB share without POSIX modes
            os.chmod(tmp, 0o644)
        write(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
