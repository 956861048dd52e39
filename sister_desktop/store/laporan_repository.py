"""The operator's entries of the LKPS cells SISTER cannot fill (``laporan_isian``), per
program studi and TS: read with every build of the tables, written one cell at a time from
the Tabel LKPS, kept for the next export."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa

from sister_desktop.store.database import Database
from sister_desktop.store.schema import laporan_isian, pegawai, sister_link

#: ``(table, row key, column id) -> text``.
EntryMap = dict[tuple[str, str, str], str]


class LaporanRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def linked_names(
        self, pegawai_ids: Iterable[int] | None = None
    ) -> dict[int, tuple[str, str]]:
        """Every linked pegawai (or those of ``pegawai_ids``): id -> (nama, id_sdm), by name.
        Only the two columns the Laporan shows: reading whole pegawai rows for 5,000 people
        cost more than counting them."""
        query = (
            sa.select(pegawai.c.id, pegawai.c.nama, sister_link.c.id_sdm)
            .select_from(pegawai.join(sister_link, sister_link.c.pegawai_id == pegawai.c.id))
            .order_by(pegawai.c.nama, pegawai.c.id)
        )
        chosen = None if pegawai_ids is None else set(pegawai_ids)
        async with self._db.connect() as conn:
            return {
                row.id: (row.nama, row.id_sdm)
                for row in await conn.execute(query)
                if row.id_sdm is not None and (chosen is None or row.id in chosen)
            }

    async def entries(self, prodi: str, ts: int) -> EntryMap:
        query = sa.select(
            laporan_isian.c.tabel,
            laporan_isian.c.row_key,
            laporan_isian.c.kolom,
            laporan_isian.c.nilai,
        ).where(laporan_isian.c.prodi == prodi, laporan_isian.c.ts == ts)
        async with self._db.connect() as conn:
            return {
                (row.tabel, row.row_key, row.kolom): row.nilai for row in await conn.execute(query)
            }

    async def save_entry(
        self,
        prodi: str,
        ts: int,
        key: tuple[str, str, str],
        value: str,
        at: datetime,
        who: str | None = None,
    ) -> None:
        """Keep ``value`` for the cell; an empty value forgets the entry."""
        table, row_key, column = key
        where = (
            (laporan_isian.c.prodi == prodi)
            & (laporan_isian.c.ts == ts)
            & (laporan_isian.c.tabel == table)
            & (laporan_isian.c.row_key == row_key)
            & (laporan_isian.c.kolom == column)
        )
        async with self._db.transaction() as conn:
            await conn.execute(sa.delete(laporan_isian).where(where))
            if value.strip():
                await conn.execute(
                    laporan_isian.insert().values(
                        prodi=prodi,
                        ts=ts,
                        tabel=table,
                        row_key=row_key,
                        kolom=column,
                        nilai=value,
                        updated_at=at,
                        updated_by=who,
                    )
                )
