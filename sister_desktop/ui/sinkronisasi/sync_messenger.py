"""The Sinkronisasi page's message boxes: a notice or a question over the window, the open
one kept (closing the window closes it; a test clicks it)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from sister_desktop.ui.common.message_boxes import ask, inform


class SyncMessenger(QObject):
    """Tells and asks over ``page``'s window; ``box`` is the last box shown."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self.box: QMessageBox | None = None

    def inform(self, text: str, *, error: bool) -> None:
        self.box = inform(
            self._page.window(),
            name="sync_message_box",
            title=self.tr("Sinkronisasi"),
            text=text,
            warning=error,
        )

    async def ask(
        self,
        *,
        name: str,
        title: str,
        text: str,
        informative: str,
        yes: str,
        no: str,
        icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    ) -> bool:
        return await ask(
            self._page.window(),
            name=name,
            title=title,
            text=text,
            informative=informative,
            yes=yes,
            no=no,
            icon=icon,
            shown=self._keep,
        )

    def _keep(self, box: QMessageBox | None) -> None:
        self.box = box
