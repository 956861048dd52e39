"""The read-back after a Kirim or a Periksa: the affected pegawai × datasets read again and
stored as a sync stores them, so Data SISTER shows the new record or the ajuan at once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sister_desktop.domain.sister_groups import BY_NAME, Dataset
from sister_desktop.domain.sister_records import record_key
from sister_desktop.domain.sister_writes import write_family
from sister_desktop.sister.dataset_reader import DatasetReader
from sister_desktop.sister.errors import NotFoundError, SisterError
from sister_desktop.store.sister_record_repository import (
    DatasetAnswer,
    DatasetFailure,
    KnownRecord,
    SisterRecordRepository,
)

log = logging.getLogger(__name__)


async def read_back(
    records: SisterRecordRepository,
    reader: DatasetReader,
    affected: Iterable[tuple[int | None, str, str, str | None]],
) -> list[int]:
    """Read the affected datasets of each pegawai again (their ajuan lists too) and store
    them as a sync does, the touched records' details fetched afresh; the pegawai whose
    read-back failed."""
    wanted: dict[tuple[int, str], set[str]] = {}
    touched: dict[int, set[tuple[str, str]]] = {}
    for pegawai_id, id_sdm, dataset, record in affected:
        if pegawai_id is None:
            continue
        names = wanted.setdefault((pegawai_id, id_sdm), set())
        names.add(dataset)
        if f"{dataset}/ajuan" in BY_NAME:
            names.add(f"{dataset}/ajuan")
        family = write_family(dataset)
        if family is not None and family.path in BY_NAME:
            names.add(family.path)
        if record:
            touched.setdefault(pegawai_id, set()).add((dataset, record.lower()))
    failed: list[int] = []
    gate = asyncio.Semaphore(max(1, 2 * reader.client.options.max_inflight))

    async def one(pegawai_id: int, id_sdm: str, names: set[str]) -> None:
        datasets = [d for d in BY_NAME.values() if d.name in names and not d.per_semester]
        known = await records.known(pegawai_id, [d.name for d in datasets])
        async with gate:
            answers, failures = await _pull(
                reader, id_sdm, datasets, touched.get(pegawai_id, set()), known
            )
        await records.write_pull(pegawai_id, id_sdm, answers, failures, datetime.now(UTC))
        if failures:
            failed.append(pegawai_id)

    await asyncio.gather(
        *(one(pegawai_id, id_sdm, names) for (pegawai_id, id_sdm), names in wanted.items())
    )
    return sorted(failed)


async def _pull(
    reader: DatasetReader,
    id_sdm: str,
    datasets: Sequence[Dataset],
    touched: set[tuple[str, str]],
    known: Mapping[str, Mapping[str, KnownRecord]],
) -> tuple[list[DatasetAnswer], list[DatasetFailure]]:
    """The datasets' lists whole, and the details of the touched records and of the ajuan
    not stored whole yet: the rest keep what the last sync stored (a sync fetches what
    it lacks)."""
    answers: list[DatasetAnswer] = []
    failures: list[DatasetFailure] = []
    for dataset in datasets:
        try:
            listed = await reader.rows(dataset, id_sdm)
            answer = DatasetAnswer(dataset.name, "", list_requests=listed.requests)
            seen: set[str] = set()
            for row in listed.rows:
                key = record_key(dataset.name, row)
                if key not in seen:
                    seen.add(key)
                    answer.rows.append((key, row))
            stored = known.get(dataset.name, {})
            wanted = [
                key
                for key, _row in answer.rows
                if dataset.has_details
                and (
                    (dataset.name, key) in touched
                    or (
                        dataset.ajuan_of is not None
                        and (key not in stored or not stored[key].has_detail)
                    )
                )
            ]
            details = await asyncio.gather(
                *(_detail_or_none(reader, dataset, key) for key in wanted)
            )
            answer.detail_requests = len(wanted)
            gone = {key for key, detail in zip(wanted, details, strict=True) if not detail}
            answer.details = {
                key: detail for key, detail in zip(wanted, details, strict=True) if detail
            }
            answer.rows = [(key, row) for key, row in answer.rows if key not in gone]
        except SisterError as exc:
            log.info("Read-back of %s for %s failed: %s", dataset.name, id_sdm, exc.code)
            failures.append(DatasetFailure(dataset.name, "", exc.code))
            continue
        answers.append(answer)
    return answers, failures


async def _detail_or_none(
    reader: DatasetReader, dataset: Dataset, record_id: str
) -> dict[str, Any] | None:
    try:
        return await reader.detail(dataset, record_id)
    except NotFoundError:
        return None
