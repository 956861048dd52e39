"""Clicks as the operator makes them, for GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget


def click(qtbot, widget: QWidget) -> None:
    """Click ``widget`` where the operator would: scrolled into sight first (a click goes to
    what is under the pointer, and a tab scrolls on a small screen), and on a tick box's text
    rather than the empty space a layout may give it to its right (a click there misses)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)
    where = widget.rect().center()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        where = QPoint(min(where.x(), widget.sizeHint().width() // 2), where.y())
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
