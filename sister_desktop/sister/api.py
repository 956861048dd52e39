"""The lists of SISTER that are read outside a person's sync, as typed async methods: the SDM
list, the PT's profile and its units. Every per-person dataset is read raw
(``sister/dataset_reader.py``) and mapped by ``domain/sister_answers.py`` where typed records
are needed.

Answers are parsed tolerantly into ``domain.records``; an answer whose shape cannot be read at
all becomes ``BadResponse`` naming the endpoint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import quote

from sister_desktop.domain import sister_parsing as p
from sister_desktop.domain.records import ProfilPt, SdmRow, UnitKerja
from sister_desktop.domain.sister_answers import (
    MAPPED_DATASETS,
    SDM_DATASET,
    profil_pt_row,
    sdm_row,
    unit_kerja_row,
)
from sister_desktop.sister.client import SisterClient
from sister_desktop.sister.errors import BadResponse

T = TypeVar("T")

#: Query keys ``/referensi/sdm`` accepts.
SDM_QUERY_KEYS = frozenset({"nidn", "nip", "nuptk", "nama", "id_sp"})


class SisterApi:
    """Typed reads over a :class:`SisterClient`. Every method may raise ``SisterError``."""

    def __init__(self, client: SisterClient) -> None:
        self.client = client

    async def _list(
        self, path: str, parse: Callable[[dict[str, Any]], T | None], **query: str
    ) -> list[T]:
        data = await self.client.get_json(path, params=query or None)
        try:
            items = [parse(row) for row in p.rows(data)]
        except p.ShapeError as exc:
            raise self._shape_error(path, data, exc) from exc
        return [item for item in items if item is not None]

    async def _detail(
        self, path: str, parse: Callable[[dict[str, Any]], T], defining: tuple[str, ...] = ()
    ) -> T:
        data = await self.client.get_json(path)
        try:
            return parse(p.single(data, defining))
        except p.ShapeError as exc:
            raise self._shape_error(path, data, exc) from exc

    @staticmethod
    def _shape_error(path: str, data: Any, exc: Exception) -> BadResponse:
        return BadResponse(
            f"{exc} from {path}",
            http_status=200,
            content_type="application/json",
            body_start=repr(data)[:200].encode(),
            endpoint=path,
        )

    @staticmethod
    def _person_path(prefix: str, id_sdm: str) -> str:
        return f"{prefix}/{quote(id_sdm.strip(), safe='')}"

    # -- referensi ---------------------------------------------------------------------------

    async def referensi_sdm(self, **query: str) -> list[SdmRow]:
        """People of the credential's PT; filter by ``nidn``, ``nip``, ``nuptk``, ``nama``,
        ``id_sp``. With no filter: everybody."""
        unknown = set(query) - SDM_QUERY_KEYS
        if unknown:
            raise TypeError(f"unknown /referensi/sdm filters: {sorted(unknown)}")
        cleaned = {key: value.strip() for key, value in query.items() if value and value.strip()}
        rows = await self._list("/referensi/sdm", sdm_row, **cleaned)
        # One person is one SDM however often the list repeats him (the first row kept):
        # two rows of one id_sdm would make every match look like two different people.
        once: dict[str, SdmRow] = {}
        for row in rows:
            once.setdefault(row.id_sdm, row)
        return list(once.values())

    async def profil_pt(self) -> ProfilPt:
        return await self._detail("/referensi/profil_pt", profil_pt_row)

    async def unit_kerja(self, id_perguruan_tinggi: str) -> list[UnitKerja]:
        return await self._list(
            "/referensi/unit_kerja", unit_kerja_row, id_perguruan_tinggi=id_perguruan_tinggi
        )


#: The list call a sync makes once per run; each person's row of it is logged (and stored with
#: his records) under this name.
SDM_ENDPOINT = SDM_DATASET
#: The SDM row's log line, then those of the datasets read as typed records.
ENDPOINTS: tuple[str, ...] = (SDM_ENDPOINT, *MAPPED_DATASETS)
