"""The employee list: read as ``domain.pegawai.Pegawai`` (``id_sdm`` from the current link),
add, change, delete, and save an import's rows in one transaction."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection

from sister_desktop.domain.pegawai import LOCAL_FIELDS, JenisPegawai, Pegawai
from sister_desktop.store.database import Database
from sister_desktop.store.schema import pegawai, sister_link, utcnow

#: Rows per statement when saving many; keeps each statement under SQLite's parameter limit.
CHUNK = 500
#: Rows made into ``Pegawai`` between two turns of the loop when the whole list is read
#: (under 10 ms of work each on a quiet machine).
LIST_PART = 1_000


class PegawaiNotFoundError(LookupError):
    """The employee was deleted meanwhile (another window, another workstation)."""

    def __init__(self, pegawai_id: int) -> None:
        super().__init__(pegawai_id)
        self.pegawai_id = pegawai_id


#: Every employee with the id_sdm of its link (NULL when unlinked); other repositories reuse it.
PEGAWAI_SELECT = sa.select(
    pegawai.c.id,
    *(pegawai.c[name] for name in LOCAL_FIELDS),
    pegawai.c.aktif,
    sister_link.c.id_sdm,
).select_from(pegawai.outerjoin(sister_link, sister_link.c.pegawai_id == pegawai.c.id))


def to_pegawai(row: Row[*tuple[Any, ...]]) -> Pegawai:
    values = row._mapping
    return Pegawai(
        id=values["id"],
        nama=values["nama"],
        nip=values["nip"],
        nidn=values["nidn"],
        nidk=values["nidk"],
        nupn=values["nupn"],
        nuptk=values["nuptk"],
        nik=values["nik"],
        tanggal_lahir=values["tanggal_lahir"],
        jenis_kelamin=values["jenis_kelamin"],
        jenis_pegawai=JenisPegawai(values["jenis_pegawai"]),
        unit_kerja=values["unit_kerja"],
        email=values["email"],
        telepon_hp=values["telepon_hp"],
        alamat=values["alamat"],
        jabatan_fungsional=values["jabatan_fungsional"],
        pangkat_golongan=values["pangkat_golongan"],
        aktif=bool(values["aktif"]),
        id_sdm=values["id_sdm"],
    )


def _values(item: Pegawai) -> dict[str, Any]:
    values = {name: getattr(item, name) for name in LOCAL_FIELDS}
    values["jenis_pegawai"] = JenisPegawai(item.jenis_pegawai).value
    values["aktif"] = item.aktif
    return values


class PegawaiRepository:
    """All reads and writes of the ``pegawai`` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def list_all(
        self, *, only_active: bool = False, limit: int | None = None
    ) -> list[Pegawai]:
        """Every employee ordered by name, with ``id_sdm`` filled from the current link; with
        ``limit``, only the first ones in that order (what a list shows before scrolling)."""
        query = PEGAWAI_SELECT.order_by(pegawai.c.nama, pegawai.c.id)
        if only_active:
            query = query.where(pegawai.c.aktif.is_(True))
        if limit is not None:
            query = query.limit(limit)
        # Read and made into ``Pegawai`` a part at a time: the loop turns between the parts
        # (20,000 at once held the window for some 170 ms).
        pegawai_list: list[Pegawai] = []
        async with self._db.connect() as conn:
            result = await conn.stream(query)
            async for rows in result.partitions(LIST_PART):
                pegawai_list.extend(to_pegawai(row) for row in rows)
        return pegawai_list

    async def stream_all(self, *, batch: int = 5_000) -> AsyncIterator[list[Pegawai]]:
        """Every employee by id, ``batch`` at a time: a very long list is never held whole."""
        async with self._db.connect() as conn:
            result = await conn.stream(PEGAWAI_SELECT.order_by(pegawai.c.id))
            async for rows in result.partitions(batch):
                yield [to_pegawai(row) for row in rows]

    async def get(self, pegawai_id: int) -> Pegawai | None:
        async with self._db.connect() as conn:
            row = (await conn.execute(PEGAWAI_SELECT.where(pegawai.c.id == pegawai_id))).first()
        return None if row is None else to_pegawai(row)

    async def get_many(self, ids: Iterable[int]) -> list[Pegawai]:
        wanted = list(ids)
        found: dict[int, Pegawai] = {}
        async with self._db.connect() as conn:
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start : start + CHUNK]
                result = await conn.execute(PEGAWAI_SELECT.where(pegawai.c.id.in_(chunk)))
                found.update((row.id, to_pegawai(row)) for row in result)
        return [found[i] for i in wanted if i in found]

    async def with_identifier(self, field: str, value: str) -> list[Pegawai]:
        """Employees whose identifier ``field`` (``nip``, ``nidn``, ...) equals ``value``."""
        if field not in {"nip", "nidn", "nidk", "nupn", "nuptk", "nik"}:
            raise ValueError(field)
        async with self._db.connect() as conn:
            result = await conn.execute(PEGAWAI_SELECT.where(pegawai.c[field] == value))
            return [to_pegawai(row) for row in result]

    async def count(self) -> int:
        async with self._db.connect() as conn:
            return int(await conn.scalar(sa.select(sa.func.count()).select_from(pegawai)) or 0)

    async def add(self, item: Pegawai) -> Pegawai:
        """Insert a new employee (its ``id`` is ignored) and return it with the real id."""
        [new_id] = await self.save_many([item], [])
        saved = await self.get(new_id)
        assert saved is not None
        return saved

    async def update(self, item: Pegawai) -> Pegawai:
        """Write the local fields of ``item``; the SISTER link is not touched here."""
        await self.save_many([], [item])
        saved = await self.get(item.id)
        assert saved is not None
        return saved

    async def delete(self, ids: Iterable[int]) -> int:
        """Delete employees (their link and SISTER data go with them); returns how many."""
        wanted = list(ids)
        deleted = 0
        async with self._db.transaction() as conn:
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start : start + CHUNK]
                result = await conn.execute(sa.delete(pegawai).where(pegawai.c.id.in_(chunk)))
                deleted += result.rowcount
        return deleted

    async def save_many(
        self,
        new: Sequence[Pegawai],
        changed: Sequence[Pegawai],
        *,
        progress: Callable[[int], None] | None = None,
    ) -> list[int]:
        """Insert ``new`` and update ``changed`` in one transaction: all or nothing.

        Returns the ids given to ``new``, in order. ``progress`` hears how many rows are
        written so far (a killed process still leaves the database as it was).
        Raises ``PegawaiNotFoundError`` when a changed employee no longer exists.
        """
        async with self.bulk_save(progress=progress) as writer:
            return await writer.save(new, changed)

    @asynccontextmanager
    async def bulk_save(
        self, *, progress: Callable[[int], None] | None = None
    ) -> AsyncIterator[BulkSave]:
        """One transaction for saving batch after batch (a large import that is never held
        whole): committed when the block ends, rolled back when it raises."""
        async with self._db.transaction() as conn:
            yield BulkSave(conn, progress)


