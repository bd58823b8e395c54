"""Entry script of the frozen app: the same `main` the `iasante-desktop` console script runs."""

import sys

from iasante_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
