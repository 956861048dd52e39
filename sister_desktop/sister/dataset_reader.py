"""Any per-person dataset of the catalogue, read raw: its list (to the last page, one semester
at a time where it is asked per semester), one record's detail, an object, the photo.

The sync engine decides which details it needs; this module only knows how SISTER is asked
and what a readable answer looks like. Rows are kept as SISTER sent them (the local database
stores them as they are); an answer whose shape cannot be read is ``BadResponse`` naming the
path, as everywhere else in ``sister``.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from sister_desktop.domain import sister_parsing as p
from sister_desktop.domain.sister_answers import defining_fields
from sister_desktop.domain.sister_groups import PER_PAGE, Dataset, DatasetKind
from sister_desktop.domain.sister_records import PHOTO_DATA, PHOTO_MEDIA_TYPE, record_key
from sister_desktop.sister.client import SisterClient
from sister_desktop.sister.errors import BadResponse, TooManyRecords

#: A paged list longer than this many pages is a server repeating itself, not a career.
MAX_PAGES = 200
#: More records in one person's list than any career holds (a lecturer with decades of
#: teaching has some thousands): refused before a detail is planned for each.
MAX_LIST_ROWS = 10_000


@dataclass(slots=True)
class ListedRows:
    """One list (or object) answer of one pegawai, every page of it, and what it cost."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    requests: int = 0


def _bad(path: str, data: Any, why: str, content_type: str = "application/json") -> BadResponse:
    return BadResponse(
        f"{why} from {path}",
        http_status=200,
        content_type=content_type,
        body_start=repr(data)[:200].encode(),
        endpoint=path,
    )


def _too_many(path: str, count: int) -> TooManyRecords:
    return TooManyRecords(
        f"{count} records from {path}",
        http_status=200,
        content_type="application/json",
        endpoint=path,
    )


#: How the common image formats end: a body that does not was cut short on the way.
_IMAGE_ENDS = {"image/png": b"IEND\xaeB`\x82", "image/jpeg": b"\xff\xd9"}


def _whole_image(kind: str, body: bytes) -> bool:
    end = _IMAGE_ENDS.get(kind)
    return end is None or body.rstrip(b"\x00\r\n").endswith(end)


class DatasetReader:
    """Raw reads of the catalogue's datasets over one client. Every method may raise
    ``SisterError``."""

    def __init__(self, client: SisterClient) -> None:
        self.client = client

    async def rows(self, dataset: Dataset, id_sdm: str, semester: str | None = None) -> ListedRows:
        """The whole answer of ``dataset`` for one person (and one semester where the
        dataset is asked per semester; every semester without one where SISTER allows it):
        an object or the photo as a list of one row."""
        person = id_sdm.strip()
        if dataset.kind is DatasetKind.BINARY:
            return await self._photo(dataset, person)
        if dataset.kind is DatasetKind.OBJECT:
            path = dataset.path.format(id_sdm=quote(person, safe=""))
            data = await self.client.get_json(path)
            try:
                row = p.single(data, defining_fields(dataset.name))
            except p.ShapeError as exc:
                raise _bad(path, data, str(exc)) from exc
            return ListedRows([row], 1)
        if dataset.kind is DatasetKind.PERSON_LIST:
            path = dataset.path.format(id_sdm=quote(person, safe=""))
            return ListedRows(await self._list(path, None), 1)
        params = {"id_sdm": person}
        if dataset.semester_param is not None and semester:
            params[dataset.semester_param] = semester
        elif dataset.semester_param is not None and not dataset.semester_optional:
            raise ValueError(f"{dataset.name} is asked per semester")
        if not dataset.paged:
            return ListedRows(await self._list(dataset.path, params), 1)
        return await self._pages(dataset, params)

    async def detail(self, dataset: Dataset, record_id: str) -> dict[str, Any]:
        """One record's full answer (``/<name>/{id}``); an empty object is not a record."""
        if dataset.detail_path is None:
            raise ValueError(f"{dataset.name} has no detail")
        path = dataset.detail_path.format(id=quote(record_id.strip(), safe=""))
        data = await self.client.get_json(path)
        try:
            row = p.single(data)
        except p.ShapeError as exc:
            raise _bad(path, data, str(exc)) from exc
        if not row:
            raise _bad(path, data, "an empty object")
        return row

    async def referensi(
        self, name: str, query: dict[str, str] | None = None
    ) -> list[dict[str, Any]]:
        """A ``/referensi/<name>`` list as it came (the sync keeps it beside the data);
        ``query`` narrows it (``menu`` of ``kategori_kegiatan``: one family's categories)."""
        path = f"/referensi/{name}"
        params = {"tipe": "list"} if name == "kategori_kegiatan" else None
        if query:
            params = {**(params or {}), **query}
        return await self._list(path, params, one_person=False)

    # -- the parts ---------------------------------------------------------------------------

    async def _list(
        self, path: str, params: dict[str, str] | None, *, one_person: bool = True
    ) -> list[dict[str, Any]]:
        data = await self.client.get_json(path, params=params)
        if one_person and isinstance(data, list) and len(data) > MAX_LIST_ROWS:
            raise _too_many(path, len(data))
        try:
            return p.rows(data)
        except p.ShapeError as exc:
            raise _bad(path, data, str(exc)) from exc

    async def _pages(self, dataset: Dataset, params: dict[str, str]) -> ListedRows:
        """Pages until one is shorter than ``PER_PAGE``. A page that brings no record not
        seen before ends the list too: a server that answers every page with the first one
        would otherwise be read forever."""
        listed = ListedRows()
        seen: set[str] = set()
        for page in range(1, MAX_PAGES + 1):
            rows = await self._list(
                dataset.path, {**params, "page": str(page), "per_page": str(PER_PAGE)}
            )
            listed.requests += 1
            keys = {record_key(dataset.name, row) for row in rows}
            if rows and keys <= seen:
                break
            seen |= keys
            listed.rows.extend(rows)
            if len(listed.rows) > MAX_LIST_ROWS:
                raise _too_many(dataset.path, len(listed.rows))
            if len(rows) < PER_PAGE:
                break
        return listed

    async def _photo(self, dataset: Dataset, id_sdm: str) -> ListedRows:
        path = dataset.path.format(id_sdm=quote(id_sdm, safe=""))
        body, media_type = await self.client.get_bytes(path)
        if not body:
            return ListedRows([], 1)  # no photo uploaded
        kind = (media_type or "").split(";")[0].strip().lower()
        if not kind.startswith("image/"):
            raise _bad(path, body[:200], f"a {kind or 'typeless'} answer, not an image", kind)
        if not _whole_image(kind, body):
            raise _bad(path, body[-16:], "an image cut short", kind)
        row = {PHOTO_MEDIA_TYPE: kind, PHOTO_DATA: base64.b64encode(body).decode("ascii")}
        return ListedRows([row], 1)
