"""The operator's entries of the LKPS cells SISTER cannot fill (``laporan_isian``), per
program studi and TS: read with every build of the tables, written one cell at a time from
the Tabel LKPS, kept for the next export."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from sister_desktop.store.database import Database
from sister_desktop.store.schema import laporan_isian

#: ``(table, row key, column id) -> text``.
EntryMap = dict[tuple[str, str, str], str]


class LaporanRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

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
