#!/bin/sh
# Build the standalone Linux app with the project's venv (made by `sh packaging/setup.sh`), or $IASANTE_PYTHON:
#   sh packaging/build_linux.sh [--dist DIR] [--work DIR] [--no-archive] [--no-smoke]
# Result: dist/iasante-desktop/ and dist/iasante-desktop-<version>-linux-<arch>.tar.gz. PyInstaller is
# installed into that venv if it is missing.
set -eu
cd "$(dirname "$0")/.."
python="${IASANTE_PYTHON:-.venv/bin/python}"
if [ ! -x "$python" ]; then
    echo "Pas d'environnement du projet : lancez d'abord « sh packaging/setup.sh test » ou définissez IASANTE_PYTHON." >&2
    echo "(no project venv: run 'sh packaging/setup.sh test' first or set IASANTE_PYTHON)" >&2
    exit 3
fi
exec "$python" packaging/build.py "$@"
