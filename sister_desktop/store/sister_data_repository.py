"""SISTER's data per employee as the Pegawai tab and the Perbandingan read it at a glance: the
derived current values with the last sync's outcome (``sister_summary``). SISTER's answers
themselves are the raw records of ``store/sister_record_repository.py``.

The sync engine writes through ``write_summary_in`` inside its per-employee transaction; the
Pegawai tab and the Perbandingan read with the methods below.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection

from sister_desktop.domain.derived import DERIVED_FIELDS, DerivedValues
from sister_desktop.domain.sync_log import SisterSummary
from sister_desktop.store.database import Database
from sister_desktop.store.schema import sister_summary

CHUNK = 500


def _summary(row: Row[Any]) -> SisterSummary:
    v = row._mapping
    return SisterSummary(
        pegawai_id=v["pegawai_id"],
        id_sdm=v["id_sdm"],
        derived=DerivedValues(**{name: v[name] for name in DERIVED_FIELDS}),
        last_status=v["last_status"],
        last_run_id=v["last_run_id"],
        last_synced_at=v["last_synced_at"],
    )


class SisterDataRepository:
    """Reads of the derived values; the write helpers run inside a caller's transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reads -------------------------------------------------------------------------------

    async def summary(self, pegawai_id: int) -> SisterSummary | None:
        """The employee's derived values and last sync outcome, or ``None`` if never synced."""
        query = sa.select(sister_summary).where(sister_summary.c.pegawai_id == pegawai_id)
        async with self._db.connect() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _summary(row)

    async def summaries(self, pegawai_ids: Sequence[int] | None = None) -> dict[int, SisterSummary]:
        """Derived values of every synced employee (or of the given ones): ``id -> summary``."""
        found: dict[int, SisterSummary] = {}
        async with self._db.connect() as conn:
            if pegawai_ids is None:
                for row in await conn.execute(sa.select(sister_summary)):
                    found[row.pegawai_id] = _summary(row)
                return found
            ids = list(dict.fromkeys(pegawai_ids))
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                query = sa.select(sister_summary).where(sister_summary.c.pegawai_id.in_(chunk))
                for row in await conn.execute(query):
                    found[row.pegawai_id] = _summary(row)
        return found

    async def failed_pegawai_ids(self) -> list[int]:
        """Employees whose last sync failed (what "Ulangi yang gagal" / ``--failed`` take)."""
        query = (
            sa.select(sister_summary.c.pegawai_id)
            .where(sister_summary.c.last_status == "failed")
            .order_by(sister_summary.c.pegawai_id)
        )
        async with self._db.connect() as conn:
            return [row.pegawai_id for row in await conn.execute(query)]

    # -- writes inside the sync's per-employee transaction -----------------------------------

    @staticmethod
    async def summaries_in(
        conn: AsyncConnection, pegawai_ids: Iterable[int]
    ) -> dict[int, SisterSummary]:
        ids = list(pegawai_ids)
        found: dict[int, SisterSummary] = {}
        for start in range(0, len(ids), CHUNK):
            query = sa.select(sister_summary).where(
                sister_summary.c.pegawai_id.in_(ids[start : start + CHUNK])
            )
            for row in await conn.execute(query):
                found[row.pegawai_id] = _summary(row)
        return found

    @staticmethod
    async def write_summary_in(
        conn: AsyncConnection,
        *,
        pegawai_id: int,
        id_sdm: str | None,
        derived: DerivedValues | None,
        status: str,
        run_id: str,
        at: datetime,
    ) -> None:
        """Upsert the employee's summary; ``derived=None`` keeps the stored values."""
        values: dict[str, Any] = {
            "id_sdm": id_sdm,
            "last_status": status,
            "last_run_id": run_id,
            "last_synced_at": at,
        }
        if derived is not None:
            values.update(derived.as_dict())
        updated = await conn.execute(
            sa.update(sister_summary)
            .where(sister_summary.c.pegawai_id == pegawai_id)
            .values(**values)
        )
        if updated.rowcount == 0:
            await conn.execute(sister_summary.insert().values(pegawai_id=pegawai_id, **values))
