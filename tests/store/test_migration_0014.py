"""0014 keeps SISTER's answers in one stored form: the typed copies of ``sister_data`` become
the records they describe where a pegawai has none of that dataset, and the table goes."""

from __future__ import annotations

import json

import sqlalchemy as sa

from sister_desktop.store.database import Database
from sister_desktop.store.sister_record_repository import SisterRecordRepository


def test_the_copies_become_records_and_sister_data_goes(loop, tmp_path):
    from alembic import command

    from sister_desktop.store.database import _alembic_config

    file = tmp_path / "v11.db"
    engine = sa.create_engine(f"sqlite:///{file}")
    at = "2026-01-01 00:00:00"
    with engine.connect() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        with connection.begin():
            command.upgrade(config, "0011")
        with connection.begin():
            connection.exec_driver_sql(
                "INSERT INTO pegawai (id, nama, jenis_pegawai, aktif, created_at, updated_at) "
                f"VALUES (1, 'Siti', 'dosen', 1, '{at}', '{at}')"
            )
            copies = {
                "data_pribadi/profil": {"nama": "SITI", "tanggal_lahir": "1980-03-15"},
                "penugasan": [
                    {"id": "p-1", "unit_kerja": "Teknik Sipil", "tanggal_mulai": "2010-01-01"},
                    {"id": "p-2", "unit_kerja": "Arsitektur", "tanggal_mulai": "2015-01-01"},
                ],
                "referensi/sdm": {"id_sdm": "sdm-1", "nama_sdm": "SITI", "nip": "1980"},
                "kepangkatan": [{"id": "old", "pangkat_golongan": "III/a"}],
            }
            for endpoint, payload in copies.items():
                connection.execute(
                    sa.text(
                        "INSERT INTO sister_data (pegawai_id, endpoint, id_sdm, payload, "
                        "payload_hash, fetched_at) VALUES (1, :e, 'sdm-1', :p, 'h', :at)"
                    ),
                    {"e": endpoint, "p": json.dumps(payload), "at": at},
                )
            # A dataset the records already hold keeps its records, not the copy.
            connection.execute(
                sa.text(
                    "INSERT INTO sister_record (pegawai_id, dataset, record_key, id_sdm, scope, "
                    "position, row, row_hash, first_seen_at, seen_at, changed_at) VALUES "
                    "(1, 'kepangkatan', 'new', 'sdm-1', '', 0, :row, 'h', :at, :at, :at)"
                ),
                {"row": json.dumps({"id": "new", "pangkat_golongan": "III/b"}), "at": at},
            )
    engine.dispose()

    database = loop.run_until_complete(Database.open(f"sqlite:///{file}"))
    try:

        async def read():
            async with database.connect() as conn:
                tables = await conn.run_sync(lambda c: set(sa.inspect(c).get_table_names()))
                keys = (
                    await conn.execute(
                        sa.text("SELECT dataset, record_key FROM sister_record ORDER BY 1, 2")
                    )
                ).all()
            return tables, keys

        tables, keys = loop.run_until_complete(read())
        assert "sister_data" not in tables
        assert keys == [
            ("data_pribadi/profil", ""),
            ("kepangkatan", "new"),
            ("penugasan", "p-1"),
            ("penugasan", "p-2"),
            ("referensi/sdm", ""),
        ]
        mapped = loop.run_until_complete(SisterRecordRepository(database).mapped(1))
        assert mapped["data_pribadi/profil"]["tanggal_lahir"] == "1980-03-15"
        assert [row["unit_kerja"] for row in mapped["penugasan"]] == ["Teknik Sipil", "Arsitektur"]
        assert mapped["referensi/sdm"]["nip"] == "1980"
        assert [row["pangkat_golongan"] for row in mapped["kepangkatan"]] == ["III/b"]
    finally:
        loop.run_until_complete(database.dispose())
