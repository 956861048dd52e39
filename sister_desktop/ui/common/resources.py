"""The window's icon, from the files shipped with the program (see ``resource_files``)."""

from __future__ import annotations

from sister_desktop.resource_files import icon_path


def app_icon() -> str:
    """The application icon (a multi-size PNG set lives beside it for packaging)."""
    return str(icon_path("sister-desktop-256.png"))
