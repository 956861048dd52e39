#!/bin/sh
# Install SISTER Desktop for the current user; no root needed.
#
#   ./install.sh                 installs below ~/.local (or $PREFIX when set)
#
# Running it again (from a newer tarball) upgrades: the program folder is replaced, while the
# database, settings and logs stay where the program keeps them (~/.local/share/sister-desktop,
# ~/.config/sister-desktop, ~/.local/state/sister-desktop), outside anything installed here.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
APP_DIR="$PREFIX/lib/sister-desktop"
BIN_DIR="$PREFIX/bin"
SHARE_DIR="$PREFIX/share"

if [ ! -x "$HERE/sister-desktop/sister-desktop" ]; then
    echo "install.sh: $HERE/sister-desktop/sister-desktop is missing; unpack the whole tarball and run install.sh from its folder." >&2
    exit 2
fi

# Copy next to the old version first, then swap, so a failed copy leaves the old one working.
mkdir -p "$PREFIX/lib"
rm -rf "$APP_DIR.new"
cp -R "$HERE/sister-desktop" "$APP_DIR.new"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"

# A small wrapper rather than a symlink: the program finds its libraries beside itself.
mkdir -p "$BIN_DIR"
cat > "$BIN_DIR/sister-desktop" <<WRAPPER
#!/bin/sh
exec "$APP_DIR/sister-desktop" "\$@"
WRAPPER
chmod 755 "$BIN_DIR/sister-desktop"

for icon in "$HERE"/share/icons/hicolor/*/apps/sister-desktop.png; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$SHARE_DIR/icons/hicolor/$size/apps"
    cp "$icon" "$SHARE_DIR/icons/hicolor/$size/apps/sister-desktop.png"
done

mkdir -p "$SHARE_DIR/applications"
sed "s|^Exec=.*|Exec=\"$APP_DIR/sister-desktop\"|" \
    "$HERE/share/applications/sister-desktop.desktop" \
    > "$SHARE_DIR/applications/sister-desktop.desktop"

# Refresh the menus now rather than at the next login; harmless where the tools are missing.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$SHARE_DIR/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$SHARE_DIR/icons/hicolor" 2>/dev/null || true
fi

echo "SISTER Desktop installed in $APP_DIR"
echo "Start it from the applications menu, or run: $BIN_DIR/sister-desktop"
