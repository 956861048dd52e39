"""Pack the PyInstaller folder into the Linux tarball.

    python packaging/linux/make_tarball.py --app-dir dist/sister-desktop --output-dir dist

Layout of ``sister-desktop-<version>-linux-<arch>.tar.gz``::

    sister-desktop-<version>-linux-<arch>/
        install.sh, uninstall.sh          per-user install into ~/.local (or $PREFIX)
        sister-desktop/                   the program: sister-desktop + _internal/
        share/applications/sister-desktop.desktop
        share/icons/hicolor/<N>x<N>/apps/sister-desktop.png

Prints the path of the tarball on stdout.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import tarfile
from pathlib import Path

LINUX_DIR = Path(__file__).resolve().parent
ROOT = LINUX_DIR.parent.parent
ICONS = ROOT / "resources" / "icons"
_ICON_SIZE = re.compile(r"^sister-desktop-(\d+)\.png$")


def hicolor_icons(icons_dir: Path = ICONS) -> dict[str, Path]:
    """``{"48x48": path}`` for every square PNG shipped with the program."""
    found: dict[str, Path] = {}
    for path in sorted(icons_dir.glob("sister-desktop-*.png")):
        match = _ICON_SIZE.match(path.name)
        if match:
            size = match.group(1)
            found[f"{size}x{size}"] = path
    return found


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Files owned by nobody in particular: the builder's user name means nothing elsewhere."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_tarball(app_dir: Path, output_dir: Path, version: str, arch: str | None = None) -> Path:
    executable = app_dir / "sister-desktop"
    if not executable.is_file():
        raise SystemExit(f"{executable} is missing: build the program first (packaging/build.py)")
    arch = arch or platform.machine() or "unknown"
    top = f"sister-desktop-{version}-linux-{arch}"
    output_dir.mkdir(parents=True, exist_ok=True)
    tarball = output_dir / f"{top}.tar.gz"
    partial = tarball.with_name(tarball.name + ".part")
    # Level 6: nearly the size of 9 in a fraction of the time for ~200 MB of libraries.
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        for script in ("install.sh", "uninstall.sh"):
            tar.add(LINUX_DIR / script, f"{top}/{script}", filter=_normalise)
        tar.add(
            LINUX_DIR / "sister-desktop.desktop",
            f"{top}/share/applications/sister-desktop.desktop",
            filter=_normalise,
        )
        for size, icon in hicolor_icons().items():
            tar.add(
                icon, f"{top}/share/icons/hicolor/{size}/apps/sister-desktop.png", filter=_normalise
            )
        tar.add(app_dir, f"{top}/sister-desktop", filter=_normalise)
    partial.replace(tarball)
    return tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app-dir", type=Path, required=True, help="the PyInstaller folder")
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--arch", help="default: this machine's")
    args = parser.parse_args(argv)
    print(make_tarball(args.app_dir, args.output_dir, args.version, args.arch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
