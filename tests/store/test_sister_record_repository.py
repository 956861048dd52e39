"""SISTER records on SQLite and PostgreSQL: a first answer inserts, the same answer changes
nothing, a changed row or detail is "changed", a record gone is marked removed (and one that
comes back is changed again), and per-semester lists only remove within their semester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.domain.sister_records import record_key
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.sister_record_repository import DatasetAnswer, SisterRecordRepository

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def _pegawai(loop, db) -> int:  # type: ignore[no-untyped-def]
    saved = loop.run_until_complete(PegawaiRepository(db).add(Pegawai(id=NEW_ID, nama="Siti")))
    return saved.id


def _write(loop, db, pegawai_id, answer, at):  # type: ignore[no-untyped-def]
    async def go():  # type: ignore[no-untyped-def]
        async with db.transaction() as conn:
            return await SisterRecordRepository.write_dataset_in(
                conn, pegawai_id=pegawai_id, id_sdm="sdm-1", answer=answer, at=at
            )

    return loop.run_until_complete(go())


def _answer(rows, details=None, scope=""):  # type: ignore[no-untyped-def]
    return DatasetAnswer(
        "publikasi",
        scope,
        [(record_key("publikasi", r), r) for r in rows],
        details or {},
        list_requests=1,
        detail_requests=len(details or {}),
    )


A = {"id": "A", "judul": "Satu"}
B = {"id": "B", "judul": "Dua"}


def test_first_write_then_the_same_answer_changes_nothing(loop, any_db):
    pid = _pegawai(loop, any_db)
    repo = SisterRecordRepository(any_db)
    first = _write(loop, any_db, pid, _answer([A, B], {"a": {**A, "tahun": 2020}}), T0)
    assert (first.added, first.changed, first.removed) == (("a", "b"), (), ())
    again = _write(loop, any_db, pid, _answer([A, B]), T0 + timedelta(days=1))
    assert not again.any
    records = loop.run_until_complete(repo.records(pid))
    assert [r.key for r in records] == ["a", "b"]
    # The detail fetched the first time is kept when the second run fetched none.
    assert records[0].values == {"id": "A", "judul": "Satu", "tahun": 2020}
    assert records[0].changed_at == T0 and records[0].seen_at == T0 + timedelta(days=1)
    known = loop.run_until_complete(repo.known(pid, ["publikasi"]))["publikasi"]
    assert known["a"].has_detail and not known["b"].has_detail


def test_changed_removed_and_back_again(loop, any_db):
    pid = _pegawai(loop, any_db)
    repo = SisterRecordRepository(any_db)
    _write(loop, any_db, pid, _answer([A, B]), T0)
    changed = _write(
        loop, any_db, pid, _answer([{**A, "judul": "Satu (revisi)"}]), T0 + timedelta(1)
    )
    assert (changed.changed, changed.removed) == (("a",), ("b",))
    visible = loop.run_until_complete(repo.records(pid))
    assert [r.key for r in visible] == ["a"]
    every = loop.run_until_complete(repo.records(pid, include_removed=True))
    assert [r.removed for r in every] == [False, True]
    back = _write(loop, any_db, pid, _answer([A, B]), T0 + timedelta(2))
    assert set(back.changed) == {"a", "b"} and not back.added


def test_a_semester_removes_only_within_itself(loop, db):
    pid = _pegawai(loop, db)
    repo = SisterRecordRepository(db)
    _write(loop, db, pid, _answer([A], scope="20231"), T0)
    _write(loop, db, pid, _answer([B], scope="20232"), T0)
    assert {r.key for r in loop.run_until_complete(repo.records(pid))} == {"a", "b"}
    states = loop.run_until_complete(repo.states(pid))
    assert sorted((s.scope, s.records, s.list_requests) for s in states) == [
        ("20231", 1, 1),
        ("20232", 1, 1),
    ]


def test_keys_where_sister_gives_no_id():
    assert record_key("data_pribadi/profil", {"nama": "Siti"}) == ""
    assert record_key("data_pribadi/bidang_ilmu", {"urutan": 1}) == "urutan:1"
    row = {"id_smt": "20231", "judul_keg": "Kuliah", "nilai": 3.0}
    assert record_key("bkd/ajar", row).startswith("20231:")
    assert record_key("bkd/ajar", row) != record_key("bkd/ajar", {**row, "nilai": 2.0})


def test_stored_read_together_compares_as_read_alone(loop, any_db):
    """``stored_in`` reads several datasets of a pegawai in one go; an answer compared with
    its part changes exactly what it changes when read alone."""
    pid = _pegawai(loop, any_db)
    _write(loop, any_db, pid, _answer([A, B]), T0)

    async def go():  # type: ignore[no-untyped-def]
        async with any_db.transaction() as conn:
            stored = await SisterRecordRepository.stored_in(
                conn, pegawai_id=pid, datasets=["publikasi", "penelitian"]
            )
            changes = await SisterRecordRepository.write_dataset_in(
                conn,
                pegawai_id=pid,
                id_sdm="sdm-1",
                answer=_answer([{**A, "judul": "Satu lagi"}]),
                at=T0 + timedelta(days=1),
                stored=stored["publikasi"],
            )
            return stored, changes

    stored, changes = loop.run_until_complete(go())
    assert sorted(stored["publikasi"]) == ["a", "b"] and stored["penelitian"] == {}
    assert (changes.added, changes.changed, changes.removed) == ((), ("a",), ("b",))
