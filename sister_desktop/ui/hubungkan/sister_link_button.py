"""The SISTER button of the Pegawai tab: collective link, manual link, unlink.

Shown only while the web service is connected: every action needs SISTER's person list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)

from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.services.connection import ConnectionState, SisterUnavailableError
from sister_desktop.services.linking import LinkingService
from sister_desktop.texts.error_texts import error_explanation
from sister_desktop.texts.link_texts import link_summary_text
from sister_desktop.ui.common.async_helpers import dialog_result
from sister_desktop.ui.common.message_boxes import inform
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.hubungkan.link_preview_dialog import LinkPreviewDialog
from sister_desktop.ui.hubungkan.manual_link_dialog import ManualLinkDialog
from sister_desktop.ui.hubungkan.unlink_dialog import UnlinkDialog

log = logging.getLogger(__name__)


class SisterLinkButton(QToolButton):
    """A menu button; the tab tells it which employees are ticked and which one is current."""

    #: Links were written or removed: the tab reloads its rows (the tick appears at once).
    links_changed = Signal()
    #: What a collective link did ("12 pegawai linked, 3 to review, 2 not found"), for the
    #: tab's status line; sent after ``links_changed``.
    summary = Signal(str)

    def __init__(
        self,
        context: UiContext,
        ticked_ids: Callable[[], Iterable[int]],
        current_pegawai: Callable[[], Pegawai | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sister_button")
        self.setText("SISTER")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._context = context
        self._ticked_ids = ticked_ids
        self._current_pegawai = current_pegawai
        #: The dialog opened last (tests and the tab look at it).
        self.dialog: QWidget | None = None
        self._toolbar_action: QAction | None = None

        menu = QMenu(self)
        self.link_action = QAction(self.tr("Hubungkan Pegawai dan Sister"), self)
        self.link_action.setObjectName("link_action")
        self.manual_action = QAction(self.tr("Hubungkan Secara Manual"), self)
        self.manual_action.setObjectName("manual_action")
        self.unlink_action = QAction(self.tr("Unlink"), self)
        self.unlink_action.setObjectName("unlink_action")
        for action in (self.link_action, self.manual_action, self.unlink_action):
            menu.addAction(action)
        self.setMenu(menu)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.link_action.triggered.connect(self._on_link_action_triggered)
        self.manual_action.triggered.connect(self._on_manual_action_triggered)
        self.unlink_action.triggered.connect(self._on_unlink_action_triggered)

        connection = context.connection
        self._unsubscribe = connection.subscribe(self._on_connection_changed)
        self._on_connection_changed(connection.state)
        self.destroyed.connect(lambda: self._unsubscribe())

    @property
    def _service(self) -> LinkingService:
        return self._context.linking

    def place_in(self, toolbar: QToolBar) -> None:
        """Add the button to ``toolbar``; there its action, not the widget, is shown or hidden."""
        self._toolbar_action = toolbar.addWidget(self)
        self._on_connection_changed(self._context.connection.state)

    def _on_connection_changed(self, state: ConnectionState | None) -> None:
        visible = bool(state and state.connected)
        if self._toolbar_action is not None:
            self._toolbar_action.setVisible(visible)
        else:
            self.setVisible(visible)

    def _on_menu_about_to_show(self) -> None:
        current = self._current_pegawai()
        self.manual_action.setEnabled(current is not None)
        self.unlink_action.setEnabled(current is not None and current.id_sdm is not None)

    def _on_link_action_triggered(self) -> None:
        self._context.tasks.spawn(self.link_ticked())

    def _on_manual_action_triggered(self) -> None:
        self._context.tasks.spawn(self.link_manually())

    def _on_unlink_action_triggered(self) -> None:
        self._context.tasks.spawn(self.unlink_current())

    # -- the three actions ---------------------------------------------------------------------

    async def link_ticked(self) -> bool:
        """Plan the ticked employees, show the preview, write what the operator confirms."""
        ids = list(self._ticked_ids())
        if not ids:
            await self._inform(self.tr("Tick the employees to link first (the first column)."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            result = await self._service.plan(ids)
        except SisterUnavailableError as exc:
            await self._report(exc)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        dialog = LinkPreviewDialog(self._service, result, self._context.tasks, self.window())
        self.dialog = dialog
        await dialog_result(dialog)
        if dialog.applied is None:
            return False
        self.links_changed.emit()
        self.summary.emit(link_summary_text(result.plan, dialog.linked_ids))
        return True

    async def link_manually(self) -> bool:
        pegawai = self._current_pegawai()
        if pegawai is None:
            return False
        dialog = ManualLinkDialog(self._service, pegawai, self._context.tasks, self.window())
        self.dialog = dialog
        await dialog_result(dialog)
        if dialog.saved_batch is None:
            return False
        self.links_changed.emit()
        return True

    async def unlink_current(self) -> bool:
        pegawai = self._current_pegawai()
        if pegawai is None or pegawai.id_sdm is None:
            return False
        dialog = UnlinkDialog(self._service, pegawai, self._context.tasks, self.window())
        self.dialog = dialog
        if await dialog_result(dialog) != UnlinkDialog.DialogCode.Accepted.value:
            return False
        self.links_changed.emit()
        return True

    async def _report(self, exc: SisterUnavailableError) -> None:
        explanation = error_explanation(exc.code, message=exc.message)
        log.warning("Linking could not reach SISTER: %s", exc.code)
        await self._inform(f"{explanation.text}\n\n{explanation.hint}", warning=True)

    async def _inform(self, text: str, *, warning: bool = False) -> None:
        box = inform(
            self.window(),
            name="link_message",
            title=self.tr("Hubungkan Pegawai dan Sister"),
            text=text,
            warning=warning,
            keep=True,
        )
        self.dialog = box
        await dialog_result(box)
