"""The LKPS tables from hand-made records: the rules a sandbox world may not happen to show
(a record shared by two DTPS, the operator's entries, NDTPS waiting for them)."""

from __future__ import annotations

from datetime import date

from sister_desktop.domain.lkps import TABLE_IDS, build_lkps
from sister_desktop.domain.lkps_table import TsYears, semester_year
from tests.domain.laporan_people import dosen

TODAY = date(2025, 6, 30)
TS = 2024


def _research(key: str, year: int, **funds: float) -> dict:
    return {
        "id": key,
        "judul": f"Riset {key}",
        "tahun_pelaksanaan": year,
        "anggota": [
            {"nama": "Ani", "jenis": "Dosen", "peran": "Ketua"},
            {"nama": "MHS SATU", "jenis": "Mahasiswa", "peran": "Anggota"},
        ],
        **funds,
    }


def _people():
    shared = _research("r1", 2023, dana_perguruan_tinggi=10.0)
    return [
        dosen(
            1,
            "Ani",
            penelitian=[shared, _research("r2", 2024), _research("r3", 2019, dana_dikti=5.0)],
            bimbingan_mahasiswa=[
                {
                    "id": "b1",
                    "semester": "2024/2025 Ganjil",
                    "jenis_bimbingan": "Skripsi",
                    "program_studi": "Ilmu Hukum",
                    "dosen": [{"id_sdm": "sdm-1", "urutan": 1}],
                    "mahasiswa": [{"nama": "A"}, {"nama": "B"}],
                },
                {
                    "id": "b2",
                    "semester": "2023/2024 Genap",
                    "jenis_bimbingan": "Tesis",
                    "program_studi": "Akuntansi",
                    "dosen": [{"id_sdm": "sdm-1", "urutan": 1}],
                    "mahasiswa": [{"nama": "C"}],
                },
                {
                    "id": "b3",
                    "semester": "2024/2025 Ganjil",
                    "jenis_bimbingan": "Skripsi",
                    "program_studi": "Ilmu Hukum",
                    "dosen": [{"id_sdm": "sdm-9", "urutan": 1}, {"id_sdm": "sdm-1", "urutan": 2}],
                    "mahasiswa": [{"nama": "D"}],
                },
            ],
            visiting_scientist=[{"id": "v1", "tanggal": "2023-02-01", "perguruan_tinggi": "X"}],
        ),
        dosen(2, "Budi", penelitian=[dict(shared)]),
        dosen(3, "Cici", ikatan="Dosen Tidak Tetap"),
    ]


def test_every_table_in_the_forms_order():
    lkps = build_lkps(_people(), "Ilmu Hukum", TS, TODAY, {})
    assert tuple(t.id for t in lkps.tables) == TABLE_IDS


def test_a_shared_project_counts_once_and_old_ones_not_at_all():
    table = build_lkps(_people(), "Ilmu Hukum", TS, TODAY, {}).table("3.b.2")
    assert table.cell("Perguruan Tinggi", "y2023").value == 1
    assert [s.key for s in table.cell("Perguruan Tinggi", "y2023").sources] == ["r1"]
    assert table.cell("Mandiri", "y2024").value == 1
    assert table.cell("jumlah", "jumlah").value == 2
    luar = table.cell("Lembaga luar negeri", "y2024")
    assert luar.operator and luar.value is None


def test_operator_entries_fill_their_cells_and_the_totals():
    entries = {("3.b.2", "Lembaga luar negeri", "y2024"): "2"}
    table = build_lkps(_people(), "Ilmu Hukum", TS, TODAY, entries).table("3.b.2")
    assert table.cell("Lembaga luar negeri", "y2024").entered
    assert table.cell("Lembaga luar negeri", "jumlah").value == 2
    assert table.cell("jumlah", "jumlah").value == 4


def test_ndtps_waits_for_every_kesesuaian():
    lkps = build_lkps(_people(), "Ilmu Hukum", TS, TODAY, {})
    figures = {f.label: f.value for f in lkps.table("3.a.1").figures}
    assert figures["NDT"] == 2 and figures["NDTPS"] is None
    entries = {("3.a.1", "1", "sesuai_ps"): "V", ("3.a.1", "2", "sesuai_ps"): "tidak"}
    lkps = build_lkps(_people(), "Ilmu Hukum", TS, TODAY, entries)
    figures = {f.label: f.value for f in lkps.table("3.a.1").figures}
    assert figures["NDTPS"] == 1
    assert lkps.table("3.a.3").cell("1", "dtps").value == "V"
    assert [r.key for r in lkps.table("3.a.4").rows] == ["3"]


def test_supervision_counts_students_where_the_dosen_is_first():
    table = build_lkps(_people(), "Ilmu Hukum", TS, TODAY, {}).table("3.a.2")
    assert table.cell("1", "ps_2024").value == 2  # b3 has him second
    assert table.cell("1", "lain_2023").value == 1
    assert table.cell("1", "avg_all").value == 1.0
    assert [r.key for r in table.rows] == ["1"]


def test_unknown_levels_and_roadmaps_are_left_for_the_operator():
    lkps = build_lkps(_people(), "Ilmu Hukum", TS, TODAY, {})
    visit = lkps.table("3.b.1").rows[0]
    assert all(c.operator for c in visit.cells[4:7])
    students = lkps.table("6.a")
    assert [r.key for r in students.rows] == ["penelitian:r1", "penelitian:r2"]
    assert students.cell("penelitian:r1", "mahasiswa").value == "MHS SATU"
    assert students.cell("penelitian:r1", "tema").operator


def test_ts_years_and_semesters():
    assert TsYears(2024).years == (2022, 2023, 2024)
    assert TsYears(2024).semesters(2024) == ("20241", "20242")
    assert semester_year("2024/2025 Genap") == 2024 and semester_year("20231") == 2023
    assert semester_year("") is None
