"""The Daftar Riwayat Hidup of a pegawai from his synced SISTER data, as text ready to print:
identity, the rank and position held now, and each history (newest first) as a table.

Built once here for the PDF (``reports/drh_pdf.py``), the XLSX and ``sister-desktop drh``, so
the printed CV and HR's workbook hold the same lines under the same titles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.sister_history import (
    DOCUMENTS_FIELD,
    History,
    PegawaiSisterData,
    PegawaiWithData,
)
from sister_desktop.files import report_xlsx
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_date, format_datetime
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.sister_field_texts import DASH, field_title, value_text

_CTX = "DrhTexts"

#: The groups whose histories a CV holds, in its order (documents and BKD are no CV).
DRH_GROUPS = (
    SisterGroup.KEPEGAWAIAN,
    SisterGroup.PENDIDIKAN,
    SisterGroup.KESEJAHTERAAN,
    SisterGroup.TRIDHARMA,
)


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def title_text() -> str:
    return _t("Daftar Riwayat Hidup")


@dataclass(frozen=True, slots=True)
class DrhSection:
    """One history of the CV: its title, column titles and rows of text."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]


@dataclass(frozen=True, slots=True)
class Drh:
    """A whole CV: who, from which PT and data of when, then its parts."""

    nama: str
    pt_name: str | None
    #: When the newest of the data was synced (``None``: never synced).
    data_at: datetime | None
    printed_at: datetime
    identity: Sequence[tuple[str, str]]
    current: Sequence[tuple[str, str]]
    sections: Sequence[DrhSection]
    #: The pas foto SISTER holds (image bytes), printed beside the identity.
    photo: bytes | None = None

    @property
    def heading(self) -> str:
        return fill(_t("%1 — %2"), title_text(), self.nama)

    def meta_text(self) -> str:
        data = format_datetime(self.data_at) if self.data_at else _t("not synced yet")
        return fill(
            _t("Perguruan tinggi: %1 · SISTER data as of %2 · Printed %3"),
            self.pt_name or DASH,
            data,
            format_datetime(self.printed_at),
        )


def _value(data: PegawaiSisterData, dataset: str, field: str) -> str:
    values = data.object_values(dataset)
    return value_text(field, values.get(field), data.referensi)


def _first(*texts: str | None) -> str:
    for text in texts:
        if text and text != DASH:
            return text
    return DASH


def _identity(pegawai: Pegawai, data: PegawaiSisterData) -> list[tuple[str, str]]:
    profil = "data_pribadi/profil"
    kepegawaian = "data_pribadi/kepegawaian"
    born_at = _value(data, profil, "tempat_lahir")
    born_on = _first(
        _value(data, profil, "tanggal_lahir"),
        format_date(pegawai.tanggal_lahir) if pegawai.tanggal_lahir else None,
    )
    sexes = {"L": _t("Laki-laki"), "P": _t("Perempuan")}
    sex = data.object_values(profil).get("jenis_kelamin") or pegawai.jenis_kelamin or ""
    return [
        (field_title("nama"), _first(_value(data, profil, "nama"), pegawai.nama)),
        ("NIP", _first(_value(data, kepegawaian, "nip"), pegawai.nip)),
        ("NIDN", _first(_value(data, kepegawaian, "nidn"), pegawai.nidn)),
        ("NUPTK", _first(_value(data, kepegawaian, "nuptk"), pegawai.nuptk)),
        (_t("Place and date of birth"), f"{born_at}, {born_on}" if born_at != DASH else born_on),
        (field_title("jenis_kelamin"), sexes.get(str(sex), DASH)),
        (field_title("agama"), _value(data, "data_pribadi/kependudukan", "agama")),
        (field_title("email"), _first(_value(data, "data_pribadi/alamat", "email"), pegawai.email)),
        (field_title("alamat"), _value(data, "data_pribadi/alamat", "alamat")),
    ]


def _latest(data: PegawaiSisterData, dataset: str, field: str) -> str:
    record = data.latest(dataset)
    if record is None:
        return DASH
    return value_text(field, record.values.get(field), data.referensi)


def _since(data: PegawaiSisterData, dataset: str, field: str, when: str) -> str:
    record = data.latest(dataset)
    if record is None:
        return DASH
    what = value_text(field, record.values.get(field), data.referensi)
    start = record.values.get(when)
    if start in (None, ""):
        return what
    return fill(_t("%1 (TMT %2)"), what, value_text(when, start))


