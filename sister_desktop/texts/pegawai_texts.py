"""The labels of a pegawai's fields, one table for the form, the details, the import and the
Perbandingan (which names the unit its own way, as the homebase SISTER knows)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CTX = "PegawaiTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_label(name: str) -> str:
    """The column or form label of a field of ``Pegawai`` (its name if it has no label)."""
    labels = {
        "nama": _t("Name"),
        "nip": "NIP",
        "nidn": "NIDN",
        "nidk": "NIDK",
        "nupn": "NUPN",
        "nuptk": "NUPTK",
        "nik": "NIK",
        "tanggal_lahir": _t("Date of birth"),
        "jenis_kelamin": _t("Sex"),
        "jenis_pegawai": _t("Dosen or tendik"),
        "unit_kerja": _t("Unit kerja"),
        "email": _t("Email"),
        "telepon_hp": _t("Mobile phone"),
        "alamat": _t("Address"),
        "jabatan_fungsional": _t("Jabatan fungsional"),
        "pangkat_golongan": _t("Pangkat/golongan"),
    }
    return labels.get(name, name)


def sex_label(code: str) -> str:
    """``L``/``P`` as the operator reads them everywhere (details, Perbandingan, reports)."""
    return {"L": _t("Male"), "P": _t("Female")}.get(code.upper(), code)
