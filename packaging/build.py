"""Build SISTER Desktop for distribution: the PyInstaller folder, then the platform package.

    python packaging/build.py              # dist/sister-desktop/ (the one-folder program)
    python packaging/build.py --tarball    # Linux: + dist/sister-desktop-<ver>-linux-<arch>.tar.gz
    python packaging/build.py --installer  # Windows: + dist/sister-desktop-<ver>-setup.exe

Run it with the Python of the environment the program is installed in (with the ``packaging``
extra: ``pip install -e '.[postgres,packaging]'``), on the platform you build for: PyInstaller
does not cross-compile. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "sister_desktop.spec"
FOLDER_NAME = "sister-desktop"  # the spec's COLLECT name


def version() -> str:
    """The program's version, read from the source so the build never imports the program."""
    text = (ROOT / "sister_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("sister_desktop/__init__.py has no __version__")
    return match.group(1)


def build_folder(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the one-folder program."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("+", " ".join(command), file=sys.stderr, flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    folder = dist / FOLDER_NAME
    if not folder.is_dir():
        raise SystemExit(f"PyInstaller finished but {folder} is missing")
    return folder


def build_tarball(folder: Path, output_dir: Path) -> Path:
    """The Linux tarball (see packaging/linux/make_tarball.py)."""
    script = PACKAGING / "linux" / "make_tarball.py"
    result = subprocess.run(
        [
            sys.executable,
            str(script),
            "--app-dir",
            str(folder),
            "--output-dir",
            str(output_dir),
            "--version",
            version(),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(result.stdout.strip())


def find_iscc() -> Path | None:
    """Inno Setup's command-line compiler: on PATH, or where its installer puts it."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return candidate
    local = os.environ.get("LOCALAPPDATA")
    if local:
        candidate = Path(local) / "Programs" / "Inno Setup 6" / "ISCC.exe"
        if candidate.is_file():
            return candidate
    return None


def build_installer(folder: Path, output_dir: Path) -> Path:
    """The Windows installer from packaging/windows/sister-desktop.iss."""
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit(
            "Inno Setup 6 (ISCC.exe) was not found. Install it from the Inno Setup website, "
            "or put ISCC.exe on PATH, then run this again."
        )
    ver = version()
    command = [
        str(iscc),
        f"/DAppVersion={ver}",
        f"/DDistDir={folder}",
        f"/O{output_dir}",
        str(PACKAGING / "windows" / "sister-desktop.iss"),
    ]
    print("+", " ".join(command), file=sys.stderr, flush=True)
    subprocess.run(command, check=True)
    return output_dir / f"sister-desktop-{ver}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch folder"
    )
    parser.add_argument("--tarball", action="store_true", help="also make the Linux tarball")
    parser.add_argument(
        "--installer", action="store_true", help="also make the Windows installer (Inno Setup)"
    )
    args = parser.parse_args(argv)
    if args.tarball and not sys.platform.startswith("linux"):
        parser.error("--tarball is built on Linux")
    if args.installer and sys.platform != "win32":
        parser.error("--installer is built on Windows")

    dist = args.dist.resolve()
    folder = build_folder(dist, args.work.resolve())
    print(folder)
    if args.tarball:
        print(build_tarball(folder, dist))
    if args.installer:
        print(build_installer(folder, dist))
    print(f"Built SISTER Desktop {version()} for {platform.system()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
