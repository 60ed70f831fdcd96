#!/bin/sh
# Install LetterDesk (函据通) for the current user, no root needed:
#   bundle   -> ~/.local/opt/LetterDesk
#   menu     -> ~/.local/share/applications/letterdesk.desktop
#   icons    -> ~/.local/share/icons/hicolor/<size>/apps/letterdesk.{png,svg}
#   command  -> ~/.local/bin/letterdesk (symlink to the console program)
# Run it from the unpacked archive: ./install.sh   Re-running it upgrades in place.
# Your letters and settings live elsewhere (~/.local/share/LetterDesk) and are not touched.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=$HOME/.local/opt/LetterDesk
BIN_DIR=$HOME/.local/bin
APPS_DIR=$DATA_HOME/applications
ICONS_DIR=$DATA_HOME/icons/hicolor

if [ ! -x "$HERE/LetterDesk/letterdesk-gui" ]; then
    echo "install.sh: $HERE/LetterDesk/letterdesk-gui not found; run me from the unpacked archive" >&2
    exit 1
fi

echo "Installing LetterDesk to $PREFIX"
mkdir -p "$HOME/.local/opt" "$BIN_DIR" "$APPS_DIR"
# Copy next to the old version, then swap, so a failed copy leaves the old one working.
rm -rf "$PREFIX.new"
cp -a "$HERE/LetterDesk" "$PREFIX.new"
cp "$HERE/uninstall.sh" "$PREFIX.new/uninstall.sh"
chmod 755 "$PREFIX.new/uninstall.sh"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"

for dir in "$HERE"/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$ICONS_DIR/$size/apps"
    cp "$dir"/letterdesk.* "$ICONS_DIR/$size/apps/"
done

# Desktop entries need an absolute Exec: ~/.local/bin is not on every session's PATH.
sed -e "s|^Exec=.*|Exec=\"$PREFIX/letterdesk-gui\"|" \
    -e "s|^TryExec=.*|TryExec=$PREFIX/letterdesk-gui|" \
    "$HERE/letterdesk.desktop" > "$APPS_DIR/letterdesk.desktop"
chmod 644 "$APPS_DIR/letterdesk.desktop"

ln -sfn "$PREFIX/letterdesk" "$BIN_DIR/letterdesk"

# Refresh menu and icon caches where the tools exist; a missing tool is not an error.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS_DIR" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$ICONS_DIR" || true

echo "Done. Start LetterDesk from your applications menu, or run: $PREFIX/letterdesk-gui"
echo "Command line: $BIN_DIR/letterdesk --help"
case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) echo "Note: $BIN_DIR is not on your PATH." ;;
esac
echo "To remove it later: $PREFIX/uninstall.sh (your data is kept)"
