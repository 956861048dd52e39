"""Paths of the files shipped in ``sister_desktop/resources``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    return Path(str(resources.files("sister_desktop") / "resources"))


def app_icon() -> str:
    """The application icon (a multi-size PNG set lives beside it for packaging)."""
    return str(resource_dir() / "icons" / "sister-desktop-256.png")
