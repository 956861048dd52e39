"""The names behind the ids an usulan's changes carry, so the Kirim preview and the Usulan
page's side panel speak as the operator does: a reference by SISTER's name for it (a bidang
ilmu, a mitra), a dosen member by name, an earlier penelitian or pengabdian by its title, a
document of the record by its name; never a bare id.

``usulan_names`` gathers, per dataset and field, ``id -> name`` from the ``referensi`` lists,
the campus's pegawai and SISTER's SDM list, and the synced records of the usulan's pegawai;
``shown_value`` writes one value with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import PurePath
from typing import Any

from sister_desktop.domain.sister_writes import FieldType, write_family
from sister_desktop.domain.usulan import Usulan, UsulanJenis
from sister_desktop.domain.usulan_special import (
    BIDANG_ILMU_FIELD,
    FOTO_FIELD,
    KELOMPOK_BIDANG,
    is_record_bidang_ilmu,
)
from sister_desktop.services.connection import SisterUnavailableError
from sister_desktop.texts.sister_field_texts import value_text
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.usulan.dokumen_editor import document_name
from sister_desktop.ui.usulan.usulan_table_model import record_title, usulan_title
from sister_desktop.ui.usulan.write_field_editor import CHOICE_WORDS

#: The ``referensi`` of a member list of dosen.
DOSEN = "sdm"
#: Fields naming one of the pegawai's penelitian or pengabdian by SISTER id.
LITABMAS_FIELDS = ("id_litabmas_sebelumnya", "id_litabmas", "id_penelitian_pengabdian")
#: Member lists of people the record's detail names (collaborators, students).
PARTNER_FIELDS = ("anggota_lain", "penulis_lain", "anggota_mahasiswa", "penulis_mahasiswa")
#: Under this "field", a dataset's record titles by SISTER's record id: the record an usulan
#: whose body carries no title is about (a record's kelompok bidang).
RECORD_TITLES = "__record__"
#: Per dataset, per field: ``id -> name``.
Names = dict[str, dict[str, dict[str, str]]]


async def usulan_names(context: UiContext, items: Iterable[Usulan]) -> Names:
    """The names of the ids ``items`` show, per dataset and field."""
    chosen = list(items)
    names: Names = {}
    for dataset in dict.fromkeys(item.dataset for item in chosen):
        family = write_family(dataset)
        if family is None:
            continue
        fields = {f.name: f.referensi for f in family.fields if f.referensi}
        if any(i.dataset == dataset and is_record_bidang_ilmu(family, i) for i in chosen):
            fields[BIDANG_ILMU_FIELD] = KELOMPOK_BIDANG  # its own PUT's list, not the body's
        choices = await context.referensi.choices(set(fields.values()), family=dataset)
        names[dataset] = {
            name: dict(choices.lists.get(list_name, ()))
            for name, list_name in fields.items()
            if list_name
        }
    dosen_fields = {
        (family.dataset, f.name)
        for family in filter(None, map(write_family, names))
        for f in family.fields
        if f.type is FieldType.MEMBERS and f.referensi == DOSEN
    }
    if dosen_fields:
        dosen = dict(await dosen_names(context))
        for dataset, name in dosen_fields:
            names[dataset][name] = dosen
    for pegawai_id in dict.fromkeys(item.pegawai_id for item in chosen if item.pegawai_id):
        titles: dict[str, str] | None = None
        for item in chosen:
            family = write_family(item.dataset)
            if item.pegawai_id != pegawai_id or family is None:
                continue
            for name in LITABMAS_FIELDS:
                if family.field_named(name) is not None:
                    if titles is None:
                        titles = await context.usulan.litabmas_titles(pegawai_id)
                    names[item.dataset].setdefault(name, {}).update(titles)
    for item in chosen:
        if item.jenis is UsulanJenis.BARU or item.record_id is None:
            continue
        record = await context.usulan.record_of(item)
        if record is not None:
            title = record_title(record.values)
            if title is not None:
                titles_of = names.setdefault(item.dataset, {}).setdefault(RECORD_TITLES, {})
                titles_of[item.record_id] = title
            people = member_names(record.values)
            for field_name in PARTNER_FIELDS:
                names.setdefault(item.dataset, {}).setdefault(field_name, {}).update(people)
        docs = record.values.get("dokumen") if record is not None else None
        if not isinstance(docs, list):
            continue
        into = names.setdefault(item.dataset, {}).setdefault("dokumen", {})
        for doc in docs:
            if isinstance(doc, Mapping) and doc.get("id") not in (None, ""):
                into[str(doc["id"])] = document_name(doc)
    return names


def usulan_line(item: Usulan, names: Mapping[str, Mapping[str, str]]) -> str:
    """The usulan in one line with, when its body names no record, the record it is about:
    "Irigasi tetes untuk kebun kopi — Bidang ilmu". ``names``: the dataset's, per field."""
    own = usulan_title(item)
    if record_title(item.body or item.base_record or {}) is not None:
        return own
    title = names.get(RECORD_TITLES, {}).get(item.record_id or "")
    return f"{title} — {own}" if title else own


