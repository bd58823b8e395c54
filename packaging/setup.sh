#!/bin/sh
# Set up a fresh clone and either start the app or run the whole test suite:
#   sh packaging/setup.sh run     installs into .venv (once) and starts iasante-desktop
#   sh packaging/setup.sh test    installs with the test extras into .venv (once) and runs pytest
# Later starts: the same command (it no longer needs the network), .venv/bin/iasante-desktop, or the menu
# entry it installs on Linux.
# It looks for a Python >= 3.12 itself (PySide6 6.12 aborts under 3.11), whatever it is called here.
set -eu
cd "$(dirname "$0")/.."
mode="${1:-run}"
[ $# -gt 0 ] && shift

is_ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }

find_python() {
    if [ -n "${IASANTE_PYTHON:-}" ] && is_ok "$IASANTE_PYTHON"; then echo "$IASANTE_PYTHON"; return; fi
    for name in python3.13 python3.12 python3.14 python3 python; do
        if command -v "$name" >/dev/null 2>&1 && is_ok "$name"; then command -v "$name"; return; fi
    done
    # pyenv shims answer "command not found" for versions that are installed but not selected
    for root in "${PYENV_ROOT:-}" "$HOME/.pyenv"; do
        [ -n "$root" ] || continue
        for candidate in "$root"/versions/3.13*/bin/python3 "$root"/versions/3.12*/bin/python3 "$root"/versions/3.1[4-9]*/bin/python3; do
            if [ -x "$candidate" ] && is_ok "$candidate"; then echo "$candidate"; return; fi
        done
    done
    for candidate in /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9] /opt/homebrew/bin/python3.1[2-9]; do
        if [ -x "$candidate" ] && is_ok "$candidate"; then echo "$candidate"; return; fi
    done
    echo "iasante-desktop demande Python 3.12 ou plus récent, introuvable ici (needs Python >= 3.12)." >&2
    exit 3
}

if [ ! -x .venv/bin/python ] || ! is_ok .venv/bin/python; then
    python=$(find_python)
    echo "Python: $python ($("$python" -c 'import sys; print(sys.version.split()[0])'))"
    rm -rf .venv
    "$python" -m venv .venv
fi

# Install once, then again only when pyproject.toml changes (its hash is kept in a stamp inside .venv): an
# editable install follows the sources by itself, and pip is not run at every start, so the app starts
# offline once installed (pip would fetch the build backend from the package index each time).
stamp_hash() { .venv/bin/python -c 'import hashlib, sys; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest() + " " + sys.argv[1])' "$1"; }
install_once() {  # $1: run or test, $2: what pip installs
    stamp=.venv/.iasante-installed-$1
    wanted=$(stamp_hash "$1")
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
        return 0
    fi
    tested=.venv/.iasante-installed-test  # the test install holds everything the app needs
    if [ "$1" = run ] && [ -f "$tested" ] && [ "$(cat "$tested")" = "$(stamp_hash test)" ]; then
        :
    else
        .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$2"
    fi
    echo "$wanted" >"$stamp"
    [ "$1" = run ] && desktop_entry
    return 0
}

# On Linux, a menu entry that starts this clone's app (no root; IASANTE_NO_DESKTOP_ENTRY=1 to skip).
desktop_entry() {
    [ "$(uname -s)" = Linux ] || return 0
    [ -z "${IASANTE_NO_DESKTOP_ENTRY:-}" ] || return 0
    id=io.github.iasante_desktop.IasanteDesktop
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
    app="$(pwd)/.venv/bin/iasante-desktop"
    mkdir -p "$share/applications" "$share/icons/hicolor/scalable/apps" || return 0
    sed -e "s|^Exec=iasante-desktop|Exec=\"$app\"|" -e "s|^TryExec=iasante-desktop|TryExec=$app|" \
        "packaging/linux/$id.desktop" >"$share/applications/$id.desktop" || return 0
    cp "packaging/linux/$id.svg" "$share/icons/hicolor/scalable/apps/" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
    echo "Menu : « IA pour la Santé — dossier » ($share/applications/$id.desktop)"
}

case "$mode" in
    run)
        install_once run .
        exec .venv/bin/iasante-desktop "$@"
        ;;
    test)
        install_once test '.[test]'
        QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" exec .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: sh packaging/setup.sh run|test [arguments]" >&2
        exit 2
        ;;
esac
