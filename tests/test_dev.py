"""``dev.py``, the quick start on a bare desktop: before a window opens it finds what Qt's xcb
plugin lacks (asked of the real dynamic loader) and prints the one command that installs it."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from sister_desktop.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
#: What a desktop with only Python lacked (the issue that asked for this check).
BARE_DESKTOP = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def _dev():
    spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _only(manager: str):
    return lambda name: f"/usr/bin/{name}" if name == manager else None


def test_one_install_command_for_each_package_manager():
    dev = _dev()
    assert dev.install_command(BARE_DESKTOP, _only("apt-get")) == (
        "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    )
    assert dev.install_command(BARE_DESKTOP, _only("dnf")) == (
        "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms"
    )
    # One package holds several libraries: named once.
    assert (
        dev.install_command(
            [*BARE_DESKTOP, "libxcb-xkb.so.1", "libxcb-shape.so.0"], _only("pacman")
        )
        == "sudo pacman -S --needed xcb-util-cursor xcb-util-wm xcb-util-keysyms libxcb"
    )
    assert dev.install_command(BARE_DESKTOP, lambda _name: None) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_loader_is_asked_what_the_plugin_lacks(tmp_path):
    """The plugin copied away from Qt's own libraries lacks them, as the real loader says;
    where it sits in the virtual environment, nothing is lacking on this test machine."""
    dev = _dev()
    assert shutil.which("ldd") is not None
    assert dev.qxcb_plugin(Path(sys.executable)) == PLUGIN
    assert dev.missing_libraries(PLUGIN) == []
    assert dev.platform_problem(PLUGIN) is None
    away = tmp_path / "platforms" / "libqxcb.so"
    away.parent.mkdir()
    shutil.copy(PLUGIN, away)
    missing = dev.missing_libraries(away)
    assert "libQt6XcbQpa.so.6" in missing and len(missing) == len(set(missing))
    problem = dev.platform_problem(away, _only("apt-get"))
    assert "libQt6XcbQpa.so.6" in problem and "delete" in problem and ".venv" in problem


def test_the_message_names_the_libraries_and_the_command(monkeypatch):
    dev = _dev()
    monkeypatch.setattr(dev, "missing_libraries", lambda _plugin: list(BARE_DESKTOP))
    problem = dev.platform_problem(PLUGIN, _only("apt-get"))
    assert ", ".join(BARE_DESKTOP) in problem
    assert (
        "    sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in problem.splitlines()
    )


def test_demo_and_the_window_are_checked_the_commands_are_not():
    dev = _dev()
    assert set(COMMANDS) == dev.SUB_COMMANDS
    assert dev.opens_window("demo", [])
    assert dev.opens_window("run", ["--demo", "--lang", "en"])
    assert not dev.opens_window("run", ["check"])
    assert not dev.opens_window("run", ["--help"])
    assert not dev.opens_window("test", ["-x"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_dev_demo_stops_before_qt_with_the_message(tmp_path):
    """``python3 dev.py demo`` where the loader cannot serve the plugin Qt would load (Qt's
    own ``QT_QPA_PLATFORM_PLUGIN_PATH`` points at a copy away from Qt's libraries): the
    check's message and exit 1, before Qt is started."""
    dev = _dev()
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not dev.STAMP.exists() or dev.STAMP.read_text().strip() != wanted:
        pytest.skip("dev.py would install first: run python3 dev.py run --version once")
    away = tmp_path / "platforms" / "libqxcb.so"
    away.parent.mkdir()
    shutil.copy(PLUGIN, away)
    env = {**os.environ, "QT_QPA_PLATFORM_PLUGIN_PATH": str(away.parent)}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, str(ROOT / "dev.py"), "demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("SISTER Desktop cannot open its window yet"), done.stderr
    assert "libQt6XcbQpa.so.6" in done.stderr


def test_the_readme_shows_the_commands_dev_py_prints():
    dev = _dev()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for manager in ("apt-get", "dnf", "pacman"):
        assert dev.install_command(BARE_DESKTOP, _only(manager)) in readme
    assert "python3 dev.py run" in readme
