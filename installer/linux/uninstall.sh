#!/bin/sh
# Remove LetterDesk (函据通) as installed by install.sh for the current user.
# Your data is KEPT: letters, ledger, settings and logs in ~/.local/share/LetterDesk (or
# $LETTERDESK_HOME) are never deleted here; remove that folder yourself if you want to.
set -eu

DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=$HOME/.local/opt/LetterDesk
BIN_DIR=$HOME/.local/bin
APPS_DIR=$DATA_HOME/applications
ICONS_DIR=$DATA_HOME/icons/hicolor

echo "Removing LetterDesk from $PREFIX"
rm -f "$APPS_DIR/letterdesk.desktop"
for icon in "$ICONS_DIR"/*/apps/letterdesk.png "$ICONS_DIR"/*/apps/letterdesk.svg; do
    [ -e "$icon" ] && rm -f "$icon"
done
# Only remove the command if it is our symlink.
if [ -L "$BIN_DIR/letterdesk" ] && [ "$(readlink "$BIN_DIR/letterdesk")" = "$PREFIX/letterdesk" ]; then
    rm -f "$BIN_DIR/letterdesk"
fi
case "$PREFIX" in
    */.local/opt/LetterDesk) rm -rf "$PREFIX" "$PREFIX.new" ;;
    *) echo "uninstall.sh: refusing to delete unexpected path $PREFIX" >&2; exit 1 ;;
esac

command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS_DIR" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$ICONS_DIR" || true

echo "LetterDesk removed. Your data in $DATA_HOME/LetterDesk was kept."
