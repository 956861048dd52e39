"""What SISTER sends fits the columns it is kept in, however long: on PostgreSQL a value
longer than its column stopped the whole sync (``StringDataRightTruncation``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sister_desktop.sister.parsing import lower_id

from sister_desktop.domain.derived import DerivedValues
from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.domain.sister_records import RECORD_KEY_MAX, record_key
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.sister_data_repository import SisterDataRepository


def test_the_derived_values_are_kept_whole_on_both_backends(loop, any_db):
    long = "Lektor Kepala " * 400  # 5,600 characters
    derived = DerivedValues(
        jabatan_fungsional=long,
        pangkat_golongan=long,
        pendidikan_tertinggi=long,
        homebase_unit=long,
        status_aktif=long,
    )

    async def scenario():
        [pegawai_id] = await PegawaiRepository(any_db).save_many(
            [Pegawai(id=NEW_ID, nama="Budi")], []
        )
        async with any_db.transaction() as conn:
            await SisterDataRepository.write_summary_in(
                conn,
                pegawai_id=pegawai_id,
                id_sdm="a" * 36,
                derived=derived,
                status="ok",
                run_id="r",
                at=datetime.now(UTC),
            )
        return await SisterDataRepository(any_db).summary(pegawai_id)

    summary = loop.run_until_complete(scenario())
    assert summary is not None and summary.derived == derived


def test_a_record_key_never_exceeds_its_column_and_long_ids_stay_apart():
    first = record_key("penugasan", {"id": "A" * 5000 + "1"})
    second = record_key("penugasan", {"id": "A" * 5000 + "2"})
    assert len(first) <= RECORD_KEY_MAX and len(second) <= RECORD_KEY_MAX
    assert first != second
    assert record_key("penugasan", {"id": "ABC"}) == "abc"  # a usual key as it was


def test_an_id_sdm_no_column_can_hold_is_no_key():
    assert lower_id("0A1B-" + "c" * 30) == "0a1b-" + "c" * 30
    assert lower_id("x" * 65) is None
    assert lower_id("a\x1bb") is None
    assert lower_id("a b") is None


def test_a_database_error_never_quotes_the_values_it_was_given(loop, any_db, tmp_path):
    """Errors reach the log file: a name or a birth date must not ride along."""
    import logging

    import sqlalchemy as sa

    from sister_desktop.logs import setup_logging, stop_logging
    from sister_desktop.store.schema import pegawai

    secret = "Siti Rahasia 1987-03-15 "

    async def scenario():
        async with any_db.transaction() as conn:
            # NOT NULL broken on both backends, with the other values as parameters.
            await conn.execute(
                sa.insert(pegawai).values(nama=None, unit_kerja=secret, email=secret)
            )

    with pytest.raises(sa.exc.DBAPIError) as caught:
        loop.run_until_complete(scenario())
    log_file = tmp_path / "cli.log"
    setup_logging(log_file)
    try:
        logging.getLogger("test").warning("Database failure", exc_info=caught.value)
    finally:
        stop_logging()
    logged = log_file.read_text(encoding="utf-8")
    assert "Database failure" in logged and "pegawai" in logged  # the statement stays
    assert secret.strip() not in logged


@pytest.mark.postgres
def test_a_value_the_database_refuses_fails_that_pegawai_only(loop, pg_db):
    """The last guard: whatever a root cause missed costs one pegawai, named, not the run."""
    from sister_desktop.domain.error_codes import ErrorCode
    from sister_desktop.domain.links import LinkMethod, LinkRequest
    from sister_desktop.domain.sync_log import (
        EndpointOutcome,
        PegawaiOutcome,
        SyncMode,
        SyncTarget,
        TargetStatus,
    )
    from sister_desktop.store.link_repository import LinkRepository
    from sister_desktop.store.sister_record_repository import DatasetAnswer
    from sister_desktop.store.sync_repository import SyncRepository

    async def scenario():
        ids = await PegawaiRepository(pg_db).save_many(
            [Pegawai(id=NEW_ID, nama="Budi"), Pegawai(id=NEW_ID, nama="Siti")], []
        )
        sdm = ["a" * 36, "b" * 36]
        await LinkRepository(pg_db).link_many(
            [LinkRequest(i, s, LinkMethod.MANUAL) for i, s in zip(ids, sdm, strict=True)],
            who="t",
        )
        targets = [SyncTarget(i, n, s) for i, n, s in zip(ids, ["Budi", "Siti"], sdm, strict=True)]
        runs = SyncRepository(pg_db)
        run = await runs.create_run(mode=SyncMode.ALL, targets=targets, started_by="t", host="h")
        ok = (EndpointOutcome("data_pribadi/profil"),)
        # A scope longer than its column: PostgreSQL refuses it (SQLite would keep it).
        bad = [DatasetAnswer("pengajaran", "x" * 40, rows=[("k", {"id": "k"})])]
        first = await runs.record_pegawai(
            run.id, PegawaiOutcome(targets[0], TargetStatus.OK, ok), answers=bad
        )
        second = await runs.record_pegawai(run.id, PegawaiOutcome(targets[1], TargetStatus.OK, ok))
        return first, second, await runs.run(run.id), await runs.results(run.id)

    first, second, run, lines = loop.run_until_complete(scenario())
    assert first == (TargetStatus.FAILED, ErrorCode.VALUE_REFUSED)
    assert second == (TargetStatus.OK, None)
    assert (run.ok, run.failed) == (1, 1)
    assert [(line.endpoint, line.error_code) for line in lines if line.status == "failed"] == [
        ("*", ErrorCode.VALUE_REFUSED)
    ]
