"""``sister_search`` follows ``sister_record`` through ``write_dataset_in`` (a new record's line
written, a changed row re-written with the detail kept from before, a removed record's line
gone, one that comes back found again), and ``find_pegawai`` wants every word in one record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.domain.sister_records import record_key
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.schema import sister_search
from sister_desktop.store.sister_record_repository import DatasetAnswer, SisterRecordRepository

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def _pegawai(loop, db, nama):
    return loop.run_until_complete(PegawaiRepository(db).add(Pegawai(id=NEW_ID, nama=nama))).id


def _write(loop, db, pegawai_id, dataset, rows, details=None, at=T0):
    answer = DatasetAnswer(dataset, "", [(record_key(dataset, r), r) for r in rows], details or {})

    async def go():
        async with db.transaction() as conn:
            await SisterRecordRepository.write_dataset_in(
                conn, pegawai_id=pegawai_id, id_sdm="sdm", answer=answer, at=at
            )

    loop.run_until_complete(go())


def _lines(loop, db):
    async def go():
        async with db.connect() as conn:
            rows = await conn.execute(sa.select(sister_search))
            return {(r.pegawai_id, r.dataset, r.record_key): r.text for r in rows}

    return loop.run_until_complete(go())


def test_lines_follow_the_records(loop, any_db):
    siti = _pegawai(loop, any_db, "Siti")
    budi = _pegawai(loop, any_db, "Budi")
    repo = SisterRecordRepository(any_db)
    serdos = {"id": "S1", "jenis_sertifikasi": "Sertifikasi Profesi", "tahun_sertifikasi": 2019}
    _write(
        loop,
        any_db,
        siti,
        "sertifikasi_dosen",
        [serdos],
        {"s1": {**serdos, "bidang_studi": "Fisika"}},
    )
    _write(
        loop, any_db, budi, "sertifikasi_dosen", [{**serdos, "id": "S2", "tahun_sertifikasi": 2018}]
    )
    _write(loop, any_db, budi, "penugasan", [{"id": "P1", "unit_kerja": "Teknik Mesin"}])
    find = lambda text: loop.run_until_complete(repo.find_pegawai(text.split()))  # noqa: E731
    assert find("sertifikasi dosen 2019") == {siti}
    assert find("sertifikasi 201") == {siti, budi}
    assert find("teknik mesin") == {budi}
    assert find("fisika") == {siti}
    # every word in one record: Budi's 2018 certificate and his unit are two records
    assert find("2018 mesin") == set()
    assert find("100%") == set() and find("") == set()

    # a changed row without a new detail keeps the detail's words
    changed = {**serdos, "sk_sertifikasi": "SK-77"}
    _write(loop, any_db, siti, "sertifikasi_dosen", [changed], at=T0 + timedelta(days=1))
    assert find("sk-77 fisika") == {siti}
    # removed: gone from the search; back again: found again
    _write(loop, any_db, budi, "penugasan", [], at=T0 + timedelta(days=2))
    assert find("teknik mesin") == set()
    assert (budi, "penugasan", "p1") not in _lines(loop, any_db)
    _write(
        loop,
        any_db,
        budi,
        "penugasan",
        [{"id": "P1", "unit_kerja": "Teknik Mesin"}],
        at=T0 + timedelta(days=3),
    )
    assert find("teknik mesin") == {budi}


def test_deleting_a_pegawai_drops_his_lines(loop, db):
    siti = _pegawai(loop, db, "Siti")
    _write(loop, db, siti, "penghargaan", [{"id": "H1", "nama": "Satyalancana Karya Satya"}])
    assert _lines(loop, db)
    loop.run_until_complete(PegawaiRepository(db).delete([siti]))
    assert _lines(loop, db) == {}
