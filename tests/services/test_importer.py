"""Import planning and writing against a real database: validation report, all-or-nothing,
valid rows only, re-import updates, duplicates in the file and against the database."""

from __future__ import annotations

from datetime import date

import pytest

from sister_desktop.domain.identifiers import IdentifierProblem
from sister_desktop.domain.import_problems import ImportProblem, ImportProblemCode
from sister_desktop.domain.pegawai import JenisPegawai
from sister_desktop.sandbox.dataset import World
from sister_desktop.services.importer import (
    ImportRefusedError,
    RowAction,
    SavedRow,
    apply_import,
    plan_import,
    planned_rows,
)
from sister_desktop.store.pegawai_repository import PegawaiRepository
from tests.services.import_samples import BUDI, HEADER, SITI, write_csv, write_xlsx


def _plan_and_apply(loop, repo, path, saved=None, **kw):
    async def scenario():
        plan = await plan_import(path, repo)
        result = await apply_import(plan, repo, saved=saved, **kw)
        return plan, result

    return loop.run_until_complete(scenario())


def test_a_clean_file_is_imported_with_normalised_values(loop, any_db, tmp_path):
    repo = PegawaiRepository(any_db)
    saved: list[SavedRow] = []
    path = write_csv(tmp_path / "p.csv", [SITI, BUDI])
    plan, result = _plan_and_apply(loop, repo, path, saved.append)
    assert plan.problems == []
    assert (result.imported, result.updated) == (2, 0)
    assert [(s.row, s.nama) for s in saved] == [(2, "Siti Rahmawati"), (3, "Budi Santoso")]
    siti = loop.run_until_complete(repo.get(saved[0].id))
    assert siti.nip == "198703152010122001"
    assert siti.nidn == "0015038701"
    assert siti.tanggal_lahir == date(1987, 3, 15)
    assert siti.jenis_pegawai is JenisPegawai.DOSEN
    budi = loop.run_until_complete(repo.get(saved[1].id))
    assert budi.jenis_pegawai is JenisPegawai.TENDIK
    assert budi.email is None


def test_a_file_with_a_bad_row_imports_nothing_and_lists_every_problem(loop, db, tmp_path):
    repo = PegawaiRepository(db)
    bad = list(BUDI)
    bad[0] = ""  # nama
    bad[1] = "19900230 201501 1 001"  # 30 February
    bad[7] = "31-31-1990"
    bad[8] = "X"
    bad[11] = "budi-at-kampus"
    path = write_csv(tmp_path / "p.csv", [SITI, bad])

    plan = loop.run_until_complete(plan_import(path, repo))
    assert plan.invalid_rows == [3]
    assert {(p.row, p.field, p.code) for p in plan.problems} == {
        (3, "nama", ImportProblemCode.REQUIRED),
        (3, "nip", IdentifierProblem.NIP_BIRTH_DATE_INVALID),
        (3, "tanggal_lahir", ImportProblemCode.BAD_DATE),
        (3, "jenis_kelamin", ImportProblemCode.BAD_JENIS_KELAMIN),
        (3, "email", ImportProblemCode.BAD_EMAIL),
    }
    with pytest.raises(ImportRefusedError):
        loop.run_until_complete(apply_import(plan, repo))
    assert loop.run_until_complete(repo.count()) == 0

    result = loop.run_until_complete(apply_import(plan, repo, valid_only=True))
    assert result.imported == 1
    assert [p.nama for p in loop.run_until_complete(repo.list_all())] == ["Siti Rahmawati"]


def test_reimport_updates_instead_of_duplicating_and_empty_cells_keep_values(loop, db, tmp_path):
    repo = PegawaiRepository(db)
    _plan_and_apply(loop, repo, write_csv(tmp_path / "a.csv", [SITI, BUDI]))
    siti_moved = list(SITI)
    siti_moved[10] = "Rektorat"
    siti_moved[11] = ""  # empty: keeps the saved e-mail
    budi_by_name = list(BUDI)
    budi_by_name[0] = "budi  SANTOSO"
    budi_by_name[5] = "1111222233334444"  # gains a NUPTK; matched by nama + tanggal lahir
    path = write_csv(tmp_path / "b.csv", [siti_moved, budi_by_name])

    plan, result = _plan_and_apply(loop, repo, path)
    assert [(r.action, r.matched_on) for r in planned_rows(plan)] == [
        (RowAction.UPDATE, "nip"),
        (RowAction.UPDATE, "nama_tanggal_lahir"),
    ]
    assert (result.imported, result.updated) == (0, 2)
    everyone = {p.nip or p.nuptk: p for p in loop.run_until_complete(repo.list_all())}
    assert len(everyone) == 2
    assert everyone["198703152010122001"].unit_kerja == "Rektorat"
    assert everyone["198703152010122001"].email == "siti@kampus.ac.id"
    assert everyone["1111222233334444"].nama == "budi SANTOSO"

    again, result = _plan_and_apply(loop, repo, path)
    assert {r.action for r in planned_rows(again)} == {RowAction.UNCHANGED}
    assert (result.imported, result.updated, result.unchanged) == (0, 0, 2)


