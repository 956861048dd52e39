"""The employee list on SQLite and PostgreSQL: add, read back with the link, update, delete,
and many rows in one transaction that is all or nothing."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from sister_desktop.domain.pegawai import NEW_ID, JenisPegawai, Pegawai
from sister_desktop.store import pegawai_repository
from sister_desktop.store.pegawai_repository import PegawaiNotFoundError, PegawaiRepository
from sister_desktop.store.schema import sister_link

SITI = Pegawai(
    id=NEW_ID,
    nama="Siti Rahmawati",
    nip="198703152010122001",
    nidn="0015038701",
    nuptk="1234567890123456",
    nik="3201015503870001",
    tanggal_lahir=date(1987, 3, 15),
    jenis_kelamin="P",
    jenis_pegawai=JenisPegawai.DOSEN,
    unit_kerja="Fakultas Teknik",
    email="siti@kampus.ac.id",
    jabatan_fungsional="Lektor",
    pangkat_golongan="Penata, III/c",
)
BUDI = Pegawai(id=NEW_ID, nama="Budi Santoso", jenis_pegawai=JenisPegawai.TENDIK)


def test_add_and_read_back_every_field(loop, any_db):
    repo = PegawaiRepository(any_db)
    saved = loop.run_until_complete(repo.add(SITI))
    assert saved.id != NEW_ID
    assert saved == dataclasses.replace(SITI, id=saved.id)
    assert loop.run_until_complete(repo.list_all()) == [saved]
    assert loop.run_until_complete(repo.count()) == 1


def test_id_sdm_comes_from_the_current_link(loop, any_db):
    repo = PegawaiRepository(any_db)

    async def scenario():
        siti = await repo.add(SITI)
        await repo.add(BUDI)
        async with any_db.transaction() as conn:
            await conn.execute(
                sa.insert(sister_link).values(
                    pegawai_id=siti.id,
                    id_sdm="a1b2c3",
                    method="exact",
                    matched_on="nidn",
                    linked_at=datetime.now(UTC),
                )
            )
        return {p.nama: p for p in await repo.list_all()}

    everyone = loop.run_until_complete(scenario())
    assert everyone["Siti Rahmawati"].id_sdm == "a1b2c3"
    assert everyone["Siti Rahmawati"].terhubung_sister
    assert everyone["Budi Santoso"].id_sdm is None
    assert list(everyone) == ["Budi Santoso", "Siti Rahmawati"]  # ordered by name


def test_update_changes_local_fields_and_delete_removes(loop, any_db):
    repo = PegawaiRepository(any_db)

    async def scenario():
        siti = await repo.add(SITI)
        budi = await repo.add(BUDI)
        changed = await repo.update(dataclasses.replace(siti, unit_kerja="Rektorat", nip=None))
        deleted = await repo.delete([budi.id, 424242])
        return changed, deleted, await repo.list_all()

    changed, deleted, remaining = loop.run_until_complete(scenario())
    assert changed.unit_kerja == "Rektorat"
    assert changed.nip is None
    assert deleted == 1
    assert remaining == [changed]


def test_save_many_returns_ids_in_order_and_updates_in_the_same_transaction(loop, any_db):
    repo = PegawaiRepository(any_db)
    new = [dataclasses.replace(BUDI, nama=f"Pegawai {i:04d}") for i in range(1200)]
    seen: list[int] = []

    async def scenario():
        siti = await repo.add(SITI)
        ids = await repo.save_many(
            new, [dataclasses.replace(siti, email="baru@kampus.ac.id")], progress=seen.append
        )
        return ids, await repo.get_many(ids[:3]), await repo.get(siti.id)

    ids, first_three, siti = loop.run_until_complete(scenario())
    assert len(ids) == len(set(ids)) == 1200
    assert [p.nama for p in first_three] == ["Pegawai 0000", "Pegawai 0001", "Pegawai 0002"]
    assert siti.email == "baru@kampus.ac.id"
    assert seen[-1] == 1201
    assert seen == sorted(seen)


def test_save_many_is_all_or_nothing(loop, any_db):
    """An update of an employee deleted meanwhile rolls back the inserts made before it."""
    repo = PegawaiRepository(any_db)
    ghost = dataclasses.replace(SITI, id=987654)

    async def scenario():
        with pytest.raises(PegawaiNotFoundError) as caught:
            await repo.save_many([BUDI] * 10, [ghost])
        return caught.value.pegawai_id, await repo.count()

    missing, count = loop.run_until_complete(scenario())
    assert missing == 987654
    assert count == 0


def test_database_refuses_an_unknown_jenis_pegawai(loop, any_db):
    async def scenario():
        async with any_db.transaction() as conn:
            await conn.execute(
                sa.text(
                    "INSERT INTO pegawai (nama, jenis_pegawai, aktif, created_at, updated_at) "
                    "VALUES ('X', 'satpam', true, '2026-01-01', '2026-01-01')"
                )
            )

    with pytest.raises(sa.exc.IntegrityError):
        loop.run_until_complete(scenario())


def test_stream_all_gives_every_employee_by_id_in_batches(loop, any_db):
    repo = PegawaiRepository(any_db)
    people = [dataclasses.replace(BUDI, nama=f"Budi {i:02d}") for i in range(7)]
    loop.run_until_complete(repo.save_many([SITI, *people], []))

    async def batches():
        return [batch async for batch in repo.stream_all(batch=3)]

    got = loop.run_until_complete(batches())
    assert [len(b) for b in got] == [3, 3, 2]
    flat = [p for b in got for p in b]
    assert [p.id for p in flat] == sorted(p.id for p in flat)
    assert sorted(flat, key=lambda p: (p.nama, p.id)) == loop.run_until_complete(repo.list_all())


def test_the_first_employees_are_the_head_of_the_whole_list_in_its_order(loop, any_db):
    repo = PegawaiRepository(any_db)
    people = [dataclasses.replace(BUDI, nama=f"Budi {i % 3}") for i in range(7)]  # names tie
    loop.run_until_complete(repo.save_many([SITI, *people], []))

    whole = loop.run_until_complete(repo.list_all())
    assert loop.run_until_complete(repo.list_all(limit=4)) == whole[:4]
    assert loop.run_until_complete(repo.list_all(limit=20)) == whole
    assert loop.run_until_complete(repo.count()) == 8


def test_the_whole_list_read_in_parts_is_every_employee_by_name(loop, any_db, monkeypatch):
    monkeypatch.setattr(pegawai_repository, "LIST_PART", 3)
    repo = PegawaiRepository(any_db)
    people = [dataclasses.replace(BUDI, nama=f"Budi {9 - i}") for i in range(7)]
    loop.run_until_complete(repo.save_many([SITI, *people], []))

    whole = loop.run_until_complete(repo.list_all())
    assert [p.nama for p in whole] == [*(f"Budi {i}" for i in range(3, 10)), "Siti Rahmawati"]


def test_bulk_save_batches_are_one_transaction(loop, any_db):
    repo = PegawaiRepository(any_db)
    written: list[int] = []

    async def scenario():
        async with repo.bulk_save(progress=written.append) as writer:
            await writer.save([SITI], [])
            await writer.save([BUDI], [])
            raise RuntimeError("stop before the commit")

    with pytest.raises(RuntimeError):
        loop.run_until_complete(scenario())
    assert written == [1, 2]
    assert loop.run_until_complete(repo.count()) == 0