def _current(pegawai: Pegawai, data: PegawaiSisterData) -> list[tuple[str, str]]:
    penugasan = data.latest("penugasan")
    unit = _first(
        value_text("unit_kerja", penugasan.values.get("unit_kerja")) if penugasan else None,
        pegawai.unit_kerja,
    )
    degree = data.latest("pendidikan_formal")
    degree_text = DASH
    if degree is not None:
        parts = [
            value_text(name, degree.values.get(name))
            for name in ("jenjang_pendidikan", "gelar_akademik", "nama_perguruan_tinggi")
        ]
        degree_text = ", ".join(p for p in parts if p != DASH) or DASH
    return [
        (
            field_title("jabatan_fungsional"),
            _first(
                _since(data, "jabatan_fungsional", "jabatan_fungsional", "tanggal_mulai"),
                pegawai.jabatan_fungsional,
            ),
        ),
        (
            field_title("pangkat_golongan"),
            _first(
                _since(data, "kepangkatan", "pangkat_golongan", "tanggal_mulai"),
                pegawai.pangkat_golongan,
            ),
        ),
        (field_title("unit_kerja"), unit),
        (field_title("status_kepegawaian"), _latest(data, "penugasan", "status_kepegawaian")),
        (_t("Highest education"), degree_text),
    ]


def history_section(history: History, data: PegawaiSisterData) -> DrhSection:
    """One history as a CV table, the same columns as the Data SISTER page but the
    documents."""
    columns = [c for c in history.columns if c != DOCUMENTS_FIELD]
    rows = [
        [value_text(c, record.values.get(c), data.referensi) for c in columns]
        for record in history.records
    ]
    name = history.dataset.name
    return DrhSection(dataset_label(name), [field_title(c, name) for c in columns], rows)


def build_drh(loaded: PegawaiWithData, printed_at: datetime) -> Drh:
    """The CV of one pegawai: every current history of the CV's groups that holds records
    (a history never synced or empty is left out, so the CV is what is known)."""
    data = loaded.data
    sections = [
        history_section(history, data)
        for group in DRH_GROUPS
        for history in data.group(group)
        if history.records and not history.is_ajuan and not history.is_object
    ]
    moments = [h.synced_at for h in data.histories.values() if h.synced_at is not None]
    return Drh(
        nama=loaded.pegawai.nama,
        pt_name=loaded.pt_name,
        data_at=max(moments) if moments else None,
        printed_at=printed_at,
        identity=_identity(loaded.pegawai, data),
        current=_current(loaded.pegawai, data),
        sections=sections,
        photo=data.photo(),
    )


def identity_title() -> str:
    return _t("Identity")


def current_title() -> str:
    return _t("Current rank and position")


def drh_sheets(drh: Drh) -> list[report_xlsx.Sheet]:
    """The same CV as workbook sheets: identity and current position first, then a sheet per
    history."""
    field_header, value_header = _t("Field"), _t("Value")
    first = [
        [drh.heading, ""],
        [drh.meta_text(), ""],
        ["", ""],
        *[[label, value] for label, value in drh.identity],
        ["", ""],
        [current_title(), ""],
        *[[label, value] for label, value in drh.current],
    ]
    sheets = [report_xlsx.Sheet(identity_title(), [field_header, value_header], first)]
    sheets += [report_xlsx.Sheet(s.title, s.headers, s.rows) for s in drh.sections]
    return sheets


def file_stem(pegawai: Pegawai) -> str:
    """``DRH_<NIP or id>_<nama>``, safe as a file name on Windows and Linux."""
    ident = pegawai.nip or pegawai.nidn or str(pegawai.id)
    raw = f"DRH_{ident}_{pegawai.nama}"
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in raw)
    return "_".join(part for part in cleaned.split("_") if part)[:120]


def written_text(path: str) -> str:
    return fill(_t("Daftar Riwayat Hidup written to %1"), path)


def batch_written_text(count: int, folder: str) -> str:
    return fill(_t("%1 Daftar Riwayat Hidup written to %2"), str(count), folder)


def no_pegawai_text(pegawai_id: int) -> str:
    return fill(_t("No pegawai with id %1."), str(pegawai_id))


def output_kind_text() -> str:
    return _t("The output must be a .pdf or .xlsx file.")
