"""The documents of an usulan form: those SISTER already holds for the record (listed and
kept: SISTER's PUT detaches one left out, so the Kirim sends them back unless the operator
removed one on purpose with its own Remove button), and new ones to upload with the usulan,
a PDF/JPG/PNG file or a link, each with its jenis dokumen."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sister_writes import DEFAULT_JENIS_DOKUMEN
from sister_desktop.domain.usulan import UsulanDokumen
from sister_desktop.ui.common.file_dialogs import choose_file, make_file_dialog
from sister_desktop.ui.common.ui_context import UiContext

#: What SISTER takes as a document file.
DOCUMENT_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")


class DokumenEditor(QWidget):
    """``new_documents()`` are the ones to upload; ``kept_ids()`` the record's own that stay
    (every one, unless its row's Remove button was pressed: pressed again, it is kept)."""

    edited = Signal()

    def __init__(
        self,
        context: UiContext,
        existing: Sequence[Mapping[str, Any]],
        jenis: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("field_dokumen")
        self._context = context
        self._new: list[UsulanDokumen] = []
        # The ids of the record's documents the operator removed on purpose.
        self._removed: set[str] = set()
        #: The file dialog while it is open (tests reach it here).
        self.file_dialog: QFileDialog | None = None

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("dokumen_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Kind"), self.tr("State"), ""]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        self._existing = [dict(item) for item in existing if item.get("id") not in (None, "")]

        self.jenis_combo = QComboBox(self)
        self.jenis_combo.setObjectName("dokumen_jenis")
        for id_, nama in jenis:
            self.jenis_combo.addItem(nama, id_)
        if self.jenis_combo.count() == 0:
            self.jenis_combo.addItem(self.tr("Supporting document"), str(DEFAULT_JENIS_DOKUMEN))
        default = self.jenis_combo.findData(str(DEFAULT_JENIS_DOKUMEN))
        self.jenis_combo.setCurrentIndex(max(default, 0))
        self.nama_edit = QLineEdit(self)
        self.nama_edit.setObjectName("dokumen_nama")
        self.nama_edit.setPlaceholderText(self.tr("name (the file's by default)"))
        self.nama_edit.setMaxLength(200)
        self.link_edit = QLineEdit(self)
        self.link_edit.setObjectName("dokumen_tautan")
        self.link_edit.setPlaceholderText(self.tr("or a link: https://…"))
        self.file_button = QPushButton(self.tr("Attach file…"), self)
        self.file_button.setObjectName("dokumen_file_button")
        self.file_button.setToolTip(self.tr("A PDF, JPG or PNG file"))
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.link_button = QPushButton(self.tr("Add link"), self)
        self.link_button.setObjectName("dokumen_link_button")
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.message = QLabel(self)
        self.message.setObjectName("dokumen_message")
        self.message.setWordWrap(True)

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.jenis_combo, 1)
        first.addWidget(self.nama_edit, 1)
        first.addWidget(self.file_button)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.link_edit, 1)
        second.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.message)
        self._refresh()

    def new_documents(self) -> list[UsulanDokumen]:
        return list(self._new)

    def set_new_documents(self, items: Sequence[UsulanDokumen]) -> None:
        self._new = list(items)
        self._refresh()

    def existing_ids(self) -> list[str]:
        """The ids of the documents SISTER holds for the record, in its order."""
        return [str(item["id"]) for item in self._existing]

    def kept_ids(self) -> list[str]:
        """The record's documents that stay with it (sent back with the change)."""
        return [i for i in self.existing_ids() if i not in self._removed]

    def set_kept_ids(self, kept: Sequence[str]) -> None:
        """A draf opened again: the record's documents it no longer names were removed."""
        wanted = {str(i) for i in kept}
        self._removed = {i for i in self.existing_ids() if i not in wanted}
        self._refresh()

    def remove_existing(self, document_id: str, removed: bool = True) -> None:
        """Remove (or keep again) one of the record's documents, as its row's button does."""
        if removed:
            self._removed.add(document_id)
        else:
            self._removed.discard(document_id)
        self._refresh()
        self.edited.emit()

    def remove_new(self, index: int) -> None:
        if 0 <= index < len(self._new):
            del self._new[index]
            self._refresh()
            self.edited.emit()

    def row_button(self, row: int) -> QPushButton | None:
        """The Remove (or Keep) button of a row (tests click it)."""
        widget = self.table.cellWidget(row, 3)
        return widget if isinstance(widget, QPushButton) else None

    def attach_file(self, path: Path) -> bool:
        """Attach ``path`` with the jenis and name chosen; ``False`` (and why, under the list)
        when it is no file SISTER takes."""
        if path.suffix.lower() not in DOCUMENT_SUFFIXES or not path.is_file():
            self.message.setText(self.tr("Only an existing PDF, JPG or PNG file can be attached."))
            return False
        self._new.append(
            UsulanDokumen(
                nama=(self.nama_edit.text().strip() or path.name)[:200],
                id_jenis_dokumen=self._jenis(),
                path=str(path),
            )
        )
        self.nama_edit.clear()
        self.message.clear()
        self._refresh()
        self.edited.emit()
        return True

    def attach_link(self, link: str) -> bool:
        link = link.strip()
        if not link.startswith(("http://", "https://")):
            self.message.setText(self.tr("A link starts with http:// or https://."))
            return False
        self._new.append(
            UsulanDokumen(
                nama=(self.nama_edit.text().strip() or link)[:200],
                id_jenis_dokumen=self._jenis(),
                tautan=link,
            )
        )
        self.nama_edit.clear()
        self.link_edit.clear()
        self.message.clear()
        self._refresh()
        self.edited.emit()
        return True

    def _jenis(self) -> int:
        try:
            return int(self.jenis_combo.currentData())
        except (TypeError, ValueError):
            return DEFAULT_JENIS_DOKUMEN

    def _refresh(self) -> None:
        rows: list[tuple[str, str, str]] = []
        for item in self._existing:
            removed = str(item["id"]) in self._removed
            rows.append(
                (
                    document_name(item),
                    str(item.get("jenis_dokumen") or ""),
                    self.tr("in SISTER, to be removed") if removed else self.tr("in SISTER, kept"),
                )
            )
        jenis_names = {
            str(self.jenis_combo.itemData(i)): self.jenis_combo.itemText(i)
            for i in range(self.jenis_combo.count())
        }
        for doc in self._new:
            state = self.tr("to upload") if doc.path else self.tr("link to send")
            rows.append((doc.nama, jenis_names.get(str(doc.id_jenis_dokumen), ""), state))
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            self.table.setCellWidget(row, 3, self._make_row_button(row))
        self.table.resizeColumnToContents(3)
        self.table.resizeRowsToContents()

    def _make_row_button(self, row: int) -> QPushButton:
        button = QPushButton(self.table)
        button.setObjectName(f"dokumen_remove_{row}")
        if row < len(self._existing):
            document_id = str(self._existing[row]["id"])
            removed = document_id in self._removed
            button.setText(self.tr("Keep") if removed else self.tr("Remove"))
            button.setToolTip(
                self.tr("Keep this document with the record in SISTER")
                if removed
                else self.tr(
                    "Detach this document from the record in SISTER when the usulan is sent"
                )
            )
            button.clicked.connect(
                lambda _checked=False, i=document_id, r=removed: self.remove_existing(i, not r)
            )
        else:
            button.setText(self.tr("Remove"))
            button.setToolTip(self.tr("Do not upload this document"))
            at = row - len(self._existing)
            button.clicked.connect(lambda _checked=False, i=at: self.remove_new(i))
        return button

    # -- slots ---------------------------------------------------------------------------------

    def _on_file_button_clicked(self) -> None:
        self._context.tasks.spawn(self.choose_and_attach())

    async def choose_and_attach(self) -> bool:
        dialog = make_file_dialog(
            self,
            self.tr("Attach a document"),
            save=False,
            name_filters=[self.tr("Documents (*.pdf *.jpg *.jpeg *.png)")],
        )
        dialog.setObjectName("dokumen_file_dialog")
        path = await choose_file(dialog, shown=self._keep_file_dialog)
        return path is not None and self.attach_file(path)

    def _keep_file_dialog(self, dialog: QFileDialog | None) -> None:
        self.file_dialog = dialog

    def _on_link_button_clicked(self) -> None:
        self.attach_link(self.link_edit.text())


def document_name(item: Mapping[str, Any]) -> str:
    """A document of SISTER's record as the operator knows it."""
    return str(item.get("nama") or item.get("nama_file") or item.get("id") or "")
