"""The write catalogue says what the spec says: every write operation, every body field with
its type, limits, choices and required-ness, the referensi list the spec links, the ajuan of a
Basic credential, the 409s and the DELETE bodies. Read from the spec file at test time."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from sister_desktop.domain.sister_groups import BY_NAME
from sister_desktop.domain.sister_writes import (
    NEW_COLLABORATOR_FIELDS,
    NOT_FAMILIES,
    WRITE_FAMILIES,
    WRITES_BY_DATASET,
    FieldType,
    WriteField,
    WriteOp,
    read_only,
    write_family,
)
from sister_desktop.services.kirim_partners import COLLABORATOR_BODY

yaml = pytest.importorskip("yaml")


def _find_spec() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "sister-ws" / "openapi-1.0.0.yaml"
        if candidate.exists():
            return candidate
    return None


SPEC = _find_spec()
needs_spec = pytest.mark.skipif(SPEC is None, reason="the SISTER spec is not beside the project")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    assert SPEC is not None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # type: ignore[no-any-return]


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _properties(spec: dict[str, Any], schema: Any) -> tuple[dict[str, Any], set[str]]:
    schema = _resolve(spec, schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        required: set[str] = set()
        for part in schema["allOf"]:
            props, req = _properties(spec, part)
            merged.update(props)
            required |= req
        return merged, required
    return dict(schema.get("properties") or {}), set(schema.get("required", []))


def _writes(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, operations in spec["paths"].items():
        for method in ("post", "put", "delete"):
            if method in operations and path != "/authorize":
                found.append((method, path, operations[method]))
    return found


def _family_of(path: str) -> tuple[str, WriteOp]:
    """The dataset a write path belongs to and which operation it is."""
    parts = path.strip("/").split("/")
    if parts[0] == "data_pribadi":
        dataset = f"data_pribadi/{parts[1]}"
        return dataset, WriteOp.FOTO if parts[1] == "foto" else WriteOp.PUT_OBJECT
    if parts[-1] == "bidang_ilmu":
        return parts[0], WriteOp.BIDANG_ILMU
    if parts[:2] == ["nilai_tes", "ajuan"]:
        parts = ["nilai_tes", *parts[2:]]
    return parts[0], (WriteOp.UPDATE if parts[-1] == "{id}" else WriteOp.CREATE)


_TYPES = {
    ("string", None): FieldType.STRING,
    ("string", "date"): FieldType.DATE,
    ("string", "uuid"): FieldType.UUID,
    ("string", "url"): FieldType.URL,
    ("string", "email"): FieldType.EMAIL,
    ("integer", None): FieldType.INTEGER,
    ("number", None): FieldType.NUMBER,
    ("boolean", None): FieldType.BOOLEAN,
}
_LINK = re.compile(r"\(#get-/(?:referensi/)?([a-z_]+)\)")


def _check_fields(spec: dict[str, Any], schema: Any, fields: tuple[WriteField, ...], where: str):
    props, required = _properties(spec, schema)
    assert [f.name for f in fields] == list(props), where
    for ours in fields:
        theirs = _resolve(spec, props[ours.name])
        at = f"{where}.{ours.name}"
        if theirs["type"] == "array":
            items = _resolve(spec, theirs.get("items", {}))
            if items.get("type") == "object" or "properties" in items:
                assert ours.type is FieldType.MEMBERS, at
                _check_fields(spec, items, ours.members, at)
            else:
                assert ours.type is FieldType.ID_LIST, at
        else:
            assert ours.type is _TYPES[(theirs["type"], theirs.get("format"))], at
        assert ours.required == (ours.name in required), at
        assert ours.nullable == bool(theirs.get("nullable")), at
        assert ours.max_length == theirs.get("maxLength"), at
        assert ours.choices == tuple(theirs.get("enum", ())), at
        link = _LINK.search(theirs.get("description") or "")
        if link and ours.name != "dokumen":
            assert ours.referensi == link.group(1), at


@needs_spec
def test_every_write_of_the_spec_is_in_the_catalogue(spec):
    for method, path, _op in _writes(spec):
        dataset, op = _family_of(path)
        if dataset in NOT_FAMILIES:
            continue
        family = write_family(dataset)
        assert family is not None, path
        if method == "delete":
            assert WriteOp.DELETE in family.operations, path
        else:
            assert op in family.operations, path


@needs_spec
def test_every_operation_of_the_catalogue_is_in_the_spec(spec):
    paths = spec["paths"]
    for family in WRITE_FAMILIES:
        base = f"/{family.path}"
        for op in family.operations:
            if op is WriteOp.CREATE:
                assert "post" in paths[base], family.dataset
            elif op is WriteOp.UPDATE:
                assert "put" in paths[f"{base}/{{id}}"], family.dataset
            elif op is WriteOp.DELETE:
                assert "delete" in paths[f"{base}/{{id}}"], family.dataset
            elif op is WriteOp.BIDANG_ILMU:
                assert "put" in paths[f"{base}/{{id}}/bidang_ilmu"], family.dataset
            elif op is WriteOp.PUT_OBJECT:
                assert "put" in paths[f"{base}/{{id_sdm}}"], family.dataset
            else:
                assert "post" in paths[f"{base}/{{id_sdm}}"], family.dataset


@needs_spec
def test_body_fields_match_the_spec(spec):
    for family in WRITE_FAMILIES:
        if WriteOp.CREATE in family.operations:
            operation = spec["paths"][f"/{family.path}"]["post"]
        elif WriteOp.PUT_OBJECT in family.operations:
            operation = spec["paths"][f"/{family.path}/{{id_sdm}}"]["put"]
        else:
            continue
        body = _resolve(spec, operation["requestBody"])
        schema = body["content"]["application/json"]["schema"]
        if _resolve(spec, schema).get("type") == "array":  # bidang_ilmu: the list is the body
            assert [f.type for f in family.fields] == [FieldType.ID_LIST], family.dataset
            assert family.fields[0].referensi == "kelompok_bidang"
            continue
        _check_fields(spec, schema, family.fields, family.dataset)
        if WriteOp.UPDATE in family.operations:
            put = spec["paths"][f"/{family.path}/{{id}}"]["put"]
            put_body = _resolve(spec, put["requestBody"])
            put_schema = put_body["content"]["application/json"]["schema"]
            _check_fields(spec, put_schema, family.fields, f"PUT {family.dataset}")


@needs_spec
def test_ajuan_409_and_delete_bodies_follow_the_spec(spec):
    paths = spec["paths"]
    for family in WRITE_FAMILIES:
        base = f"/{family.path}"
        texts = " ".join(
            (operation.get("description") or "")
            for key in (base, f"{base}/{{id}}", f"{base}/{{id_sdm}}")
            for operation in paths.get(key, {}).values()
            if isinstance(operation, dict)
        )
        assert family.ajuan_for_basic == ("WS-BASIC akan membuat ajuan" in texts) or (
            family.dataset == "nilai_tes"  # its writes go to the ajuan list itself
        ), family.dataset
        if WriteOp.CREATE in family.operations:
            answers = paths[base]["post"]["responses"]
            assert family.duplicate_409 == (409 in answers or "409" in answers), family.dataset
        if WriteOp.DELETE in family.operations:
            delete = paths[f"{base}/{{id}}"]["delete"]
            assert family.delete_needs_dokumen == ("requestBody" in delete), family.dataset


def test_the_catalogue_is_keyed_by_the_read_catalogues_dataset_names():
    assert set(WRITES_BY_DATASET) <= set(BY_NAME)
    for family in WRITE_FAMILIES:
        owner = family.owner_field
        if owner is not None and owner != "id_sdm":
            assert family.field_named(owner) is not None, family.dataset
            assert family.field_named(owner).type is FieldType.MEMBERS  # type: ignore[union-attr]
        for name in (family.title_field, family.year_field, *family.key_fields):
            if name is not None:
                assert family.field_named(name) is not None, (family.dataset, name)


def test_pddikti_and_read_only_families():
    assert read_only("pengajaran") and read_only("bimbingan_mahasiswa")
    assert write_family("pengajaran").operations == {WriteOp.BIDANG_ILMU}  # type: ignore[union-attr]
    assert read_only("kepangkatan") and read_only("penugasan") and read_only("bkd/ajar")
    assert not read_only("penelitian") and not read_only("data_pribadi/alamat")
    assert write_family("jabatan_fungsional").ajuan_for_basic  # type: ignore[union-attr]
    assert not write_family("penelitian").ajuan_for_basic  # type: ignore[union-attr]


@needs_spec
def test_a_new_collaborator_carries_what_sisters_collaborator_body_requires(spec):
    schema = spec["components"]["schemas"]["NonCivitasPostBody"]
    assert list(COLLABORATOR_BODY) == list(schema["properties"])
    required = {f.name for f in NEW_COLLABORATOR_FIELDS if f.required}
    assert required == set(schema["required"])
    by_name = {f.name: f for f in NEW_COLLABORATOR_FIELDS}
    assert by_name["nama"].max_length == schema["properties"]["nama"]["maxLength"]
    assert set(by_name["jenis_kelamin"].choices) == set(
        schema["properties"]["jenis_kelamin"]["enum"]
    )
