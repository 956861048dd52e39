"""The Linux tarball and its per-user install, upgrade and removal, on a stand-in program folder
(the real PyInstaller folder is exercised in test_pyinstaller_build.py, marked slow)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the tarball is the Linux package"
)


def _fake_program(folder: Path, marker: str) -> Path:
    """A program folder shaped like PyInstaller's: an executable and its _internal/."""
    folder.mkdir(parents=True)
    (folder / "_internal").mkdir()
    (folder / "_internal" / "marker.txt").write_text(marker)
    exe = folder / "sister-desktop"
    exe.write_text(f'#!/bin/sh\necho "{marker} $*"\n')
    exe.chmod(0o755)
    return folder


def _make(app_dir: Path, out: Path, version: str) -> Path:
    result = subprocess.run(
        [
            *(sys.executable, str(LINUX / "make_tarball.py"), "--app-dir", str(app_dir)),
            *("--output-dir", str(out), "--version", version, "--arch", "x86_64"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(result.stdout.strip())


def _unpack(tarball: Path, into: Path) -> Path:
    with tarfile.open(tarball) as tar:
        tar.extractall(into, filter="tar")
    (top,) = into.iterdir()
    return top


def _sh(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    return subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, check=True)


def test_desktop_entry_names_the_program_and_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in .desktop files
    entry.read(LINUX / "sister-desktop.desktop", encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Type"] == "Application"
    assert group["Exec"] == "sister-desktop"
    assert group["Icon"] == "sister-desktop"
    assert group["Terminal"] == "false"
    assert group["Comment[id]"]
    validator = shutil.which("desktop-file-validate")
    if validator:
        check = subprocess.run(
            [validator, str(LINUX / "sister-desktop.desktop")], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr


def test_tarball_layout(tmp_path):
    app = _fake_program(tmp_path / "dist" / "sister-desktop", "v1")
    tarball = _make(app, tmp_path / "out", "1.2.3")

    assert tarball.name == "sister-desktop-1.2.3-linux-x86_64.tar.gz"
    with tarfile.open(tarball) as tar:
        members = {m.name: m for m in tar.getmembers()}
    top = "sister-desktop-1.2.3-linux-x86_64"
    for name in ("install.sh", "uninstall.sh", "sister-desktop/sister-desktop"):
        assert members[f"{top}/{name}"].mode & 0o111, name  # executable
    assert f"{top}/sister-desktop/_internal/marker.txt" in members
    assert f"{top}/share/applications/sister-desktop.desktop" in members
    sizes = sorted(int(p.stem.rsplit("-", 1)[1]) for p in ICONS.glob("sister-desktop-*.png"))
    assert sizes, "the program ships its icon in several sizes"
    for size in sizes:
        assert f"{top}/share/icons/hicolor/{size}x{size}/apps/sister-desktop.png" in members
    assert {m.uname for m in members.values()} == {""}


def test_missing_program_folder_is_refused_with_a_message(tmp_path):
    result = subprocess.run(
        [
            *(sys.executable, str(LINUX / "make_tarball.py"), "--app-dir", str(tmp_path / "nope")),
            *("--output-dir", str(tmp_path), "--version", "1"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "build the program first" in result.stderr
    assert not list(tmp_path.glob("*.tar.gz*"))


def test_install_upgrade_and_uninstall_keep_the_operators_data(tmp_path):
    home = tmp_path / "home"
    # Where the program keeps the database (platformdirs' user data folder on Linux).
    data = home / ".local" / "share" / "sister-desktop"
    data.mkdir(parents=True)
    (data / "sister-desktop.db").write_bytes(b"the campus's pegawai")

    v1 = _unpack(
        _make(_fake_program(tmp_path / "b1" / "sister-desktop", "v1"), tmp_path, "1"),
        tmp_path / "u1",
    )
    _sh(v1 / "install.sh", home)
    launcher = home / ".local" / "bin" / "sister-desktop"
    run = subprocess.run([str(launcher), "--help"], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "v1 --help"
    desktop = (home / ".local/share/applications/sister-desktop.desktop").read_text()
    assert f'Exec="{home}/.local/lib/sister-desktop/sister-desktop"' in desktop
    assert (home / ".local/share/icons/hicolor/48x48/apps/sister-desktop.png").is_file()

    v2 = _unpack(
        _make(_fake_program(tmp_path / "b2" / "sister-desktop", "v2"), tmp_path, "2"),
        tmp_path / "u2",
    )
    _sh(v2 / "install.sh", home)
    run = subprocess.run([str(launcher)], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "v2"
    installed = home / ".local" / "lib" / "sister-desktop"
    assert (installed / "_internal" / "marker.txt").read_text() == "v2"
    assert not (installed.parent / "sister-desktop.new").exists()
    assert (data / "sister-desktop.db").read_bytes() == b"the campus's pegawai"

    _sh(v2 / "uninstall.sh", home)
    assert not installed.exists()
    assert not launcher.exists()
    assert not (home / ".local/share/applications/sister-desktop.desktop").exists()
    assert not list((home / ".local/share/icons").rglob("sister-desktop.png"))
    assert (data / "sister-desktop.db").read_bytes() == b"the campus's pegawai"
