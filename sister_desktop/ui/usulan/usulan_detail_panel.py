"""The side panel of the Usulan page: the chosen usulan's field changes (SISTER's value when it
was made → the proposed one), its documents, its steps (who made, approved and sent it) and
SISTER's answer; Periksa di SISTER for one whose answer never came."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.usulan import FieldChange, Usulan, UsulanHistoryEntry, UsulanStatus
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_datetime
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.usulan_texts import (
    jenis_label,
    refused_here_text,
    status_hint,
    status_label,
)
from sister_desktop.texts.write_field_texts import form_field_title
from sister_desktop.ui.usulan.usulan_names import shown_value, usulan_line


class UsulanDetailPanel(QWidget):
    """``show_usulan(item, changes, history)``; ``periksa_requested`` asks the page to look
    in SISTER for a ``perlu_dicek`` usulan."""

    periksa_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usulan_detail_panel")
        self.heading = QLabel(self.tr("Choose an usulan to see what it changes."), self)
        self.heading.setObjectName("usulan_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel(self)
        self.state.setObjectName("usulan_state")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.periksa_button = QPushButton(self.tr("Check in SISTER"), self)
        self.periksa_button.setObjectName("periksa_button")
        self.periksa_button.setToolTip(
            self.tr(
                "The answer to this usulan never came: look in SISTER whether it arrived "
                "before sending it again"
            )
        )
        self.periksa_button.clicked.connect(self.periksa_requested)
        self.periksa_button.hide()
        self.changes = QTableWidget(0, 3, self)
        self.changes.setObjectName("usulan_changes")
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("In SISTER"), self.tr("Proposed")]
        )
        self.changes.verticalHeader().hide()
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(True)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.documents_title = QLabel(self.tr("Documents to upload"), self)
        self.documents = QListWidget(self)
        self.documents.setObjectName("usulan_documents")
        self.documents.setMaximumHeight(70)
        self.history_title = QLabel(self.tr("Steps"), self)
        self.history = QListWidget(self)
        self.history.setObjectName("usulan_history")
        self.history.setMaximumHeight(100)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self.periksa_button)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.documents_title)
        layout.addWidget(self.documents)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)

    def show_usulan(
        self,
        item: Usulan | None,
        changes: Sequence[FieldChange] = (),
        history: Sequence[UsulanHistoryEntry] = (),
        *,
        names: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """Show ``item``; ``names`` are, per field, SISTER's names of the ids it shows."""
        named = names or {}
        self.changes.setRowCount(0)
        self.documents.clear()
        self.history.clear()
        if item is None:
            self.heading.setText(self.tr("Choose an usulan to see what it changes."))
            self.state.clear()
            self.periksa_button.hide()
            return
        self.heading.setText(
            fill(
                self.tr("#%1 %2 of %3 — %4"),
                str(item.id),
                jenis_label(item.jenis),
                dataset_label(item.dataset),
                item.pegawai_nama or item.id_sdm,
            )
            + "\n"
            + usulan_line(item, names or {})
        )
        lines = [f"{status_label(item.status)}: {status_hint(item.status)}"]
        refused = refused_here_text(item)
        if refused is not None:
            lines.append(refused)
        elif item.message:
            lines.append(fill(self.tr("SISTER said: %1"), item.message))
        if item.sister_id:
            lines.append(fill(self.tr("SISTER's id: %1"), item.sister_id))
        self.state.setText("\n".join(lines))
        self.periksa_button.setVisible(item.status is UsulanStatus.PERLU_DICEK)
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            cells = (
                form_field_title(change.field, item.dataset),
                shown_value(change.field, change.old, named.get(change.field, {})),
                shown_value(change.field, change.new, named.get(change.field, {})),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.changes.setItem(row, column, cell)
        self.changes.resizeRowsToContents()
        for doc in item.dokumen:
            where = doc.path or doc.tautan or ""
            state = self.tr("uploaded") if doc.sister_id else self.tr("not uploaded yet")
            self.documents.addItem(f"{doc.nama} · {where} · {state}")
        self.documents_title.setVisible(bool(item.dokumen))
        self.documents.setVisible(bool(item.dokumen))
        for entry in history:
            text = fill(
                self.tr("%1 · %2 · %3"),
                format_datetime(entry.at),
                entry.by or "—",
                status_label(entry.to_status),
            )
            if entry.message:
                text += f" · {entry.message}"
            self.history.addItem(text)
