"""The message boxes a screen raises, read as they open: while ``reading`` is on, every
``QMessageBox`` shown anywhere is handed to a reader (the every-word walk reads its words and
what it cuts) and then answered with its safe button (the Escape one: Cancel, Not now, Keep),
so the screen's coroutine that asked goes on as an operator who declined."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class MessageBoxReader(QObject):
    """An application-wide event filter; ``read`` is called with each box and its name."""

    def __init__(self, read: Callable[[QMessageBox, str], None]) -> None:
        super().__init__()
        self._read = read
        self._on = False
        #: The object names of the boxes read, in order.
        self.names: list[str] = []

    @contextmanager
    def reading(self) -> Iterator[None]:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._on = True
        try:
            yield
        finally:
            self._on = False
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._on and event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            box = watched
            # Read once laid out (after the show), then answered.
            QTimer.singleShot(0, lambda: self._answer(box))
        return False

    def _answer(self, box: QMessageBox) -> None:
        if not box.isVisible():
            return
        name = box.objectName() or "message_box"
        self.names.append(name)
        self._read(box, name)
        safe = box.escapeButton()
        if safe is not None:
            safe.click()
        else:
            box.reject()
