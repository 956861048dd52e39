"""Data SISTER: everything the sync stored of one pegawai, a page per group of the sync.

A window of its own (opened from the Pegawai tab, several may stay open side by side): on the
left the groups with when each was last synced ("not synced yet" where never), on the
right the chosen group's histories. Double-click a record for its full detail. The window is
sized to the screen and scrolls inside; "Tampilkan yang dihapus" adds the records SISTER no
longer lists, struck through. The Daftar Riwayat Hidup of the same pegawai is one click away.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.ajuan import ajuan_of
from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.sister_history import History, PegawaiWithData
from sister_desktop.domain.sister_records import SisterRecord
from sister_desktop.domain.usulan import UsulanStatus
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_date
from sister_desktop.texts.sister_data_texts import group_label
from sister_desktop.ui.common.plain_text_delegate import plain_label
from sister_desktop.ui.common.screen_fit import fit_to_screen
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.data_sister.drh_export import DrhExporter
from sister_desktop.ui.data_sister.group_page import GroupPage
from sister_desktop.ui.data_sister.record_detail_dialog import RecordDetailDialog
from sister_desktop.ui.usulan.ajuan_panel import AjuanPanel
from sister_desktop.ui.usulan.impor_riwayat_action import ImporRiwayatAction
from sister_desktop.ui.usulan.write_actions import WriteActions

#: Height of the pas foto beside the name (a 3×4 photo, small enough for a 768-line screen).
PHOTO_HEIGHT = 72

#: The groups in the order of the list (the sync's own order).
GROUPS: tuple[SisterGroup, ...] = tuple(SisterGroup)


class DataSisterWindow(QDialog):
    """``await load(pegawai_id)`` fills it; ``show()`` it without blocking the main window."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("data_sister_window")
        self.setWindowTitle(self.tr("Data SISTER"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._context = context
        self.loaded: PegawaiWithData | None = None
        #: The detail dialog open right now (tests find it here).
        self.detail_dialog: RecordDetailDialog | None = None
        self.pages: dict[SisterGroup, GroupPage] = {}
        #: Tambah…, Ubah…, Hapus… of this pegawai's records (draf usulan).
        self.write_actions = WriteActions(context, self, self._say)
        #: The pegawai's ajuan in SISTER (hidden while there is none).
        self.ajuan_panel = AjuanPanel(self)

        self.heading = QLabel(self)  # rich text, its data escaped (see _escape)
        self.heading.setObjectName("data_sister_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photo = QLabel(self)
        self.photo.setObjectName("data_sister_photo")
        self.photo.hide()
        self.foto_button = QPushButton(self.tr("Change photo…"), self)
        self.foto_button.setObjectName("ganti_foto_button")
        self.foto_button.clicked.connect(self._on_foto_button_clicked)
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("group_list")
        self.group_list.setWordWrap(True)
        self.group_list.setMinimumWidth(190)
        self.group_list.setSpacing(3)
        self.group_list.currentRowChanged.connect(self._on_group_list_current_row_changed)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("group_stack")
        splitter = QSplitter(self)
        splitter.addWidget(self.group_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([220, 900])

        self.removed_check = QCheckBox(self.tr("Show records removed from SISTER"), self)
        self.removed_check.setObjectName("show_removed_check")
        self.removed_check.toggled.connect(self._on_removed_check_toggled)
        self.exporter = DrhExporter(context, self)
        self.drh_pdf_button = QPushButton(self.tr("Curriculum vitae (PDF)…"), self)
        self.drh_pdf_button.setObjectName("drh_pdf_button")
        self.drh_pdf_button.clicked.connect(self._on_drh_pdf_button_clicked)
        self.drh_xlsx_button = QPushButton(self.tr("DRH to Excel…"), self)
        self.drh_xlsx_button.setObjectName("drh_xlsx_button")
        self.drh_xlsx_button.clicked.connect(self._on_drh_xlsx_button_clicked)
        self.message_label = plain_label(QLabel(self))
        self.message_label.setObjectName("data_sister_message")
        self.message_label.setWordWrap(True)
        #: Impor riwayat…: usulan from a spreadsheet (any pegawai's, by their column).
        self.impor_riwayat = ImporRiwayatAction(context, self)
        self.impor_riwayat.drafted.connect(self._on_impor_riwayat_drafted)
        self.impor_riwayat_button = self.impor_riwayat.button(self)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("close_button")
        close.clicked.connect(self.close)

        bottom = QHBoxLayout()
        bottom.addWidget(self.removed_check)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.impor_riwayat_button)
        bottom.addWidget(self.drh_pdf_button)
        bottom.addWidget(self.drh_xlsx_button)
        bottom.addWidget(close)
        top = QHBoxLayout()
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.foto_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.ajuan_panel)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, 1240, 760)

    # -- loading ----------------------------------------------------------------------------

    async def load(self, pegawai_id: int) -> bool:
        """Read the pegawai's synced data and show the first group; ``False`` when he is gone."""
        loaded = await self._context.data_sister.load(pegawai_id)
        writes_enabled = await self._context.kirim.writes_enabled()
        refused = await self._context.usulan.refused_records(pegawai_id)
        self.write_actions.prepare(loaded, writes_enabled=writes_enabled, refused=refused)
        self._offer_foto()
        self.show_data(loaded)
        submitted = await self._context.usulan.find([UsulanStatus.DIAJUKAN])
        records = (
            [r for h in loaded.data.histories.values() if h.is_ajuan for r in h.records]
            if loaded is not None
            else []
        )
        self.ajuan_panel.show_ajuan(ajuan_of(records, submitted, date.today()))
        return loaded is not None

    def show_data(self, loaded: PegawaiWithData | None) -> None:
        self.loaded = loaded
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.group_list.blockSignals(True)
        self.group_list.clear()
        self.group_list.blockSignals(False)
        self._show_photo(loaded.data.photo() if loaded is not None else None)
        if loaded is None:
            self.heading.setText(self.tr("This pegawai no longer exists."))
            return
        p = loaded.pegawai
        ids = [f"NIP {p.nip}" if p.nip else "", f"NIDN {p.nidn}" if p.nidn else ""]
        ids.append(f"id_sdm {p.id_sdm}" if p.id_sdm else self.tr("not linked to SISTER"))
        self.setWindowTitle(fill(self.tr("Data SISTER — %1"), p.nama))
        self.heading.setText(
            f"<b>{_escape(p.nama)}</b><br>{_escape(' · '.join(i for i in ids if i))}"
        )
        for group in GROUPS:
            when = loaded.data.group_synced_at(group)
            state = (
                fill(self.tr("synced %1"), format_date(when))
                if when is not None
                else self.tr("not synced yet")
            )
            item = QListWidgetItem(f"{group_label(group)}\n{state}", self.group_list)
            item.setData(Qt.ItemDataRole.UserRole, group.value)
            if when is None:
                item.setForeground(self.palette().placeholderText())
        first = next(
            (i for i, g in enumerate(GROUPS) if loaded.data.group_synced_at(g) is not None), 0
        )
        self.group_list.setCurrentRow(first)

    def _show_photo(self, image: bytes | None) -> None:
        """The pas foto SISTER holds, beside the name; nothing where none was synced or it
        does not read as an image."""
        pixmap = QPixmap()
        if image is not None and pixmap.loadFromData(image):
            self.photo.setPixmap(
                pixmap.scaledToHeight(PHOTO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
            self.photo.setToolTip(self.tr("Photo from SISTER"))
            self.photo.show()
        else:
            self.photo.clear()
            self.photo.hide()

    def _offer_foto(self) -> None:
        """Change photo… is offered as the other writes are: disabled with the reason."""
        reason = self.write_actions.foto_reason()
        self.foto_button.setEnabled(reason is None)
        self.foto_button.setToolTip(
            reason or self.tr("Propose a new photo (JPG or PNG) to SISTER: a draft usulan")
        )

    def show_group(self, group: SisterGroup) -> GroupPage:
        """Bring a group's page forward (built the first time it is shown)."""
        page = self.pages.get(group)
        if page is None:
            assert self.loaded is not None
            page = GroupPage(
                group,
                self.loaded.data,
                self.open_record,
                self.stack,
                include_removed=self.removed_check.isChecked(),
                actions=self.write_actions,
            )
            self.pages[group] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        row = GROUPS.index(group)
        if self.group_list.currentRow() != row:
            self.group_list.setCurrentRow(row)
        return page

    def current_page(self) -> GroupPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, GroupPage) else None

    # -- a record in full ------------------------------------------------------------------

    def open_record(self, history: History, record: SisterRecord) -> RecordDetailDialog:
        assert self.loaded is not None
        if self.detail_dialog is not None:
            self.detail_dialog.close()
        dialog = RecordDetailDialog(history, record, self.loaded.data.referensi, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_detail_dialog_destroyed)
        self.detail_dialog = dialog
        dialog.show()
        return dialog

    def _on_detail_dialog_destroyed(self) -> None:
        self.detail_dialog = None

    # -- slots --------------------------------------------------------------------------------

    def _on_group_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(GROUPS) and self.loaded is not None:
            self.show_group(GROUPS[row])

    def _on_foto_button_clicked(self) -> None:
        self._context.tasks.spawn(self.write_actions.ganti_foto())

    def _on_impor_riwayat_drafted(self, count: int) -> None:
        self._say(fill(self.tr("%1 usulan drafted: approve them on the Usulan page."), str(count)))

    def _on_removed_check_toggled(self, _checked: bool) -> None:
        current = self.current_page()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        if current is not None:
            self.show_group(current.group)

    def _on_drh_pdf_button_clicked(self) -> None:
        if self.loaded is not None:
            self._context.tasks.spawn(self.exporter.save_one(self.loaded, "pdf", self._say))

    def _on_drh_xlsx_button_clicked(self) -> None:
        if self.loaded is not None:
            self._context.tasks.spawn(self.exporter.save_one(self.loaded, "xlsx", self._say))

    def _say(self, text: str) -> None:
        self.message_label.setText(text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
