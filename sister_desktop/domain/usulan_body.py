"""A write body from what SISTER answered, the merge of an ubah, and the preview's changes.

SISTER's PUT replaces the whole record, so an ubah is sent as the record read fresh from
SISTER with the usulan's fields laid over it: every other field, every member and every
document the record has is sent back as it is, and nothing is dropped by accident. The detail
answers name members and documents differently from the bodies (``anggota`` with ``jenis``
and worded ``peran``; ``dokumen`` as objects); ``body_from_record`` translates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from sister_desktop.domain.changes import payload_hash
from sister_desktop.domain.sister_writes import FieldType, WriteFamily, WriteField
from sister_desktop.domain.usulan import FieldChange

#: The detail's ``jenis`` of a member, per body list (``anggota_dosen`` takes the Dosen).
_MEMBER_JENIS = {"dosen": "dosen", "mahasiswa": "mahasiswa", "lain": "profesional/mitra"}
#: The detail's worded ``peran`` as the body's code.
_PERAN_CODES = {
    "ketua": "K",
    "anggota": "A",
    "penulis": "A",
    "editor": "B",
    "penerjemah": "C",
    "penemu/inventor": "D",
    "penemu": "D",
    "inventor": "D",
}
#: Member fields the detail names otherwise.
_MEMBER_SOURCES = {"no_urut": "urutan", "no_induk": "nomor_induk_peserta_didik"}


def record_hash(values: Mapping[str, Any]) -> str:
    """The version of a record as SISTER answered it: an ubah made from it is sent only
    while SISTER still answers the same."""
    return payload_hash(dict(values))


def _ids(value: Any) -> list[Any]:
    if not isinstance(value, list):
        return []
    found = []
    for item in value:
        if isinstance(item, Mapping):
            if item.get("id") not in (None, ""):
                found.append(item["id"])
        elif item not in (None, ""):
            found.append(item)
    return found


def _peran(field: WriteField, value: Any) -> Any:
    if value is None or value in field.choices:
        return value
    return _PERAN_CODES.get(str(value).strip().lower(), value)


def _member(fields: tuple[WriteField, ...], source: Mapping[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    for field in fields:
        value = source.get(field.name, source.get(_MEMBER_SOURCES.get(field.name, ""), None))
        if field.name == "peran":
            value = _peran(field, value)
        entry[field.name] = value
    return entry


def _members(field: WriteField, values: Mapping[str, Any]) -> list[dict[str, Any]]:
    own = values.get(field.name)
    if isinstance(own, list):
        return [_member(field.members, item) for item in own if isinstance(item, Mapping)]
    kind = field.name.rsplit("_", 1)[-1]
    wanted = _MEMBER_JENIS.get(kind)
    for source_name in ("anggota", "penulis"):
        source = values.get(source_name)
        if isinstance(source, list):
            return [
                _member(field.members, item)
                for item in source
                if isinstance(item, Mapping) and str(item.get("jenis", "")).lower() == wanted
            ]
    return []


def body_from_record(family: WriteFamily, values: Mapping[str, Any]) -> dict[str, Any]:
    """The whole body that writes ``values`` (a detail answer) back unchanged: every field of
    the family, members and document ids included."""
    body: dict[str, Any] = {}
    for field in family.fields:
        if field.type is FieldType.MEMBERS:
            body[field.name] = _members(field, values)
        elif field.type is FieldType.ID_LIST:
            body[field.name] = _ids(values.get(field.name))
        else:
            body[field.name] = values.get(field.name)
    return body


def merge(
    fresh: Mapping[str, Any], changes: Mapping[str, Any], removed: Iterable[Any] = ()
) -> dict[str, Any]:
    """The fresh body with the usulan's fields over it; documents are joined, never dropped
    by accident: the record's own come first, the usulan's new ones after, and only those the
    operator removed on purpose (``removed``) are left out."""
    merged = dict(fresh)
    for name, value in changes.items():
        if name == "dokumen":
            kept = list(merged.get("dokumen") or [])
            merged["dokumen"] = kept + [item for item in value or [] if item not in kept]
        else:
            merged[name] = value
    gone = set(removed)
    if gone and isinstance(merged.get("dokumen"), list):
        merged["dokumen"] = [item for item in merged["dokumen"] if item not in gone]
    return merged


def removed_documents(
    base: Mapping[str, Any] | None, body: Mapping[str, Any] | None, changed: Iterable[str]
) -> list[Any]:
    """The record's documents an ubah detaches on purpose: those SISTER had when the usulan
    was made that its body no longer names (only when it changes ``dokumen`` at all)."""
    if "dokumen" not in set(changed) or not base or not body:
        return []
    kept = set(body.get("dokumen") or [])
    return [item for item in base.get("dokumen") or [] if item not in kept]


def field_changes(
    old: Mapping[str, Any] | None, new: Mapping[str, Any] | None, names: Iterable[str] | None = None
) -> list[FieldChange]:
    """The preview's lines: each field whose value differs, SISTER's old → the usulan's new."""
    old = old or {}
    new = new or {}
    keys = list(names) if names is not None else list(dict.fromkeys([*old, *new]))
    return [
        FieldChange(name, old.get(name), new.get(name))
        for name in keys
        if _comparable(old.get(name)) != _comparable(new.get(name))
    ]


def _comparable(value: Any) -> Any:
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def normalised_title(text: Any) -> str:
    """A title as the duplicate check compares it: no accents, case, punctuation or extra
    spaces (``"Padi  Tahan-Kering."`` is ``"padi tahan kering"``)."""
    folded = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded.lower()).split())


def _year(value: Any) -> str:
    text = str(value or "").strip()
    return text[:4] if len(text) >= 4 and text[:4].isdigit() else text


def duplicate_key(family: WriteFamily, values: Mapping[str, Any]) -> tuple[str, ...] | None:
    """What a record is known by for the "already in SISTER" check: the normalised title and
    year for the tridharma families, the key fields for the others (None when the values
    lack them: nothing to compare)."""
    if family.title_field is not None:
        title = normalised_title(values.get(family.title_field))
        if not title:
            return None
        year = _year(values.get(family.year_field)) if family.year_field else ""
        return (title, year)
    if not family.key_fields:
        return None
    key = tuple(str(values.get(name) or "").strip().lower() for name in family.key_fields)
    return key if any(key) else None