class BulkSave:
    """The writes of one ``bulk_save`` transaction; ``save`` may be called many times."""

    def __init__(self, conn: AsyncConnection, progress: Callable[[int], None] | None) -> None:
        self._conn = conn
        self._progress = progress
        self._now = utcnow()
        #: Rows written so far in this transaction.
        self.written = 0

    async def save(self, new: Sequence[Pegawai], changed: Sequence[Pegawai]) -> list[int]:
        """Insert ``new``, then update ``changed``; returns the ids given to ``new``, in order.

        Raises ``PegawaiNotFoundError`` when a changed employee no longer exists.
        """
        conn, now = self._conn, self._now
        ids: list[int] = []
        for start in range(0, len(new), CHUNK):
            rows = [
                {**_values(item), "created_at": now, "updated_at": now}
                for item in new[start : start + CHUNK]
            ]
            result = await conn.execute(_INSERT, rows)
            ids.extend(result.scalars().all())
            self._wrote(len(rows))
        for start in range(0, len(changed), CHUNK):
            chunk = changed[start : start + CHUNK]
            existing = set(
                await conn.scalars(
                    sa.select(pegawai.c.id).where(pegawai.c.id.in_([p.id for p in chunk]))
                )
            )
            missing = [p.id for p in chunk if p.id not in existing]
            if missing:
                raise PegawaiNotFoundError(missing[0])
            params = [{**_values(p), "b_id": p.id, "updated_at": now} for p in chunk]
            await conn.execute(_UPDATE, params)
            self._wrote(len(chunk))
        return ids

    def _wrote(self, count: int) -> None:
        self.written += count
        if self._progress is not None:
            self._progress(self.written)


_INSERT = pegawai.insert().returning(pegawai.c.id, sort_by_parameter_order=True)
_UPDATE = (
    pegawai.update()
    .where(pegawai.c.id == sa.bindparam("b_id"))
    .values({name: sa.bindparam(name) for name in (*LOCAL_FIELDS, "aktif", "updated_at")})
)
