"""*Impor riwayat…* where the operator is: the Pegawai tab's toolbar and a pegawai's Data
SISTER, besides the Usulan page. The same dialog (``open_impor_riwayat``) with its report and
*Unduh templat*; what it drafts is announced (``drafted``) so the Usulan page shows it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QToolBar, QWidget

from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.usulan.impor_riwayat_dialog import ImporRiwayatDialog, open_impor_riwayat


class ImporRiwayatAction(QObject):
    """The toolbar action or button, and the dialog while it is open."""

    #: Usulan were drafted from a file (how many).
    drafted = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        #: The Impor riwayat dialog while it is open (tests reach it here).
        self.dialog: ImporRiwayatDialog | None = None
        self.action = QAction(self.tr("Import records…"), parent)
        self.action.setObjectName("impor_riwayat_action")
        self.action.setToolTip(self.tip())
        self.action.triggered.connect(self._on_triggered)

    def tip(self) -> str:
        return self.tr(
            "Draft usulan from a spreadsheet of records (Download template for its columns)"
        )

    def place_in(self, toolbar: QToolBar) -> None:
        toolbar.addAction(self.action)

    def button(self, parent: QWidget) -> QPushButton:
        """The same as a push button (a dialog's bottom row)."""
        button = QPushButton(self.action.text(), parent)
        button.setObjectName("impor_riwayat_button")
        button.setToolTip(self.tip())
        button.clicked.connect(self._on_triggered)
        return button

    async def open(self) -> int:
        """The dialog until it is closed; how many usulan it drafted."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return 0
        drafted = await open_impor_riwayat(
            self._context, self._parent.window(), shown=self._keep_dialog
        )
        if drafted:
            self.drafted.emit(drafted)
        return drafted

    def _keep_dialog(self, dialog: ImporRiwayatDialog | None) -> None:
        self.dialog = dialog

    def _on_triggered(self, *_args: object) -> None:
        self._context.tasks.spawn(self.open())
