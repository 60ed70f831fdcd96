#!/usr/bin/env bash
# Build the Linux bundle and check the frozen program, as CI does (called by .ci/run):
#   1. python installer/build.py            (bundle + tar.gz; --skip-translations if no lrelease)
#   2. every file of resources/ is in the bundle (a resource missing from the bundle fails)
#   3. frozen `letterdesk --version`         exit 0, prints the version
#   4. frozen `letterdesk self-test`         exit 0
#   5. frozen `letterdesk-gui --quit-after-show` (offscreen) exit 0, prints "shown in X.XXX s"
#   6. the tar.gz holds the bundle, the .desktop file, icons, install.sh and uninstall.sh, and
#      install.sh / uninstall.sh work in a throw-away HOME (user data kept)
# Exits non-zero on the first failure. LETTERDESK_SKIP_BUILD=1 checks an existing build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUNDLE=$ROOT/build/dist/LetterDesk
PYTHON=${PYTHON:-python3}

fail() { echo "FROZEN CHECK FAILED: $*" >&2; exit 1; }

if [ "${LETTERDESK_SKIP_BUILD:-0}" != "1" ]; then
    echo "== build"
    "$PYTHON" installer/build.py
fi
[ -x "$BUNDLE/letterdesk" ] && [ -x "$BUNDLE/letterdesk-gui" ] || fail "no bundle in $BUNDLE"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/letterdesk-frozen.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export LETTERDESK_HOME=$WORK/home   # never touch a real data folder
export QT_QPA_PLATFORM=offscreen

echo "== resources in the bundle"
missing=0
while IFS= read -r -d '' file; do
    rel=${file#resources/}
    case "$rel" in *.ts|*.py|*.pyc|*/__pycache__/*|.gitkeep|*/.gitkeep) continue ;; esac
    if [ ! -f "$BUNDLE/_internal/resources/$rel" ]; then
        echo "missing from the bundle: resources/$rel" >&2
        missing=$((missing + 1))
    fi
done < <(find resources -type f -print0)
[ "$missing" -eq 0 ] || fail "$missing resource file(s) missing from the bundle"
echo "all $(find resources -type f | wc -l) resource files present"

echo "== letterdesk --version"
version_out=$(timeout 60 "$BUNDLE/letterdesk" --version) || fail "letterdesk --version exited $?"
echo "$version_out"
expected=$("$PYTHON" -c "import re,pathlib;print(re.search(r'__version__\s*=\s*[\"\x27]([^\"\x27]+)', pathlib.Path('desktop_app/__init__.py').read_text()).group(1))")
case "$version_out" in *"$expected"*) ;; *) fail "--version printed '$version_out', expected $expected" ;; esac

echo "== letterdesk self-test"
timeout 300 "$BUNDLE/letterdesk" self-test || fail "letterdesk self-test exited $?"

echo "== letterdesk-gui --quit-after-show (offscreen)"
gui_out=$(timeout 60 "$BUNDLE/letterdesk-gui" --quit-after-show) || fail "letterdesk-gui --quit-after-show exited $?"
echo "$gui_out"
grep -Eq 'shown in [0-9]+\.[0-9]+ s' <<<"$gui_out" || fail "letterdesk-gui did not print 'shown in X.XXX s'"

echo "== tar.gz contents and install.sh / uninstall.sh"
archive=$(ls -t build/LetterDesk-*-linux-*.tar.gz 2>/dev/null | head -1 || true)
if [ -n "$archive" ]; then
    tar -xzf "$archive" -C "$WORK"
    top=$(find "$WORK" -maxdepth 1 -type d -name 'LetterDesk-*' | head -1)
    for f in LetterDesk/letterdesk LetterDesk/letterdesk-gui letterdesk.desktop install.sh uninstall.sh \
             icons/hicolor/256x256/apps/letterdesk.png icons/hicolor/scalable/apps/letterdesk.svg; do
        [ -e "$top/$f" ] || fail "archive lacks $f"
    done
    fake=$WORK/fakehome
    mkdir -p "$fake/.local/share/LetterDesk" && echo keep > "$fake/.local/share/LetterDesk/user-data.txt"
    HOME=$fake XDG_DATA_HOME= "$top/install.sh" >/dev/null
    [ -x "$fake/.local/opt/LetterDesk/letterdesk-gui" ] || fail "install.sh did not install the bundle"
    grep -q "^Exec=\"$fake/.local/opt/LetterDesk/letterdesk-gui\"" "$fake/.local/share/applications/letterdesk.desktop" \
        || fail "installed .desktop file has the wrong Exec line"
    [ -f "$fake/.local/share/icons/hicolor/48x48/apps/letterdesk.png" ] || fail "install.sh did not install icons"
    HOME=$fake "$fake/.local/bin/letterdesk" --version >/dev/null || fail "installed ~/.local/bin/letterdesk does not run"
    HOME=$fake XDG_DATA_HOME= "$fake/.local/opt/LetterDesk/uninstall.sh" >/dev/null
    [ ! -e "$fake/.local/opt/LetterDesk" ] || fail "uninstall.sh left the bundle"
    [ ! -e "$fake/.local/share/applications/letterdesk.desktop" ] || fail "uninstall.sh left the .desktop file"
    [ -f "$fake/.local/share/LetterDesk/user-data.txt" ] || fail "uninstall.sh deleted user data"
    echo "archive $(basename "$archive"): contents, install and uninstall ok"
else
    echo "no tar.gz (built with --no-archive): archive checks skipped"
fi

echo "FROZEN CHECK OK"
