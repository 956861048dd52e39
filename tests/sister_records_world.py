"""Test helpers for the Data SISTER pages, the DRH and the search: a pegawai's SISTER records
stored exactly as a sync stores them, from the same world the sandbox serves.

The answers come from the sandbox's own ``Router`` (list rows per ``_list``, details per
``_detail``, the data pribadi objects, the ``referensi`` lists), keyed with ``record_key`` and
written through ``SisterRecordRepository.write_dataset_in`` in one transaction per pegawai, so
what the window reads is what an engine writes, without a sync running.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sister_desktop.domain.links import LinkMethod, LinkRequest
from sister_desktop.domain.pegawai import NEW_ID, JenisPegawai, Pegawai
from sister_desktop.domain.sister_groups import (
    DEFAULT_GROUPS,
    DEFAULT_SEMESTERS,
    REFERENSI_CACHED,
    Dataset,
    DatasetKind,
    SisterGroup,
    datasets_of,
)
from sister_desktop.domain.sister_records import record_key
from sister_desktop.sandbox.dataset import SdmPerson, World
from sister_desktop.sandbox.routes import Refusal, Router
from sister_desktop.store.database import Database
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.sister_record_repository import DatasetAnswer, SisterRecordRepository

SYNCED_AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)


@dataclass(frozen=True)
class PulledDataset:
    """What a sync would have stored of one dataset (and semester) of one person."""

    answer: DatasetAnswer


def referensi_query(name: str) -> dict[str, str]:
    return {"tipe": "list"} if name == "kategori_kegiatan" else {}


def recent_semesters(world: World, count: int = DEFAULT_SEMESTERS) -> list[str]:
    """The ids of the last ``count`` semesters SISTER lists (what a run pulls)."""
    router = Router(world)
    rows = router.resolve("/referensi/semester", {}).body
    ids = sorted(str(row["id"]) for row in rows)
    return ids[-count:]


def pull(world: World, person: SdmPerson, dataset: Dataset) -> list[DatasetAnswer]:
    """The answers of one dataset of one person, as the engine would store them."""
    router = Router(world)
    if dataset.kind is DatasetKind.BINARY:
        return []  # the photo's bytes are not what these pages read
    if dataset.kind in (DatasetKind.OBJECT, DatasetKind.PERSON_LIST):
        body = router.resolve(f"/{dataset.name}/{person.id_sdm}", {}).body
        rows = [body] if dataset.kind is DatasetKind.OBJECT else list(body)
        return [
            DatasetAnswer(
                dataset.name,
                rows=[(record_key(dataset.name, row), row) for row in rows],
                list_requests=1,
            )
        ]
    scopes: list[str] = [""]
    if dataset.per_semester:
        scopes = recent_semesters(world)
    answers = []
    for scope in scopes:
        query: dict[str, str] = {"id_sdm": person.id_sdm}
        if dataset.semester_param and scope:
            query[dataset.semester_param] = scope
        if dataset.paged:
            query.update(page="1", per_page="100000")
        try:
            rows = list(router.resolve(dataset.path, query).body)
        except Refusal:
            rows = []
        keyed = [(record_key(dataset.name, row), row) for row in rows]
        details: dict[str, Any] = {}
        if dataset.has_details:
            for key, row in keyed:
                details[key] = router.resolve(f"/{dataset.name}/{row['id']}", {}).body
        answers.append(
            DatasetAnswer(
                dataset.name,
                scope=scope,
                rows=keyed,
                details=details,
                list_requests=1,
                detail_requests=len(details),
            )
        )
    return answers


def pull_person(
    world: World, person: SdmPerson, groups: Iterable[SisterGroup] = DEFAULT_GROUPS
) -> list[DatasetAnswer]:
    answers: list[DatasetAnswer] = []
    for dataset in datasets_of(groups):
        answers.extend(pull(world, person, dataset))
    return answers


async def store_answers(
    db: Database,
    pegawai_id: int,
    id_sdm: str,
    answers: Sequence[DatasetAnswer],
    at: datetime = SYNCED_AT,
) -> None:
    """Write one pegawai's answers in one transaction, as the engine's per-pegawai write."""
    async with db.transaction() as conn:
        for answer in answers:
            await SisterRecordRepository.write_dataset_in(
                conn, pegawai_id=pegawai_id, id_sdm=id_sdm, answer=answer, at=at
            )


async def store_referensi(db: Database, world: World, at: datetime = SYNCED_AT) -> None:
    """The ``referensi`` lists a run caches at its start."""
    router = Router(world)
    repository = SisterRecordRepository(db)
    for name in REFERENSI_CACHED:
        body = router.resolve(f"/referensi/{name}", referensi_query(name)).body
        await repository.save_referensi(name, body, at)


async def save_linked(db: Database, people: Sequence[SdmPerson]) -> list[int]:
    """The people as campus employees linked to their SDM; their ids in the same order."""
    rows = [
        Pegawai(
            id=NEW_ID,
            nama=person.nama,
            jenis_pegawai=JenisPegawai.DOSEN
            if person.jenis_sdm.lower().startswith("dosen")
            else JenisPegawai.TENDIK,
            nip=person.kepegawaian.get("nip"),
        )
        for person in people
    ]
    ids = await PegawaiRepository(db).save_many(rows, [])
    await LinkRepository(db).link_many(
        [
            LinkRequest(pegawai_id, person.id_sdm, LinkMethod.MANUAL)
            for pegawai_id, person in zip(ids, people, strict=True)
        ],
        who="tester",
    )
    return ids


def long_career(world: World) -> SdmPerson:
    """The dosen with the longest rank history (a Guru Besar or a Lektor Kepala of decades)."""
    return max(
        world.sdm,
        key=lambda p: (len(p.jabatan_fungsional) + len(p.kepangkatan), len(p.pendidikan_formal)),
    )


def with_ajuan(world: World) -> SdmPerson:
    """Someone with a pending change request (``*/ajuan``)."""
    router = Router(world)
    for person in world.sdm:
        if router.resolve("/jabatan_fungsional/ajuan", {"id_sdm": person.id_sdm}).body:
            return person
    raise LookupError("no ajuan in this world")


async def store_people(
    db: Database,
    world: World,
    people: Sequence[SdmPerson],
    groups: Iterable[SisterGroup] = DEFAULT_GROUPS,
    at: datetime = SYNCED_AT,
) -> list[int]:
    """Save, link and "sync" the people (records, states, referensi); their pegawai ids."""
    ids = await save_linked(db, people)
    chosen = frozenset(groups)
    for pegawai_id, person in zip(ids, people, strict=True):
        await store_answers(db, pegawai_id, person.id_sdm, pull_person(world, person, chosen), at)
    await store_referensi(db, world, at)
    return ids


def listed_rows(world: World, person: SdmPerson, dataset: str) -> list[dict[str, Any]]:
    """What the sandbox lists of one dataset of one person (every semester a run pulls)."""
    from sister_desktop.domain.sister_groups import BY_NAME

    return [
        dict(row) for answer in pull(world, person, BY_NAME[dataset]) for _k, row in answer.rows
    ]
