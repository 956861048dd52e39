"""Every write operation of the official spec, driven over HTTP and checked against its schemas.

Generated from the spec file at test time (skipped without it, like the reads' conformance):
the operations are the spec's POST/PUT/DELETE, the request each sends is validated against
the spec's request body, the answer against the response the spec lists for its status, and
the effect is read back with the next GET. Our body table (``write_bodies``) must say what the
spec says of every field. The deviations are named below and nothing else is tolerated.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.sandbox.write_bodies import fields
from sister_desktop.sandbox.write_families import WRITE_FAMILIES
from sister_desktop.sandbox.write_routes import write_templates
from tests.sandbox.conftest import open_client
from tests.sandbox.test_openapi_conformance import (
    _missing,
    _resolved,
    jsonschema,
    load_spec,
    openapi_schema_validator,
)
from tests.sandbox.test_writes import client_as
from tests.sandbox.write_samples import Samples

#: The live service's own deviations from the spec, for writes.
#: ``nilai_tes/ajuan``: a Basic credential's POST/PUT answers 204 and files an ajuan, as every
#: verified family does, although the spec lists only 200 there.
BASIC_204_NOT_LISTED = {("POST", "/nilai_tes/ajuan"), ("PUT", "/nilai_tes/ajuan/{id}")}
#: A record written with an optional field empty (the spec lets a client send ``null``,
#: ``""``, ``0`` or ``[]`` there) answers ``null`` for it, as the live service does for a value
#: never given, although the detail schemas rarely say ``nullable``.
EMPTY_IS_NULL = True
#: Where a family's records are read back (the path the write names is an ajuan list).
READ_BACK = {"nilai_tes/ajuan": "nilai_tes"}
UNKNOWN = "0b6e8a55-35c4-4a93-9d8a-5f7b2f0f4c11"


def _write_ops(spec: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (method.upper(), path)
        for path, ops in spec["paths"].items()
        for method in ("post", "put", "delete")
        if method in ops and path != "/authorize"
    ]


def _follow(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _request_schema(spec: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    body = spec["paths"][path][method.lower()].get("requestBody")
    if body is None:
        return None
    content = _follow(spec, body)["content"]
    media = content.get("application/json") or content["multipart/form-data"]
    return dict(media["schema"])


def _response(spec: dict[str, Any], method: str, path: str, status: int) -> dict[str, Any] | None:
    responses = spec["paths"][path][method.lower()]["responses"]
    assert status in responses or str(status) in responses, (method, path, status)
    response = _follow(spec, responses.get(status) or responses[str(status)])
    content = response.get("content")
    return dict(content["application/json"]["schema"]) if content else None


def _check(
    spec: dict[str, Any],
    schema: dict[str, Any] | None,
    body: Any,
    what: str,
    empty_is_null: bool = False,
) -> None:
    """``body`` valid against ``schema`` and whole (every property present). With
    ``empty_is_null`` (EMPTY_IS_NULL below) a null stands for any type."""
    assert schema is not None, what
    validator = openapi_schema_validator.OAS30Validator(
        {**schema, "components": spec["components"]},
        format_checker=openapi_schema_validator.oas30_format_checker,
    )
    typed = _without_nulls(body) if empty_is_null else body
    error = jsonschema.exceptions.best_match(validator.iter_errors(typed))
    assert error is None, f"{what}: {error}"
    missing = _missing(spec, schema, body, "")
    assert not missing, f"{what} leaves out {sorted(missing)}"


def _without_nulls(body: Any) -> Any:
    if isinstance(body, dict):
        return {k: _without_nulls(v) for k, v in body.items() if v is not None}
    if isinstance(body, list):
        return [_without_nulls(v) for v in body]
    return body


def _answer(
    spec: dict[str, Any], method: str, path: str, answer: httpx.Response, status: int
) -> Any:
    assert answer.status_code == status, (method, path, answer.text[:300])
    schema = _response(spec, method, path, status)
    if schema is None:
        assert answer.content == b"", (method, path)
        return None
    body = answer.json()
    _check(spec, schema, body, f"{method} {path} -> {status}")
    return body


def _detail_schema(spec: dict[str, Any], family: str) -> dict[str, Any]:
    return _response(spec, "GET", f"/{family}/{{id}}", 200) or {}


@pytest.fixture(scope="module", name="spec")
def _spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="module")
def server() -> Any:
    with SandboxServer(seed=11, size=60) as running:
        yield running


def _lecturer(server: SandboxServer) -> str:
    world = server.world
    place = world.activities.prolific
    assert place is not None
    return world.sdm[place].id_sdm


def _upload(client: httpx.Client, id_sdm: str) -> str:
    answer = client.post(
        "dokumen",
        files={
            "file": ("bukti.pdf", b"%PDF-1.4 bukti", "application/pdf"),
            "id_sdm": (None, id_sdm),
            "id_jenis_dokumen": (None, "3"),
            "nama": (None, "Bukti"),
            "keterangan": (None, ""),
            "tautan": (None, ""),
        },
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])


def test_our_body_table_says_what_the_spec_says(spec: dict[str, Any]) -> None:
    """Field by field: names, required, type, maxLength, enum of every JSON request body."""
    checked = 0
    for method, path in _write_ops(spec):
        schema = _request_schema(spec, method, path)
        family = path.strip("/").removesuffix("/{id}")
        if schema is None or family not in WRITE_FAMILIES or method == "DELETE":
            continue
        _same_fields(spec, schema, WRITE_FAMILIES[family].body, path)
        checked += 1
    for name, body in (("keluarga", "Keluarga"), ("alamat", "Alamat"), ("lain", "Lain")):
        path = f"/data_pribadi/{name}/{{id_sdm}}"
        _same_fields(spec, _request_schema(spec, "PUT", path) or {}, body, path)
    _same_fields(
        spec,
        _request_schema(spec, "DELETE", "/jabatan_fungsional/{id}") or {},
        "AjuanHapus",
        "hapus",
    )
    assert checked == 52


def _same_fields(spec: dict[str, Any], schema: dict[str, Any], body: str, where: str) -> None:
    props, required = _properties(spec, schema)
    ours = {f.name: f for f in fields(body)}
    assert set(ours) == set(props), (where, set(ours) ^ set(props))
    for name, prop in props.items():
        field = ours[name]
        assert field.required == (name in required), (where, name)
        assert field.max_length == prop.get("maxLength"), (where, name)
        enum = prop.get("enum")
        assert field.enum == (tuple(str(e) for e in enum) if enum else None), (where, name)
        kind = {"integer": "i", "number": "n", "boolean": "b", "array": "ids"}.get(prop["type"])
        if prop["type"] == "string":
            kind = {"date": "d", "uuid": "u", "email": "email", "url": "url"}.get(
                prop.get("format", ""), "s"
            )
        if prop["type"] == "array" and _resolved(spec, prop["items"]).get("type") == "object":
            kind = "objs"
            _same_fields(spec, _resolved(spec, prop["items"]), field.sub or "", f"{where}.{name}")
        assert field.kind == kind, (where, name, field.kind, kind)
        assert field.nullable == bool(prop.get("nullable")), (where, name)


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    schema = _follow(spec, schema)
    if "allOf" in schema:
        props: dict[str, Any] = {}
        required: set[str] = set()
        for part in schema["allOf"]:
            p, r = _properties(spec, part)
            props.update(p)
            required |= r
        return props, required
    return {k: _follow(spec, v) for k, v in schema["properties"].items()}, set(
        schema.get("required", [])
    )


def test_every_write_operation_of_the_spec_is_served(spec: dict[str, Any]) -> None:
    ops = _write_ops(spec)
    methods = [m for m, _p in ops]
    # The 94 count POST /authorize among the 30 POSTs.
    assert (methods.count("POST") + 1, methods.count("PUT"), methods.count("DELETE")) == (
        30,
        37,
        27,
    )
    assert set(write_templates()) == set(ops)


def test_every_write_operation_applies_and_answers_its_schema(
    spec: dict[str, Any], server: SandboxServer
) -> None:
    """As Sister-WS Pro (everything applies): each operation called for real, its request and
    answer checked, and its effect read back."""
    covered: set[tuple[str, str]] = set()
    me = _lecturer(server)
    world = server.world
    client = client_as(server, "pro")
    try:
        doc = _upload(client, me)
        covered.add(("POST", "/dokumen"))
        samples = Samples(world, me, [doc])
        for path, spec_row in WRITE_FAMILIES.items():
            base = f"/{path}"
            body = samples.body(spec_row.body, spec_row.menu)
            _check(spec, _request_schema(spec, "POST", base), body, f"request POST {base}")
            created = _answer(spec, "POST", base, client.post(path, json=body), 200)
            record = created["id"]
            covered.add(("POST", base))
            family = READ_BACK.get(path, path)
            detail = client.get(f"{family}/{record}")
            assert detail.status_code == 200, (family, detail.text[:200])
            _check(spec, _detail_schema(spec, family), detail.json(), f"GET /{family}/{{id}}")
            changed = _changed(body)
            _check(
                spec, _request_schema(spec, "PUT", f"{base}/{{id}}"), changed, f"request PUT {base}"
            )
            answer = _answer(
                spec, "PUT", f"{base}/{{id}}", client.put(f"{path}/{record}", json=changed), 200
            )
            key, value = _the_change(body, changed)
            assert answer[key] == value and client.get(f"{family}/{record}").json()[key] == value
            covered.add(("PUT", f"{base}/{{id}}"))
            if ("PUT", f"{base}/{{id}}/bidang_ilmu") in set(_write_ops(spec)):
                _bidang_ilmu(spec, client, path, record)
                covered.add(("PUT", f"{base}/{{id}}/bidang_ilmu"))
            _answer(spec, "DELETE", f"{base}/{{id}}", client.delete(f"{path}/{record}"), 204)
            assert client.get(f"{family}/{record}").status_code == 404
            covered.add(("DELETE", f"{base}/{{id}}"))
        bundle = world.activities.of(world.activities.place[me])
        for family in ("pengajaran", "bimbingan_mahasiswa", "pengujian_mahasiswa"):
            _bidang_ilmu(spec, client, family, bundle.records[family][0]["id"])
            covered.add(("PUT", f"/{family}/{{id}}/bidang_ilmu"))
        for name, body_name in (("keluarga", "Keluarga"), ("alamat", "Alamat"), ("lain", "Lain")):
            path = f"/data_pribadi/{name}/{{id_sdm}}"
            body = samples.body(body_name)
            _check(spec, _request_schema(spec, "PUT", path), body, f"request PUT {path}")
            answer = _answer(
                spec, "PUT", path, client.put(f"data_pribadi/{name}/{me}", json=body), 200
            )
            assert client.get(f"data_pribadi/{name}/{me}").json() == answer
            covered.add(("PUT", path))
        groups = [g["id"] for g in ref.national()["kelompok_bidang_iptek"][:2]]
        path = "/data_pribadi/bidang_ilmu/{id_sdm}"
        _check(spec, _request_schema(spec, "PUT", path), groups, f"request PUT {path}")
        _answer(spec, "PUT", path, client.put(f"data_pribadi/bidang_ilmu/{me}", json=groups), 200)
        covered.add(("PUT", path))
        jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 32
        photo = client.post(
            f"data_pribadi/foto/{me}", files={"file": ("foto.jpg", jpeg, "image/jpeg")}
        )
        _answer(spec, "POST", "/data_pribadi/foto/{id_sdm}", photo, 204)
        assert client.get(f"data_pribadi/foto/{me}").content == jpeg
        covered.add(("POST", "/data_pribadi/foto/{id_sdm}"))
        form = {"nama": (None, "Bukti revisi"), "file": ("revisi.pdf", b"%PDF-1.4 revisi")}
        _form_fits(spec, "/dokumen/{id}", form)
        changed_doc = _answer(
            spec, "POST", "/dokumen/{id}", client.post(f"dokumen/{doc}", files=form), 200
        )
        assert changed_doc["nama"] == "Bukti revisi"
        assert client.get(f"dokumen/{doc}/download").content == b"%PDF-1.4 revisi"
        covered.add(("POST", "/dokumen/{id}"))
        _answer(spec, "DELETE", "/dokumen/{id}", client.delete(f"dokumen/{doc}"), 204)
        covered.add(("DELETE", "/dokumen/{id}"))
    finally:
        client.close()
    assert covered == set(_write_ops(spec)), sorted(set(_write_ops(spec)) - covered)
    # Each operation applied once, the document upload before them and nothing else.
    applied = [(w["method"], w["path"]) for w in server.writes.applied()]
    assert sorted(applied) == sorted(covered), set(applied) ^ covered


def test_a_record_written_with_its_optional_fields_empty_reads_back_whole(
    spec: dict[str, Any], server: SandboxServer
) -> None:
    """Every family, POSTed with only the required fields filled (the rest ``null`` or
    ``[]``): accepted, and its detail is whole and typed (EMPTY_IS_NULL)."""
    me = _lecturer(server)
    samples = Samples(server.world, me)
    client = client_as(server, "pro")
    try:
        for path, spec_row in WRITE_FAMILIES.items():
            body = samples.body(spec_row.body, spec_row.menu)
            for field in fields(spec_row.body):
                if field.required or field.name == spec_row.owner:
                    continue
                body[field.name] = [] if field.kind in ("ids", "objs") else None
            created = client.post(path, json=body)
            assert created.status_code == 200, (path, created.text[:300])
            family = READ_BACK.get(path, path)
            detail = client.get(f"{family}/{created.json()['id']}").json()
            schema = _detail_schema(spec, family)
            _check(spec, schema, detail, f"GET /{family}/{{id}} (empty)", EMPTY_IS_NULL)
    finally:
        client.close()


def _form_fits(spec: dict[str, Any], path: str, form: dict[str, Any]) -> None:
    schema = _request_schema(spec, "POST", path) or {}
    assert set(form) <= set(schema["properties"]), path
    assert set(schema.get("required", [])) <= set(form), path


def _bidang_ilmu(spec: dict[str, Any], client: httpx.Client, family: str, record: str) -> None:
    path = f"/{family}/{{id}}/bidang_ilmu"
    groups = [ref.national()["kelompok_bidang_iptek"][5]["id"]]
    _check(spec, _request_schema(spec, "PUT", path), groups, f"request PUT {path}")
    _answer(spec, "PUT", path, client.put(f"{family}/{record}/bidang_ilmu", json=groups), 200)
    read = client.get(f"{family}/{record}/bidang_ilmu").json()
    assert [g["id_kelompok_bidang"] for g in read] == groups


def _changed(body: dict[str, Any]) -> dict[str, Any]:
    """The body with one text field changed (the first that has no reference list)."""
    out = dict(body)
    key = next(
        k
        for k, v in body.items()
        if isinstance(v, str)
        and k.startswith(
            (
                "nama",
                "judul",
                "sk",
                "peran",
                "lokasi",
                "instansi",
                "penyelenggara",
                "bidang",
                "kegiatan",
            )
        )
    )
    out[key] = str(body[key])[:-1] + "X"
    return out


def _the_change(before: dict[str, Any], after: dict[str, Any]) -> tuple[str, Any]:
    key = next(k for k in before if before[k] != after[k])
    return key, after[key]


def test_basic_writes_to_verified_data_answer_204_and_file_an_ajuan(
    spec: dict[str, Any], server: SandboxServer
) -> None:
    """As Sister-WS Basic: where the spec lists 204 (or BASIC_204_NOT_LISTED), POST, PUT and
    DELETE answer an empty 204, the master record stays, and the ajuan reads back valid."""
    me = _lecturer(server)
    world = server.world
    ops = set(_write_ops(spec))
    client = client_as(server, "basic")
    try:
        doc = _upload(client, me)
        samples = Samples(world, me, [doc])
        checked = 0
        for path, spec_row in WRITE_FAMILIES.items():
            if spec_row.ajuan is None:
                continue
            base = f"/{path}"
            master_family = spec_row.family
            listed = client.get(master_family, params={"id_sdm": me}).json()
            body = _changed(samples.body(spec_row.body, spec_row.menu))  # not the others'

            answers = [("POST", base, client.post(path, json=body))]
            target = next(
                r["id"] for r in listed if server.writes.locked(master_family, r["id"]) is None
            )
            old = client.get(f"{master_family}/{target}").json()
            changed = {k: old.get(k, v) for k, v in body.items()} | {"dokumen": [doc]}
            changed[next(k for k in ("sk", "nomor_induk", "nama") if k in body)] = "Diubah"
            answers.append(("PUT", f"{base}/{{id}}", client.put(f"{path}/{target}", json=changed)))
            proof = {"dokumen": [doc]} if master_family != "nilai_tes" else None
            answers.append(
                (
                    "DELETE",
                    f"{base}/{{id}}",
                    client.request("DELETE", f"{path}/{target}", json=proof),
                )
            )
            for method, op, answer in answers:
                assert (method, op) in ops
                if (method, op) in BASIC_204_NOT_LISTED:
                    assert answer.status_code == 204 and answer.content == b"", (method, op)
                else:
                    _answer(spec, method, op, answer, 204)
                checked += 1
            assert client.get(master_family, params={"id_sdm": me}).json() == listed
            filed = client.get(spec_row.ajuan, params={"id_sdm": me}).json()
            _check(spec, _response(spec, "GET", f"/{spec_row.ajuan}", 200), filed, spec_row.ajuan)
            kinds = [(a["jenis_ajuan"], a["status"]) for a in filed[:3]]
            assert kinds == [("Hapus", "Diajukan"), ("Ubah", "Diajukan"), ("Baru", "Diajukan")]
            for row in filed[:3]:
                detail = client.get(f"{spec_row.ajuan}/{row['id']}").json()
                _check(
                    spec, _response(spec, "GET", f"/{spec_row.ajuan}/{{id}}", 200), detail, "ajuan"
                )
                proof = [d["id"] for d in detail["dokumen"]]
                assert proof == [doc] or (row["jenis_ajuan"], proof) == ("Hapus", [])
        for name, body_name in (("keluarga", "Keluarga"), ("alamat", "Alamat"), ("lain", "Lain")):
            path = f"/data_pribadi/{name}/{{id_sdm}}"
            before = client.get(f"data_pribadi/{name}/{me}").json()
            answer = client.put(f"data_pribadi/{name}/{me}", json=samples.body(body_name))
            _answer(spec, "PUT", path, answer, 204)
            assert client.get(f"data_pribadi/{name}/{me}").json() == before
            checked += 1
        assert checked == 3 * 3 + 3
    finally:
        client.close()


def _first(spec: dict[str, Any], status: int, want: Any) -> tuple[str, str]:
    """The first POST of a family (in the spec's order) that lists ``status`` and whose body
    has a field ``want`` accepts."""
    for method, path in _write_ops(spec):
        family = path.strip("/")
        if method != "POST" or family not in WRITE_FAMILIES:
            continue
        responses = spec["paths"][path]["post"]["responses"]
        if status not in responses and str(status) not in responses:
            continue
        if any(want(f) for f in fields(WRITE_FAMILIES[family].body)):
            return method, path
    raise AssertionError(f"no POST with {status}")


RULES = {
    # rule: (which field to break, how)
    "required": (lambda f: f.required and f.kind == "s", lambda f, v: None),
    "type": (lambda f: f.kind == "i" and not f.enum, lambda f, v: str(v)),
    "maxLength": (lambda f: f.max_length is not None, lambda f, v: "x" * (f.max_length + 1)),
    "enum": (lambda f: f.enum is not None and f.kind == "s", lambda f, v: "?"),
    "date": (lambda f: f.kind == "d", lambda f, v: "01-03-2024"),
    "reference": (
        lambda f: f.ref not in (None, "sdm", "kategori") and f.kind == "i",
        lambda f, v: 987654,
    ),
    "id_sdm of the PT": (lambda f: f.ref == "sdm" and f.kind == "u", lambda f, v: UNKNOWN),
    "field added": (lambda f: True, None),
    "field left out": (lambda f: True, None),
}


def test_one_refused_request_per_rule_answers_the_spec_error(
    spec: dict[str, Any], server: SandboxServer
) -> None:
    """Generated: for each rule, the first family whose body has such a field is sent a body
    breaking it once; the answer is the 400 the spec lists, naming the field, nothing applied.
    Then 409, 403, 404 (every PUT/DELETE listing it), 405 (PDDIKTI) and 401 (every write)."""
    me = _lecturer(server)
    samples = Samples(server.world, me)
    applied = len(server.writes.applied())
    client = client_as(server, "pro")
    try:
        for rule, (want, breaks) in RULES.items():
            method, path = _first(spec, 400, want)
            spec_row = WRITE_FAMILIES[path.strip("/")]
            body = samples.body(spec_row.body, spec_row.menu)
            field = next(f for f in fields(spec_row.body) if want(f))
            if rule == "field added":
                body["tambahan"] = 1
                named = "tambahan"
            elif rule == "field left out":
                del body[field.name]
                named = field.name
            else:
                assert breaks is not None
                body[field.name] = breaks(field, body[field.name])
                named = field.name
            answer = client.post(path.strip("/"), json=body)
            error = _answer(spec, method, path, answer, 400)
            assert named in error["detail"], (rule, error)
        assert len(server.writes.applied()) == applied
        # 409: a duplicate, with the existing id.
        method, path = _first(spec, 409, lambda f: True)
        spec_row = WRITE_FAMILIES[path.strip("/")]
        body = samples.body(spec_row.body, spec_row.menu)
        first = client.post(path.strip("/"), json=body).json()["id"]
        again = _answer(spec, method, path, client.post(path.strip("/"), json=body), 409)
        assert again["detail"] == f"Existing ID: {first}"
        # 403: used in BKD or a PAK.
        server.writes.lock(first)
        _answer(
            spec, "PUT", f"{path}/{{id}}", client.put(f"{path.strip('/')}/{first}", json=body), 403
        )
        _answer(spec, "DELETE", f"{path}/{{id}}", client.delete(f"{path.strip('/')}/{first}"), 403)
        server.writes.unlock(first)
        # 404 on every PUT/DELETE of an id the spec lists 404 for.
        for method, path in _write_ops(spec):
            if "{id}" not in path or method == "POST":
                continue
            responses = spec["paths"][path][method.lower()]["responses"]
            if 404 not in responses:
                continue
            url = path.replace("{id}", UNKNOWN).lstrip("/")
            answer = client.request(method, url, json=[] if path.endswith("bidang_ilmu") else None)
            error = _answer(spec, method, path, answer, 404)
            assert UNKNOWN in error["detail"]
        # 405: a PDDIKTI family (not in the spec's write paths at all).
        refused = client.post("pengajaran", json={})
        assert refused.status_code == 405 and "PDDIKTI" in refused.json()["detail"]
    finally:
        client.close()
    with open_client(server) as anonymous:
        for method, path in _write_ops(spec):
            url = path.replace("{id}", UNKNOWN).replace("{id_sdm}", UNKNOWN).lstrip("/")
            _answer(spec, method, path, anonymous.request(method, url), 401)
