"""What every tab needs from the running program, handed down by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field

from sister_desktop.ui.async_helpers import TaskKeeper


@dataclass
class UiContext:
    """The services and shared helpers the widgets use; built by ``app.py`` inside the loop."""

    demo: bool = False
    tasks: TaskKeeper = field(default_factory=TaskKeeper)
