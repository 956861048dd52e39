"""Command-line entry: the window by default, sub-commands for headless work (see docs/CLI.md).

Each sub-command lives in its own module in this package and is imported only when it runs, so
``--help`` and the window start without loading what they do not use.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from sister_desktop import __version__

#: Sub-command name -> module in this package with ``add_parser(subparsers, common)`` and
#: ``run(args) -> int``. Only commands that work are listed.
COMMANDS: dict[str, str] = {
    "sandbox": "sandbox_command",
    "import": "import_command",
    "link": "link_command",
    "sync": "sync_command",
    "log": "log_command",
    "check": "check_command",
    "compare": "compare_command",
    "drh": "drh_command",
    "usulan": "usulan_command",
    "kirim": "kirim_command",
}

# Exit codes of the command-line contract.
EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_CANCELLED = 3
EXIT_UNREACHABLE = 4


def _common_options(*, for_subcommand: bool) -> argparse.ArgumentParser:
    """``--db``, ``--lang`` and ``--demo``, accepted before or after the sub-command name."""
    default = argparse.SUPPRESS if for_subcommand else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="SQLAlchemy URL of the local database (default: $SISTER_DESKTOP_DB or a SQLite "
        "file in the user data folder)",
    )
    common.add_argument(
        "--lang",
        choices=["id", "en"],
        default=default,
        help="language of the window and messages (default: the saved one, else Indonesian)",
    )
    common.add_argument(
        "--demo",
        action="store_true",
        default=default if for_subcommand else False,
        help="use the built-in SISTER sandbox and a demo database, no network needed",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sister-desktop",
        description="SISTER Desktop: link and synchronise employees with SISTER. "
        "Without a sub-command the main window opens.",
        parents=[_common_options(for_subcommand=False)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    if COMMANDS:
        subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
        common = _common_options(for_subcommand=True)
        for name, module_name in COMMANDS.items():
            module = importlib.import_module(f"{__name__}.{module_name}")
            module.add_parser(subparsers, common)
            assert name in subparsers.choices, name
    parser.set_defaults(command=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from sister_desktop.app import run_gui

        return run_gui(args)
    module = importlib.import_module(f"{__name__}.{COMMANDS[args.command]}")
    return int(module.run(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
