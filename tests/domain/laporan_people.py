"""Hand-made pegawai records for the Laporan's pure builders."""

from __future__ import annotations

from typing import Any

from sister_desktop.domain.laporan_records import PegawaiRecords, RawRecord


def person(
    pegawai_id: int, nama: str, id_sdm: str | None = None, **datasets: Any
) -> PegawaiRecords:
    """``penugasan=[{...}], data_pribadi__profil={...}``: a dataset's name with ``/`` as
    ``__``; an object dataset given as one dict."""
    found = PegawaiRecords(pegawai_id, nama, id_sdm or f"sdm-{pegawai_id}")
    for name, rows in datasets.items():
        dataset = name.replace("__", "/")
        items = rows if isinstance(rows, list) else [rows]
        found.records[dataset] = [
            RawRecord(pegawai_id, dataset, str(row.get("id", n)), str(row.pop("_scope", "")), row)
            for n, row in enumerate(items)
        ]
    return found


def dosen(
    pegawai_id: int,
    nama: str,
    unit: str = "Ilmu Hukum",
    ikatan: str = "Dosen Tetap",
    born: str = "1980-01-01",
    **datasets: Any,
) -> PegawaiRecords:
    return person(
        pegawai_id,
        nama,
        penugasan=[
            {
                "id": f"p{pegawai_id}",
                "unit_kerja": unit,
                "ikatan_kerja": ikatan,
                "tanggal_mulai": "2010-01-01",
                "tanggal_keluar": None,
            }
        ],
        data_pribadi__profil={"tanggal_lahir": born},
        **datasets,
    )
