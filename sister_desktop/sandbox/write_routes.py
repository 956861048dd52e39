"""Which write a POST, PUT or DELETE path is: the spec's 94 write operations over ``Writes``.

A path the spec writes to is answered here; a path it only reads answers 405 (with
``Allow``), as do the PDDIKTI families (their records come from PDDIKTI, only their
``{id}/bidang_ilmu`` can be set); anything else is left to the read router (``NotWritable``),
which knows the paths and ids the spec has.
"""

from __future__ import annotations

import json
from typing import Any

from sister_desktop.sandbox import write_documents as documents
from sister_desktop.sandbox.activities import AJUAN
from sister_desktop.sandbox.write_families import (
    BIDANG_ILMU_PUT,
    DATA_PRIBADI_BODIES,
    DELETE_WITH_BODY,
    PDDIKTI,
    WRITE_FAMILIES,
)
from sister_desktop.sandbox.write_rules import refuse
from sister_desktop.sandbox.writes import Outcome, Writes

_PDDIKTI_DETAIL = "Data {family} bersumber dari PDDIKTI dan tidak dapat diubah melalui web service"


class NotWritable(Exception):
    """Not a write path of the spec: the read router answers (404 page, 405, ...)."""


class MethodNotAllowed(Exception):
    def __init__(self, allowed: str, detail: str | None = None) -> None:
        super().__init__(allowed)
        self.allowed = allowed
        self.detail = detail or f"Endpoint ini hanya menerima {allowed}"


def write_templates() -> list[tuple[str, str]]:
    """Every write operation served, as ``(METHOD, spec path)``."""
    ops: list[tuple[str, str]] = []
    for path in WRITE_FAMILIES:
        ops += [("POST", f"/{path}"), ("PUT", f"/{path}/{{id}}"), ("DELETE", f"/{path}/{{id}}")]
    ops += [("PUT", f"/{family}/{{id}}/bidang_ilmu") for family in BIDANG_ILMU_PUT]
    ops += [("PUT", f"/data_pribadi/{name}/{{id_sdm}}") for name in DATA_PRIBADI_BODIES]
    ops += [("PUT", "/data_pribadi/bidang_ilmu/{id_sdm}"), ("POST", "/data_pribadi/foto/{id_sdm}")]
    ops += [("POST", "/dokumen"), ("POST", "/dokumen/{id}"), ("DELETE", "/dokumen/{id}")]
    return ops


def template_of(path: str) -> str:
    """The spec path a concrete write path is an instance of (``/penelitian/{id}``)."""
    parts = path.strip("/").split("/")
    if parts[0] == "data_pribadi" and len(parts) == 3:
        return f"/data_pribadi/{parts[1]}/{{id_sdm}}"
    fixed = 2 if len(parts) >= 2 and f"{parts[0]}/{parts[1]}" in AJUAN else 1
    rest = ["{id}" if n == 0 else part for n, part in enumerate(parts[fixed:])]
    return "/" + "/".join([*parts[:fixed], *rest])


def _json(raw: bytes) -> Any:
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise refuse("Body harus berupa JSON yang valid") from None


class WriteRouter:
    def __init__(self, writes: Writes) -> None:
        self.writes = writes

    def handle(self, method: str, path: str, content_type: str, raw: bytes, role: str) -> Outcome:
        parts = path.strip("/").split("/")
        head = parts[0]
        if head == "data_pribadi" and len(parts) == 3:
            return self._data_pribadi(method, parts[1], parts[2], content_type, raw, role)
        if head == "dokumen":
            return self._dokumen(method, parts[1:], content_type, raw)
        if len(parts) >= 2 and f"{head}/{parts[1]}" in AJUAN:
            family, rest = f"{head}/{parts[1]}", parts[2:]
        else:
            family, rest = head, parts[1:]
        if family in PDDIKTI:
            if len(rest) == 2 and rest[1] == "bidang_ilmu":
                return self._bidang_ilmu(method, family, rest[0], raw)
            raise MethodNotAllowed("GET", _PDDIKTI_DETAIL.format(family=family))
        spec = WRITE_FAMILIES.get(family)
        if spec is None:
            raise NotWritable(path)
        writes = self.writes
        if not rest:
            if method != "POST":
                raise MethodNotAllowed("GET, POST")
            return writes.create(spec, _json(raw), role)
        if len(rest) == 1:
            if method == "PUT":
                return writes.update(spec, rest[0], _json(raw), role)
            if method == "DELETE":
                body = _json(raw)
                if body is not None and family not in DELETE_WITH_BODY:
                    raise refuse("DELETE tidak menerima body")
                return writes.delete(spec, rest[0], body, role)
            raise MethodNotAllowed("GET, PUT, DELETE")
        if len(rest) == 2 and rest[1] == "bidang_ilmu" and family in BIDANG_ILMU_PUT:
            return self._bidang_ilmu(method, family, rest[0], raw)
        raise NotWritable(path)

    def _bidang_ilmu(self, method: str, family: str, record_id: str, raw: bytes) -> Outcome:
        if method != "PUT":
            raise MethodNotAllowed("GET, PUT")
        return self.writes.put_bidang_ilmu(family, record_id, _json(raw))

    def _data_pribadi(
        self, method: str, name: str, id_sdm: str, content_type: str, raw: bytes, role: str
    ) -> Outcome:
        if name == "foto":
            if method != "POST":
                raise MethodNotAllowed("GET, POST")
            return documents.photo(self.writes, id_sdm, documents.parse_form(content_type, raw))
        if name in DATA_PRIBADI_BODIES or name == "bidang_ilmu":
            if method != "PUT":
                raise MethodNotAllowed("GET, PUT")
            return self.writes.put_data_pribadi(name, id_sdm, _json(raw), role)
        raise NotWritable(name)

    def _dokumen(self, method: str, rest: list[str], content_type: str, raw: bytes) -> Outcome:
        writes = self.writes
        if not rest:
            if method != "POST":
                raise MethodNotAllowed("GET, POST")
            return documents.upload(writes, documents.parse_form(content_type, raw))
        if len(rest) == 1:
            if method == "POST":
                writes.find("dokumen", rest[0])  # 404 before the body is looked at
                return documents.change(writes, rest[0], documents.parse_form(content_type, raw))
            if method == "DELETE":
                return documents.delete(writes, rest[0])
            raise MethodNotAllowed("GET, POST, DELETE")
        raise NotWritable("dokumen/" + "/".join(rest))
