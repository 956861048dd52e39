"""The local employee and a SISTER person side by side, so the operator sees why they match."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from sister_desktop.domain.matching import birth_date_of_nip, identifier_key
from sister_desktop.domain.names import normalize_name
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.records import SdmRow
from sister_desktop.resource_files import palette
from sister_desktop.texts.locale_format import format_date
from sister_desktop.ui.common.plain_text_delegate import plain_label


class RecordCompareWidget(QWidget):
    """Two columns (Lokal, SISTER) over name, identifiers, birth date and status.

    A row whose two values differ is shown in bold red: the operator's eye goes there first.
    """

    FIELDS = ("nama", "nuptk", "nidn", "nip", "tanggal_lahir", "status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_compare")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        heading_local = QLabel(self.tr("<b>Local data</b>"), self)
        heading_sister = QLabel(self.tr("<b>SISTER</b>"), self)
        layout.addWidget(heading_local, 0, 1)
        layout.addWidget(heading_sister, 0, 2)
        captions = {
            "nama": self.tr("Name"),
            "nuptk": "NUPTK",
            "nidn": self.tr("NIDN / NIDK / NUPN"),
            "nip": "NIP",
            "tanggal_lahir": self.tr("Birth date"),
            "status": self.tr("Status"),
        }
        self._captions = captions
        self.local_labels: dict[str, QLabel] = {}
        self.sister_labels: dict[str, QLabel] = {}
        for row, name in enumerate(self.FIELDS, start=1):
            layout.addWidget(QLabel(captions[name], self), row, 0)
            for column, store in ((1, self.local_labels), (2, self.sister_labels)):
                label = plain_label(QLabel(self))
                label.setObjectName(f"{'local' if column == 1 else 'sister'}_{name}")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                layout.addWidget(label, row, column)
                store[name] = label
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)
        self.show_records(None, None)

    def caption(self, name: str) -> str:
        """A row's title in the operator's language (``nidn``: NIDN / NIDK / NUPN)."""
        return self._captions[name]

    def show_records(self, pegawai: Pegawai | None, sdm: SdmRow | None) -> None:
        local = _local_values(pegawai)
        sister = _sister_values(sdm)
        for name in self.FIELDS:
            mine, theirs = local.get(name) or "", sister.get(name) or ""
            self.local_labels[name].setText(mine or "—")
            self.sister_labels[name].setText(theirs or "—")
            differs = bool(pegawai and sdm and mine and theirs and _differs(name, mine, theirs))
            style = f"QLabel {{ color: {palette().error}; font-weight: bold; }}" if differs else ""
            self.local_labels[name].setStyleSheet(style)
            self.sister_labels[name].setStyleSheet(style)


#: Rows that tell two people apart: a name may be misspelt, these may not disagree.
IDENTIFYING_FIELDS = ("nuptk", "nidn", "nip", "tanggal_lahir")


def disagreeing_fields(pegawai: Pegawai, sdm: SdmRow) -> list[str]:
    """The identifying rows where both records have a value and the values differ."""
    local, sister = _local_values(pegawai), _sister_values(sdm)
    found = []
    for name in IDENTIFYING_FIELDS:
        mine, theirs = local.get(name) or "", sister.get(name) or ""
        if mine and theirs and _differs(name, mine, theirs):
            found.append(name)
    return found


def agreeing_fields(pegawai: Pegawai, sdm: SdmRow) -> list[str]:
    """The identifying rows where both records have a value and the values agree: what
    tells the operator that a candidate is this pegawai, beyond a similar name."""
    local, sister = _local_values(pegawai), _sister_values(sdm)
    found = []
    for name in IDENTIFYING_FIELDS:
        mine, theirs = local.get(name) or "", sister.get(name) or ""
        if mine and theirs and not _differs(name, mine, theirs):
            found.append(name)
    return found


def _local_values(p: Pegawai | None) -> dict[str, str | None]:
    if p is None:
        return {}
    numbers = " / ".join(x for x in (p.nidn, p.nidk, p.nupn) if x)
    return {
        "nama": p.nama,
        "nuptk": p.nuptk,
        "nidn": numbers,
        "nip": p.nip,
        "tanggal_lahir": format_date(p.tanggal_lahir) if p.tanggal_lahir else None,
        "status": None,
    }


def _sister_values(s: SdmRow | None) -> dict[str, str | None]:
    if s is None:
        return {}
    born = birth_date_of_nip(s.nip)
    status = " · ".join(x for x in (s.nama_status_aktif, s.nama_status_pegawai, s.jenis_sdm) if x)
    return {
        "nama": s.nama_sdm,
        "nuptk": s.nuptk,
        "nidn": s.nidn,
        "nip": s.nip,
        "tanggal_lahir": format_date(born) if born else None,
        "status": status,
    }


def _differs(name: str, mine: str, theirs: str) -> bool:
    if name == "nama":
        return normalize_name(mine) != normalize_name(theirs)
    if name == "nidn":
        return identifier_key(theirs) not in {identifier_key(x) for x in mine.split(" / ")}
    return (
        identifier_key(mine) != identifier_key(theirs)
        if name != "tanggal_lahir"
        else (mine != theirs)
    )
