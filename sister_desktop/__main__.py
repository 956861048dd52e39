"""``python -m sister_desktop``: the same entry point as the ``sister-desktop`` command."""

import sys

from sister_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
