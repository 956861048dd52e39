"""The comparison service against the sandbox world (loopback HTTP) and a real SQLite file,
graded by ``world.truth``."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from sister_desktop.domain.changes import RECORD_ADDED
from sister_desktop.domain.comparison import FieldState
from sister_desktop.domain.comparison_history import HistoryAction
from sister_desktop.domain.links import SdmAlreadyLinkedError
from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.files.report_xlsx import ReportSheet
from sister_desktop.sandbox import mutations
from sister_desktop.services.comparison import NotInSdmListError
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository
from tests.comparison_world import comparison_service, synced_campus
from tests.sync_world import engine_for, run, sandbox_client


@pytest.fixture
def campus(loop, db, sandbox):
    return synced_campus(loop, db, sandbox)


@pytest.fixture
def service(db, sandbox):
    return comparison_service(db, sandbox)


def test_differences_are_exactly_the_planted_ones(loop, sandbox, campus, service):
    report = run(loop, service.compare())
    truth = sandbox.world.truth
    got = {
        (campus.row_of[item.pegawai_id], f.field, f.local, f.sister)
        for item in report.items
        for f in item.differences
    }
    want = {
        (d.row, d.field, d.campus_value, d.sister_value)
        for d in truth.differences
        if truth.sdm_of(d.row) is not None
    }

    # SISTER's blank NIP (" ") is shown as empty; every other value as the world planted it.
    def plain(value):
        return (value or "").strip() or None

    assert got == {(r, f, plain(c), plain(s)) for r, f, c, s in want}
    # Equivalents (titles, case, NIDK in SISTER's nidn, padded NIP) are not reported.
    for e in truth.equivalents:
        pegawai_id = campus.id_of[e.row]
        item = next(i for i in report.items if i.pegawai_id == pegawai_id)
        assert item.field(e.field).state is FieldState.SAME, e
    assert sum(report.counts.values()) == len(got)
    assert report.not_synced == 0


def test_apply_sisters_nidn_then_undo(loop, db, sandbox, campus, service):
    truth = sandbox.world.truth
    planted = next(d for d in truth.differences if d.field == "nidn")
    pegawai_id = campus.id_of[planted.row]
    outcome = run(loop, service.apply([(pegawai_id, "nidn")]))
    assert outcome.changed == 1
    saved = run(loop, PegawaiRepository(db).get(pegawai_id))
    assert saved.nidn == planted.sister_value
    assert run(loop, service.compare_one(pegawai_id)).field("nidn").state is FieldState.SAME
    (line,) = run(loop, service.history(pegawai_id))
    assert (line.field, line.old_value, line.new_value, line.action) == (
        "nidn",
        planted.campus_value,
        planted.sister_value,
        HistoryAction.APPLY,
    )
    assert line.changed_by == "tester" and line.undoable

    undone = run(loop, service.undo(outcome.batch_id))
    assert (undone.restored, undone.conflicts) == (1, ())
    assert run(loop, PegawaiRepository(db).get(pegawai_id)).nidn == planted.campus_value
    lines = run(loop, service.history(pegawai_id))
    assert [entry.action for entry in lines] == [HistoryAction.UNDO, HistoryAction.APPLY]
    assert not lines[1].undoable
    assert run(loop, service.undo(outcome.batch_id)).restored == 0  # never twice


@pytest.mark.parametrize("field", ["jabatan_fungsional", "pangkat_golongan"])
def test_apply_a_rank_sister_knows_newer_then_undo(loop, db, sandbox, campus, service, field):
    planted = next(d for d in sandbox.world.truth.differences if d.field == field)
    pegawai_id = campus.id_of[planted.row]
    outcome = run(loop, service.apply([(pegawai_id, field)]))
    assert outcome.changed == 1
    assert getattr(run(loop, PegawaiRepository(db).get(pegawai_id)), field) == planted.sister_value
    assert run(loop, service.compare_one(pegawai_id)).field(field).state is FieldState.SAME
    assert run(loop, service.undo(outcome.batch_id)).restored == 1
    assert getattr(run(loop, PegawaiRepository(db).get(pegawai_id)), field) == planted.campus_value


def test_undo_keeps_a_value_changed_by_hand_since(loop, db, sandbox, campus, service):
    planted = next(d for d in sandbox.world.truth.differences if d.field == "tanggal_lahir")
    pegawai_id = campus.id_of[planted.row]
    outcome = run(loop, service.apply_pegawai([pegawai_id]))
    repo = PegawaiRepository(db)
    saved = run(loop, repo.get(pegawai_id))
    assert saved.tanggal_lahir == date.fromisoformat(planted.sister_value)
    run(loop, repo.update(saved.__class__(**{**_fields(saved), "tanggal_lahir": date(1970, 1, 1)})))
    undone = run(loop, service.undo(outcome.batch_id))
    assert undone.restored == 0 and [c.field for c in undone.conflicts] == ["tanggal_lahir"]
    assert run(loop, repo.get(pegawai_id)).tanggal_lahir == date(1970, 1, 1)


def _fields(p):
    return {name: getattr(p, name) for name in p.__dataclass_fields__}


def test_orphans_match_the_world_and_tambah_links(loop, db, sandbox, campus, service):
    truth = sandbox.world.truth
    orphans = run(loop, service.orphans())
    assert {row.id_sdm for row in orphans.sister_without_local} == set(truth.sister_only)
    assert {campus.row_of[p.id] for p in orphans.local_without_link} == set(truth.campus_only)

    id_sdm = truth.sister_only[0]
    person = sandbox.world.person(id_sdm)
    added = run(loop, service.add_from_sister(id_sdm))
    assert added.id_sdm == id_sdm and added.nama == person.nama
    stored = run(loop, PegawaiRepository(db).get(added.id))
    assert stored.id_sdm == id_sdm and stored.nidn == person.referensi["nidn"]
    history = run(loop, LinkRepository(db).history(added.id))
    assert [(h.new_id_sdm, h.changed_by) for h in history] == [(id_sdm, "tester")]
    after = run(loop, service.orphans())
    assert id_sdm not in {row.id_sdm for row in after.sister_without_local}
    with pytest.raises(SdmAlreadyLinkedError):
        run(loop, service.add_from_sister(id_sdm))
    with pytest.raises(NotInSdmListError):
        run(loop, service.add_from_sister("no-such-sdm"))
    # The new employee is compared after its first sync, with nothing to fix in its identifiers.
    assert run(loop, service.compare_one(added.id)) is None


def test_what_changed_between_two_runs(loop, db, sandbox, campus, service):
    assert run(loop, service.changes(campus.outcome.run.id)) == []  # a first pull is no change
    world = sandbox.world
    promoted = next(
        p for p in world.sdm if p.jabatan_fungsional and world.truth.row_of(p.id_sdm) is not None
    )
    newest = max(promoted.jabatan_fungsional, key=lambda r: r["tanggal_mulai"])
    mutations.insert_record(
        world,
        world.sdm.index(promoted),
        "jabatan_fungsional",
        {
            **newest,
            "id": None,
            "jabatan_fungsional": "Guru Besar (1050.00)",
            "tanggal_mulai": "2099-01-01",
        },
    )
    moved = next(
        p for p in world.sdm if p is not promoted and world.truth.row_of(p.id_sdm) is not None
    )
    moved.profil["tempat_lahir"] = "Kota Baru"

    async def second():
        client = await sandbox_client(sandbox)
        try:
            return await engine_for(db, client).run(SyncRequest(SyncMode.ALL))
        finally:
            await client.aclose()

    outcome = run(loop, second())
    changes = {c.id_sdm: c for c in run(loop, service.changes(outcome.run.id))}
    assert set(changes) == {promoted.id_sdm, moved.id_sdm}
    assert changes[promoted.id_sdm].kinds == ("jabatan_fungsional",)
    assert changes[promoted.id_sdm].records == (
        ("jabatan_fungsional", RECORD_ADDED, "Guru Besar (1050.00)"),
    )
    assert changes[promoted.id_sdm].current.jabatan_fungsional == "Guru Besar"
    assert changes[moved.id_sdm].kinds == ("data",)
    assert changes[moved.id_sdm].details == (("data_pribadi/profil", ("tempat_lahir",)),)


def test_xlsx_export_has_the_rows_frozen_header_and_dates(loop, tmp_path, service):
    sheets = [
        ReportSheet(
            "Perbandingan", ["Nama", "Lahir"], [["A", date(1980, 3, 15)], ["B", None]], [True]
        ),
        ReportSheet("SISTER", ["id_sdm"], []),
    ]
    path = run(loop, service.export_xlsx(tmp_path / "out.xlsx", sheets))
    book = load_workbook(path)
    assert book.sheetnames == ["Perbandingan", "SISTER"]
    sheet = book["Perbandingan"]
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == ["Nama", "Lahir"]
    assert (
        sheet["B2"].value.date() == date(1980, 3, 15) and sheet["B2"].number_format == "dd/mm/yyyy"
    )
    assert sheet.column_dimensions["A"].width >= 6
    assert sheet["A2"].fill.fgColor.rgb.endswith("FEF3C7")
