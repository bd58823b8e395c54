#!/bin/sh
# Install the unpacked iasante-desktop for the current user (no root): the app in ~/.local/opt, a command in
# ~/.local/bin, the menu entry, icon and draft file type in ~/.local/share. Run again to update;
# `sh install.sh --uninstall` removes everything it installed (never the user's drafts).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.iasante_desktop.IasanteDesktop
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/iasante-desktop"
bin="$HOME/.local/bin"

remove() {
    rm -rf "$opt"
    rm -f "$bin/iasante-desktop" "$prefix/applications/$id.desktop" "$prefix/metainfo/$id.metainfo.xml" \
        "$prefix/icons/hicolor/scalable/apps/$id.svg" "$prefix/mime/packages/$id.xml"
}

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/applications" || true
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$prefix/mime" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    refresh
    echo "iasante-desktop désinstallé (uninstalled)."
    exit 0
fi

remove
mkdir -p "$opt" "$bin" "$prefix/applications" "$prefix/metainfo" "$prefix/icons/hicolor/scalable/apps" \
    "$prefix/mime/packages"
cp -a "$here/iasante-desktop/." "$opt/"
ln -s "$opt/iasante-desktop" "$bin/iasante-desktop"
# The menu entry names the command by absolute path: ~/.local/bin is not on every desktop session's PATH.
sed -e "s|^Exec=iasante-desktop|Exec=$opt/iasante-desktop|" -e "s|^TryExec=iasante-desktop|TryExec=$opt/iasante-desktop|" \
    "$here/share/applications/$id.desktop" >"$prefix/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$prefix/metainfo/"
cp "$here/share/icons/hicolor/scalable/apps/$id.svg" "$prefix/icons/hicolor/scalable/apps/"
cp "$here/share/mime/packages/$id.xml" "$prefix/mime/packages/"
refresh
echo "iasante-desktop installé dans $opt ; commande : $bin/iasante-desktop (installed)."
