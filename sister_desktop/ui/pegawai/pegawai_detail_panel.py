"""The selected employee in full: local fields and whether (and to whom) it is linked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from sister_desktop.domain.pegawai import TEXT_FIELDS, JenisPegawai, Pegawai
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_date
from sister_desktop.texts.pegawai_texts import field_label, sex_label
from sister_desktop.ui.common.plain_text_delegate import plain_label


class PegawaiDetailPanel(QWidget):
    """Read-only details; ``show_pegawai(None)`` says nothing is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pegawai_detail_panel")
        self.empty_label = QLabel(self.tr("Select a pegawai to see the details."), self)
        self.empty_label.setObjectName("detail_empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.local_box = QGroupBox(self.tr("Campus data"), self)
        local_form = QFormLayout(self.local_box)
        self.values: dict[str, QLabel] = {}
        fields = (
            "nama",
            "nip",
            "nidn",
            "nidk",
            "nupn",
            "nuptk",
            "nik",
            "tanggal_lahir",
            "jenis_kelamin",
            "jenis_pegawai",
            "unit_kerja",
            "jabatan_fungsional",
            "pangkat_golongan",
            "email",
            "telepon_hp",
            "alamat",
        )
        rows = [(name, field_label(name)) for name in fields] + [("aktif", self.tr("Status"))]
        for name, label in rows:
            value = plain_label(QLabel(self.local_box))
            value.setObjectName(f"detail_{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.values[name] = value
            local_form.addRow(label, value)

        self.link_box = QGroupBox(self.tr("SISTER"), self)
        link_form = QFormLayout(self.link_box)
        self._link_form = link_form
        self.link_state = plain_label(QLabel(self.link_box))
        self.link_state.setObjectName("detail_link_state")
        self.link_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link_state.setWordWrap(True)
        link_form.addRow(self.tr("Terhubung Sister"), self.link_state)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.local_box)
        layout.addWidget(self.link_box)
        layout.addStretch(1)
        self._layout = layout
        self.show_pegawai(None)

    def add_section(self, widget: QWidget) -> None:
        """Another part of the window's view of the employee (synced SISTER values, the
        Perbandingan), below the ones already shown and above the stretch."""
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def add_link_row(self, widget: QWidget) -> None:
        """A full-width row in the SISTER box (the link history)."""
        self._link_form.addRow(widget)

    def show_pegawai(self, p: Pegawai | None) -> None:
        self.empty_label.setVisible(p is None)
        self.local_box.setVisible(p is not None)
        self.link_box.setVisible(p is not None)
        if p is None:
            return
        dash = "—"
        for name in TEXT_FIELDS:
            self.values[name].setText(getattr(p, name) or dash)
        born = p.tanggal_lahir
        self.values["tanggal_lahir"].setText(format_date(born) if born else dash)
        self.values["jenis_kelamin"].setText(
            sex_label(p.jenis_kelamin) if p.jenis_kelamin else dash
        )
        kinds = {JenisPegawai.DOSEN: self.tr("Dosen"), JenisPegawai.TENDIK: self.tr("Tendik")}
        self.values["jenis_pegawai"].setText(kinds[JenisPegawai(p.jenis_pegawai)])
        self.values["aktif"].setText(self.tr("Active") if p.aktif else self.tr("Not active"))
        if p.id_sdm:
            self.link_state.setText(fill(self.tr("Yes — id_sdm %1"), p.id_sdm))
        else:
            self.link_state.setText(self.tr("Not linked yet"))
