"""What a Kirim ke SISTER would send, before anything leaves the workstation: per family the
Baru / Diubah / Dihapus counts, each usulan with its field changes (SISTER's value → the
proposed one), and in one sentence what a write means with this account's role (Basic: an
ajuan SISTER verifies; Pro: applied at once)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.usulan import UsulanJenis
from sister_desktop.domain.usulan_special import FOTO_FIELD
from sister_desktop.resource_files import palette
from sister_desktop.services.kirim_service import KirimPreview
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_number
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.usulan_texts import role_meaning
from sister_desktop.texts.write_block_texts import writes_off_reason
from sister_desktop.texts.write_field_texts import form_field_title
from sister_desktop.ui.common.screen_fit import fit_to_screen
from sister_desktop.ui.usulan.usulan_names import shown_value, usulan_line


class KirimPreviewDialog(QDialog):
    """Accepted (the Kirim button) means: send these usulan now."""

    def __init__(
        self,
        preview: KirimPreview,
        role: str | None,
        parent: QWidget | None = None,
        *,
        names: Mapping[str, Mapping[str, Mapping[str, str]]] | None = None,
    ):
        super().__init__(parent)
        #: Per dataset and field, SISTER's names of reference ids (a jabatan, not its id).
        self._names = names or {}
        self.setObjectName("kirim_preview_dialog")
        self.setWindowTitle(self.tr("Kirim ke SISTER — preview"))
        self.preview = preview
        count = len(preview.items)
        self.heading = QLabel(
            fill(self.tr("%1 approved usulan will be sent to SISTER."), format_number(count)),
            self,
        )
        self.heading.setObjectName("kirim_preview_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.role_label = QLabel(role_meaning(role), self)
        self.role_label.setObjectName("kirim_role_label")
        self.role_label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("kirim_preview_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("In SISTER"), self.tr("Proposed")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        header.resizeSection(2, 220)
        self.tree.setWordWrap(True)
        self._fill()
        self.notice = QLabel(self)
        self.notice.setObjectName("kirim_preview_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {palette().error};")
        buttons = QDialogButtonBox(self)
        self.send_button = QPushButton(fill(self.tr("Send %1 usulan"), format_number(count)), self)
        self.send_button.setObjectName("kirim_send_button")
        self.send_button.clicked.connect(self.accept)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("kirim_cancel_button")
        cancel.clicked.connect(self.reject)
        cancel.setDefault(True)
        if not preview.writes_enabled:
            self.send_button.setEnabled(False)
            self.send_button.setToolTip(writes_off_reason())
            self.notice.setText(writes_off_reason())
        elif count == 0:
            self.send_button.setEnabled(False)
            self.notice.setText(self.tr("Nothing to send: approve usulan first (Approve)."))
        self.notice.setVisible(bool(self.notice.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.role_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 620)

    def family_lines(self) -> list[str]:
        """The top-level lines (one per family), as shown."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def _fill(self) -> None:
        kinds = (
            (UsulanJenis.BARU, self.tr("New")),
            (UsulanJenis.UBAH, self.tr("Changed")),
            (UsulanJenis.HAPUS, self.tr("Deleted")),
        )
        for dataset, by_kind in self.preview.by_family().items():
            counts = " · ".join(
                f"{label} {format_number(len(by_kind.get(kind, [])))}" for kind, label in kinds
            )
            family = QTreeWidgetItem(self.tree, [f"{dataset_label(dataset)}: {counts}"])
            font = family.font(0)
            font.setBold(True)
            family.setFont(0, font)
            for kind, label in kinds:
                for entry in by_kind.get(kind, []):
                    item = entry.usulan
                    line = QTreeWidgetItem(
                        family,
                        [
                            f"{label} · {item.pegawai_nama or item.id_sdm} · "
                            + usulan_line(item, self._names.get(dataset, {}))
                        ],
                    )
                    line.setToolTip(0, line.text(0))
                    named = self._names.get(dataset, {}).get
                    for change in entry.changes:
                        old = shown_value(change.field, change.old, named(change.field, {}))
                        new = shown_value(change.field, change.new, named(change.field, {}))
                        title = form_field_title(change.field, dataset)
                        row = QTreeWidgetItem(line, [title, old, new])
                        row.setToolTip(1, old)
                        # A new photo is named by its file; where it is read from, on hover.
                        photo = change.field == FOTO_FIELD and isinstance(change.new, str)
                        row.setToolTip(2, str(change.new) if photo else new)
            family.setFirstColumnSpanned(True)
            family.setExpanded(True)
            for index in range(family.childCount()):
                child = family.child(index)
                if child is not None:
                    child.setFirstColumnSpanned(True)
                    # A short preview opens whole; a long one lists the usulan to open each.
                    child.setExpanded(len(self.preview.items) <= 10)
