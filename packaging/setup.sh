#!/bin/sh
# Set up a fresh clone and either start the app or run the whole test suite:
#   sh packaging/setup.sh run     installs into .venv and starts iasante-desktop
#   sh packaging/setup.sh test    installs with the test extras into .venv and runs pytest
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

case "$mode" in
    run)
        .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
        exec .venv/bin/iasante-desktop "$@"
        ;;
    test)
        .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
        QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" exec .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: sh packaging/setup.sh run|test [arguments]" >&2
        exit 2
        ;;
esac