def member_names(values: Mapping[str, Any]) -> dict[str, str]:
    """``id -> nama`` of the people a record's detail lists (``anggota``, ``penulis``)."""
    found: dict[str, str] = {}
    for source in ("anggota", "penulis", "anggota_dosen"):
        for person in values.get(source) or []:
            if not isinstance(person, Mapping) or not person.get("nama"):
                continue
            for key in ("id_sdm", "id_orang", "id_peserta_didik"):
                if person.get(key):
                    found[str(person[key])] = str(person["nama"])
    return found


async def dosen_names(context: UiContext) -> list[tuple[str, str]]:
    """Dosen a member may be, ``(id_sdm, nama)`` by name: the campus's linked pegawai first,
    then SISTER's SDM list (left out when SISTER cannot be reached)."""
    found: dict[str, str] = {}
    for person in await context.pegawai.list_all():
        if person.id_sdm:
            found.setdefault(person.id_sdm, person.nama)
    try:
        snapshot = await context.linking.sdm_list()
    except SisterUnavailableError:
        snapshot = None
    if snapshot is not None:
        for row in snapshot.rows:
            found.setdefault(row.id_sdm, row.nama_sdm)
    return sorted(found.items(), key=lambda pair: pair[1].lower())


def shown_value(field: str, value: Any, names: Mapping[str, str]) -> str:
    """A value as the operator knows it: a reference (or each of a list of them) by its
    name, a new photo by its file's name, the rest as Data SISTER shows it."""
    if field == FOTO_FIELD and isinstance(value, str) and value:
        return PurePath(value).name
    if isinstance(value, list) and value and names:
        shown = [_one(item, names) for item in value]
        return "; ".join(text for text in shown if text) or value_text(field, value)
    if value is not None and not isinstance(value, list | dict) and str(value) in names:
        return names[str(value)]
    return value_text(field, value)


def _one(item: Any, names: Mapping[str, str]) -> str:
    if isinstance(item, Mapping):
        return _member(item, names)
    if item in (None, ""):
        return ""
    return names.get(str(item), str(item))


def _member(item: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """One member by name (the names known, else the entry's own ``nama``) and his role in
    words: "Agus Halim (Ketua)", never his id_sdm."""
    name = next(
        (
            names[str(item[key])]
            for key in ("id_sdm", "id_orang", "id_peserta_didik", "id")
            if item.get(key) not in (None, "") and str(item[key]) in names
        ),
        None,
    )
    if name is None and item.get("nama"):
        name = str(item["nama"])
    if name is None:
        return value_text("", [item])
    role = item.get("peran")
    if role in (None, ""):
        return name
    return f"{name} ({CHOICE_WORDS['peran'].get(role, str(role))})"