def test_matching_falls_back_from_nip_to_nidn_to_nuptk(loop, db, tmp_path):
    repo = PegawaiRepository(db)
    _plan_and_apply(loop, repo, write_csv(tmp_path / "a.csv", [SITI]))
    by_nidn = list(SITI)
    by_nidn[1] = ""
    by_nuptk = list(SITI)
    by_nuptk[1] = by_nuptk[2] = ""
    for row, rule in ((by_nidn, "nidn"), (by_nuptk, "nuptk")):
        plan = loop.run_until_complete(plan_import(write_csv(tmp_path / "x.csv", [row]), repo))
        assert [r.matched_on for r in planned_rows(plan)] == [rule]


def test_duplicates_inside_the_file_and_against_the_database(loop, db, tmp_path):
    repo = PegawaiRepository(db)
    _plan_and_apply(loop, repo, write_csv(tmp_path / "a.csv", [SITI]))
    twin = list(BUDI)
    twin[0] = "Budi Kembar"
    twin[5] = "9999888877776666"
    copy = list(twin)
    copy[0] = "Budi Salinan"
    thief = list(BUDI)
    thief[2] = "0015038701"  # Siti's NIDN on another person
    thief[1] = "199001022015011001"
    path = write_csv(tmp_path / "b.csv", [twin, copy, thief])

    plan = loop.run_until_complete(plan_import(path, repo))
    assert plan.problems == [
        ImportProblem(3, "nuptk", ImportProblemCode.DUPLICATE_IN_FILE, "9999888877776666", "2"),
        ImportProblem(
            4,
            "nidn",
            ImportProblemCode.DUPLICATE_IN_DATABASE,
            "0015038701",
            plan.problems[1].other,
        ),
    ]
    assert "Siti Rahmawati" in plan.problems[1].other


def test_xlsx_numbers_that_lost_digits_are_reported(loop, db, tmp_path):
    repo = PegawaiRepository(db)
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["Ani", 198703152010122001, 15038701, None, None, None, None, None, "P", "Dosen"],
            ["Tono", None, 1015038701, None, None, None, None, date(1990, 5, 6), "L", "Dosen"],
        ],
    )
    plan = loop.run_until_complete(plan_import(path, repo))
    assert {(p.row, p.field, p.code) for p in plan.problems} == {
        (2, "nip", ImportProblemCode.EXCEL_NUMBER),
        (2, "nidn", ImportProblemCode.EXCEL_NUMBER),
    }
    [tono] = planned_rows(plan)
    assert tono.pegawai.nidn == "1015038701"
    assert tono.pegawai.tanggal_lahir == date(1990, 5, 6)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_sandbox_campus_export_imports(loop, db, tmp_path, suffix):
    """The sandbox's campus file (typos, traps) is realistic input: its one planted NIDN
    clash is reported, and the valid rows import."""
    world = World(seed=7, size=60)
    path = world.export_pegawai(tmp_path / f"campus{suffix}")
    repo = PegawaiRepository(db)
    plan = loop.run_until_complete(plan_import(path, repo))
    assert plan.total_rows == len(world.campus_rows())
    assert all(p.code == ImportProblemCode.DUPLICATE_IN_FILE for p in plan.problems)
    result = loop.run_until_complete(apply_import(plan, repo, valid_only=True))
    assert result.imported == plan.total_rows - plan.invalid_count
    assert loop.run_until_complete(repo.count()) == result.imported


@pytest.mark.parametrize(("column", "value"), [(3, "8812345678"), (4, "9912345678"), (6, None)])
def test_a_row_known_only_by_nidk_nupn_or_nik_updates_its_employee_again(
    loop, db, tmp_path, column, value
):
    repo = PegawaiRepository(db)
    row = ["Ani Lestari", "", "", "", "", "", "", "", "P", "Tendik", "Rektorat", ""]
    row[column] = value or SITI[6]  # the NIK of the samples
    path = write_csv(tmp_path / "a.csv", [row])
    _plan_and_apply(loop, repo, path)

    again, _result = _plan_and_apply(loop, repo, path)
    assert again.problems == []
    field = {3: "nidk", 4: "nupn", 6: "nik"}[column]
    assert [(r.action, r.matched_on) for r in planned_rows(again)] == [(RowAction.UNCHANGED, field)]
    assert loop.run_until_complete(repo.count()) == 1


def test_mobile_number_and_address_are_kept_and_a_lost_leading_zero_comes_back(loop, db, tmp_path):
    repo = PegawaiRepository(db)
    header = [*(h.upper() for h in HEADER), "TELEPON_HP", "ALAMAT"]
    blank = [None] * (len(HEADER) - 1)
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["Ani", *blank, 81315612211, "Jl. Perjuangan  No. 123"],
            ["Tono", *blank, "+62 812 3456 7890", None],
            ["Wati", *blank, None, "x" * 256],
        ],
        header=header,
    )
    plan = loop.run_until_complete(plan_import(path, repo))
    assert {(p.row, p.field, p.code) for p in plan.problems} == {
        (4, "alamat", ImportProblemCode.TOO_LONG)
    }
    ani, tono = sorted(planned_rows(plan), key=lambda row: row.pegawai.nama)
    assert ani.pegawai.telepon_hp == "081315612211"
    assert ani.pegawai.alamat == "Jl. Perjuangan No. 123"
    assert tono.pegawai.telepon_hp == "+62 812 3456 7890" and tono.pegawai.alamat is None
