"""Build the LetterDesk bundle and pack it for users.

    python installer/build.py [--skip-translations] [--no-archive] [--installer] [--clean]
    python installer/build.py --installer-only      (Windows: Inno Setup on an existing bundle)

Steps, each printed as it runs:
  1. compile resources/translations/*.ts to build/translations/*.qm (pyside6-lrelease);
     nothing to do when there are no .ts files;
  2. render installer/version_info.txt.in to build/version_info-<exe>.txt (Windows resource);
  3. run PyInstaller on installer/letterdesk.spec -> build/dist/LetterDesk/ (one folder,
     ``letterdesk-gui`` + ``letterdesk``), work files in build/pyinstaller/;
  4. pack: on Linux build/LetterDesk-<version>-linux-<arch>.tar.gz (bundle, .desktop file,
     icons, install.sh, uninstall.sh); on Windows with --installer, Inno Setup compiles
     installer/windows/letterdesk.iss to build/LetterDesk-Setup-<version>.exe;
  5. print the bundle size on disk and the archive size, and write build/build-info.json.

Everything goes under build/, which git ignores.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from string import Template

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
RESOURCES = ROOT / "resources"
BUILD = ROOT / "build"
DIST = BUILD / "dist"
WORK = BUILD / "pyinstaller"
BUNDLE = DIST / "LetterDesk"
SPEC = INSTALLER / "letterdesk.spec"
ISS = INSTALLER / "windows" / "letterdesk.iss"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
EXECUTABLES = {
    # exe name: (file description, original file name)
    "letterdesk-gui": ("LetterDesk", "letterdesk-gui.exe"),
    "letterdesk": ("LetterDesk command line", "letterdesk.exe"),
}
IS_WINDOWS = sys.platform == "win32"
IS_LINUX = sys.platform.startswith("linux")


def step(message: str) -> None:
    print(f"\n== {message}", flush=True)


# ---------------------------------------------------------------------------------- version
def read_version() -> str:
    """``__version__`` from desktop_app/__init__.py, read as text (no import of the package)."""
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if not match:
        raise SystemExit("no __version__ in desktop_app/__init__.py")
    return match.group(1)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """'1.2.0rc1' -> (1, 2, 0, 0): Windows version resources hold four 16-bit integers."""
    parts = [int(p) for p in re.findall(r"\d+", version.split("+")[0])[:3]]
    parts += [0] * (4 - len(parts))
    return tuple(min(p, 65535) for p in parts[:4])  # type: ignore[return-value]


# ----------------------------------------------------------------------------- translations
def lrelease_command() -> list[str] | None:
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    try:  # the binary inside the PySide6 wheel, when the console script is not on PATH
        import PySide6

        for name in ("lrelease", "lrelease.exe"):
            candidate = Path(PySide6.__file__).parent / name
            if candidate.is_file():
                return [str(candidate)]
    except ImportError:
        pass
    return None


def build_translations() -> list[Path]:
    sources = sorted((RESOURCES / "translations").glob("*.ts"))
    if not sources:
        print("no resources/translations/*.ts: nothing to compile")
        return []
    command = lrelease_command()
    if command is None:
        raise SystemExit("pyside6-lrelease not found (install PySide6) or use --skip-translations")
    out_dir = BUILD / "translations"
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"{ts.relative_to(ROOT)} -> {qm.relative_to(ROOT)}")
        outputs.append(qm)
    return outputs


# ---------------------------------------------------------------------------- version info
def render_version_info(version: str) -> list[Path]:
    template = Template((INSTALLER / "version_info.txt.in").read_text(encoding="utf-8"))
    year = time.gmtime().tm_year
    written = []
    for exe, (description, original) in EXECUTABLES.items():
        text = template.substitute(
            version_tuple=repr(numeric_version(version)),
            version=version,
            company="LetterDesk",
            description=description,
            copyright=f"(C) {year} LetterDesk contributors",
            product_name="LetterDesk",
            internal_name=exe,
            original_filename=original,
        )
        target = BUILD / f"version_info-{exe}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    try:  # parse it as PyInstaller will (pure Python, works on any OS): fail early on a typo
        from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

        for target in written:
            load_version_info_from_text_file(str(target))
    except ImportError:
        pass
    print("rendered " + ", ".join(str(p.relative_to(ROOT)) for p in written))
    return written


# ------------------------------------------------------------------------------ pyinstaller
def run_pyinstaller(clean: bool, keep_wayland: bool) -> None:
    env = dict(os.environ, LETTERDESK_BUILD_DIR=str(BUILD))
    env["LETTERDESK_KEEP_WAYLAND"] = "1" if keep_wayland else "0"
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    print(f"PyInstaller finished in {time.perf_counter() - started:.1f} s -> {BUNDLE.relative_to(ROOT)}")
    for exe in EXECUTABLES:
        path = BUNDLE / (f"{exe}.exe" if IS_WINDOWS else exe)
        if not path.is_file():
            raise SystemExit(f"PyInstaller did not produce {path}")


def tree_size(folder: Path) -> tuple[int, int]:
    """(sum of file sizes, bytes allocated on disk); symlinks count as themselves."""
    apparent = allocated = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            st = os.lstat(os.path.join(dirpath, name))
            apparent += st.st_size
            allocated += getattr(st, "st_blocks", 0) * 512 or st.st_size
    return apparent, allocated


# ------------------------------------------------------------------------------ linux pack
def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    if info.isdir():
        info.mode = 0o755
    elif info.isfile():
        info.mode = 0o755 if info.mode & 0o111 else 0o644
    return info


def pack_linux(version: str) -> Path:
    arch = platform.machine() or "x86_64"
    top = f"LetterDesk-{version}-linux-{arch}"
    target = BUILD / f"{top}.tar.gz"
    linux = INSTALLER / "linux"
    icons = RESOURCES / "icons"
    started = time.perf_counter()
    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(BUNDLE, arcname=f"{top}/LetterDesk", filter=_tar_filter)
        tar.add(INSTALLER / "letterdesk.desktop", arcname=f"{top}/letterdesk.desktop", filter=_tar_filter)
        for size in ICON_SIZES:
            png = icons / f"letterdesk-{size}.png"
            tar.add(png, arcname=f"{top}/icons/hicolor/{size}x{size}/apps/letterdesk.png", filter=_tar_filter)
        tar.add(icons / "letterdesk.svg", arcname=f"{top}/icons/hicolor/scalable/apps/letterdesk.svg",
                filter=_tar_filter)
        for script in ("install.sh", "uninstall.sh"):
            tar.add(linux / script, arcname=f"{top}/{script}", filter=_executable)
        tar.add(linux / "README.txt", arcname=f"{top}/README.txt", filter=_tar_filter)
    print(f"packed {target.relative_to(ROOT)} in {time.perf_counter() - started:.1f} s")
    return target


def _executable(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info = _tar_filter(info)
    info.mode = 0o755
    return info


# ---------------------------------------------------------------------------- windows pack
def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if not root:
            continue
        for sub in ("Inno Setup 6", r"Programs\Inno Setup 6"):
            candidate = Path(root) / sub / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def pack_windows(version: str) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("ISCC.exe (Inno Setup 6) not found: `choco install innosetup`")
    numeric = ".".join(str(p) for p in numeric_version(version))
    subprocess.run(
        [iscc, f"/DAppVersion={version}", f"/DAppNumericVersion={numeric}",
         f"/DBundleDir={BUNDLE}", f"/DRepoRoot={ROOT}", f"/O{BUILD}", str(ISS)],
        check=True,
    )
    target = BUILD / f"LetterDesk-Setup-{version}.exe"
    if not target.is_file():
        raise SystemExit(f"Inno Setup did not produce {target}")
    return target


# -------------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-translations", action="store_true", help="do not run lrelease")
    parser.add_argument("--no-archive", action="store_true", help="build the bundle only")
    parser.add_argument("--installer", action="store_true",
                        help="Windows: compile the Inno Setup installer (needs ISCC.exe)")
    parser.add_argument("--installer-only", action="store_true",
                        help="Windows: compile the installer from the existing bundle, build nothing")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache first")
    parser.add_argument("--keep-wayland", action="store_true",
                        help="Linux: keep the Wayland platform plugin (xcb is always kept)")
    args = parser.parse_args(argv)

    version = read_version()
    print(f"LetterDesk {version} on {sys.platform} ({platform.machine()}), Python {platform.python_version()}")
    BUILD.mkdir(exist_ok=True)

    if args.installer_only:
        if not (BUNDLE / "letterdesk-gui.exe").is_file():
            raise SystemExit(f"no Windows bundle in {BUNDLE}: build it first")
        step("pack")
        installer = pack_windows(version)
        print(f"installer {installer.relative_to(ROOT)}: {installer.stat().st_size / 1e6:.1f} MB")
        return 0

    step("translations")
    if args.skip_translations:
        print("skipped (--skip-translations)")
    else:
        build_translations()

    step("version resource")
    render_version_info(version)

    step("PyInstaller")
    run_pyinstaller(clean=args.clean, keep_wayland=args.keep_wayland)
    apparent, allocated = tree_size(BUNDLE)
    info: dict[str, object] = {
        "version": version,
        "platform": sys.platform,
        "bundle": str(BUNDLE),
        "bundle_bytes": apparent,
        "bundle_bytes_on_disk": allocated,
    }

    archive = None
    if not args.no_archive:
        step("pack")
        if IS_LINUX:
            archive = pack_linux(version)
        elif IS_WINDOWS and args.installer:
            archive = pack_windows(version)
        else:
            print("no archive for this platform (on Windows pass --installer)")
    elif IS_WINDOWS and args.installer:
        step("pack")
        archive = pack_windows(version)
    if archive is not None:
        info["archive"] = str(archive)
        info["archive_bytes"] = archive.stat().st_size
    (BUILD / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")

    step("sizes")
    print(f"bundle   {BUNDLE.relative_to(ROOT)}: {apparent / 1e6:.1f} MB ({allocated / 1e6:.1f} MB allocated on disk)")
    if archive is not None:
        print(f"archive  {archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
