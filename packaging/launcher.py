"""Entry script of the frozen program: the same ``main()`` as the ``sister-desktop`` command.

PyInstaller turns this file into both executables of the build (the console one for the
command line and scheduled syncs, and on Windows the windowed one for the Start menu).
"""

from __future__ import annotations

import multiprocessing
import os
import sys


def _give_windowed_build_streams() -> None:
    """A windowed Windows program has no console: ``sys.stdout``/``sys.stderr`` are ``None``.

    argparse and stray prints would then crash the program before the log is open, so they
    write to the null device instead; everything worth keeping goes to the log file.
    """
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    # A process pool started by the frozen program re-runs this executable; this makes the
    # child do its work instead of opening a second window.
    multiprocessing.freeze_support()
    _give_windowed_build_streams()

    from sister_desktop.cli import main

    sys.exit(main())
