"""What every tab needs from the running program, handed down by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field

from sister_desktop.ui.about_info import AboutInfo
from sister_desktop.ui.async_helpers import TaskKeeper


@dataclass
class UiContext:
    """The services and shared helpers the widgets use; built by ``app.py`` inside the loop."""

    demo: bool = False
    tasks: TaskKeeper = field(default_factory=TaskKeeper)
    #: Version, folders and database shown in the About dialog.
    about: AboutInfo = field(default_factory=AboutInfo.for_this_process)
