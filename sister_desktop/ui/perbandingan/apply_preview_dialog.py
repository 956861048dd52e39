"""Before "Terapkan data SISTER" writes more than one value: every change listed, asked once."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.services.comparison import PlannedCopy
from sister_desktop.texts import comparison_texts as texts
from sister_desktop.texts.fill import fill
from sister_desktop.ui.common.async_helpers import dialog_result
from sister_desktop.ui.common.plain_text_delegate import PlainTextDelegate


class ApplyPreviewDialog(QDialog):
    """Pegawai, field, the campus value now and what it becomes; Batal is the default."""

    def __init__(self, plan: Sequence[PlannedCopy], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("apply_preview_dialog")
        self.setWindowTitle(self.tr("Terapkan data SISTER"))
        intro = QLabel(
            fill(
                self.tr("%1 campus values will be replaced by SISTER's. Undo stays possible."),
                str(len(plan)),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(plan), 4, self)
        self.table.setObjectName("apply_preview_table")
        self.table.setItemDelegate(PlainTextDelegate(self.table))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Pegawai"), self.tr("Field"), self.tr("Campus now"), self.tr("Becomes")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, item in enumerate(plan):
            cells = (
                item.nama,
                texts.field_label(item.field),
                texts.value_text(item.field, item.old),
                texts.value_text(item.field, item.new),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(
            self.tr("Terapkan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("apply_preview_apply")
        self.apply_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("apply_preview_cancel")
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)


async def confirm_apply(parent: QWidget, plan: Sequence[PlannedCopy]) -> bool:
    """One value is applied at once (undo is there); more are listed and asked once."""
    if len(plan) <= 1:
        return bool(plan)
    dialog = ApplyPreviewDialog(plan, parent)
    parent.setProperty("apply_preview", dialog)  # tests find the open question here
    try:
        return await dialog_result(dialog) == QDialog.DialogCode.Accepted
    finally:
        if shiboken6.isValid(parent):  # the window may be closing meanwhile
            parent.setProperty("apply_preview", None)
            dialog.deleteLater()
