import subprocess
import sys

from sister_desktop.cli import build_parser


def test_module_help_runs():
    out = subprocess.run(
        [sys.executable, "-m", "sister_desktop", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "sister-desktop" in out.stdout
    assert "--demo" in out.stdout


def test_window_options_parse():
    args = build_parser().parse_args(["--db", "sqlite:///x.db", "--lang", "en", "--demo"])
    assert args.command is None and args.demo and args.lang == "en" and args.db == "sqlite:///x.db"
