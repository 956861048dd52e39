#!/bin/sh
# Remove SISTER Desktop installed by install.sh (same $PREFIX, default ~/.local).
#
# The database, settings and logs are kept: they belong to the operator, not to the program.
# The About dialog (Bantuan > Tentang) shows where they are, to delete them by hand.
set -eu

PREFIX=${PREFIX:-"$HOME/.local"}
APP_DIR="$PREFIX/lib/sister-desktop"

rm -rf "$APP_DIR" "$APP_DIR.new"
rm -f "$PREFIX/bin/sister-desktop"
rm -f "$PREFIX/share/applications/sister-desktop.desktop"
for icon in "$PREFIX"/share/icons/hicolor/*/apps/sister-desktop.png; do
    rm -f "$icon"
done
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
fi

echo "SISTER Desktop removed from $APP_DIR (your data and logs were kept)."
