"""Where the files the program loads at run time are: icons, compiled translations, the palette.

Their sources live in the repository's top-level ``resources/`` (beside ``sister_desktop/``), as
the project lays out: artwork and catalogues are not Python code. An installed program finds
them *inside* the package, in ``sister_desktop/resources/``: the wheel's build step (``setup.py``)
copies them there and the PyInstaller spec bundles them at the same place, so one lookup serves
both. A checkout (the editable install of development) has no such folder and reads the
top-level one. A test builds a real wheel and starts it from a fresh virtualenv, so a file that
only the checkout has cannot pass unnoticed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from pathlib import Path

#: The folder name inside the installed package, and at the top of the repository.
FOLDER = "resources"
#: What the installed program needs of ``resources/``: the ``.ts`` sources are for translators.
SHIPPED = ("icons/*.png", "icons/*.ico", "i18n/*.qm", "styles/*.toml")


def resource_dir() -> Path:
    """The installed package's resources, else (in a checkout) the repository's ``resources/``."""
    installed = Path(str(resources.files("sister_desktop") / FOLDER))
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / FOLDER


def icon_path(name: str = "sister-desktop-256.png") -> Path:
    return resource_dir() / "icons" / name


def i18n_dir() -> Path:
    return resource_dir() / "i18n"


@dataclass(frozen=True)
class Palette:
    """The colours of the window and the printed report, by what they mean (``#rrggbb``)."""

    error: str
    ok: str
    warning: str
    quiet: str
    hint: str
    faint: str
    different_background: str
    different_text: str
    table_header: str
    chart_first: str
    chart_second: str
    chart_third: str


@cache
def palette() -> Palette:
    """``styles/palette.toml``, read once; a missing or unknown colour name fails here."""
    with (resource_dir() / "styles" / "palette.toml").open("rb") as handle:
        colours = tomllib.load(handle)["colours"]
    expected = {f.name for f in fields(Palette)}
    if set(colours) != expected:
        raise ValueError(f"palette.toml names {sorted(colours)}, expected {sorted(expected)}")
    return Palette(**colours)
