"""Frozen entry point of ``letterdesk-gui`` (windowed): runs ``desktop_app.gui.app:main()``.

Command-line arguments are passed through untouched (``--quit-after-show`` prints
``shown in X.XXX s`` and quits once the main window is shown: the frozen start-up check).
The import is inside ``main`` for the same reason as in entry_cli.py.
"""

import sys

ENTRY_MODULE = "desktop_app.gui.app"

_ENTRY_PACKAGES = {ENTRY_MODULE.rsplit(".", n)[0] for n in range(ENTRY_MODULE.count(".") + 1)}


def main() -> int:
    try:
        from desktop_app.gui.app import main as gui_main
    except ModuleNotFoundError as exc:
        if exc.name not in _ENTRY_PACKAGES:
            raise
        # A windowed program on Windows has no stderr (sys.stderr is None there).
        if sys.stderr is not None:
            print(f"letterdesk-gui: this build has no {ENTRY_MODULE} ({exc})", file=sys.stderr)
        return 70  # EX_SOFTWARE
    return int(gui_main() or 0)


if __name__ == "__main__":
    sys.exit(main())
