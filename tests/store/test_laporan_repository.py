"""The Laporan's own reads on a real database (SQLite file, and PostgreSQL when reachable):
the linked pegawai's names by name, all or some, and the operator's entries kept per prodi."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa

from sister_desktop.domain.laporan_records import group_stored
from sister_desktop.domain.links import LinkMethod, LinkRequest
from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.store.laporan_repository import LaporanRepository
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository


def _linked(loop, db):  # type: ignore[no-untyped-def]
    """Citra and Ahmad linked, Budi not."""
    citra, ahmad, budi = loop.run_until_complete(
        PegawaiRepository(db).save_many(
            [Pegawai(NEW_ID, nama) for nama in ("Citra", "Ahmad", "Budi")], []
        )
    )
    requests = [
        LinkRequest(pid, sdm, LinkMethod.EXACT, "nidn", "identifier_and_name_match")
        for pid, sdm in ((citra, "sdm-c"), (ahmad, "sdm-a"))
    ]
    loop.run_until_complete(LinkRepository(db).link_many(requests, who="operator"))
    return citra, ahmad, budi


def test_linked_names_are_the_linked_pegawai_by_name(loop, any_db) -> None:  # type: ignore[no-untyped-def]
    citra, ahmad, _budi = _linked(loop, any_db)
    names = loop.run_until_complete(LaporanRepository(any_db).linked_names())
    assert list(names.items()) == [(ahmad, ("Ahmad", "sdm-a")), (citra, ("Citra", "sdm-c"))]


def test_linked_names_of_some_pegawai_only(loop, any_db) -> None:  # type: ignore[no-untyped-def]
    citra, _ahmad, budi = _linked(loop, any_db)
    repository = LaporanRepository(any_db)
    assert loop.run_until_complete(repository.linked_names([citra, budi])) == {
        citra: ("Citra", "sdm-c")
    }
    assert loop.run_until_complete(repository.linked_names([])) == {}


def test_an_entry_is_kept_per_prodi_and_ts(loop, any_db) -> None:  # type: ignore[no-untyped-def]
    repository = LaporanRepository(any_db)
    at = datetime(2026, 12, 1, tzinfo=UTC)
    key = ("3.a.1", "sdm-a", "kesesuaian")
    loop.run_until_complete(repository.save_entry("Ilmu Hukum", 2025, key, "V", at, "operator"))
    assert loop.run_until_complete(repository.entries("Ilmu Hukum", 2025)) == {key: "V"}
    assert loop.run_until_complete(repository.entries("Ilmu Hukum", 2024)) == {}


def test_the_data_date_is_read_from_an_index(loop, any_db) -> None:  # type: ignore[no-untyped-def]
    """The newest pull of some datasets (the data's date, the Laporan's check that nothing
    changed) needs no scan of every dataset state."""

    async def indexes() -> set[str]:
        async with any_db.connect() as conn:
            return await conn.run_sync(
                lambda sync: {
                    ix["name"] for ix in sa.inspect(sync).get_indexes("sister_dataset_state")
                }
            )

    assert "ix_sister_dataset_state_synced" in loop.run_until_complete(indexes())


def test_the_laporan_reads_each_record_with_its_detail_on_both_backends(loop, any_db) -> None:  # type: ignore[no-untyped-def]
    """The values as stored (the detail over the listed row), in SISTER's order, the removed
    ones left out; decoded in the worker with the records of one read sharing their key
    texts."""
    from sister_desktop.store.sister_record_repository import (
        DatasetAnswer,
        SisterRecordRepository,
    )

    citra, _ahmad, _budi = _linked(loop, any_db)
    rows = [
        ("p2", {"id": "p2", "judul": "Kedua", "tahun": 2024}),
        ("p1", {"id": "p1", "judul": "Pertama ☃", "tahun": 10**20}),
    ]
    answer = DatasetAnswer(
        "penelitian", rows=rows, details={"p1": {"anggota": [{"nama": "A"}], "judul": "Pertama"}}
    )
    at = datetime(2026, 1, 2, tzinfo=UTC)

    async def write() -> None:
        async with any_db.transaction() as conn:
            await SisterRecordRepository.write_dataset_in(
                conn, pegawai_id=citra, id_sdm="sdm-c", answer=answer, at=at
            )

    loop.run_until_complete(write())
    repository = SisterRecordRepository(any_db)
    stored = loop.run_until_complete(repository.values_of_all(["penelitian"], [citra]))
    found = group_stored(stored, {citra: ("Citra", "sdm-c")})[citra].of("penelitian")
    assert [(r.key, r.values) for r in found] == [
        ("p2", rows[0][1]),
        ("p1", {"id": "p1", "judul": "Pertama", "tahun": 10**20, "anggota": [{"nama": "A"}]}),
    ]
    first_keys = {k: k for k in found[0].values}
    assert all(first_keys[k] is k for k in found[1].values if k in first_keys)
    listed = loop.run_until_complete(repository.values_of_all(["penelitian"], details=False))
    assert [r.detail for r in listed] == [None, None]
    assert json.loads(listed[1].row) == rows[1][1]
