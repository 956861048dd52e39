"""The Gambaran dosen and every LKPS table of every program studi, built from a sandbox world
synced over loopback, against counts made here from the sandbox's own answers (its Router),
with rules restated in this file rather than taken from the code under test; cell by cell."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from typing import Any

import pytest

from sister_desktop.domain.gambaran_dosen import ChartKey
from sister_desktop.sandbox.dataset import SdmPerson
from sister_desktop.services.laporan_service import LaporanService
from tests.laporan_world import REPORT_DAY, TS, Answers, SyncedWorld, sync_world

TETAP = {"Dosen Tetap", "Dosen PNS DPK"}
TIDAK_TETAP = {"Dosen Tidak Tetap", "Dosen dengan Perjanjian Kerja"}
YEARS = (TS - 2, TS - 1, TS)
PUBLICATION_ROWS = {
    "Jurnal nasional": "Jurnal penelitian tidak terakreditasi",
    "Jurnal nasional terakreditasi": "Jurnal penelitian nasional terakreditasi",
    "Jurnal internasional": "Jurnal penelitian internasional",
    "Jurnal internasional bereputasi": "Jurnal penelitian internasional bereputasi",
    "Prosiding seminar nasional": "Seminar nasional",
    "Prosiding seminar internasional": "Seminar internasional",
}
BOOKS = {"Buku referensi", "Monograf", "Book chapter"}


class Expected:
    """What the sandbox says, counted plainly."""

    def __init__(self, synced: SyncedWorld, answers: Answers) -> None:
        self.synced = synced
        self.answers = answers
        self._cache: dict[tuple[int, str], Any] = {}

    def _get(self, pegawai_id: int, name: str, make):  # type: ignore[no-untyped-def]
        key = (pegawai_id, name)
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def person(self, pegawai_id: int) -> SdmPerson:
        return self.synced.people[pegawai_id]

    def list_of(self, pegawai_id: int, dataset: str) -> list[dict[str, Any]]:
        person = self.person(pegawai_id)
        paged = dataset in {"penelitian", "pengabdian", "publikasi", "kekayaan_intelektual"}
        return self._get(
            pegawai_id,
            dataset,
            lambda: (
                self.answers.paged(person, dataset)
                if paged
                else self.answers.details(person, dataset)
            ),
        )

    def assignment(self, pegawai_id: int) -> dict[str, Any] | None:
        running = [
            row
            for row in self.list_of(pegawai_id, "penugasan")
            if not row.get("tanggal_keluar")
            or date.fromisoformat(row["tanggal_keluar"]) > REPORT_DAY
        ]
        return max(running, key=lambda r: r["tanggal_mulai"], default=None)

    def members(self, prodi: str, ikatan: set[str]) -> list[int]:
        found = []
        for pegawai_id in self.synced.people:
            job = self.assignment(pegawai_id)
            if job and job["unit_kerja"] == prodi and job["ikatan_kerja"] in ikatan:
                found.append(pegawai_id)
        return found

    def units(self) -> set[str]:
        return {
            job["unit_kerja"]
            for pid in self.synced.people
            if (job := self.assignment(pid)) and job["ikatan_kerja"] in TETAP | TIDAK_TETAP
        }

    def rank(self, pegawai_id: int) -> str | None:
        rows = self.list_of(pegawai_id, "jabatan_fungsional")
        if not rows:
            return None
        name = re.sub(
            r"\s*\(.*\)$", "", max(rows, key=lambda r: r["tanggal_mulai"])["jabatan_fungsional"]
        )
        return "Guru Besar" if name == "Profesor" else name

    def pengajaran(self, pegawai_id: int) -> list[dict[str, Any]]:
        person = self.person(pegawai_id)

        def make() -> list[dict[str, Any]]:
            rows = []
            for year in YEARS:
                for half in "12":
                    rows += self.answers.details(person, "pengajaran", id_semester=f"{year}{half}")
            return rows

        return self._get(pegawai_id, "pengajaran-ts", make)

    def projects(self, dtps: list[int], dataset: str) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for pid in dtps:
            for row in self.list_of(pid, dataset):
                found.setdefault(row["id"], row)
        return found


@pytest.fixture
def world(loop, db, sandbox):
    synced = loop.run_until_complete(sync_world(db, sandbox))
    return LaporanService(db), Expected(synced, Answers(sandbox.world))


def _values(table, column):  # type: ignore[no-untyped-def]
    index = table.column(column)
    return {row.key: row.cells[index].value for row in table.rows}


def test_every_program_studi_is_offered(loop, world):
    service, expected = world
    assert set(loop.run_until_complete(service.prodi_list(REPORT_DAY))) == expected.units()


def test_gambaran_of_the_pt_counts_what_the_sandbox_says(loop, world):
    service, expected = world
    report = loop.run_until_complete(service.gambaran(None, REPORT_DAY))
    dosen = [
        pid
        for pid in expected.synced.people
        if (job := expected.assignment(pid)) and job["ikatan_kerja"] in TETAP | TIDAK_TETAP
    ]
    assert sorted(report.gambaran.dosen) == sorted(dosen)
    ranks = Counter(expected.rank(pid) or "Tenaga Pengajar" for pid in dosen)
    chart = report.gambaran.chart(ChartKey.JABATAN)
    assert {c: chart.count("Jumlah", c) for c in chart.categories if chart.count("Jumlah", c)} == (
        dict(ranks)
    )
    certified = sum(1 for pid in dosen if expected.list_of(pid, "sertifikasi_dosen"))
    serdos = report.gambaran.chart(ChartKey.SERDOS)
    assert (serdos.count("Jumlah", "Sudah"), serdos.count("Jumlah", "Belum")) == (
        certified,
        len(dosen) - certified,
    )
    ages = Counter()
    for pid in dosen:
        born = date.fromisoformat(
            expected.answers.profil(expected.person(pid), "profil")["tanggal_lahir"]
        )
        age = (
            REPORT_DAY.year
            - born.year
            - ((REPORT_DAY.month, REPORT_DAY.day) < (born.month, born.day))
        )
        ages[min(age // 10, 7)] += 1
    usia = report.gambaran.chart(ChartKey.USIA)
    by_decade = {
        "< 30": sum(n for d, n in ages.items() if d < 3),
        "30–39": ages[3],
        "40–49": ages[4],
        "50–59": ages[5],
        "60–69": ages[6],
        "≥ 70": ages[7],
    }
    assert {c: usia.count("Jumlah", c) for c in by_decade} == by_decade


def test_lkps_dosen_tables_cell_by_cell(loop, world):
    service, expected = world
    for prodi in sorted(expected.units()):
        lkps = loop.run_until_complete(service.lkps(prodi, TS, REPORT_DAY)).lkps
        tetap = expected.members(prodi, TETAP)
        table = lkps.table("3.a.1")
        assert sorted(int(k) for k in _values(table, "nama")) == sorted(tetap), prodi
        for pid in tetap:
            key = str(pid)
            assert table.cell(key, "nama").value == expected.person(pid).nama
            nidn = expected.answers.profil(expected.person(pid), "kepegawaian").get("nidn")
            assert table.cell(key, "nidn").value == (nidn or None)
            assert table.cell(key, "jabatan").value == expected.rank(pid)
            serdos = expected.list_of(pid, "sertifikasi_dosen")
            latest = max(serdos, key=lambda r: r["tahun_sertifikasi"]) if serdos else None
            assert table.cell(key, "serdos").value == (
                latest["nomor_registrasi"] if latest else None
            )
            phd = any(
                r["jenjang_pendidikan"] == "S3" for r in expected.list_of(pid, "pendidikan_formal")
            )
            assert (table.cell(key, "doktor").value is not None) == phd
            courses = {r["mata_kuliah"] for r in expected.pengajaran(pid)}
            shown = table.cell(key, "mk_ps").value
            assert set(shown.split("; ") if shown else ()) == courses
            assert table.cell(key, "mk_ps").operator and table.cell(key, "sesuai_ps").operator
        figures = {f.label: f.value for f in table.figures}
        assert figures["NDT"] == len(tetap)
        senior = sum(1 for pid in tetap if expected.rank(pid) in {"Lektor Kepala", "Guru Besar"})
        if tetap:
            assert figures["% Lektor Kepala/Guru Besar (dari NDT)"] == round(
                100 * senior / len(tetap), 2
            )
        tidak = expected.members(prodi, TIDAK_TETAP)
        assert sorted(int(k) for k in _values(lkps.table("3.a.4"), "nama")) == sorted(tidak)
        _check_supervision(lkps.table("3.a.2"), expected, tetap, prodi)
        _check_ewmp(lkps.table("3.a.3"), expected, tetap)


def _check_supervision(table, expected: Expected, tetap: list[int], prodi: str) -> None:  # type: ignore[no-untyped-def]
    rows_seen = set()
    for pid in tetap:
        counts: dict[str, int] = defaultdict(int)
        me = expected.person(pid).id_sdm
        for row in expected.list_of(pid, "bimbingan_mahasiswa"):
            year = int(row["semester"][:4])
            if year not in YEARS or row["jenis_bimbingan"] not in {"Skripsi", "Tesis"}:
                continue
            first = [d for d in row["dosen"] if d["id_sdm"] == me and d["urutan"] == 1]
            if not first:
                continue
            part = "ps" if row["program_studi"] == prodi else "lain"
            counts[f"{part}_{year}"] += len(row["mahasiswa"])
        if not counts:
            continue
        rows_seen.add(str(pid))
        for part in ("ps", "lain"):
            for year in YEARS:
                assert table.cell(str(pid), f"{part}_{year}").value == counts[f"{part}_{year}"]
    assert {r.key for r in table.rows} == rows_seen


def _check_ewmp(table, expected: Expected, tetap: list[int]) -> None:  # type: ignore[no-untyped-def]
    for pid in tetap:
        reports = [
            r
            for r in expected.answers.bkd(expected.person(pid))
            if r["id_smt"] in {f"{TS}1", f"{TS}2"}
        ]
        if not reports:
            assert table.cell(str(pid), "penelitian").operator
            continue
        lit = sum(float(r["sks_kinerja_lit"]) for r in reports)
        teach = sum(float(r["sks_kinerja_ajar"]) + float(r["sks_kinerja_didik"]) for r in reports)
        assert table.cell(str(pid), "penelitian").value == round(lit, 2)
        assert table.cell(str(pid), "pend_ps").value == round(teach, 2)


def _source_of(row: dict[str, Any]) -> str:
    funds = {
        "Perguruan Tinggi": float(row.get("dana_perguruan_tinggi") or 0),
        "Lembaga dalam negeri (diluar PT)": max(
            float(row.get("dana_dikti") or 0), float(row.get("dana_institusi_lain") or 0)
        ),
    }
    if not any(funds.values()):
        return "Mandiri"
    return max(funds, key=lambda k: (funds[k], k == "Perguruan Tinggi"))


def test_lkps_kinerja_tables_cell_by_cell(loop, world):
    service, expected = world
    rows_in_world = Counter()
    for prodi in sorted(expected.units()):
        lkps = loop.run_until_complete(service.lkps(prodi, TS, REPORT_DAY)).lkps
        dtps = expected.members(prodi, TETAP)
        for table_id, dataset in (("3.b.2", "penelitian"), ("3.b.3", "pengabdian")):
            counts: Counter[tuple[str, int]] = Counter()
            with_students = {}
            for row in expected.projects(dtps, dataset).values():
                if row["tahun_pelaksanaan"] in YEARS:
                    counts[(_source_of(row), row["tahun_pelaksanaan"])] += 1
                    students = [m["nama"] for m in row["anggota"] if m["jenis"] == "Mahasiswa"]
                    if students:
                        with_students[f"{dataset}:{row['id']}"] = ", ".join(students)
            table = lkps.table(table_id)
            for source in ("Perguruan Tinggi", "Mandiri", "Lembaga dalam negeri (diluar PT)"):
                for year in YEARS:
                    assert table.cell(source, f"y{year}").value == counts[(source, year)], (
                        prodi,
                        table_id,
                        source,
                        year,
                    )
                    rows_in_world[(table_id, source)] += counts[(source, year)]
            students_table = lkps.table("6.a" if dataset == "penelitian" else "7")
            assert _values(students_table, "mahasiswa") == with_students
            rows_in_world[(students_table.id, "rows")] += len(with_students)
        kinds: Counter[tuple[str, int]] = Counter()
        books = 0
        for row in expected.projects(dtps, "publikasi").values():
            year = int(row["tanggal"][:4])
            if year in YEARS and row["jenis_publikasi"] in PUBLICATION_ROWS:
                kinds[(PUBLICATION_ROWS[row["jenis_publikasi"]], year)] += 1
            if year in YEARS and row["jenis_publikasi"] in BOOKS:
                books += 1
        table = lkps.table("3.b.4")
        for (kind, year), count in kinds.items():
            assert table.cell(kind, f"y{year}").value == count
        assert table.cell("jumlah", "jumlah").value == sum(kinds.values())
        books += sum(
            1
            for row in expected.projects(dtps, "bahan_ajar").values()
            if int(row["tanggal_terbit"][:4]) in YEARS and row.get("isbn")
        )
        hki = sum(
            1
            for row in expected.projects(dtps, "kekayaan_intelektual").values()
            if int(row["tanggal"][:4]) in YEARS
        )
        luaran = lkps.table("3.b.7")
        listed = [r for r in luaran.rows if not r.heading and not r.key.startswith("operator:")]
        assert len(listed) == books + hki
        recognised = 0
        for pid in dtps:
            recognised += sum(
                1 for r in expected.list_of(pid, "penghargaan") if r["tahun"] in YEARS
            )
            recognised += sum(
                1
                for r in expected.list_of(pid, "pembicara")
                if r["tanggal_pelaksanaan"] and int(r["tanggal_pelaksanaan"][:4]) in YEARS
            )
            recognised += sum(
                1
                for r in expected.list_of(pid, "visiting_scientist")
                if int(r["tanggal"][:4]) in YEARS
            )
            recognised += sum(
                1
                for r in expected.list_of(pid, "pengelola_jurnal")
                if int(r["tanggal_mulai"][:4]) <= TS
                and (not r["tanggal_selesai"] or int(r["tanggal_selesai"][:4]) >= YEARS[0])
            )
        assert len(lkps.table("3.b.1").rows) == recognised
        rows_in_world[("3.b.1", "rows")] += recognised
        rows_in_world[("3.b.7", "rows")] += books + hki
    # The sandbox's world gives every table rows.
    for key in (
        ("3.b.2", "Perguruan Tinggi"),
        ("3.b.2", "Mandiri"),
        ("3.b.2", "Lembaga dalam negeri (diluar PT)"),
        ("3.b.3", "Mandiri"),
        ("6.a", "rows"),
        ("7", "rows"),
        ("3.b.1", "rows"),
        ("3.b.7", "rows"),
    ):
        assert rows_in_world[key] > 0, key


def test_the_operators_entries_are_kept_for_the_next_build(loop, world):
    service, expected = world
    prodi = max(expected.units(), key=lambda u: len(expected.members(u, TETAP)))
    first = expected.members(prodi, TETAP)[0]
    loop.run_until_complete(service.save_entry(prodi, TS, ("3.a.1", str(first), "sesuai_ps"), "V"))
    loop.run_until_complete(
        service.save_entry(prodi, TS, ("3.b.2", "Lembaga luar negeri", f"y{TS}"), "3")
    )
    lkps = loop.run_until_complete(service.lkps(prodi, TS, REPORT_DAY)).lkps
    assert lkps.table("3.a.1").cell(str(first), "sesuai_ps").value == "V"
    assert lkps.table("3.a.3").cell(str(first), "dtps").value == "V"
    assert lkps.table("3.b.2").cell("Lembaga luar negeri", "jumlah").value == 3
    other = loop.run_until_complete(service.lkps(prodi, TS - 1, REPORT_DAY)).lkps
    assert other.table("3.a.1").cell(str(first), "sesuai_ps").value is None
    loop.run_until_complete(service.save_entry(prodi, TS, ("3.a.1", str(first), "sesuai_ps"), ""))
    lkps = loop.run_until_complete(service.lkps(prodi, TS, REPORT_DAY)).lkps
    assert lkps.table("3.a.1").cell(str(first), "sesuai_ps").value is None
