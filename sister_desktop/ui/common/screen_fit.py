"""Sizing a window to its content without ever growing past the screen (1366×768 included):
the content scrolls inside instead."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: The share of the screen's free area a window may take at most.
SCREEN_SHARE = 0.92


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height`` or the screen's free area, whichever is less,
    and cap its maximum size there."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    max_w, max_h = int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE)
    window.setMaximumSize(max(max_w, 320), max(max_h, 240))
    window.resize(min(width, max_w), min(height, max_h))
