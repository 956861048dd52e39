"""Every SISTER dataset of a pegawai, record by record (``sister_record``), how each dataset's
last pull went (``sister_dataset_state``) and the cached ``referensi`` lists.

The sync engine asks ``known`` before it pulls a pegawai (which records it has, with their row
hashes, to fetch only the details of new and changed records) and writes through
``write_dataset_in`` inside its per-pegawai transaction; the Data SISTER pages, the DRH and the
search read with ``records`` and ``states``. The raw record is the one stored form of SISTER's
answers: what the derived values, the Perbandingan and "what changed" need of them is read
from these rows through the mappers of ``domain/sister_answers.py`` (``mapped``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection

from sister_desktop.domain.changes import payload_hash
from sister_desktop.domain.laporan_records import StoredText
from sister_desktop.domain.sister_answers import MAPPED_DATASETS, SDM_DATASET, mapped_payload
from sister_desktop.domain.sister_groups import BY_NAME
from sister_desktop.domain.sister_records import OBJECT_KEY, DatasetState, SisterRecord
from sister_desktop.domain.sister_search import search_text, searched
from sister_desktop.store.database import Database
from sister_desktop.store.schema import (
    pegawai,
    sister_dataset_state,
    sister_record,
    sister_referensi,
    sister_search,
)

CHUNK = 500


@dataclass(frozen=True, slots=True)
class KnownRecord:
    """What the engine needs of a stored record to decide whether to fetch its detail."""

    key: str
    scope: str
    row_hash: str
    has_detail: bool
    removed: bool


@dataclass(slots=True)
class DatasetAnswer:
    """One dataset (and semester) of one pegawai as pulled in this run.

    ``rows`` are ``(key, row)`` in SISTER's order, complete (every page). ``details`` holds the
    detail answers fetched in this run by key; a listed record whose detail was not fetched
    keeps its stored detail.
    """

    dataset: str
    scope: str = ""
    rows: list[tuple[str, Mapping[str, Any]]] = field(default_factory=list)
    details: dict[str, Mapping[str, Any]] = field(default_factory=dict)
    list_requests: int = 0
    detail_requests: int = 0


@dataclass(frozen=True, slots=True)
class DatasetFailure:
    """One dataset (and semester) of one pegawai that could not be pulled in this run."""

    dataset: str
    scope: str
    error_code: str | None


@dataclass(frozen=True, slots=True)
class RecordChanges:
    """What one write changed, by record key: the lines of "what changed" for a dataset."""

    dataset: str
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def _record(row: Row[Any]) -> SisterRecord:
    v = row._mapping
    return SisterRecord(
        pegawai_id=v["pegawai_id"],
        dataset=v["dataset"],
        key=v["record_key"],
        scope=v["scope"],
        position=v["position"],
        row=v["row"],
        detail=v["detail"],
        first_seen_at=v["first_seen_at"],
        seen_at=v["seen_at"],
        changed_at=v["changed_at"],
        detail_fetched_at=v["detail_fetched_at"],
        removed_at=v["removed_at"],
    )


def _state(row: Row[Any]) -> DatasetState:
    v = row._mapping
    return DatasetState(
        pegawai_id=v["pegawai_id"],
        dataset=v["dataset"],
        scope=v["scope"],
        synced_at=v["synced_at"],
        ok=bool(v["ok"]),
        records=v["records"],
        list_requests=v["list_requests"],
        detail_requests=v["detail_requests"],
        error_code=v["error_code"],
    )


class SisterRecordRepository:
    """Reads of the stored records; the write helpers run inside a caller's transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reads -------------------------------------------------------------------------------

    async def records(
        self,
        pegawai_id: int,
        datasets: Iterable[str] | None = None,
        *,
        include_removed: bool = False,
    ) -> list[SisterRecord]:
        """One pegawai's records (of the given datasets), in dataset then SISTER's order."""
        query = sa.select(sister_record).where(sister_record.c.pegawai_id == pegawai_id)
        if datasets is not None:
            query = query.where(sister_record.c.dataset.in_(list(datasets)))
        if not include_removed:
            query = query.where(sister_record.c.removed_at.is_(None))
        query = query.order_by(
            sister_record.c.dataset, sister_record.c.scope, sister_record.c.position
        )
        async with self._db.connect() as conn:
            return [_record(row) for row in await conn.execute(query)]

    async def current_of(self, datasets: Iterable[str]) -> list[SisterRecord]:
        """Every pegawai's current records of ``datasets`` (small lists: the ajuan)."""
        query = sa.select(sister_record).where(
            sister_record.c.dataset.in_(list(datasets)), sister_record.c.removed_at.is_(None)
        )
        async with self._db.connect() as conn:
            return [_record(row) for row in await conn.execute(query)]

    async def find_record(
        self, dataset: str, key: str
    ) -> tuple[SisterRecord, str, str | None] | None:
        """The current record ``key`` of ``dataset``, whoever's it is, with the id_sdm it was
        pulled for and the pegawai's name (an ``usulan hapus-data --record ID``)."""
        query = (
            sa.select(sister_record, pegawai.c.nama)
            .join(pegawai, pegawai.c.id == sister_record.c.pegawai_id)
            .where(
                sister_record.c.dataset == dataset,
                sister_record.c.record_key == key.strip().lower(),
                sister_record.c.removed_at.is_(None),
            )
        )
        async with self._db.connect() as conn:
            row = (await conn.execute(query)).first()
        if row is None:
            return None
        return _record(row), row._mapping["id_sdm"], row._mapping["nama"]

    async def write_pull(
        self,
        pegawai_id: int,
        id_sdm: str,
        answers: Sequence[DatasetAnswer],
        failures: Sequence[DatasetFailure],
        at: datetime,
    ) -> None:
        """Store some datasets of one pegawai read again outside a sync run (the read-back
        after a Kirim), in one transaction, as the engine stores them."""
        async with self._db.transaction() as conn:
            for answer in answers:
                await self.write_dataset_in(
                    conn, pegawai_id=pegawai_id, id_sdm=id_sdm, answer=answer, at=at
                )
            for failure in failures:
                await self.write_state_in(
                    conn,
                    pegawai_id=pegawai_id,
                    dataset=failure.dataset,
                    scope=failure.scope,
                    at=at,
                    ok=False,
                    error_code=failure.error_code,
                )

    async def values_of_all(
        self,
        datasets: Iterable[str],
        pegawai_ids: Iterable[int] | None = None,
        *,
        details: bool = True,
    ) -> list[StoredText]:
        """The current records of ``datasets`` of every pegawai (or of ``pegawai_ids``), only
        their values (the listed row, and the detail unless ``details`` is off): what the
        Laporan counts across the PT or one program studi, without the bookkeeping columns.
        The values come as the JSON text they are stored as; the Laporan decodes them in the
        worker (``domain.laporan_records.group_stored``), not on the loop's thread."""
        names = list(datasets)
        ids = None if pegawai_ids is None else list(pegawai_ids)
        t = sister_record
        columns = [
            t.c.pegawai_id,
            t.c.dataset,
            t.c.record_key,
            t.c.scope,
            sa.cast(t.c.row, sa.Text),
        ]
        if details:
            columns.append(sa.cast(t.c.detail, sa.Text))
        found: list[StoredText] = []
        chunks: list[list[int] | None] = (
            [None] if ids is None else [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
        )
        async with self._db.connect() as conn:
            for chunk in chunks:
                query = sa.select(*columns).where(t.c.dataset.in_(names), t.c.removed_at.is_(None))
                if chunk is not None:
                    query = query.where(t.c.pegawai_id.in_(chunk))
                query = query.order_by(t.c.pegawai_id, t.c.dataset, t.c.scope, t.c.position)
                for row in await conn.execute(query):
                    found.append(
                        StoredText(
                            row[0], row[1], row[2], row[3], row[4], row[5] if details else None
                        )
                    )
        return found

    async def mapped(
        self, pegawai_id: int, datasets: Iterable[str] = (SDM_DATASET, *MAPPED_DATASETS)
    ) -> dict[str, Any]:
        """One pegawai's stored answers of ``datasets`` read as typed records (JSON-ready):
        ``dataset -> payload``, the datasets with a stored record and the lists pulled empty
        (``[]``); a dataset never pulled is left out."""
        names = list(datasets)
        query = (
            sa.select(sister_record.c.dataset, sister_record.c.row)
            .where(
                sister_record.c.pegawai_id == pegawai_id,
                sister_record.c.dataset.in_(names),
                sister_record.c.removed_at.is_(None),
            )
            .order_by(sister_record.c.dataset, sister_record.c.scope, sister_record.c.position)
        )
        rows: dict[str, list[Mapping[str, Any]]] = {}
        async with self._db.connect() as conn:
            for row in await conn.execute(query):
                rows.setdefault(row.dataset, []).append(row.row)
            pulled = await self.pulled_datasets_in(conn, pegawai_id)
        for name in names:
            if name in pulled and name not in rows and name in BY_NAME and BY_NAME[name].keyed:
                rows[name] = []
        return {dataset: mapped_payload(dataset, listed) for dataset, listed in rows.items()}

    async def last_synced(self, datasets: Iterable[str] | None = None) -> datetime | None:
        """When the newest pull of these datasets (any pegawai) ended: the data's date."""
        query = sa.select(sa.func.max(sister_dataset_state.c.synced_at))
        if datasets is not None:
            query = query.where(sister_dataset_state.c.dataset.in_(list(datasets)))
        async with self._db.connect() as conn:
            value = (await conn.execute(query)).scalar()
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value

    async def states(self, pegawai_id: int) -> list[DatasetState]:
        """How each dataset of one pegawai was last pulled (none: never synced)."""
        query = sa.select(sister_dataset_state).where(
            sister_dataset_state.c.pegawai_id == pegawai_id
        )
        async with self._db.connect() as conn:
            return [_state(row) for row in await conn.execute(query)]

    async def all_states(self, datasets: Iterable[str] | None = None) -> list[DatasetState]:
        """Every pegawai's dataset states (what the estimate before a run counts from)."""
        query = sa.select(sister_dataset_state)
        if datasets is not None:
            query = query.where(sister_dataset_state.c.dataset.in_(list(datasets)))
        async with self._db.connect() as conn:
            return [_state(row) for row in await conn.execute(query)]

    async def known(
        self, pegawai_id: int, datasets: Iterable[str]
    ) -> dict[str, dict[str, KnownRecord]]:
        """``dataset -> key -> KnownRecord`` for one pegawai, removed records included (one
        that comes back is "changed", and its detail is fetched again)."""
        query = sa.select(
            sister_record.c.dataset,
            sister_record.c.record_key,
            sister_record.c.scope,
            sister_record.c.row_hash,
            sister_record.c.detail_hash,
            sister_record.c.removed_at,
        ).where(
            sister_record.c.pegawai_id == pegawai_id,
            sister_record.c.dataset.in_(list(datasets)),
        )
        found: dict[str, dict[str, KnownRecord]] = {}
        async with self._db.connect() as conn:
            for row in await conn.execute(query):
                found.setdefault(row.dataset, {})[row.record_key] = KnownRecord(
                    row.record_key,
                    row.scope,
                    row.row_hash,
                    row.detail_hash is not None,
                    row.removed_at is not None,
                )
        return found

    async def referensi(self, names: Iterable[str] | None = None) -> dict[str, Any]:
        """The cached ``referensi`` lists: ``name -> payload``."""
        query = sa.select(sister_referensi.c.name, sister_referensi.c.payload)
        if names is not None:
            query = query.where(sister_referensi.c.name.in_(list(names)))
        async with self._db.connect() as conn:
            return {row.name: row.payload for row in await conn.execute(query)}

    async def find_pegawai(self, words: Sequence[str], *, limit: int = 5000) -> set[int]:
        """The pegawai with one current record holding every word (already folded, see
        ``domain.sister_search.query_words``); none for no words."""
        if not words:
            return set()
        query = sa.select(sister_search.c.pegawai_id).distinct()
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(sister_search.c.text.like(f"%{escaped}%", escape="\\"))
        async with self._db.connect() as conn:
            return {row.pegawai_id for row in await conn.execute(query.limit(limit))}

    # -- writes ------------------------------------------------------------------------------

    async def save_referensi(self, name: str, payload: Any, at: datetime) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(sa.delete(sister_referensi).where(sister_referensi.c.name == name))
            await conn.execute(
                sister_referensi.insert().values(name=name, payload=payload, fetched_at=at)
            )

    @staticmethod
    async def stored_in(
        conn: AsyncConnection, *, pegawai_id: int, datasets: Sequence[str]
    ) -> dict[str, dict[str, Any]]:
        """``dataset -> record_key -> stored row`` (its hashes, removal and scope): what
        ``write_dataset_in`` compares an answer with, for several datasets of one pegawai in
        one statement. A run stores every dataset of a pegawai together, and one statement per
        dataset was a third of an unchanged run's database work."""
        table = sister_record
        found: dict[str, dict[str, Any]] = {dataset: {} for dataset in datasets}
        names = list(found)
        for start in range(0, len(names), CHUNK):
            query = sa.select(
                table.c.dataset,
                table.c.record_key,
                table.c.row_hash,
                table.c.detail_hash,
                table.c.removed_at,
                table.c.scope,
            ).where(
                table.c.pegawai_id == pegawai_id, table.c.dataset.in_(names[start : start + CHUNK])
            )
            for row in await conn.execute(query):
                found[row.dataset][row.record_key] = row
        return found

    @staticmethod
    async def write_dataset_in(
        conn: AsyncConnection,
        *,
        pegawai_id: int,
        id_sdm: str,
        answer: DatasetAnswer,
        at: datetime,
        stored: Mapping[str, Any] | None = None,
    ) -> RecordChanges:
        """Store one dataset's answer: new records inserted, changed ones updated, unchanged
        ones only marked seen, records of the same scope missing from the answer marked
        removed. Also records the dataset's state. Returns what changed. ``stored``: the
        dataset's part of ``stored_in``, when the caller read it already."""
        table = sister_record
        if stored is None:
            stored = (
                await SisterRecordRepository.stored_in(
                    conn, pegawai_id=pegawai_id, datasets=[answer.dataset]
                )
            )[answer.dataset]
        added: list[str] = []
        changed: list[str] = []
        inserts: list[dict[str, Any]] = []
        #: Records listed again unchanged: only where they sit and when they were seen move,
        #: written in one statement for all of them (a second run is mostly these).
        seen_again: list[dict[str, Any]] = []
        where_one = (
            (table.c.pegawai_id == pegawai_id)
            & (table.c.dataset == answer.dataset)
            & (table.c.record_key == sa.bindparam("k"))
        )
        for position, (key, row) in enumerate(answer.rows):
            row_digest = payload_hash(row)
            detail = answer.details.get(key)
            detail_digest = payload_hash(detail) if detail is not None else None
            before = stored.get(key)
            if before is None:
                added.append(key)
                inserts.append(
                    {
                        "pegawai_id": pegawai_id,
                        "dataset": answer.dataset,
                        "record_key": key,
                        "id_sdm": id_sdm,
                        "scope": answer.scope,
                        "position": position,
                        "row": dict(row),
                        "row_hash": row_digest,
                        "detail": None if detail is None else dict(detail),
                        "detail_hash": detail_digest,
                        "detail_fetched_at": at if detail is not None else None,
                        "first_seen_at": at,
                        "seen_at": at,
                        "changed_at": at,
                        "removed_at": None,
                    }
                )
                continue
            is_changed = before.removed_at is not None or before.row_hash != row_digest
            if not is_changed and detail is None:
                seen_again.append({"k": key, "p": position})
                continue
            values: dict[str, Any] = {
                "seen_at": at,
                "position": position,
                "id_sdm": id_sdm,
                "scope": answer.scope,
            }
            if before.row_hash != row_digest:
                values.update(row=dict(row), row_hash=row_digest)
            if detail is not None:
                values.update(detail=dict(detail), detail_hash=detail_digest, detail_fetched_at=at)
                is_changed = is_changed or before.detail_hash != detail_digest
            if before.removed_at is not None:
                values["removed_at"] = None
            if is_changed:
                values["changed_at"] = at
                changed.append(key)
            await conn.execute(sa.update(table).where(where_one).values(**values), {"k": key})
        if seen_again:
            await conn.execute(
                sa.update(table)
                .where(where_one)
                .values(seen_at=at, position=sa.bindparam("p"), id_sdm=id_sdm, scope=answer.scope),
                seen_again,
            )
        if inserts:
            await conn.execute(table.insert(), inserts)
        listed = {key for key, _ in answer.rows}
        removed = [
            key
            for key, row in stored.items()
            if key not in listed and row.removed_at is None and row.scope == answer.scope
        ]
        for start in range(0, len(removed), CHUNK):
            await conn.execute(
                sa.update(table)
                .where(
                    table.c.pegawai_id == pegawai_id,
                    table.c.dataset == answer.dataset,
                    table.c.record_key.in_(removed[start : start + CHUNK]),
                )
                .values(removed_at=at, changed_at=at)
            )
        await SisterRecordRepository._update_search_in(
            conn, pegawai_id, answer, changed=added + changed, removed=removed
        )
        await SisterRecordRepository.write_state_in(
            conn,
            pegawai_id=pegawai_id,
            dataset=answer.dataset,
            scope=answer.scope,
            at=at,
            ok=True,
            records=len(answer.rows),
            list_requests=answer.list_requests,
            detail_requests=answer.detail_requests,
        )
        return RecordChanges(answer.dataset, tuple(added), tuple(changed), tuple(removed))

    @staticmethod
    async def _update_search_in(
        conn: AsyncConnection,
        pegawai_id: int,
        answer: DatasetAnswer,
        *,
        changed: Sequence[str],
        removed: Sequence[str],
    ) -> None:
        """Keep ``sister_search`` in step: the lines of new and changed records written again
        (a detail kept from an earlier run is read back for it), those of removed ones gone."""
        if (not changed and not removed) or not searched(answer.dataset):
            return
        rows = dict(answer.rows)
        kept_details: dict[str, Any] = {}
        missing = [key for key in changed if key not in answer.details]
        for start in range(0, len(missing), CHUNK):
            found = await conn.execute(
                sa.select(sister_record.c.record_key, sister_record.c.detail).where(
                    sister_record.c.pegawai_id == pegawai_id,
                    sister_record.c.dataset == answer.dataset,
                    sister_record.c.record_key.in_(missing[start : start + CHUNK]),
                )
            )
            kept_details.update({row.record_key: row.detail for row in found})
        stale = [*changed, *removed]
        for start in range(0, len(stale), CHUNK):
            await conn.execute(
                sa.delete(sister_search).where(
                    sister_search.c.pegawai_id == pegawai_id,
                    sister_search.c.dataset == answer.dataset,
                    sister_search.c.record_key.in_(stale[start : start + CHUNK]),
                )
            )
        lines = []
        for key in changed:
            values = dict(rows[key])
            values.update(answer.details.get(key) or kept_details.get(key) or {})
            lines.append(
                {
                    "pegawai_id": pegawai_id,
                    "dataset": answer.dataset,
                    "record_key": key,
                    "text": search_text(answer.dataset, values),
                }
            )
        if lines:
            await conn.execute(sister_search.insert(), lines)

    @staticmethod
    async def write_state_in(
        conn: AsyncConnection,
        *,
        pegawai_id: int,
        dataset: str,
        scope: str,
        at: datetime,
        ok: bool,
        records: int = 0,
        list_requests: int = 0,
        detail_requests: int = 0,
        error_code: str | None = None,
    ) -> None:
        """Upsert one dataset's state. A failed pull keeps the records and the last good
        ``records`` count; only ``ok``, the time and the error change."""
        key = (
            (sister_dataset_state.c.pegawai_id == pegawai_id)
            & (sister_dataset_state.c.dataset == dataset)
            & (sister_dataset_state.c.scope == scope)
        )
        values: dict[str, Any] = {
            "synced_at": at,
            "ok": ok,
            "list_requests": list_requests,
            "detail_requests": detail_requests,
            "error_code": error_code,
        }
        if ok:
            values["records"] = records
        updated = await conn.execute(sa.update(sister_dataset_state).where(key).values(**values))
        if updated.rowcount == 0:
            await conn.execute(
                sister_dataset_state.insert().values(
                    pegawai_id=pegawai_id,
                    dataset=dataset,
                    scope=scope,
                    records=records if ok else 0,
                    **{k: v for k, v in values.items() if k != "records"},
                )
            )

    @staticmethod
    async def mapped_in(
        conn: AsyncConnection, *, pegawai_id: int, id_sdm: str, dataset: str, pulled: bool
    ) -> Any:
        """What is stored of a mapped dataset (``mapped_payload``) for this person, before a
        write: ``None`` when nothing of his is (never pulled, ``pulled`` false, or pulled for
        another id_sdm before a relink), what "what changed" compares the new answer with."""
        query = (
            sa.select(sister_record.c.row, sister_record.c.id_sdm)
            .where(
                sister_record.c.pegawai_id == pegawai_id,
                sister_record.c.dataset == dataset,
                sister_record.c.removed_at.is_(None),
            )
            .order_by(sister_record.c.scope, sister_record.c.position)
        )
        found = list(await conn.execute(query))
        if any(row.id_sdm != id_sdm for row in found) or (not found and not pulled):
            return None
        return mapped_payload(dataset, [row.row for row in found])

    @staticmethod
    async def write_sdm_row_in(
        conn: AsyncConnection,
        *,
        pegawai_id: int,
        id_sdm: str,
        row: Mapping[str, Any],
        at: datetime,
    ) -> None:
        """Keep the person's row of the SDM list as his one record of ``SDM_DATASET`` (no
        dataset state: the list is read once per run, not per pegawai)."""
        digest = payload_hash(row)
        where = (
            (sister_record.c.pegawai_id == pegawai_id)
            & (sister_record.c.dataset == SDM_DATASET)
            & (sister_record.c.record_key == OBJECT_KEY)
        )
        before = (await conn.execute(sa.select(sister_record.c.row_hash).where(where))).first()
        if before is None:
            await conn.execute(
                sister_record.insert().values(
                    pegawai_id=pegawai_id,
                    dataset=SDM_DATASET,
                    record_key=OBJECT_KEY,
                    id_sdm=id_sdm,
                    scope="",
                    position=0,
                    row=dict(row),
                    row_hash=digest,
                    first_seen_at=at,
                    seen_at=at,
                    changed_at=at,
                )
            )
            return
        values: dict[str, Any] = {"seen_at": at, "id_sdm": id_sdm, "removed_at": None}
        if before.row_hash != digest:
            values.update(row=dict(row), row_hash=digest, changed_at=at)
        await conn.execute(sa.update(sister_record).where(where).values(**values))

    @staticmethod
    async def rows_in(
        conn: AsyncConnection, *, pegawai_id: int, dataset: str, keys: Sequence[str]
    ) -> dict[str, tuple[Mapping[str, Any], Mapping[str, Any] | None]]:
        """``key -> (row, detail)`` of stored records (what a removed record was called)."""
        found: dict[str, tuple[Mapping[str, Any], Mapping[str, Any] | None]] = {}
        keys = list(keys)
        for start in range(0, len(keys), CHUNK):
            query = sa.select(
                sister_record.c.record_key, sister_record.c.row, sister_record.c.detail
            ).where(
                sister_record.c.pegawai_id == pegawai_id,
                sister_record.c.dataset == dataset,
                sister_record.c.record_key.in_(keys[start : start + CHUNK]),
            )
            for row in await conn.execute(query):
                found[row.record_key] = (row.row, row.detail)
        return found

    @staticmethod
    async def pulled_datasets_in(conn: AsyncConnection, pegawai_id: int) -> set[str]:
        """The datasets of one pegawai that some run pulled before (a first pull of a
        dataset is not a change)."""
        query = sa.select(sister_dataset_state.c.dataset).where(
            sister_dataset_state.c.pegawai_id == pegawai_id,
            sa.or_(sister_dataset_state.c.ok.is_(True), sister_dataset_state.c.records > 0),
        )
        return {row.dataset for row in await conn.execute(query)}

    @staticmethod
    async def forget_scopes_in(
        conn: AsyncConnection, *, pegawai_id: int, dataset: str, keep: Sequence[str]
    ) -> None:
        """Drop the states of semesters no longer pulled (older than the last N), so the
        estimate and the pages count only what a run asks for; their records stay."""
        await conn.execute(
            sa.delete(sister_dataset_state).where(
                sister_dataset_state.c.pegawai_id == pegawai_id,
                sister_dataset_state.c.dataset == dataset,
                sister_dataset_state.c.scope.not_in(list(keep)),
            )
        )
