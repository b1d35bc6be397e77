#!/bin/sh
# Per-user install of an unpacked RigSizer tarball: a menu entry and `rigsizer-cli` on PATH.
# No root needed; run it from anywhere. `./install.sh --uninstall` removes both again (the
# unpacked folder itself is yours to delete).
set -eu
APPDIR=$(cd "$(dirname "$0")" && pwd)
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
BIN="$HOME/.local/bin"
DESKTOP="$APPS/rigsizer.desktop"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DESKTOP"
    if [ -L "$BIN/rigsizer-cli" ]; then rm -f "$BIN/rigsizer-cli"; fi
    echo "Removed the RigSizer menu entry and $BIN/rigsizer-cli."
    exit 0
fi

ICON="$APPDIR/_internal/assets/icons/app.svg"
[ -f "$ICON" ] || ICON=utilities-system-monitor
mkdir -p "$APPS" "$BIN"
sed -e "s|@APPDIR@|$APPDIR|g" -e "s|@ICON@|$ICON|g" -e '/^# /d' \
    "$APPDIR/rigsizer.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
ln -sf "$APPDIR/rigsizer-cli" "$BIN/rigsizer-cli"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" || true
# Compile the numba kernels for this CPU into the user's cache now, so the first launch opens
# with results instead of a wait; a failure here only means the first launch compiles.
echo "Preparing the estimator for this computer (up to a minute) ..."
"$APPDIR/rigsizer-cli" --self-test >/dev/null 2>&1 || echo "(the self-test reported a problem; run '$APPDIR/rigsizer-cli --self-test' to see it)"
echo "RigSizer is in your applications menu; 'rigsizer-cli --help' works in a new terminal"
echo "(if it is not found, add $BIN to PATH)."
