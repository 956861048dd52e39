"""One pegawai's pull of a run: every dataset of the scope, each list whole, and only the
details the stored records do not already answer.

A detail is fetched for a record that is new in its list, whose list row changed since the
last run, that came back after being removed, or whose detail was never stored; with a full
sync for every listed record. A per-semester list SISTER answers for every semester at once
(pengajaran) is asked once and split among the run's semesters by the semester its rows name;
the rows of other semesters are left out (not stored, no detail asked), and each semester still
gets its answer, empty or not, so its state says it was checked. A dataset that fails is that
dataset's failure (the rest of the pegawai goes on); an error of the whole service stops the
run (``StopRunError``). Nothing is written here: the engine writes the pull in the pegawai's
one transaction.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sister_desktop.domain.changes import payload_hash
from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.outside_text import count_replaced
from sister_desktop.domain.semesters import rows_by_semester
from sister_desktop.domain.sister_answers import MAPPED_DATASETS, typed_records
from sister_desktop.domain.sister_groups import Dataset
from sister_desktop.domain.sister_records import record_key
from sister_desktop.domain.sync_log import EndpointOutcome
from sister_desktop.sister.dataset_reader import DatasetReader
from sister_desktop.sister.errors import (
    CredentialError,
    NotFoundError,
    SisterError,
    TlsError,
    UnreachableError,
    WrongUrlError,
)
from sister_desktop.store.sister_record_repository import (
    DatasetAnswer,
    DatasetFailure,
    KnownRecord,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Errors that say nothing about one person but about the whole service: they stop the run.
RUN_STOPPING_ERRORS = (CredentialError, UnreachableError, TlsError, WrongUrlError)


class StopRunError(Exception):
    def __init__(self, error: SisterError) -> None:
        super().__init__(error.code)
        self.error = error


@dataclass(frozen=True, slots=True)
class RunPlan:
    """What every pegawai of a run is pulled for."""

    datasets: tuple[Dataset, ...]
    #: The semesters of the per-semester lists, oldest first.
    semesters: tuple[str, ...]
    #: Every detail again, not only those of new and changed records.
    full: bool = False
    #: SISTER's semester names, folded, to their ids (``domain.semesters``): what splits a
    #: list asked for every semester at once.
    semester_names: Mapping[str, str] = field(default_factory=dict)

    def scopes(self, dataset: Dataset) -> tuple[str, ...]:
        """What ``dataset`` is stored (and its state kept) by: each semester of a
        per-semester list, ``""`` for the others."""
        return self.semesters if dataset.per_semester else ("",)

    def at_once(self, dataset: Dataset) -> bool:
        """Whether ``dataset``'s semesters are asked in one request: SISTER allows it, and
        its semester list names them (without it the rows could not be split)."""
        return dataset.semester_optional and bool(self.semester_names)

    def list_calls(self, dataset: Dataset) -> int:
        """The lists one pegawai's pull of ``dataset`` waits for (pages aside)."""
        return 1 if self.at_once(dataset) else len(self.scopes(dataset))


@dataclass(slots=True)
class PegawaiPull:
    """One pegawai's datasets as pulled: the answers to store, the scopes that failed, one
    log outcome per dataset and the typed records of ``MAPPED_DATASETS``."""

    answers: list[DatasetAnswer] = field(default_factory=list)
    failures: list[DatasetFailure] = field(default_factory=list)
    outcomes: list[EndpointOutcome] = field(default_factory=list)
    typed: dict[str, Any] = field(default_factory=dict)
    #: Which scopes to keep the states of, per per-semester dataset pulled whole.
    kept_scopes: dict[str, tuple[str, ...]] = field(default_factory=dict)


def needs_detail(known: KnownRecord | None, row: Mapping[str, Any], full: bool) -> bool:
    """Whether a listed record's detail has to be fetched (see the module's docstring)."""
    if full or known is None or known.removed or not known.has_detail:
        return True
    return known.row_hash != payload_hash(row)


def _failure(dataset: str, exc: SisterError) -> EndpointOutcome:
    return EndpointOutcome(
        dataset,
        ok=False,
        http_status=exc.http_status,
        message=exc.message or exc.detail,
        error_code=exc.code,
    )


async def _all_or_none(calls: list[Coroutine[Any, Any, T]]) -> list[T]:
    """Every result, or the first error with the other calls cancelled (a dataset whose one
    detail failed is failed; its other details would be requests for nothing)."""
    tasks = [asyncio.ensure_future(call) for call in calls]
    try:
        return await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


async def _detail_or_gone(
    reader: DatasetReader, dataset: Dataset, record_id: str
) -> dict[str, Any] | None:
    """A record's detail, or ``None`` when SISTER says it no longer has it."""
    try:
        return await reader.detail(dataset, record_id)
    except NotFoundError:
        return None


