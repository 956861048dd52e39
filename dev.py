#!/usr/bin/env python3
"""Quick start for a fresh machine that has only Python 3.11+.

    python3 dev.py demo      open SISTER Desktop in demo mode (built-in SISTER sandbox)
    python3 dev.py test      run the whole test suite (extra arguments go to pytest)
    python3 dev.py run ...   run sister-desktop with the given arguments

The first call creates ``.venv`` beside this file and installs the program with its test
extras into it; later calls reinstall only when pyproject.toml has changed.

Before a window opens on Linux, the libraries Qt's window-system plugin (xcb) needs are
checked: a desktop with only Python often lacks ``libxcb-cursor0`` and a few more, and Qt then
dies with its own message. The check names them and prints the one command that installs
them (apt, dnf or pacman, whichever the computer has).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".sister-desktop-installed"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older Python
        sys.exit(f"SISTER Desktop needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print(f"Creating a virtual environment in {VENV} ...", file=sys.stderr)
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except Exception as exc:
            sys.exit(
                f"Could not create {VENV}: {exc}\n"
                "On Debian/Ubuntu install the venv module first: sudo apt install python3-venv"
            )
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing SISTER Desktop and its test tools (first run only) ...", file=sys.stderr)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-qq", "--upgrade", "pip"], check=False
        )
        # -qq: errors only. setuptools says "Editable installation …" on every editable
        # install, a note for packagers that an operator starting the demo cannot act on.
        subprocess.run(
            [str(python), "-m", "pip", "install", "-qq", "-e", f"{ROOT}[test,postgres]"],
            check=True,
        )
        STAMP.write_text(wanted)
    return python


#: What Qt's xcb plugin links to that a bare desktop may lack: the library's soname, and the
#: package that has it for apt (Debian, Ubuntu), dnf (Fedora, RHEL) and pacman (Arch).
PLATFORM_PACKAGES: dict[str, tuple[str, str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": (
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
    ),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
    "libX11.so.6": ("libx11-6", "libX11", "libx11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl", "libglvnd"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "freetype2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
}
#: The package managers, in the order they are looked for, with their install command.
INSTALLERS = (
    ("apt-get", "sudo apt install"),
    ("dnf", "sudo dnf install"),
    ("pacman", "sudo pacman -S --needed"),
)


def qxcb_plugin(python: Path) -> Path | None:
    """Qt's xcb platform plugin as Qt will load it: from ``QT_QPA_PLATFORM_PLUGIN_PATH`` where
    that is set, else from the virtual environment of ``python``."""
    override = os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if override:
        chosen = Path(override) / "libqxcb.so"
        return chosen if chosen.exists() else None
    found = subprocess.run(
        [str(python), "-c", "import PySide6, os; print(os.path.dirname(PySide6.__file__))"],
        capture_output=True,
        text=True,
        check=False,
    )
    if found.returncode != 0:
        return None
    plugin = Path(found.stdout.strip()) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries ``plugin`` needs that the dynamic loader cannot find (``ldd``'s "not
    found"), in the order it names them; empty when ``ldd`` is not there to ask."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    listed = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    missing: list[str] = []
    for line in listed.stdout.splitlines():
        name, _, where = line.strip().partition("=>")
        name = name.strip()
        if where.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def install_command(
    missing: list[str], which: Callable[[str], str | None] = shutil.which
) -> str | None:
    """The one command that installs ``missing`` with this computer's package manager;
    ``None`` when there is none we know, or a library no package of ours names."""
    for column, (manager, command) in enumerate(INSTALLERS):
        if which(manager) is None:
            continue
        if any(name not in PLATFORM_PACKAGES for name in missing):
            return None
        packages = dict.fromkeys(PLATFORM_PACKAGES[name][column] for name in missing)
        return f"{command} {' '.join(packages)}"
    return None


def platform_problem(
    plugin: Path | None, which: Callable[[str], str | None] = shutil.which
) -> str | None:
    """What keeps the window from opening on this desktop, and how to fix it; ``None`` when
    nothing does (or it cannot be known here)."""
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    lines = [
        "SISTER Desktop cannot open its window yet: Qt's window-system plugin (xcb) needs "
        "libraries this computer does not have:",
        "    " + ", ".join(missing),
    ]
    command = install_command(missing, which)
    if command is not None:
        lines += ["Install them with:", f"    {command}", "then run the same command again."]
    elif any(name not in PLATFORM_PACKAGES for name in missing):
        lines.append(
            f"Some belong to Qt itself: delete {VENV} and run the same command again to "
            "reinstall it."
        )
    else:
        lines.append("Install them with your distribution's package manager, then try again.")
    return "\n".join(lines)


#: The command line's sub-commands (``sister_desktop.cli.COMMANDS``): none of them opens a
#: window. Named here because this file runs before the program is installed.
SUB_COMMANDS = frozenset({"sandbox", "import", "link", "sync", "log", "check", "compare", "drh"})


def opens_window(command: str, rest: list[str]) -> bool:
    """``demo`` and a ``run`` without a sub-command open the window (not ``--help``)."""
    if command == "test" or {"-h", "--help", "--version"} & set(rest):
        return False
    return not SUB_COMMANDS & set(rest)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test", "run"}:
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    python = str(ensure_venv())
    if sys.platform.startswith("linux") and opens_window(command, rest):
        problem = platform_problem(qxcb_plugin(Path(python)))
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
    if command == "demo":
        args = [python, "-m", "sister_desktop", "--demo", *rest]
    elif command == "test":
        args = [python, "-m", "pytest", *rest]
    else:
        args = [python, "-m", "sister_desktop", *rest]
    return subprocess.run(args, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
