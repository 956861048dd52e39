"""A real wheel carries what the program loads at run time, and runs from a fresh virtualenv.

The checkout has ``resources/`` beside the package, so an editable install finds every icon and
catalogue even when the wheel would miss them. This test builds the wheel from a copy of the
sources (nothing is written into the checkout), installs it with ``--no-deps`` into a new
virtualenv that borrows the development environment's third-party packages through a ``.pth``
line (a ``.pth`` line is a plain path entry: the editable install's hook in that folder is not
run, so ``sister_desktop`` can only come from the wheel), and starts the installed
``sister-desktop`` in Indonesian from an empty folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from sister_desktop.resource_files import SHIPPED

ROOT = Path(__file__).resolve().parents[2]
#: What the build reads of the repository.
SOURCES = ("sister_desktop", "resources", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")
SCRIPTS = "Scripts" if sys.platform == "win32" else "bin"
EXE = ".exe" if sys.platform == "win32" else ""


@dataclass(frozen=True)
class Installed:
    wheel: Path
    env_dir: Path
    work: Path

    def tool(self, name: str) -> Path:
        return self.env_dir / SCRIPTS / f"{name}{EXE}"


def _copy_sources(target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)


def _run(
    args: list[str | Path], cwd: Path, env: dict[str, str] | None = None, *, code: int = 0
) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == code, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


def _clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH, the offscreen Qt platform, and a home of its own for settings and logs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "XDG_", "SISTER_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    source, wheels, env_dir, work = base / "src", base / "wheels", base / "venv", base / "work"
    source.mkdir()
    work.mkdir()
    _copy_sources(source)
    # No build isolation: the build tools come from the test extras, not from the network.
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    _run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", wheels, source], base)
    (wheel,) = wheels.glob("sister_desktop-*.whl")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / SCRIPTS / f"python{EXE}"
    _run([*pip, "--python", python, "install", "--no-deps", "-q", wheel], base)
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], base)
    # The third-party packages of this environment, after the new one's own site-packages.
    (Path(site.strip()) / "zz_dev_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    return Installed(wheel, env_dir, work)


def test_the_wheel_holds_what_is_loaded_at_run_time_and_not_the_translation_sources(
    installed: Installed,
) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    expected = {
        f"sister_desktop/resources/{path.relative_to(ROOT / 'resources').as_posix()}"
        for pattern in SHIPPED
        for path in (ROOT / "resources").glob(pattern)
    }
    assert any(name.endswith("sister-desktop-256.png") for name in expected)
    assert any(name.endswith("sister_desktop_id.qm") for name in expected)
    assert expected <= names, sorted(expected - names)
    assert not [name for name in names if name.endswith(".ts")]


def test_the_installed_program_speaks_indonesian_and_finds_its_icon(installed: Installed) -> None:
    env = _clean_env(installed.work / "home")
    usage = _run([installed.tool("sister-desktop"), "--lang", "id", "--help"], installed.work, env)
    assert "usage: sister-desktop" in usage
    db = f"sqlite:///{(installed.work / 'empty.db').as_posix()}"
    # Nothing to export yet: the refusal comes from the wheel's catalogue (exit 2, as usage).
    said = _run(
        [installed.tool("sister-desktop"), "--lang", "id", "--db", db, "log"],
        installed.work,
        env,
        code=2,
    )
    assert "Belum pernah ada sinkronisasi di basis data ini." in said

    probe = (
        "import sister_desktop\n"
        "from PySide6.QtGui import QImage\n"
        "from sister_desktop.resource_files import i18n_dir, palette\n"
        "from sister_desktop.ui.common.resources import app_icon\n"
        "print(sister_desktop.__file__)\n"
        "print(app_icon())\n"
        "print(QImage(app_icon()).width())\n"
        "print(i18n_dir())\n"
        "print(palette().error)\n"
    )
    python = installed.tool("python")
    package, icon, width, i18n, error = _run([python, "-c", probe], installed.work, env).split()
    inside = installed.env_dir.resolve()
    assert Path(package).resolve().is_relative_to(inside), package
    assert Path(icon).resolve().is_relative_to(inside), icon
    assert int(width) == 256
    assert Path(i18n).resolve().is_relative_to(inside)
    assert (Path(i18n) / "sister_desktop_id.qm").is_file()
    assert error.startswith("#")
