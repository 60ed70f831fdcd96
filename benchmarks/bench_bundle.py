"""Benchmark the frozen bundle: size on disk, size as tar.gz, cold start to the main window.

    python benchmarks/bench_bundle.py [--build] [--runs 5] [--json out.json] [--drop-caches]

Uses the bundle in build/dist/LetterDesk and the newest build/LetterDesk-*.tar.gz (run
``python installer/build.py`` first, or pass --build). Start-up is measured for
``letterdesk-gui --quit-after-show`` with QT_QPA_PLATFORM=offscreen, two ways:

* wall: from spawning the process to the line ``shown in X.XXX s`` on its stdout (includes the
  PyInstaller bootloader, the Python start and all imports: what a user waits for);
* reported: the X.XXX the program prints (measured inside the program from its own start).

One untimed run first creates the data home (a user's first start does that once), then the
median of --runs timed runs. Every run is a new process; the OS page cache stays warm unless
--drop-caches is given and allowed (root, writable /proc/sys/vm/drop_caches).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "dist" / "LetterDesk"
GOAL_ARCHIVE_MB = 75.0
GOAL_START_S = 1.0
SHOWN = re.compile(r"shown in (\d+\.\d+) s")


sys.path.insert(0, str(ROOT / "installer"))
from build import tree_size  # noqa: E402 - the build script's own measure, used once


def newest_archive() -> Path | None:
    archives = sorted((ROOT / "build").glob("LetterDesk-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return archives[-1] if archives else None


def drop_caches() -> bool:
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as fh:
            fh.write("3\n")
        return True
    except OSError:
        return False


def start_once(exe: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds to the 'shown' line, seconds the program reported)."""
    started = time.perf_counter()
    proc = subprocess.Popen([str(exe), "--quit-after-show"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    wall = reported = None
    for line in proc.stdout:
        match = SHOWN.search(line)
        if match and wall is None:
            wall = time.perf_counter() - started
            reported = float(match.group(1))
    code = proc.wait(timeout=120)
    if code != 0 or wall is None or reported is None:
        raise SystemExit(f"{exe.name} --quit-after-show failed (exit {code}, shown line: {wall is not None})")
    return wall, reported


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", action="store_true", help="run installer/build.py first")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--drop-caches", action="store_true",
                        help="drop the page cache before each run (root only)")
    args = parser.parse_args(argv)

    if args.build:
        subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")], check=True)
    exe = BUNDLE / ("letterdesk-gui.exe" if sys.platform == "win32" else "letterdesk-gui")
    if not exe.is_file():
        raise SystemExit(f"no bundle at {BUNDLE}: run python installer/build.py (or --build)")

    apparent, allocated = tree_size(BUNDLE)
    archive = newest_archive()
    figures: dict[str, object] = {
        "bundle_mb": round(apparent / 1e6, 1),
        "bundle_allocated_mb": round(allocated / 1e6, 1),
        "archive": archive.name if archive else None,
        "archive_mb": round(archive.stat().st_size / 1e6, 1) if archive else None,
    }

    with tempfile.TemporaryDirectory(prefix="letterdesk-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LETTERDESK_HOME=home)
        first_wall, first_reported = start_once(exe, env)  # creates the data home
        walls, reported = [], []
        dropped = False
        for _ in range(args.runs):
            if args.drop_caches:
                dropped = drop_caches() or dropped
            wall, rep = start_once(exe, env)
            walls.append(wall)
            reported.append(rep)
    figures.update(
        runs=args.runs,
        page_cache_dropped=dropped,
        first_start_wall_s=round(first_wall, 3),
        start_wall_median_s=round(statistics.median(walls), 3),
        start_wall_all_s=[round(w, 3) for w in walls],
        start_reported_median_s=round(statistics.median(reported), 3),
        start_reported_all_s=[round(r, 3) for r in reported],
    )

    print(f"bundle on disk      {figures['bundle_mb']} MB ({figures['bundle_allocated_mb']} MB allocated)")
    if archive:
        verdict = "ok" if figures["archive_mb"] <= GOAL_ARCHIVE_MB else "OVER GOAL"  # type: ignore[operator]
        print(f"tar.gz              {figures['archive_mb']} MB  (goal <= {GOAL_ARCHIVE_MB:.0f} MB: {verdict})")
    else:
        print("tar.gz              none in build/ (build without --no-archive)")
    median = figures["start_wall_median_s"]
    verdict = "ok" if median <= GOAL_START_S else "OVER GOAL"  # type: ignore[operator]
    print(f"first start (new data home)      {first_wall:.3f} s wall")
    print(f"start to main window, median of {args.runs}: {median:.3f} s wall "
          f"(goal <= {GOAL_START_S:.1f} s: {verdict}); program reports "
          f"{figures['start_reported_median_s']:.3f} s; runs {figures['start_wall_all_s']}")
    if args.drop_caches and not dropped:
        print("note: could not drop the page cache (needs root): runs had a warm cache")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
