"""The Gambaran dosen's charts from hand-made records."""

from __future__ import annotations

from datetime import date

from sister_desktop.domain.gambaran_dosen import (
    JUMLAH,
    SERDOS_BELUM,
    SERDOS_SUDAH,
    TANPA_GOLONGAN,
    ChartKey,
    age_band,
    build_gambaran,
    horizon_label,
    units_of,
)
from sister_desktop.domain.laporan_vocabulary import Jabatan, Pendidikan
from tests.domain.laporan_people import dosen, person

TODAY = date(2025, 6, 30)


def _people():
    return [
        dosen(
            1,
            "Ani",
            born="1961-03-01",  # 64: retires at 65 in March 2026
            jabatan_fungsional=[
                {
                    "id": "j1",
                    "jabatan_fungsional": "Lektor (200.00)",
                    "tanggal_mulai": "2010-01-01",
                },
                {
                    "id": "j2",
                    "jabatan_fungsional": "Lektor Kepala (400.00)",
                    "tanggal_mulai": "2018-01-01",
                },
            ],
            pendidikan_formal=[
                {"id": "e1", "jenjang_pendidikan": "S2", "tahun_lulus": 2000},
                {"id": "e2", "jenjang_pendidikan": "S3", "tahun_lulus": 2010},
            ],
            sertifikasi_dosen=[{"id": "s1", "tahun_sertifikasi": 2015}],
            kepangkatan=[
                {"id": "k1", "pangkat_golongan": "IV/a (Pembina)", "tanggal_mulai": "2019-01-01"}
            ],
        ),
        dosen(
            2,
            "Budi",
            unit="Akuntansi",
            born="1957-01-10",  # 68: a Guru Besar retires at 70, in 2027
            jabatan_fungsional=[
                {
                    "id": "j3",
                    "jabatan_fungsional": "Profesor (850.00)",
                    "tanggal_mulai": "2015-01-01",
                }
            ],
            pendidikan_formal=[{"id": "e3", "jenjang_pendidikan": "S3", "tahun_lulus": 1995}],
        ),
        dosen(3, "Cici", ikatan="Dosen Tidak Tetap", born="1996-08-01"),
        dosen(4, "Dedi", ikatan="Tenaga Kependidikan Tetap"),
        person(5, "Eko"),  # linked, nothing synced
        person(
            6,
            "Fani",
            penugasan=[
                {
                    "id": "p6",
                    "unit_kerja": "Ilmu Hukum",
                    "ikatan_kerja": "Dosen Tetap",
                    "tanggal_mulai": "2000-01-01",
                    "tanggal_keluar": "2020-01-01",
                }
            ],
        ),
    ]


def test_who_is_counted():
    gambaran = build_gambaran(_people(), TODAY)
    assert set(gambaran.dosen) == {1, 2, 3}
    assert build_gambaran(_people(), TODAY, "ilmu hukum").dosen == (1, 3)
    assert units_of(_people(), TODAY) == ["Akuntansi", "Ilmu Hukum"]


def test_each_chart_counts_and_names_its_pegawai():
    gambaran = build_gambaran(_people(), TODAY)
    rank = gambaran.chart(ChartKey.JABATAN)
    assert rank.bar(JUMLAH, Jabatan.LEKTOR_KEPALA).pegawai == (1,)
    assert rank.bar(JUMLAH, Jabatan.GURU_BESAR).pegawai == (2,)
    assert rank.bar(JUMLAH, Jabatan.TENAGA_PENGAJAR).pegawai == (3,)
    assert [s.key for s in rank.bar(JUMLAH, Jabatan.LEKTOR_KEPALA).sources] == ["p1", "j2"]
    edu = gambaran.chart(ChartKey.PENDIDIKAN)
    assert edu.count(JUMLAH, Pendidikan.DOKTOR) == 2
    assert edu.count(JUMLAH, Pendidikan.LAINNYA) == 1
    serdos = gambaran.chart(ChartKey.SERDOS)
    assert (serdos.count(JUMLAH, SERDOS_SUDAH), serdos.count(JUMLAH, SERDOS_BELUM)) == (1, 2)
    pangkat = gambaran.chart(ChartKey.PANGKAT)
    assert pangkat.categories == ("IV/a", TANPA_GOLONGAN)
    assert pangkat.count(JUMLAH, TANPA_GOLONGAN) == 2
    usia = gambaran.chart(ChartKey.USIA)
    assert usia.bar(JUMLAH, "60–69").pegawai == (1, 2)
    assert usia.bar(JUMLAH, "< 30").pegawai == (3,)
    assert sum(usia.total(s) for s in usia.series) == 3


def test_retirement_horizon_by_rank():
    pensiun = build_gambaran(_people(), TODAY).chart(ChartKey.PENSIUN)
    one, three, five = (horizon_label(y) for y in (1, 3, 5))
    assert pensiun.bar(one, Jabatan.LEKTOR_KEPALA).pegawai == (1,)
    assert pensiun.bar(three, Jabatan.LEKTOR_KEPALA).pegawai == (1,)
    assert pensiun.bar(five, Jabatan.LEKTOR_KEPALA).pegawai == (1,)
    assert pensiun.bar(three, Jabatan.GURU_BESAR).pegawai == (2,)
    assert pensiun.count(one, Jabatan.GURU_BESAR) == 0


def test_age_bands_edges():
    assert age_band(29) == "< 30" and age_band(30) == "30–39" and age_band(70) == "≥ 70"


def test_a_source_is_named_from_its_record_when_asked() -> None:
    """The title is read from the record's values when a cell's records are listed; two
    references to one record are the same source whatever their values."""
    from sister_desktop.domain.laporan_records import SourceRef

    ref = SourceRef(1, "publikasi", "k1", {"judul": "  Hukum   Adat\n Bali ", "nama": "x"})
    assert ref.title == "Hukum Adat Bali"
    assert SourceRef(1, "publikasi", "k2", {}).title == "k2"
    assert ref == SourceRef(1, "publikasi", "k1", {}) and hash(ref) == hash(
        SourceRef(1, "publikasi", "k1")
    )
