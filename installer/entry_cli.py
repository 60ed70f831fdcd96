"""Frozen entry point of ``letterdesk`` (console): runs ``desktop_app.cli:main()``.

PyInstaller analyses this script; the import sits inside ``main`` so that the bundle still
builds while the CLI module is being written (PyInstaller then only warns about it), and the
frozen program says plainly what is missing instead of dying with a bare traceback.
"""

import sys

ENTRY_MODULE = "desktop_app.cli"

_ENTRY_PACKAGES = {ENTRY_MODULE.rsplit(".", n)[0] for n in range(ENTRY_MODULE.count(".") + 1)}


def main() -> int:
    try:
        from desktop_app.cli import main as cli_main
    except ModuleNotFoundError as exc:
        if exc.name not in _ENTRY_PACKAGES:
            raise  # a dependency missing from the bundle: let the traceback name it
        print(f"letterdesk: this build has no {ENTRY_MODULE} ({exc})", file=sys.stderr)
        return 70  # EX_SOFTWARE
    return int(cli_main() or 0)


if __name__ == "__main__":
    sys.exit(main())