async def pull_pegawai(
    reader: DatasetReader,
    id_sdm: str,
    plan: RunPlan,
    known: Mapping[str, Mapping[str, KnownRecord]],
    on_lists_done: Callable[[int], None] | None = None,
) -> PegawaiPull:
    """Pull ``plan`` for one person. ``on_lists_done`` is told, once every list is in, how
    many requests the pegawai costs in all (lists and the details still to come): what the
    progress estimate is refined with."""
    pull = PegawaiPull()
    lists_pending = sum(plan.list_calls(d) for d in plan.datasets)
    planned = 0

    def list_done(requests: int, *, more: int = 0) -> None:
        """A list is in (``requests`` with its details), and ``more`` are to come."""
        nonlocal lists_pending, planned
        lists_pending += more - 1
        planned += requests
        if lists_pending == 0 and on_lists_done is not None:
            on_lists_done(planned)

    def answer_of(
        dataset: Dataset, scope: str, rows: Iterable[Mapping[str, Any]], requests: int
    ) -> tuple[DatasetAnswer, list[tuple[str, str]]]:
        """One scope's answer from its listed rows, and the details it needs."""
        answer = DatasetAnswer(dataset.name, scope, list_requests=requests)
        stored = known.get(dataset.name, {})
        seen: set[str] = set()
        wanted: list[tuple[str, str]] = []
        for row in rows:
            key = record_key(dataset.name, row)
            if key in seen:
                continue  # the same record twice in one list: kept once
            seen.add(key)
            answer.rows.append((key, row))
            if dataset.has_details and needs_detail(stored.get(key), row, plan.full):
                wanted.append((key, str(row.get("id") or key)))
        answer.detail_requests = len(wanted)
        return answer, wanted

    async def with_details(
        dataset: Dataset, answer: DatasetAnswer, wanted: list[tuple[str, str]]
    ) -> DatasetAnswer:
        if not wanted:
            return answer
        details = await _all_or_none(
            [_detail_or_gone(reader, dataset, record_id) for _key, record_id in wanted]
        )
        gone = {key for (key, _id), detail in zip(wanted, details, strict=True) if not detail}
        answer.details = {
            key: detail for (key, _id), detail in zip(wanted, details, strict=True) if detail
        }
        if gone:  # deleted between the list and its detail: gone from the list too
            answer.rows = [(key, row) for key, row in answer.rows if key not in gone]
        return answer

    async def one_scope(dataset: Dataset, scope: str) -> DatasetAnswer:
        listed_done = False
        try:
            listed = await reader.rows(dataset, id_sdm, scope or None)
            answer, wanted = answer_of(dataset, scope, listed.rows, listed.requests)
            list_done(listed.requests + len(wanted))
            listed_done = True
            return await with_details(dataset, answer, wanted)
        finally:
            if not listed_done:
                list_done(1)

    async def each_scope(dataset: Dataset) -> list[DatasetAnswer | BaseException]:
        return await asyncio.gather(
            *(one_scope(dataset, scope) for scope in plan.scopes(dataset)),
            return_exceptions=True,
        )

    async def at_once(dataset: Dataset) -> list[DatasetAnswer | BaseException]:
        """Every semester in one request, split among the run's semesters; a failed list
        fails each of them. A row naming a semester SISTER's list does not: asked again
        semester by semester, what the rows cannot say the query does."""
        scopes = plan.scopes(dataset)
        try:
            listed = await reader.rows(dataset, id_sdm)
        except Exception as exc:
            list_done(1)
            return [exc for _scope in scopes]
        split = rows_by_semester(listed.rows, scopes, plan.semester_names)
        if split is None:
            log.warning(
                "Sync %s %s: a row names a semester not in SISTER's list; asked per semester",
                id_sdm,
                dataset.name,
            )
            list_done(listed.requests, more=len(scopes))
            return await each_scope(dataset)
        built = [answer_of(dataset, scope, split[scope], 0) for scope in scopes]
        built[0][0].list_requests = listed.requests  # the one request, counted once
        list_done(listed.requests + sum(len(wanted) for _answer, wanted in built))
        return await asyncio.gather(
            *(with_details(dataset, answer, wanted) for answer, wanted in built),
            return_exceptions=True,
        )

    async def one_dataset(dataset: Dataset) -> None:
        scopes = plan.scopes(dataset)
        results = await (at_once(dataset) if plan.at_once(dataset) else each_scope(dataset))
        failed: SisterError | None = None
        good: list[DatasetAnswer] = []
        for scope, result in zip(scopes, results, strict=True):
            if isinstance(result, RUN_STOPPING_ERRORS):
                raise StopRunError(result)
            if isinstance(result, SisterError):
                log.info(
                    "Sync %s %s %s: %s (HTTP %s)",
                    id_sdm,
                    dataset.name,
                    scope,
                    result.code,
                    result.http_status,
                )
                failed = failed or result
                pull.failures.append(DatasetFailure(dataset.name, scope, result.code))
            elif isinstance(result, BaseException):
                raise result
            else:
                good.append(result)
        pull.answers.extend(good)
        if failed is not None:
            pull.outcomes.append(_failure(dataset.name, failed))
            return
        if dataset.per_semester:
            pull.kept_scopes[dataset.name] = scopes
        if dataset.name in MAPPED_DATASETS:
            # What the derived values read, from the answer about to be stored.
            pull.typed[dataset.name] = typed_records(
                dataset.name, [row for _k, row in good[0].rows]
            )
        # Kept, but the operator hears that some of its text arrived damaged (and where).
        damaged = any(count_replaced([a.rows, a.details]) for a in good)
        remark = ErrorCode.TEXT_REPLACED if damaged else None
        pull.outcomes.append(EndpointOutcome(dataset.name, error_code=remark))

    try:
        async with asyncio.TaskGroup() as group:
            for dataset in plan.datasets:
                group.create_task(one_dataset(dataset))
    except* StopRunError as caught:
        raise caught.exceptions[0] from None
    order = {d.name: n for n, d in enumerate(plan.datasets)}
    pull.outcomes.sort(key=lambda e: order[e.endpoint])
    return pull
